// Finds the modules a policy document names: per mention the module (or, when a name is used in more than one
// werksoort, the candidates), the sentence it stands in and how sure the match is. It cuts and compares words
// with the rules of the search (src/text/search-words.ts): the same normalising, the same small words, the same
// joined phrases, and one stem for the forms of a word.
import { normalizeWord, phraseKey, stopwords, wordStem } from '../text/search-words.ts';

/** What the matcher needs of a module. */
export interface MatcherModule {
  id: string;
  titel: string;
  aliassen: readonly string[];
  /** The module's keywords: general words, offered only as "twijfel". */
  trefwoorden?: readonly string[];
}

export interface MatcherWords {
  /**
   * Words a document uses for a whole kind of work (functie and functiegroep names, such as "Voorlichting"):
   * a module whose name is one of these is matched as "twijfel" only.
   */
  generalTerms?: readonly string[];
  /** Thesaurus entries as the search ranks with them: the entry's words and the modules it leads to. */
  thesaurus?: ReadonlyArray<readonly [readonly string[], readonly string[]]>;
}

/**
 * - `zeker`: the title or another name of the module, as the site writes it (case, accents and hyphens aside).
 * - `waarschijnlijk`: a variant of a name: another form of a word (plural, inflection), written together or apart,
 *   small words added or left out, part of a title.
 * - `twijfel`: only a general word (a functie name, a keyword or thesaurus word, a name of plain short words
 *   written in lower case): the text may not mean the module.
 */
export type Certainty = 'zeker' | 'waarschijnlijk' | 'twijfel';

export interface Mention {
  /** The mention as it stands in the document. */
  text: string;
  start: number;
  end: number;
  /** The sentence (or list item) the mention stands in, with spaces tidied. */
  sentence: string;
  certainty: Certainty;
  /** The modules the mention may name; more than one when the name exists in several werksoorten. */
  candidates: string[];
  /** The names of the candidates that matched, as the site spells them. */
  names: string[];
}

interface Token {
  word: string;
  stem: string;
  start: number;
  end: number;
  stop: boolean;
}

interface Name {
  moduleId: string;
  name: string;
  /** A title or alias as written; false for a variant made from one (part of a title, no parenthetical). */
  own: boolean;
  /** A general word: a functie name or a keyword/thesaurus word. */
  general: boolean;
  words: string[];
  stems: string[];
  /** Stems of the words that are not small words, for a name written with other small words. */
  loose: string[];
  /** Every word under eight letters: in lower case such a name reads as ordinary Dutch ("weer aan de slag"). */
  plain: boolean;
}

export interface MatcherIndex {
  byStem: Map<string, Name[]>;
  byLoose: Map<string, Name[]>;
  byCompact: Map<string, Name[]>;
  maxWords: number;
}

const letters = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The words of a text with their place in it. A word broken at the end of a line with a hyphen
 * ("schuld-⏎hulpverlening") is joined again; other hyphens separate words, as in search.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(letters)) {
    const start = match.index!;
    const end = start + match[0].length;
    const word = normalizeWord(match[0]);
    const previous = tokens.at(-1);
    if (previous && /^-[ \t]*\r?\n\s*$/.test(text.slice(previous.end, start)) && /^\p{Ll}/u.test(match[0])) {
      previous.word += word;
      previous.stem = wordStem(previous.word);
      previous.end = end;
      previous.stop = false;
      continue;
    }
    tokens.push({ word, stem: wordStem(word), start, end, stop: stopwords.has(word) });
  }
  return tokens;
}

function wordsOf(text: string): string[] {
  return tokenize(text).map((t) => t.word);
}

/**
 * The ways a title or alias may stand in a document: as written, without its parenthetical ("Omgaan met
 * spanningsklachten"), each side of a slash between words, and each word of a slash inside a word
 * ("dienstverlening/begeleiding").
 */
export function nameVariants(name: string): string[] {
  const variants = new Set<string>();
  const add = (value: string) => {
    const tidy = value.replace(/\s+/g, ' ').trim();
    if (tidy && tidy !== name) variants.add(tidy);
  };
  const withoutParenthetical = name.replace(/\s*\([^)]*\)\s*/g, ' ');
  for (const base of [name, withoutParenthetical]) {
    if (/\s\/\s/.test(base)) base.split(/\s\/\s/).forEach(add);
    const inWord = base.match(/(\p{L}+)\/(\p{L}+)/u);
    if (inWord) {
      add(base.replace(inWord[0], inWord[1]));
      add(base.replace(inWord[0], inWord[2]));
    }
    add(base);
  }
  return [...variants];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the lookup tables once for many documents. */
export function buildMatcherIndex(modules: readonly MatcherModule[], words: MatcherWords = {}): MatcherIndex {
  const general = new Set((words.generalTerms ?? []).map((term) => phraseKey(wordsOf(term)) ?? wordsOf(term).join('')));
  const index: MatcherIndex = { byStem: new Map(), byLoose: new Map(), byCompact: new Map(), maxWords: 1 };
  const seen = new Set<string>();
  const add = (moduleId: string, name: string, own: boolean, isGeneral: boolean) => {
    const names = wordsOf(name);
    if (names.length === 0) return;
    const key = `${moduleId}|${names.join(' ')}`;
    if (seen.has(key)) return;
    seen.add(key);
    const meaningful = names.filter((w) => !stopwords.has(w));
    const entry: Name = {
      moduleId,
      name,
      own,
      general: isGeneral || general.has(phraseKey(names) ?? names.join('')),
      words: names,
      stems: names.map(wordStem),
      loose: meaningful.map(wordStem),
      plain: meaningful.every((w) => w.length < 8),
    };
    index.maxWords = Math.max(index.maxWords, names.length + 2);
    push(index.byStem, entry.stems[0], entry);
    if (entry.loose.length >= 2) push(index.byLoose, entry.loose[0], entry);
    const compact = names.join('');
    if (compact.length >= 6) push(index.byCompact, wordStem(compact), entry);
  };
  for (const module of modules) {
    for (const name of [module.titel, ...module.aliassen]) {
      add(module.id, name, true, false);
      for (const variant of nameVariants(name)) add(module.id, variant, false, false);
    }
  }
  // General words last: a module's own name that is also a keyword elsewhere ("Budgetbegeleiding") stays a name.
  for (const module of modules) for (const keyword of module.trefwoorden ?? []) add(module.id, keyword, false, true);
  for (const [entryWords, ids] of words.thesaurus ?? []) for (const word of entryWords) for (const id of ids) add(id, word, false, true);
  return index;
}

