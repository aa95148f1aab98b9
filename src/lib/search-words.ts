// How text becomes search words, the same way in the build (index, vocabulary, register) and in the browser (queries).

/** Lowercase, accents removed and the Dutch ligature "ĳ" written as "ij", so "Financiële" and "financiele" are one word. */
export function normalizeWord(word: string): string {
  return word
    .replace(/ĳ/g, 'ij')
    .replace(/Ĳ/g, 'IJ')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The words of a text as search sees them: letters and digits, split at everything else. A hyphenated word
 * ("schuld-hulp", "dag- en nachtritme") gives its parts and, when both sides are letters, the joined whole.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const token of normalizeWord(text).split(/[^\p{L}\p{N}-]+/u)) {
    const parts = token.split('-').filter(Boolean);
    words.push(...parts);
    if (parts.length > 1) words.push(parts.join(''));
  }
  return words.filter((word) => /\p{L}/u.test(word));
}

/** Id of the block of search terms at the end of each module's indexed text; excerpts stop before it. */
export const searchTermsAnchor = 'zoektermen';

/** Small words that carry no meaning of their own in a search ("ruzie met de buren", "wil geen hulp"). */
export const stopwords: ReadonlySet<string> = new Set(
  'de het een en of van voor met op in aan bij naar om te ten ter door over uit tot als dan die dat wat wie hoe is zijn er je u ik ze we mijn mij me zich mezelf jezelf zichzelf wil kan heb heeft hebben wordt word geen niet meer veel'.split(' '),
);

/**
 * A phrase as one search word: its words without the small ones, joined ("zorgen om de buren" → "zorgenburen").
 * Undefined when fewer than two words remain. The module pages index keywords this way and the search page
 * joins what is typed the same way, so a phrase matches as a whole.
 */
export function joinedPhrase(words: readonly string[]): string | undefined {
  const meaningful = words.filter((w) => !stopwords.has(w) && !w.includes('-'));
  return meaningful.length > 1 ? meaningful.join('') : undefined;
}
