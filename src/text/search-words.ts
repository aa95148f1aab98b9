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
 * The tokens of a text, normalised: split at everything but letters, digits and hyphens, each token given as
 * its hyphen-separated parts ("schuld-hulp" → [schuld, hulp], "dag-" → [dag]). The index, phrases and queries
 * all start from this, so they cut text the same way.
 */
export function tokenParts(text: string): string[][] {
  return normalizeWord(text)
    .split(/[^\p{L}\p{N}-]+/u)
    .map((token) => token.split('-').filter(Boolean))
    .filter((parts) => parts.length > 0);
}

/**
 * The words of a text as the index holds them: a hyphenated word gives its parts and the joined whole, as
 * Pagefind indexes it.
 */
export function wordsOf(text: string): string[] {
  return tokenParts(text)
    .flatMap((parts) => (parts.length > 1 ? [...parts, parts.join('')] : parts))
    .filter((word) => /\p{L}/u.test(word));
}

/** Id of the block of search terms at the end of each module's indexed text; excerpts stop before it. */
export const searchTermsAnchor = 'zoektermen';

/** Small words that carry no meaning of their own in a search ("ruzie met de buren", "wil geen hulp"). */
export const stopwords: ReadonlySet<string> = new Set(
  'de het een en of van voor met op in aan bij naar om te ten ter door over uit tot als dan die dat wat wie hoe is zijn er je u ik ze we mijn mij me zich mezelf jezelf zichzelf wil kan heb heeft hebben wordt word geen niet meer veel'.split(' '),
);

/** The words of a phrase as typed, a hyphenated word as one ("re-integratie" → "reintegratie", "dag-" → "dag"). */
export function phraseWords(text: string): string[] {
  return tokenParts(text).map((parts) => parts.join(''));
}

/**
 * A phrase of two or more words as one search word: without the small words when two or more others remain
 * ("zorgen om de buren" → "zorgenburen"), else with all of them ("wil geen hulp" → "wilgeenhulp"). Module pages
 * index their keywords this way and the search page joins what is typed the same way, so a phrase matches as a
 * whole. Undefined for a single word.
 */
export function phraseKey(words: readonly string[]): string | undefined {
  if (words.length < 2) return undefined;
  const meaningful = words.filter((w) => !stopwords.has(w));
  return meaningful.length > 1 ? meaningful.join('') : words.join('');
}

/** The one search word for a keyword or thesaurus word: its phrase key, or the word itself. */
export function searchKey(text: string): string {
  const words = phraseWords(text);
  return phraseKey(words) ?? words.join('');
}

/** Every word of a thesaurus entry that a user may type: the term itself and its synonyms. */
export function entryWords(entry: { term: string; synoniemen: readonly string[] }): string[] {
  return [entry.term, ...entry.synoniemen];
}

/**
 * The common stem of the forms a Dutch word takes in running text: plural (-en, -s), the inflected adjective
 * (-e) and the spelling changes that come with them ("cursussen" → cursus, "preventieve" → preventief,
 * "huisbezoeken" → huisbezoek). Not a full stemmer: two forms of one word get one stem, so that a name in a
 * document matches however it is inflected. Short words stay as they are.
 */
export function wordStem(word: string): string {
  let stem = word;
  const strip = (suffix: string, keep: number) => {
    if (stem.endsWith(suffix) && stem.length - suffix.length >= keep) stem = stem.slice(0, -suffix.length);
  };
  if (!stem.endsWith('ss')) strip('s', 4);
  if (stem.endsWith('en')) strip('en', 3);
  else strip('e', 4);
  // "cursuss(en)" → cursus, "groepp" does not occur: a doubled consonant after a plural ending is the spelling rule.
  if (stem.length > 4 && /([bdfgklmnprst])\1$/.test(stem) && stem !== word) stem = stem.slice(0, -1);
  if (!stem.endsWith('ss')) strip('s', 4);
  if (stem !== word) stem = stem.replace(/v$/, 'f').replace(/z$/, 's');
  return stem;
}