interface Hit {
  name: Name;
  end: number;
  /** Every word as the name writes it. */
  exact: boolean;
}

function hitsAt(tokens: Token[], i: number, index: MatcherIndex): Hit[] {
  const hits: Hit[] = [];
  for (const name of index.byStem.get(tokens[i].stem) ?? []) {
    if (i + name.stems.length > tokens.length) continue;
    if (name.stems.every((stem, k) => tokens[i + k].stem === stem)) {
      hits.push({ name, end: i + name.stems.length - 1, exact: name.words.every((w, k) => tokens[i + k].word === w) });
    }
  }
  if (!tokens[i].stop) {
    for (const name of index.byLoose.get(tokens[i].stem) ?? []) {
      // The meaningful words in order, with at most three small words between two of them.
      let k = i;
      let matched = 0;
      while (matched < name.loose.length && k < tokens.length) {
        if (tokens[k].stop) {
          if (k - i > name.words.length + 3) break;
          k++;
          continue;
        }
        if (tokens[k].stem !== name.loose[matched]) break;
        matched++;
        k++;
      }
      if (matched === name.loose.length) hits.push({ name, end: k - 1, exact: false });
    }
  }
  // Written together or apart ("Budget-begeleiding", "SOVA trainingen"): only the last word may take another
  // form, so that a small word after a name ("somberheid en") is never read as an ending.
  let compact = '';
  for (let k = i; k < tokens.length && k < i + index.maxWords; k++) {
    for (const name of index.byCompact.get(compact + tokens[k].stem) ?? []) hits.push({ name, end: k, exact: false });
    compact += tokens[k].word;
  }
  return hits;
}

/** Runs of spaces and line breaks as one space. */
export const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The sentence or list item around a place in the text, without line breaks and runs of spaces. */
export function sentenceAround(text: string, start: number, end: number): string {
  // A sentence ends at . ! ? ; and at a line break before a capital, a list mark or an empty line: a heading
  // or a list item stands apart, while a sentence wrapped over two lines goes on with a small letter.
  const boundary = /[.!?;](?=\s)|\n(?=\s*(?:\n|[-·•*–]\s|\d+\.\s|\p{Lu}))/gu;
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(boundary)) {
    const at = match.index!;
    if (at < start) from = at + match[0].length;
    else if (at >= end) {
      to = at + (/[.!?;]/.test(match[0]) ? 1 : 0);
      break;
    }
  }
  let sentence = tidy(text.slice(from, to));
  if (sentence.length > 400) {
    const mention = tidy(text.slice(start, end));
    const at = sentence.indexOf(mention);
    const left = Math.max(0, at - 180);
    sentence = `${left > 0 ? '…' : ''}${sentence.slice(left, at + mention.length + 180)}${at + mention.length + 180 < sentence.length ? '…' : ''}`;
  }
  return sentence.replace(/^[-·•*–]\s*/, '');
}

const rank: Record<Certainty, number> = { zeker: 0, waarschijnlijk: 1, twijfel: 2 };

function certaintyOf(hit: Hit, written: string): Certainty {
  if (hit.name.general) return 'twijfel';
  if (hit.name.plain && written === written.toLowerCase()) return 'twijfel';
  return hit.name.own && hit.exact ? 'zeker' : 'waarschijnlijk';
}

/**
 * Every mention of a module name in `text`, in the order of the document. At each place the longest name wins;
 * among names of the same length the surest. Mentions of general words only ("twijfel") are left out unless
 * `includeDoubt` is set.
 */
export function matchDocument(text: string, index: MatcherIndex, options: { includeDoubt?: boolean } = {}): Mention[] {
  const tokens = tokenize(text);
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hits = hitsAt(tokens, i, index);
    if (hits.length === 0) continue;
    const end = Math.max(...hits.map((h) => h.end));
    const longest = hits.filter((h) => h.end === end);
    const written = text.slice(tokens[i].start, tokens[end].end);
    const scored = longest.map((hit) => ({ hit, certainty: certaintyOf(hit, written) }));
    const best = Math.min(...scored.map((s) => rank[s.certainty]));
    const chosen = scored.filter((s) => rank[s.certainty] === best);
    const certainty = chosen[0].certainty;
    const first = i;
    i = end;
    if (certainty === 'twijfel' && !options.includeDoubt) continue;
    const candidates = [...new Set(chosen.map((s) => s.hit.name.moduleId))];
    mentions.push({
      text: tidy(written),
      start: tokens[first].start,
      end: tokens[end].end,
      sentence: sentenceAround(text, tokens[first].start, tokens[end].end),
      certainty,
      candidates,
      names: [...new Set(chosen.map((s) => s.hit.name.name))],
    });
  }
  return mentions;
}
