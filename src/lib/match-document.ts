import { slugify } from '../text/slugs.ts';

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
  /** True when only general terms matched (such as "Intake" or "Voorlichting"): the text may not mean the module. */
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

/**
 * Finds the modules a document mentions by title or alias; a Dutch plural (-en, -s) counts as a mention.
 * `generalTerms` (such as the functie names) are words a policy text uses in general; a match on one of those only is marked.
 */
export function matchDocument(text: string, modules: MatchableModule[], generalTerms: string[] = []): DocumentMatch[] {
  const general = new Set(generalTerms.map((term) => normalizeText(term).trim()));
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
      general: found.every((f) => general.has(normalizeText(f.name).trim())),
    });
  }
  return matches.sort((a, b) => a.firstAt - b.firstAt || a.id.localeCompare(b.id));
}
