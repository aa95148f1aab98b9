// The list of words the search index holds, read back from Pagefind's own fragments after indexing, so that the
// search page asks Pagefind only for words it has (see docs/search.md: no results from a fragment of a word).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ThesaurusEntry } from '../schema/thesaurus.ts';
import { entryWords, searchKey, wordsOf } from '../text/search-words.ts';

/** What the search page downloads: the index's words, most frequent first, and how many pages have each. */
export interface SearchVocabulary {
  /** Number of indexed pages. */
  pages: number;
  /** Words joined by spaces, in descending document frequency (ties alphabetical). */
  words: string;
  /** Document frequency of each word, in the same order. */
  counts: number[];
  /**
   * The thesaurus for ranking: per entry its words (normalised, phrases joined) and the module ids it leads to,
   * best fitting first. A query that is one of these words lists those modules first, in that order.
   */
  thesaurus: [string[], string[]][];
}

/** Pagefind writes each fragment as gzip of a fixed signature followed by JSON. */
const signature = 'pagefind_dcd';

/** A page as Pagefind indexed it: its address and its indexed text. */
export function readFragment(path: string): { url: string; content: string } {
  const bytes = gunzipSync(readFileSync(path));
  const text = bytes.toString('utf8');
  const json = JSON.parse(text.startsWith(signature) ? text.slice(signature.length) : text) as { url?: string; content?: string };
  return { url: json.url ?? '', content: json.content ?? '' };
}

export function readFragmentText(path: string): string {
  return readFragment(path).content;
}

/** The thesaurus as the search page ranks with it: each entry's words and the modules it names, in order. */
export function thesaurusRanking(entries: readonly ThesaurusEntry[]): [string[], string[]][] {
  // Only the modules an entry names: an entry that stands for a whole functie ranks by Pagefind's own order.
  return entries.filter((entry) => entry.modules.length > 0).map((entry) => [entryWords(entry).map(searchKey), entry.modules]);
}

/** Builds the vocabulary from the fragments in `<pagefind>/fragment/`. */
export function buildVocabulary(pagefindDir: string, thesaurus: [string[], string[]][] = []): SearchVocabulary {
  const dir = join(pagefindDir, 'fragment');
  const files = readdirSync(dir).filter((f) => f.endsWith('.pf_fragment'));
  const frequency = new Map<string, number>();
  for (const file of files) {
    for (const word of new Set(wordsOf(readFragmentText(join(dir, file))))) {
      // Codes and numbers ("amw10", "2015") stay out: with 10,000 modules they would be most of the list, and
      // the search page looks a code up in the index itself.
      if (!/\d/.test(word)) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const sorted = [...frequency].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { pages: files.length, words: sorted.map(([w]) => w).join(' '), counts: sorted.map(([, n]) => n), thesaurus };
}
