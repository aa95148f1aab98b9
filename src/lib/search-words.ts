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
