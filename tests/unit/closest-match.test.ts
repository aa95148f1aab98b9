import { describe, expect, test } from 'vitest';
import { closestMatch, editDistance } from '../../src/text/closest-match.ts';

describe('closestMatch', () => {
  test('suggests "begeleiding" for "begeleidng"', () => {
    expect(closestMatch('begeleidng', ['aanmelding', 'begeleiding', 'bemiddeling'])).toBe('begeleiding');
  });

  test('suggests "amw" for "AMW" because case does not count', () => {
    expect(closestMatch('AMW', ['amw', 'wmw', 'iow'])).toBe('amw');
  });

  test('suggests nothing when two values are equally close', () => {
    expect(closestMatch('xmw', ['amw', 'wmw'])).toBeUndefined();
  });

  test('suggests nothing when no value is close', () => {
    expect(closestMatch('huisbezoek', ['aanmelding', 'voorlichting'])).toBeUndefined();
  });

  test('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
