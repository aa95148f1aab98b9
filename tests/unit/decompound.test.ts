import { describe, expect, test } from 'vitest';
import { compoundParts, splitOnce } from '../../src/lib/decompound.ts';
import { dutchWords, isDutchWord } from '../../src/lib/dutch-words.ts';

const words = dutchWords();
const isWord = (word: string) => isDutchWord(word, words);
const parts = (word: string) => compoundParts(word, isWord, { whole: words, preferred: new Set(['stress', 'leven']) }).sort();

describe('decompounding with the Dutch word list', () => {
  test('splits compounds into the words they are made of, also the parts of parts', () => {
    expect(parts('schuldhulpverlening')).toEqual(['hulp', 'hulpverlening', 'schuld', 'verlening']);
    expect(parts('huisuitzetting')).toEqual(['huis', 'uitzetting']);
    expect(parts('dagritme')).toEqual(['dag', 'ritme']);
    expect(parts('keukentafelgesprek')).toEqual(['gesprek', 'keuken', 'tafel', 'tafelgesprek']);
  });

  test('handles the linking s and inflected parts', () => {
    expect(parts('spanningsklachten')).toEqual(['klachten', 'spanning']);
    expect(parts('gezinsleven')).toEqual(['gezin', 'leven']);
  });

  test('never splits off a function word or a fragment shorter than a word', () => {
    expect(parts('overspannen')).toEqual([]);
    expect(parts('aanmelding')).toEqual([]);
    expect(parts('signalering')).toEqual([]);
    expect(parts('verslaving')).toEqual([]);
  });

  test('prefers parts the site uses when two splits are otherwise equal', () => {
    expect(parts('werkstress')).toEqual(['stress', 'werk']);
  });

  test('does not split short words or words with digits', () => {
    expect(splitOnce('dagje', isWord)).toBeUndefined();
    expect(splitOnce('amw10', isWord)).toBeUndefined();
  });
});
