import { slugify } from './slugs.ts';

export interface MatchableModule {
  id: string;
  titel: string;
  aliassen: string[];
}

export interface DocumentMatch {
  id: string;
  /** The names of the module that occur in the text, as the site spells them. */
  names: string[];
  /** Position of the first mention, to list matches in the order of the document. */
  firstAt: number;
  /** True when only a one-word title matched (such as "Intake"): such words are often used in general. */
  general: boolean;
}

/** Lowercase, without accents or punctuation, words separated by single spaces. */
export function normalizeText(text: string): string {
  return ` ${slugify(text).replace(/-/g, ' ')} `;
}

/**
 * The ways a module may be named in a document: its title, its aliases, the title without a parenthetical
 * ("Omgaan met spanningsklachten") and each half of a title with a slash.
 */
export function namesOf(module: MatchableModule): string[] {
  const variants = new Set<string>();
  for (const name of [module.titel, ...module.aliassen]) {
    variants.add(name);
    if (/\(.*\)/.test(name)) variants.add(name.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
    if (name.includes('/')) name.split('/').forEach((part) => part.trim().length > 3 && variants.add(part.trim()));
  }
  return [...variants];
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Finds the modules a document mentions by title or alias; a Dutch plural (-en, -s) counts as a mention. */
export function matchDocument(text: string, modules: MatchableModule[]): DocumentMatch[] {
  const haystack = normalizeText(text);
  const matches: DocumentMatch[] = [];
  for (const module of modules) {
    const found: Array<{ name: string; at: number }> = [];
    for (const name of namesOf(module)) {
      const needle = normalizeText(name).trim();
      if (!needle) continue;
      const at = haystack.search(new RegExp(` ${escape(needle)}(?:en|s)? `));
      if (at !== -1) found.push({ name, at });
    }
    if (found.length === 0) continue;
    matches.push({
      id: module.id,
      names: found.map((f) => f.name),
      firstAt: Math.min(...found.map((f) => f.at)),
      general: found.every((f) => !/\s/.test(normalizeText(f.name).trim())),
    });
  }
  return matches.sort((a, b) => a.firstAt - b.firstAt || a.id.localeCompare(b.id));
}
