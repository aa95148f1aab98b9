import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import { closestMatch } from '../text/closest-match.ts';
import type { Problem } from './report.ts';
import { parseYaml } from './yaml-source.ts';
import { allFuncties, idSchema, type Taxonomy } from './taxonomy.ts';
import { entryWords, searchKey } from '../text/search-words.ts';

/** The thesaurus lives beside the other taxonomy files. */
export const thesaurusFile = 'thesaurus.yaml';

const words = (what: string) =>
  z.array(z.string().trim().min(1, { error: `een ${what} mag niet leeg zijn.` }), { error: `verwacht een lijst, zoals [schuld, geldzorgen].` }).default([]);

/**
 * One thesaurus entry: the words people type that lead to modules the text may not name that way.
 * It feeds the search index, the A–Z register and the explanations beside the search filters.
 */
export const thesaurusEntrySchema = z.object({
  /** The preferred term, as it is shown in the A–Z register, e.g. "schulden". */
  term: z.string({ error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt. Geef elk item een `term:`.' : 'verwacht een tekst.') }).trim().min(1),
  /** One line in plain Dutch for a reader who does not know the word. */
  uitleg: z.string().trim().min(3).optional(),
  /** Everyday words, word forms, abbreviations and policy words that mean the same here. */
  synoniemen: words('synoniem'),
  /** Terms of other entries that are broader ("geldzaken" for "schulden"). */
  breder: words('bredere term'),
  /** Terms of other entries that are narrower ("huurachterstand" for "schulden"). */
  smaller: words('smallere term'),
  /** Module ids the term leads to, best fitting first. */
  modules: z.array(idSchema, { error: 'verwacht een lijst met module-id\'s, zoals [amw-budgetbegeleiding].' }).default([]),
  /** Functie ids when the term stands for a whole functie, e.g. "cursus" for groepswerk-training. */
  functies: z.array(idSchema, { error: 'verwacht een lijst met functie-id\'s, zoals [groepswerk-training].' }).default([]),
});

export const thesaurusSchema = z.array(thesaurusEntrySchema, { error: 'verwacht een lijst met items die elk beginnen met `- term:`.' });

export type ThesaurusEntry = z.infer<typeof thesaurusEntrySchema>;


export interface LoadedThesaurus {
  entries: ThesaurusEntry[];
  problems: Problem[];
}

/**
 * Reads and checks `content/taxonomie/thesaurus.yaml` against the modules and functies that exist.
 * A missing file is an empty thesaurus: a site may start without one.
 */
export function loadThesaurus(taxonomyDir: string, moduleIds: ReadonlySet<string>, taxonomy: Taxonomy, root = process.cwd()): LoadedThesaurus {
  const path = join(taxonomyDir, thesaurusFile);
  if (!existsSync(path)) return { entries: [], problems: [] };
  const file = relative(root, path);
  const yaml = parseYaml(readFileSync(path, 'utf8'), 'het bestand');
  if ('error' in yaml) return { entries: [], problems: [{ file, ...yaml.error }] };
  const { lineOf } = yaml;
  const parsed = thesaurusSchema.safeParse(yaml.value ?? []);
  if (!parsed.success) {
    return {
      entries: [],
      problems: parsed.error.issues.map((issue) => ({ file, line: lineOf(issue.path), field: issue.path.map(String).join('.') || undefined, message: issue.message })),
    };
  }
  const entries = parsed.data;
  const problems: Problem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ file, line: lineOf(path), field: `${String(path[0])}.${path.slice(1).map(String).join('.')}`, message });
  const functieIds = allFuncties(taxonomy).map((f) => f.id);
  const terms = new Map(entries.map((entry) => [searchKey(entry.term), entry.term]));
  const firstSeen = new Map<string, number>();
  const allModuleIds = [...moduleIds];

  entries.forEach((entry, e) => {
    if (entry.modules.length === 0 && entry.functies.length === 0) {
      add([e, 'term'], `"${entry.term}" leidt nergens heen. Noem onder \`modules:\` de module-id's of onder \`functies:\` de functie-id's waar dit woord naartoe moet leiden.`);
    }
    entry.modules.forEach((id, m) => {
      if (moduleIds.has(id)) return;
      const suggestion = closestMatch(id, allModuleIds);
      add([e, 'modules', m], `module "${id}" bestaat niet.${suggestion ? ` Bedoelt u "${suggestion}"?` : ' Gebruik het `id` uit de frontmatter van de module.'}`);
    });
    entry.functies.forEach((id, f) => {
      if (functieIds.includes(id)) return;
      const suggestion = closestMatch(id, functieIds);
      add([e, 'functies', f], `functie "${id}" bestaat niet; kies uit ${functieIds.map((x) => `"${x}"`).join(', ')}.${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`);
    });
    for (const key of ['breder', 'smaller'] as const) {
      entry[key].forEach((term, t) => {
        if (terms.has(searchKey(term))) return;
        add([e, key, t], `"${term}" is geen term van een ander item. Voeg een item met \`term: ${term}\` toe of kies een bestaande term.`);
      });
    }
    const own = new Map<string, string>();
    // Compared as search compares them: "NEE-zeggen" and "nee zeggen", or "ruzie met buren" and "ruzie met de
    // buren", are one word for search, so they belong to one entry and only once.
    entryWords(entry).forEach((word, w) => {
      const key = searchKey(word);
      const path = w === 0 ? [e, 'term'] : [e, 'synoniemen', w - 1];
      const same = own.get(key);
      if (same !== undefined) {
        add(path, same === word ? `"${word}" staat twee keer in dit item. Haal één van de twee weg.` : `"${word}" is voor het zoeken hetzelfde als "${same}" in dit item. Haal één van de twee weg.`);
        return;
      }
      own.set(key, word);
      const earlier = firstSeen.get(key);
      if (earlier !== undefined) {
        add(path, `"${word}" staat (voor het zoeken) ook bij "${entries[earlier].term}" (regel ${lineOf([earlier, 'term'])}). Een woord hoort bij één item; verwijs met \`breder:\` of \`smaller:\` naar het andere item.`);
        return;
      }
      firstSeen.set(key, e);
    });
  });
  return { entries: problems.length ? [] : entries, problems };
}
