// Turns what a user types into words the search index has, before Pagefind is asked. Pagefind matches the
// start of words and, for a word it does not know, falls back to the longest indexed word that the query word
// starts with ("overspannen" → "over"): that is how unknown words brought noise. Here every word sent to
// Pagefind is a whole word of the index, chosen in this order: the word itself; a word it starts (typing
// "schuldh"); the parts of a compound ("budgetbegeleiding" → budget + begeleiding); another form of the word
// ("participeren" → participatie); a spelling correction ("schuldhulpverleneng"). Anything else is left out
// and said to be unknown, so it can never match a fragment.
import { editDistance } from './closest-match.ts';
import { splitOnce } from './decompound.ts';
import { normalizeWord } from './search-words.ts';
import type { SearchVocabulary } from './search-vocabulary.ts';

export interface Vocabulary {
  /** Index words, most frequent first. */
  words: string[];
  /** Pages per word. */
  count: Map<string, number>;
}

export function toVocabulary(data: SearchVocabulary): Vocabulary {
  const words = data.words ? data.words.split(' ') : [];
  return { words, count: new Map(words.map((w, i) => [w, data.counts[i] ?? 0])) };
}

/** Small words that add nothing when other words are typed ("ruzie met buren"). */
const stopwords = new Set('de het een en of van voor met op in aan bij naar om te ten ter door over uit tot als dan die dat wat wie hoe is zijn er je u ik ze we mijn mij me zich wil kan heb heeft hebben wordt word geen niet meer veel'.split(' '));

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
  /** The query for Pagefind; empty when no typed word is known. */
  query: string;
}

/** The words of a query: split at spaces and punctuation; a hyphenated word stays whole when the index has it so. */
export function queryTokens(raw: string, vocabulary: Vocabulary): string[] {
  const tokens: string[] = [];
  for (const token of normalizeWord(raw).split(/[^\p{L}\p{N}-]+/u)) {
    const parts = token.split('-').filter(Boolean);
    if (parts.length === 0) continue;
    const joined = parts.join('');
    if (parts.length > 1 && vocabulary.count.has(joined)) tokens.push(joined);
    else tokens.push(...parts);
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
export function spellingCandidates(term: string, vocabulary: Vocabulary, limit = 3): string[] {
  if (term.length < 4) return [];
  const maxDistance = term.length >= 8 ? 2 : 1;
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
  return { terms, query: words.join(' ') };
}
