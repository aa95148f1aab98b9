// Splits Dutch compounds into the words they are made of ("schuldhulpverlening" → schuld, hulpverlening, hulp,
// verlening), so that a search for a part finds the whole and the other way round. Used by the build with a
// Dutch word list and in the browser with the site's own words.

/**
 * Function words never count as a part: "overspannen" is not "over" + "spannen", and "aanmelding" is not
 * "aan" + "melding". Splitting there would make the parts match texts that mean something else.
 */
const notAPart = new Set(
  'aan af al als bij boven buiten dan dat de die door een en er ge her het in langs los mee met na naar neer niet nog of om omver onder ont op over per rond samen te tegen ten ter terug toe tot tussen uit van veel ver via voor voort vol weg weer wel zo'.split(' '),
);

/** Three-letter words that are real parts of compounds ("dagritme", "bedrust"); other parts need four letters. */
const shortParts = new Set('dag bed man wet weg rol zin les pas net nut bus kop tak hof bod eis'.split(' '));

/**
 * Four-letter words that end compounds ("opbouwwerk", "schuldhulp"). Other four-letter endings are mostly
 * misreadings ("signal-ring", "versla-ving"), so a last part needs five letters unless it is listed here.
 */
const shortHeads = new Set('werk hulp zorg huis geld taal loop plan team wijk tijd baan gids kind raad vorm punt zaak buurt rust angst'.split(' '));

/** Linking sounds between parts: arbeid-s-relevant, pann-en-koek, kind-er-opvang. */
const links = ['s', 'en', 'e', 'er'];

export interface SplitOptions {
  /** Words shorter than this are never split. */
  minLength?: number;
  /** Words to prefer as parts when two splits are otherwise equal: the site's own vocabulary. */
  preferred?: ReadonlySet<string>;
  /** Whole words that are not split further when they are a part, unless long ("uitzetting" stays whole). */
  whole?: ReadonlySet<string>;
}

function isPart(part: string, isWord: (word: string) => boolean, last: boolean): boolean {
  // "overs" + "pannen" is a misreading of over-spannen: a function word with an "s" is no part either.
  if (notAPart.has(part) || (part.endsWith('s') && notAPart.has(part.slice(0, -1)))) return false;
  if (part.length < 4 && !shortParts.has(part)) return false;
  if (last && part.length === 4 && !shortHeads.has(part)) return false;
  return isWord(part) || particleWord(part, isWord);
}

/** A word with a particle in front, as a whole part: "uithuis" in "uithuis-plaatsing", not "uit" + "huis". */
function particleWord(part: string, isWord: (word: string) => boolean): boolean {
  for (let i = 2; i <= 5 && i < part.length - 3; i++) {
    if (notAPart.has(part.slice(0, i)) && isWord(part.slice(i))) return true;
  }
  return false;
}

interface Split {
  parts: string[];
  links: number;
  /** How many parts are words of the site's own texts. */
  known: number;
}

/**
 * Among splits with as many parts, prefer parts that the site's texts use ("werk-stress", not "werks-tress"),
 * then a linking sound ("gezin-s-leven", not "gezin-sleven"), then longer short parts.
 */
function better(option: Split, current: Split | undefined): boolean {
  if (!current) return true;
  if (option.parts.length !== current.parts.length) return option.parts.length < current.parts.length;
  if (option.known !== current.known) return option.known > current.known;
  if (option.links !== current.links) return option.links > current.links;
  return Math.min(...option.parts.map((p) => p.length)) > Math.min(...current.parts.map((p) => p.length));
}

/**
 * The fewest known words that make up `word` (longest parts when there is a tie), or undefined when it is not
 * a compound of known words. A linking "s", "e", "en" or "er" may follow any part but the last.
 */
export function splitOnce(word: string, isWord: (word: string) => boolean, options: SplitOptions = {}): string[] | undefined {
  const minLength = options.minLength ?? 6;
  if (word.length < minLength || !/^\p{L}+$/u.test(word)) return undefined;
  // best[i]: the fewest parts that cover word.slice(0, i).
  const best: (Split | undefined)[] = Array(word.length + 1).fill(undefined);
  best[0] = { parts: [], links: 0, known: 0 };
  for (let end = 1; end <= word.length; end++) {
    const last = end === word.length;
    // No part is shorter than three letters (plus a linking sound), so shorter pieces need no look.
    for (let start = 0; start <= end - 3; start++) {
      const before = best[start];
      // The whole word is not a split of itself, even when the word list has it.
      if (!before || (start === 0 && last)) continue;
      const piece = word.slice(start, end);
      // c = -1: the piece as it is; otherwise, except for the last part, the piece without a linking sound.
      for (let c = -1; c < (last ? 0 : links.length); c++) {
        const link = c === -1 ? '' : links[c];
        if (link && !(piece.endsWith(link) && piece.length - link.length >= 3)) continue;
        const part = link ? piece.slice(0, -link.length) : piece;
        if (!isPart(part, isWord, last)) continue;
        const option = { parts: [...before.parts, part], links: before.links + (link ? 1 : 0), known: before.known + (options.preferred?.has(part) ? 1 : 0) };
        if (better(option, best[end])) best[end] = option;
      }
    }
  }
  const parts = best[word.length]?.parts;
  return parts && parts.length > 1 ? parts : undefined;
}

/**
 * Every word inside a compound: its parts, the parts of those parts, and the tails that are words themselves
 * ("hulpverlening" in "schuldhulpverlening"). Empty for a word that is not a compound.
 */
export function compoundParts(word: string, isWord: (word: string) => boolean, options: SplitOptions = {}): string[] {
  const found = new Set<string>();
  const visit = (current: string) => {
    const parts = splitOnce(current, isWord, options);
    if (!parts) return;
    for (let i = 1; i < parts.length - 1; i++) {
      const tail = parts.slice(i).join('');
      if (isWord(tail)) found.add(tail);
    }
    for (const part of parts) {
      if (found.has(part)) continue;
      found.add(part);
      if (!options.whole?.has(part) || part.length >= 12) visit(part);
    }
  };
  visit(word);
  found.delete(word);
  return [...found];
}
