import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { matchDocument, namesOf } from '../../src/lib/match-document.ts';
import { loadContent } from '../../src/schema/load-content.ts';

const seeds = join(process.cwd(), '..', 'shared', 'seeds');
const policyPlan = existsSync(seeds) ? readdirSync(seeds).find((f) => f.startsWith('002_')) : undefined;
const { modules } = loadContent();
const matchable = modules.map((m) => ({ id: m.data.id, titel: m.data.titel, aliassen: m.data.aliassen }));

describe('matchDocument', () => {
  test('finds a module by title, ignoring case and accents', () => {
    const matches = matchDocument('Wij bieden een cursus UITKOMEN MET INKOMEN aan.', [{ id: 'x', titel: 'Uitkomen met inkomen', aliassen: [] }]);

    expect(matches.map((m) => m.id)).toEqual(['x']);
  });

  test('counts a Dutch plural as a mention', () => {
    expect(matchDocument('Assertiviteitstrainingen,', [{ id: 'x', titel: 'Assertiviteitstraining', aliassen: [] }])).toHaveLength(1);
  });

  test('matches the title without its parenthetical part and each side of a slash', () => {
    expect(namesOf({ id: 'x', titel: 'Inventarisatie schulden / intake schuldhulpverlening', aliassen: [] })).toContain('intake schuldhulpverlening');
    expect(namesOf({ id: 'y', titel: 'Omgaan met (fysieke) spanningsklachten', aliassen: [] })).toContain('Omgaan met spanningsklachten');
  });

  test('does not match part of a longer word', () => {
    expect(matchDocument('De intakegesprekken lopen goed.', [{ id: 'x', titel: 'Intake', aliassen: [] }])).toEqual([]);
  });

  test('marks a match on a general term only, such as a functie name', () => {
    const modules = [{ id: 'x', titel: 'Aanmelding', aliassen: [] }, { id: 'y', titel: 'Assertiviteitstraining', aliassen: [] }];

    const matches = matchDocument('Na de aanmelding volgt een assertiviteitstraining.', modules, ['Aanmelding', 'Begeleiding']);

    expect(matches.map((m) => [m.id, m.general])).toEqual([['x', true], ['y', false]]);
  });

  test.runIf(policyPlan)('finds the courses of the Versa Welzijn policy plan (seed 002) that are modules on the site', () => {
    const text = readFileSync(join(seeds, policyPlan!), 'utf8');

    const ids = matchDocument(text, matchable).map((m) => m.id);

    expect(ids).toEqual(
      expect.arrayContaining(['amw-assertiviteitstraining', 'amw-uitkomen-met-inkomen', 'amw-stress-op-het-werk-de-baas', 'amw-in-de-put-uit-de-put', 'amw-sociale-vaardigheidstraining']),
    );
  });
});
