import { describe, expect, test } from 'vitest';
import { buildExcerpt } from '../../src/lib/search-excerpt.ts';

const content = 'Dagritme. Bewoners zonder dagbesteding krijgen hulp bij een vast dagritme, zodat de dag structuur krijgt. Doelgroep. Kwetsbare bewoners. ritme dag';
const text = (pieces: ReturnType<typeof buildExcerpt>) => pieces.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('search excerpts', () => {
  test('marks the matched words and leaves their punctuation outside the mark', () => {
    expect(text(buildExcerpt({ content, locations: [9], boundary: 19, searchWords: ['dagritme'], skip: 1, length: 12 }))).toBe(
      '… hulp bij een vast [dagritme], zodat de dag structuur krijgt. Doelgroep. Kwetsbare …',
    );
  });

  test('never shows the search-terms block, and marks a compound that holds the word searched for', () => {
    const excerpt = text(buildExcerpt({ content, locations: [19], boundary: 19, searchWords: ['ritme'], skip: 1, length: 8 }));

    expect(excerpt).toContain('[dagritme]');
    expect(excerpt).not.toMatch(/ritme dag$/);
  });

  test('stays within one section and leaves out the section heading', () => {
    const headings = [{ location: 15, words: 1 }];

    expect(text(buildExcerpt({ content, locations: [16], boundary: 18, searchWords: [], skip: 1, length: 12, headings }))).toBe('[Kwetsbare] bewoners.');
    expect(text(buildExcerpt({ content, locations: [9], boundary: 19, searchWords: [], skip: 1, length: 20, headings }))).toBe('… hulp bij een vast [dagritme], zodat de dag structuur krijgt.');
  });

  test('falls back to the start of the text (the summary) when no word of the text matches', () => {
    expect(text(buildExcerpt({ content, locations: [20], boundary: 19, searchWords: ['zzz'], skip: 1, length: 4 }))).toBe('Bewoners zonder dagbesteding krijgen …');
  });
});
