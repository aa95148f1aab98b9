import { describe, expect, test } from 'vitest';
import { planQuery, toVocabulary } from '../../src/lib/search-query.ts';

// A small index vocabulary, most frequent first, as woorden.json holds it.
const vocabulary = toVocabulary({
  pages: 10,
  words: 'werk over een begeleiding schulden schuldhulpverlening participatie dagritme budget ruzie buren scheiding rapport rapportage werkloosheid eenzaamheid',
  counts: [9, 9, 9, 8, 5, 4, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1],
});
const plan = (query: string) => planQuery(query, vocabulary).terms.map((t) => `${t.kind}:${t.words.join('+')}`);

describe('planning a query against the index words', () => {
  test('keeps words the index has', () => {
    expect(plan('Schulden')).toEqual(['exact:schulden']);
  });

  test('completes a word that is being typed', () => {
    expect(plan('schuldh')).toEqual(['completion:schuldhulpverlening']);
  });

  test('splits a compound the index does not have into words it has', () => {
    expect(plan('budgetbegeleiding')).toEqual(['compound:budget+begeleiding']);
  });

  test('finds another form of the word: verb for noun, adjective for noun', () => {
    expect(plan('participeren')).toEqual(['form:participatie']);
    expect(plan('werkloze')).toEqual(['form:werkloosheid']);
    expect(plan('eenzame')).toEqual(['form:eenzaamheid']);
  });

  test('prefers the shortest form, which Pagefind extends to the longer ones', () => {
    expect(plan('rapporteren')).toEqual(['form:rapport']);
  });

  test('corrects one typo', () => {
    expect(plan('schuldhulpverleneng')).toEqual(['spelling:schuldhulpverlening']);
    expect(plan('schlden')).toEqual(['spelling:schulden']);
  });

  test('leaves out unknown words instead of matching a fragment of them', () => {
    expect(plan('overwinteren')).toEqual(['unknown:']);
    expect(plan('eenhoorn')).toEqual(['unknown:']);
    expect(plan('werkpaard')).toEqual(['unknown:']);
    expect(planQuery('overwinteren', vocabulary).query).toBe('');
  });

  test('drops small words when other words are typed', () => {
    expect(plan('ruzie met de buren')).toEqual(['exact:ruzie', 'stopword:', 'stopword:', 'exact:buren']);
    expect(planQuery('ruzie met de buren', vocabulary).query).toBe('ruzie buren');
  });
});
