import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { begripSchema, loadBegrippen } from '../../src/schema/begrippen.ts';
import { formatReport } from '../../src/schema/report.ts';

const invalidDir = join(process.cwd(), 'tests/fixtures/begrippen/invalid');

describe('loadBegrippen', () => {
  test('reads the shipped terms without problems', () => {
    const { begrippen, problems } = loadBegrippen();

    expect(problems).toEqual([]);
    expect(begrippen.map((b) => b.id)).toContain('werksoort');
  });

  test('reports every problem with the file and the line of the fixture', () => {
    const { begrippen, problems } = loadBegrippen(invalidDir);

    expect(begrippen).toEqual([]);
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ['tests/fixtures/begrippen/invalid/begrippen.yaml', 6, '1.id'],
      ['tests/fixtures/begrippen/invalid/begrippen.yaml', 10, '2.term'],
      ['tests/fixtures/begrippen/invalid/begrippen.yaml', 11, '2.kort'],
      ['tests/fixtures/begrippen/invalid/begrippen.yaml', 13, '2.zie.0.pad'],
      ['tests/fixtures/begrippen/invalid/begrippen.yaml', 15, '3.id'],
    ]);
  });

  test('says what is wrong and what to do, in Dutch', () => {
    const { problems } = loadBegrippen(invalidDir);

    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "tests/fixtures/begrippen/invalid/begrippen.yaml
         6 | 1.id: verwacht alleen kleine letters, cijfers en streepjes (bijvoorbeeld "amw-intake")  (tests/fixtures/begrippen/invalid/begrippen.yaml:6)
        10 | 2.term: dit veld ontbreekt. Geef elk begrip een \`term:\`.  (tests/fixtures/begrippen/invalid/begrippen.yaml:10)
        11 | 2.kort: is te kort om iets uit te leggen; schrijf één volledige zin.  (tests/fixtures/begrippen/invalid/begrippen.yaml:11)
        13 | 2.zie.0.pad: verwacht een pad op de site zonder / vooraan en met / achteraan, zoals "type/" of "over/over-modules/".  (tests/fixtures/begrippen/invalid/begrippen.yaml:13)
        15 | 3.id: begrip "werksoort" staat ook op regel 2; elk id moet uniek zijn. Voeg de twee samen of geef dit begrip een ander id.  (tests/fixtures/begrippen/invalid/begrippen.yaml:15)

      5 fouten in 1 bestand. Pas de bestanden hierboven aan en draai \`npm run check\` opnieuw."
    `);
  });

  test('accepts a term with only id, term and kort', () => {
    expect(begripSchema.parse({ id: 'bron', term: 'Bron', kort: 'Het document waaruit een module komt.' })).toEqual({ id: 'bron', term: 'Bron', kort: 'Het document waaruit een module komt.', zie: [] });
  });
});
