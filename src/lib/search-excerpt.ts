// Excerpts for search results, from the module's own text only: never from the block of search terms at the
// end of the indexed text (aliases, keywords, thesaurus words, compound parts), which readers do not see.
import { normalizeWord } from '../text/search-words.ts';

export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

export interface ExcerptInput {
  /** The page's indexed text, as Pagefind returns it (`raw_content`): words separated by white space. */
  content: string;
  /** Positions (word numbers) of the words Pagefind matched. */
  locations: readonly number[];
  /** Word number where the search-terms block starts; text from there on is never shown. */
  boundary: number;
  /** The words searched for: a text word containing one of them is marked when Pagefind matched only the block ("ritme" in "dagritme"). */
  searchWords: readonly string[];
  /** Number of words to show. */
  length?: number;
  /** Words at the start that are the title, already shown as the result's heading. */
  skip?: number;
  /** Where section headings start and how many words they have: an excerpt stays within one section. */
  headings?: readonly { location: number; words: number }[];
}

/** Picks the window of text with the most matches and marks them; falls back to the start of the text (the summary). */
export function buildExcerpt(input: ExcerptInput): ExcerptPiece[] {
  const length = input.length ?? 28;
  const words = input.content.split(/[\r\n\s]+/g).slice(0, input.boundary);
  const skip = Math.min(input.skip ?? 0, words.length);
  let marked = new Set(input.locations.filter((l) => l >= skip && l < words.length));
  if (marked.size === 0) {
    // Matched through the search terms only: mark the text words that contain what was searched (compounds).
    const needles = input.searchWords.filter((w) => w.length >= 4);
    marked = new Set(
      words.flatMap((word, i) => (i >= skip && needles.some((needle) => normalizeWord(word).includes(needle)) ? [i] : [])),
    );
  }
  let start = skip;
  if (marked.size > 0) {
    const positions = [...marked].sort((a, b) => a - b);
    let best = 0;
    for (const first of positions) {
      const count = positions.filter((p) => p >= first && p < first + length).length;
      if (count > best) {
        best = count;
        // A little context before the first match reads better than starting on it.
        start = Math.max(skip, first - 4);
      }
    }
  }
  // Keep to the section the excerpt starts in, without its heading: "Doelgroep." is no sentence to read.
  let limit = words.length;
  let sectionStart = skip;
  for (const heading of [...(input.headings ?? [])].sort((a, b) => a.location - b.location)) {
    const firstMark = [...marked].filter((p) => p >= start).sort((a, b) => a - b)[0] ?? start;
    if (heading.location <= firstMark) {
      sectionStart = heading.location + heading.words;
      start = Math.max(start, sectionStart);
    }
    else {
      limit = Math.min(limit, heading.location);
      break;
    }
  }
  const end = Math.min(limit, start + length);
  const pieces: ExcerptPiece[] = [];
  if (start > sectionStart) pieces.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const text = i === end - 1 ? words[i] : `${words[i]} `;
    const last = pieces[pieces.length - 1];
    if (marked.has(i)) {
      // Punctuation and the space after a marked word stay outside the mark.
      const [, core, tail] = /^(.*?)([.,;:!?)”’"']*)$/u.exec(words[i])!;
      pieces.push({ text: core, mark: true });
      const rest = `${tail}${i !== end - 1 ? ' ' : ''}`;
      if (rest) pieces.push({ text: rest, mark: false });
    } else if (last && !last.mark) last.text += text;
    else pieces.push({ text, mark: false });
  }
  if (end < limit || (end === limit && limit < words.length && !/[.!?;:]$/.test(words[end - 1]))) pieces.push({ text: ' …', mark: false });
  return pieces;
}
