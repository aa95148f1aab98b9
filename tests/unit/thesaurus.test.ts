import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { getTaxonomy } from '../../src/schema/taxonomy.ts';
import { loadThesaurus } from '../../src/schema/thesaurus.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'thesaurus');
const moduleIds = new Set(['amw-budgetbegeleiding', 'amw-intake']);
const load = (name: string) => loadThesaurus(join(fixtures, name), moduleIds, getTaxonomy(), join(fixtures, '..', '..', '..'));

describe('thesaurus', () => {
  test('accepts entries that lead to modules or functies, with broader and narrower terms', () => {
    const { entries, problems } = load('valid');

    expect(problems).toEqual([]);
    expect(entries.map((e) => e.term)).toEqual(['schulden', 'deurwaarder', 'cursus']);
  });

  test('reports an unknown module id, a duplicate word, an unknown functie, an unknown broader term and an entry that leads nowhere, each with its line', () => {
    const { entries, problems } = load('invalid');
    const lines = problems.map((p) => `${p.line} | ${p.field}: ${p.message}`);

    expect(entries).toEqual([]);
    expect(problems.every((p) => p.file === 'tests/fixtures/thesaurus/invalid/thesaurus.yaml')).toBe(true);
    expect(lines).toEqual([
      '3 | 0.modules.0: module "amw-budgetbegeleidng" bestaat niet. Bedoelt u "amw-budgetbegeleiding"?',
      '6 | 1.breder.0: "geldzaken" is geen term van een ander item. Voeg een item met `term: geldzaken` toe of kies een bestaande term.',
      '5 | 1.synoniemen.0: "Huurachterstand" staat (voor het zoeken) ook bij "schulden" (regel 1). Een woord hoort bij één item; verwijs met `breder:` of `smaller:` naar het andere item.',
      expect.stringMatching(/^9 \| 2\.functies\.0: functie "groepswerk" bestaat niet; kies uit .*"groepswerk-training"/),
      '10 | 3.term: "zomaar" leidt nergens heen. Noem onder `modules:` de module-id\'s of onder `functies:` de functie-id\'s waar dit woord naartoe moet leiden.',
    ]);
  });

  test('treats a missing thesaurus file as an empty thesaurus', () => {
    expect(load('bestaat-niet')).toEqual({ entries: [], problems: [] });
  });
});
