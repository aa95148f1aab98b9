// Turns what a user types into words the search index has, before Pagefind is asked. Pagefind matches the
// start of words and, for a word it does not know, falls back to the longest indexed word that the query word
// starts with ("overspannen" → "over"): that is how unknown words brought noise. Here every word sent to
// Pagefind is a whole word of the index, chosen in this order: the word itself; a word it starts (typing
// "schuldh"); the parts of a compound ("budgetbegeleiding" → budget + begeleiding); a correction of one typo
// ("schuldhulpverleneng"); another form of the word ("participeren" → participatie); a correction of two typos
// in a long word. Anything else is left out and said to be unknown, so it can never match a fragment.
import { editDistance } from '../text/closest-match.ts';
import { splitOnce } from './decompound.ts';
import { phraseKey, stopwords, tokenParts } from '../text/search-words.ts';
import type { SearchVocabulary } from './search-vocabulary.ts';

export interface Vocabulary {
  /** Number of indexed pages. */
  pages: number;
  /** Index words, most frequent first. */
  words: string[];
  /** Pages per word. */
  count: Map<string, number>;
  /** Thesaurus word (normalised, phrases joined) → the module ids its entry leads to, best first. */
  thesaurus: Map<string, string[]>;
}

export function toVocabulary(data: Omit<SearchVocabulary, 'thesaurus'> & { thesaurus?: SearchVocabulary['thesaurus'] }): Vocabulary {
  const words = data.words ? data.words.split(' ') : [];
  const thesaurus = new Map<string, string[]>();
  for (const [entryWords, ids] of data.thesaurus ?? []) for (const word of entryWords) thesaurus.set(word, ids);
  return { pages: data.pages, words, count: new Map(words.map((w, i) => [w, data.counts[i] ?? 0])), thesaurus };
}


export type TermKind = 'exact' | 'completion' | 'compound' | 'form' | 'spelling' | 'unknown' | 'stopword';

export interface PlannedTerm {
  /** The word as the user typed it, normalised. */
  input: string;
  kind: TermKind;
  /** Index words sent to Pagefind for this term; all must match. Empty for unknown words and stopwords. */
  words: string[];
}

export interface QueryPlan {
  terms: PlannedTerm[];
  /** The typed words one by one (no phrases joined, small words left out): to add modules that have some of them. */
  looseTerms: PlannedTerm[];
  /** The query for Pagefind; empty when no typed word is known. */
  query: string;
  /** When the whole query is a thesaurus word: the modules its entry leads to, to list first in this order. */
  preferred: string[];
}

/**
 * The words of a query: split at spaces and punctuation. A hyphenated word, and a run of words that the index
 * has as one phrase ("wil geen hulp" → "wilgeenhulp", from the joined keywords of src/lib/search-terms.ts),
 * stays one word.
 */
export function queryTokens(raw: string, vocabulary: Vocabulary): string[] {
  const words = tokenParts(raw).flatMap((parts) => (parts.length > 1 && vocabulary.count.has(parts.join('')) ? [parts.join('')] : parts));
  const tokens: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let phrase: string | undefined;
    let end = i;
    for (let j = Math.min(words.length - 1, i + 5); j > i && !phrase; j--) {
      const joined = phraseKey(words.slice(i, j + 1));
      if (joined && vocabulary.count.has(joined)) {
        phrase = joined;
        end = j;
      }
    }
    tokens.push(phrase ?? words[i]);
    i = end;
  }
  return tokens;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** The most frequent index word that starts with `term`. */
function completion(term: string, vocabulary: Vocabulary): string | undefined {
  if (term.length < 3) return undefined;
  return vocabulary.words.find((word) => word.startsWith(term));
}

/**
 * Another form of the same word: the index word sharing the longest beginning, when what differs is at most
 * an ending of four letters ("particip-eren" → "particip-atie", "eenza-me" → "eenza-amheid") and the shared
 * beginning is six letters, or all but two of a shorter word ("werkp-aard" is not "werkp-lek").
 */
function otherForm(term: string, vocabulary: Vocabulary): string | undefined {
  if (term.length < 7) return undefined;
  const needed = Math.max(term.length - 4, Math.min(6, term.length - 2));
  let best: string | undefined;
  for (const word of vocabulary.words) {
    // The shortest form reaches the most: Pagefind also finds the longer words that start with it
    // ("rapport" finds rapportage and rapporten). Frequent words come first, so a tie goes to the more common.
    if (commonPrefix(term, word) >= needed && word.length >= needed && (!best || word.length < best.length)) best = word;
  }
  return best;
}

/** The closest index word by spelling: one typo in a word of four letters or more, two from eight letters. */
export function spellingCandidates(term: string, vocabulary: Vocabulary, limit = 3, most = 2): string[] {
  if (term.length < 4) return [];
  const maxDistance = Math.min(most, term.length >= 8 ? 2 : 1);
  const scored: { word: string; distance: number }[] = [];
  for (const word of vocabulary.words) {
    if (Math.abs(word.length - term.length) > maxDistance || word.length < 3) continue;
    const distance = editDistance(term, word);
    if (distance <= maxDistance) scored.push({ word, distance });
  }
  // Stable sort: among equally close words the most frequent stays first.
  return scored.sort((a, b) => a.distance - b.distance).slice(0, limit).map((s) => s.word);
}

function planTerm(term: string, vocabulary: Vocabulary, alone: boolean): PlannedTerm {
  if (!alone && stopwords.has(term)) return { input: term, kind: 'stopword', words: [] };
  if (vocabulary.count.has(term)) return { input: term, kind: 'exact', words: [term] };
  const completed = completion(term, vocabulary);
  if (completed) return { input: term, kind: 'completion', words: [completed] };
  const parts = splitOnce(term, (word) => vocabulary.count.has(word), { minLength: 6 });
  if (parts) return { input: term, kind: 'compound', words: parts };
  // One typo beats another form: "schuldhulpverleneng" means schuldhulpverlening, not schuldhulpverlener.
  const [typo] = spellingCandidates(term, vocabulary, 1, 1);
  if (typo) return { input: term, kind: 'spelling', words: [typo] };
  const form = otherForm(term, vocabulary);
  if (form) return { input: term, kind: 'form', words: [form] };
  const [spelled] = spellingCandidates(term, vocabulary, 1);
  if (spelled) return { input: term, kind: 'spelling', words: [spelled] };
  return { input: term, kind: 'unknown', words: [] };
}

/** Plans a query: which index words to search for each typed word, and which typed words are unknown. */
export function planQuery(raw: string, vocabulary: Vocabulary): QueryPlan {
  const tokens = queryTokens(raw, vocabulary);
  const meaningful = tokens.filter((t) => !stopwords.has(t));
  const terms = tokens.map((token) => planTerm(token, vocabulary, meaningful.length === 0));
  const words = [...new Set(terms.flatMap((t) => t.words))];
  // A one-word query that is a thesaurus word, as typed or as corrected ("armoede", "wil geen hulp").
  const preferred = tokens.length === 1 ? vocabulary.thesaurus.get(tokens[0]) ?? vocabulary.thesaurus.get(terms[0].words.join('')) ?? [] : [];
  const loose = tokenParts(raw).flat().filter((t) => !stopwords.has(t));
  const looseTerms = loose.length > 0 ? loose.map((token) => planTerm(token, vocabulary, false)) : terms;
  return { terms, looseTerms, query: words.join(' '), preferred };
}
