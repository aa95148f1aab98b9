import { describe, expect, test } from 'vitest';
import { buildMatcherIndex, matchDocument, nameVariants, sentenceAround } from '../../src/lib/match-document.ts';

const modules = [
  { id: 'amw-uitkomen', titel: 'Uitkomen met inkomen', aliassen: [] },
  { id: 'amw-assertiviteit', titel: 'Assertiviteitstraining', aliassen: [] },
  { id: 'amw-sova', titel: 'Sociale vaardigheidstraining', aliassen: ['SOVA-training'], trefwoorden: ['sociale vaardigheden'] },
  { id: 'amw-info', titel: 'Informatie en advies', aliassen: [] },
  { id: 'wmw-info', titel: 'Informatie en advies', aliassen: [] },
  { id: 'wmw-voorlichting', titel: 'Voorlichting', aliassen: [] },
  { id: 'wmw-praktisch', titel: 'Praktische en materiële dienstverlening/begeleiding', aliassen: [] },
  { id: 'amw-slag', titel: 'Weer aan de slag', aliassen: [] },
  { id: 'iow-huisbezoek', titel: 'Preventief huisbezoek', aliassen: [] },
];
const index = buildMatcherIndex(modules, { generalTerms: ['Voorlichting', 'Begeleiding'], thesaurus: [[['geldzorgen'], ['amw-uitkomen']]] });
const found = (text: string, includeDoubt = false) => matchDocument(text, index, { includeDoubt }).map((m) => [m.text, m.certainty, m.candidates.join(' ')]);

describe('matchDocument', () => {
  test('finds a title as "zeker", ignoring case and accents', () => {
    expect(found('Wij bieden een cursus UITKOMEN MET INKOMEN aan.')).toEqual([['UITKOMEN MET INKOMEN', 'zeker', 'amw-uitkomen']]);
  });

  test('finds plural and inflected forms as "waarschijnlijk"', () => {
    expect(found('Assertiviteitstrainingen en preventieve huisbezoeken.')).toEqual([
      ['Assertiviteitstrainingen', 'waarschijnlijk', 'amw-assertiviteit'],
      ['preventieve huisbezoeken', 'waarschijnlijk', 'iow-huisbezoek'],
    ]);
  });

  test('joins a word broken over two lines with a hyphen', () => {
    expect(found('een Assertiviteits-\ntraining')).toEqual([['Assertiviteits- training', 'zeker', 'amw-assertiviteit']]);
  });

  test('finds a name written with a hyphen, together or apart', () => {
    expect(found('SOVA trainingen, sovatraining en Sociale-vaardigheids-training').map((f) => f[2])).toEqual(['amw-sova', 'amw-sova', 'amw-sova']);
  });

  test('gives every candidate of a name that exists in more than one werksoort', () => {
    expect(found('Het spreekuur voor informatie en advies blijft open.')).toEqual([['informatie en advies', 'zeker', 'amw-info wmw-info']]);
  });

  test('leaves out general words unless asked, and then marks them "twijfel"', () => {
    const text = 'We geven voorlichting, groepsgewijze begeleiding en helpen mensen weer aan de slag. Veel geldzorgen.';

    expect(found(text)).toEqual([]);
    expect(found(text, true)).toEqual([
      ['voorlichting', 'twijfel', 'wmw-voorlichting'],
      ['weer aan de slag', 'twijfel', 'amw-slag'],
      ['geldzorgen', 'twijfel', 'amw-uitkomen'],
    ]);
  });

  test('does not match part of a longer word or a small word after a name', () => {
    expect(found('De assertiviteitstrainingsgroep en de informatie en adviezen.')).toEqual([]);
  });

  test('makes variants of a title without its parenthetical and of each side of a slash', () => {
    expect(nameVariants('Inventarisatie schulden / intake schuldhulpverlening')).toContain('intake schuldhulpverlening');
    expect(nameVariants('Omgaan met (fysieke) spanningsklachten')).toContain('Omgaan met spanningsklachten');
    expect(nameVariants('Praktische en materiële dienstverlening/begeleiding')).toEqual(expect.arrayContaining(['Praktische en materiële dienstverlening', 'Praktische en materiële begeleiding']));
  });

  test('gives the sentence or list item a mention stands in', () => {
    const text = 'Wat we bieden\n- Voorlichting op scholen.\n- Budgetbegeleiding voor\ngezinnen. Daarna meer.';

    expect(sentenceAround(text, text.indexOf('Budget'), text.indexOf('Budget') + 6)).toBe('Budgetbegeleiding voor gezinnen.');
  });
});
