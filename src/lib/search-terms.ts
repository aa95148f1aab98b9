// What search knows about a module beyond its visible text: its other names, keywords, the thesaurus words that
// lead to it and the parts of its compounds. The module page carries these for Pagefind in a block that counts
// for finding and ranking but that the search page never shows as an excerpt (see docs/search.md).
import type { ThesaurusEntry } from '../schema/thesaurus.ts';
import { compoundParts } from './decompound.ts';
import { entryWords, normalizeWord, phraseKey, phraseWords, wordsOf } from '../text/search-words.ts';

export interface SearchableModule {
  id: string;
  functie: string;
  titel: string;
  samenvatting: string;
  aliassen: readonly string[];
  trefwoorden: readonly string[];
  /** The text of the module's sections (read from their rendered HTML). */
  body: string;
}

export interface ModuleSearchTerms {
  /**
   * Other names, keywords and thesaurus words, as written (phrases also joined into one word), and the parts
   * of the compounds in the title and other names: they weigh more than the title.
   */
  keywords: string[];
  /** Parts of the module's compounds that its text does not use on their own ("ritme" for "dagritme"). */
  parts: string[];
}

export interface WordList {
  /** Whether a word is Dutch (the Hunspell word list, with regular inflections). */
  isWord: (word: string) => boolean;
  /** Dictionary words that stay whole when they are part of a longer compound. */
  whole: ReadonlySet<string>;
}

/** The thesaurus entries that lead to a module, directly or through its functie. */
export function entriesFor(module: Pick<SearchableModule, 'id' | 'functie'>, thesaurus: readonly ThesaurusEntry[]): ThesaurusEntry[] {
  return thesaurus.filter((entry) => entry.modules.includes(module.id) || entry.functies.includes(module.functie));
}

/** Computes the search terms of every module at once, so that the site's vocabulary can guide the splits. */
export function buildSearchTerms(modules: readonly SearchableModule[], thesaurus: readonly ThesaurusEntry[], words: WordList): Map<string, ModuleSearchTerms> {
  const textWords = new Map(modules.map((m) => [m.id, new Set(wordsOf([m.titel, m.samenvatting, m.body, ...m.aliassen, ...m.trefwoorden].join(' ')))]));
  const vocabulary = new Set([...textWords.values()].flatMap((set) => [...set]));
  // A site word counts as a word even when the general word list lacks it ("opbouwwerker"). The splitter asks
  // about the same substrings many times, so the answers are kept.
  const known = new Map<string, boolean>();
  const isWord = (word: string) => {
    let answer = known.get(word);
    if (answer === undefined) known.set(word, (answer = vocabulary.has(word) || words.isWord(word)));
    return answer;
  };
  const partsOf = new Map<string, string[]>();
  const split = (word: string) => {
    let parts = partsOf.get(word);
    if (!parts) partsOf.set(word, (parts = compoundParts(word, isWord, { preferred: vocabulary, whole: words.whole })));
    return parts;
  };

  const result = new Map<string, ModuleSearchTerms>();
  for (const module of modules) {
    const own = textWords.get(module.id)!;
    const thesaurusWords = entriesFor(module, thesaurus).flatMap(entryWords);
    const phrases = [...module.aliassen, ...module.trefwoorden, ...thesaurusWords];
    // A phrase ("wil geen hulp", "ruzie met buren") also as one joined word, so that the search page can
    // find the phrase as a whole instead of its common words one by one (src/lib/search-query.ts).
    const joined = phrases.map((phrase) => phraseKey(phraseWords(phrase))).filter((w): w is string => Boolean(w));
    const keywords = [...new Set([...phrases, ...joined])];
    const seen = new Set([...own, ...keywords.flatMap(wordsOf)]);
    // Parts of the title and the other names weigh like the title: "verlening" in "Inventarisatie schulden /
    // intake schuldhulpverlening" says more about the module than the same part in its text or keywords.
    const headlineParts = new Set(wordsOf([module.titel, ...module.aliassen].join(' ')).flatMap(split));
    const parts = new Set<string>();
    for (const word of seen) for (const part of split(word)) if (!seen.has(part) && !headlineParts.has(part)) parts.add(part);
    result.set(module.id, { keywords: [...keywords, ...[...headlineParts].filter((p) => !keywords.includes(p))], parts: [...parts].sort() });
  }
  return result;
}

/** One line of the A–Z register: a word people use, and the modules it leads to. */
export interface RegisterWord {
  word: string;
  /** What kind of word: the module's other name, a keyword, a thesaurus term or one of its synonyms, or the name of a method page. */
  kind: 'alias' | 'trefwoord' | 'term' | 'synoniem' | 'methode';
  /** For a synonym: the preferred term it stands for. */
  see?: string;
  explanation?: string;
  moduleIds: string[];
  /** The method pages the word leads to: a method's name, or one of its keywords. */
  methodIds: string[];
}

/** What the register needs of a method page. */
export interface RegisterMethod {
  id: string;
  titel: string;
  trefwoorden: readonly string[];
}

/**
 * Every alias, keyword and thesaurus word with the modules it leads to, and every method's name and keyword with
 * the method pages it leads to, sorted as a Dutch reader expects. A keyword shared by modules and methods is one line.
 */
export function buildRegister(modules: readonly SearchableModule[], thesaurus: readonly ThesaurusEntry[], methods: readonly RegisterMethod[] = []): RegisterWord[] {
  const byKey = new Map<string, RegisterWord>();
  const add = (word: string, kind: RegisterWord['kind'], moduleIds: string[], extra: Partial<RegisterWord> = {}) => {
    const key = `${normalizeWord(word)}|${kind}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.moduleIds = [...new Set([...existing.moduleIds, ...moduleIds])];
      existing.methodIds = [...new Set([...existing.methodIds, ...(extra.methodIds ?? [])])];
    } else byKey.set(key, { word, kind, moduleIds, methodIds: [], ...extra });
  };
  for (const module of modules) {
    for (const alias of module.aliassen) add(alias, 'alias', [module.id]);
    for (const keyword of module.trefwoorden) add(keyword, 'trefwoord', [module.id]);
  }
  for (const entry of thesaurus) {
    const ids = modules.filter((m) => entriesFor(m, [entry]).length > 0).map((m) => m.id);
    // Thesaurus order first: the entry lists its best fitting modules first.
    const ordered = [...entry.modules.filter((id) => ids.includes(id)), ...ids.filter((id) => !entry.modules.includes(id))];
    add(entry.term, 'term', ordered, { explanation: entry.uitleg });
    for (const synonym of entry.synoniemen) add(synonym, 'synoniem', ordered, { see: entry.term });
  }
  for (const method of methods) {
    add(method.titel, 'methode', [], { methodIds: [method.id] });
    for (const keyword of method.trefwoorden) add(keyword, 'trefwoord', [], { methodIds: [method.id] });
  }
  const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
  return [...byKey.values()].sort((a, b) => collator.compare(a.word, b.word) || a.kind.localeCompare(b.kind));
}
