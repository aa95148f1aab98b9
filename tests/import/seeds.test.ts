import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editDistance } from '../../src/text/closest-match.ts';
import { importDocument } from '../../src/import/run-import.ts';
import { sectionCoverage } from '../../src/import/report.ts';
import { normalise } from '../../src/import/normalise.ts';
import { filesIn, run, seed, seedsDir, tempDir } from './helpers.ts';

const wijk = seed('003_');
const amw = seed('000_');
const skipReason = `the seed documents are not in ${seedsDir}`;

// Titles as the existing modules give them (content/modules/*/ titel), in source order. The source is OCR text,
// so a title may differ by a letter or two ("materiéle", "Waakvilamcontacten", "Sighaalopvolging").
const wmwTitles = [
  'Aanmelding', 'Signaalopvolging', 'Outreachende intake', 'Informatie en advies', 'Praktische en materiële dienstverlening/begeleiding',
  'Eerste hulp bij financiële problemen', 'Stabilisatie schuldenproblematiek', 'Inschakelen sociale netwerk', 'Structurering dagelijkse leven',
  'Psychosociale begeleiding', 'Licht pedagogische hulp', 'Waakvlamcontacten', 'Opbouwen en versterken van een informeel netwerk rond en met het cliëntsysteem',
  'Hulp in acute situaties', 'Rapportage ten behoeve van derden', 'Belangenbehartiging en bemiddeling naar instanties', 'Casemanagement',
  'Signalering (collectiveren individuele problematiek)', 'Voorlichting',
];
const iowTitles = [
  'Contactlegging met (tijdelijk) kwetsbare bewoners', 'Signaalopvolging en vraagverheldering', 'Preventief huisbezoek', 'Informatie en advies',
  'Ondersteunende advisering (procesgericht)', 'Ondersteunen bij opbouwen van dagritme en dagbesteding',
  'Ontwikkelingsgerichte ondersteuning (gericht op verheffing en emancipatie)', 'Motiverende ondersteuning (eventueel toeleidingstraject)',
  'Activering (en begeleiding) naar activiteiten', 'Activering naar maatschappelijke inzet', 'Waakvlamcontacten', 'Belangenbehartiging en bemiddeling naar instanties',
  'Lichte bemiddeling', 'Opbouwen en versterken van een informeel netwerk rond en met het cliëntsysteem', 'Rapportage ten behoeve van derden',
  'Coördinatie en afstemming individuele hulpverlening en collectieve arrangementen', 'Signalering (collectiveren individuele problematiek)',
  'Kwartiermaken bij collectieve arrangementen (formeel en informeel)', 'Kwartiermaken bij bewoners en bewonersgroepen', 'Voorlichting',
];
// The book marks these as schakelmodule ("Schakelmodule" under the title, "(schakelmodule)" in its contents).
const wmwSchakel = ['Signaalopvolging', 'Informatie en advies', 'Waakvlamcontacten', 'Opbouwen en versterken van een informeel netwerk rond en met het cliëntsysteem', 'Rapportage ten behoeve van derden', 'Belangenbehartiging en bemiddeling naar instanties', 'Signalering (collectiveren individuele problematiek)', 'Voorlichting'];
const iowSchakel = ['Contactlegging met (tijdelijk) kwetsbare bewoners', 'Signaalopvolging en vraagverheldering', 'Informatie en advies', 'Waakvlamcontacten', 'Belangenbehartiging en bemiddeling naar instanties', 'Opbouwen en versterken van een informeel netwerk rond en met het cliëntsysteem', 'Rapportage ten behoeve van derden', 'Signalering (collectiveren individuele problematiek)', 'Voorlichting'];
// Only these modules have an "Aanvullende informatie" section in the book; every module has the other six.
const withAanvullend = ['Psychosociale begeleiding', 'Opbouwen en versterken van een informeel netwerk rond en met het cliëntsysteem', 'Casemanagement', 'Informatie en advies', 'Activering (en begeleiding) naar activiteiten', 'Lichte bemiddeling'];
// The printed pages, as the existing modules cite them (bron.pagina).
const wmwPages = [26, 27, 28, 30, 31, 32, 34, 35, 36, 37, 38, 39, 40, 41, 42, 44, 46, 47, 48];
const iowPages = [51, 52, 53, 54, 56, 57, 58, 59, 60, 61, 62, 63, 65, 67, 69, 71, 72, 73, 75, 77];

const amwTitles = [
  'Aanmelding', 'Intake', 'Inventarisatie schulden / intake schuldhulpverlening', 'Informatie en advies', 'Wachttijdbegeleiding', 'Vraagverheldering',
  'Veranderings- en competentiegerichte begeleiding', 'Ondersteunende en verwerkingsgerichte begeleiding', 'Praktische en materiële begeleiding', 'Budgetbegeleiding',
  'Activerende begeleiding naar (betaalde) arbeid', 'Stabiliserende begeleiding', 'Voortraject arbeidstoeleiding', 'Onderzoek en rapportage',
  'Bemiddeling en (individuele) belangenbehartiging', 'Stress op het werk de baas', 'Omgaan met (fysieke) spanningsklachten', 'Weer aan de slag',
  'Sociale vaardigheidstraining', 'Assertiviteitstraining', 'In de put, uit de put', 'Uitkomen met inkomen',
];

const sameTitle = (found: string, expected: string) => editDistance(normalise(found), normalise(expected)) <= 2;

function expectTitles(found: string[], expected: string[]) {
  expect(found).toHaveLength(expected.length);
  found.forEach((title, i) => expect(sameTitle(title, expected[i]), `"${title}" should be "${expected[i]}"`).toBe(true));
}

describe.skipIf(!wijk)(`import of the wijk book (003) ${wijk ? '' : `— skipped: ${skipReason}`}`, () => {
  const file = join(seedsDir, wijk ?? '');

  test('finds the 19 wijkmaatschappelijk-werk modules with their titles, pages and schakelmodules', async () => {
    const { outcomes } = await importDocument({ file, werksoort: 'wmw', dryRun: true });

    expectTitles(outcomes.map((o) => o.module.title), wmwTitles);
    expect(outcomes.map((o) => o.module.page)).toEqual(wmwPages);
    expect(outcomes.filter((o) => o.module.schakel).map((o) => wmwTitles[outcomes.indexOf(o)])).toEqual(wmwSchakel);
  });

  test('finds the 20 individueel-opbouwwerk modules with their titles, pages and schakelmodules', async () => {
    const { outcomes } = await importDocument({ file, werksoort: 'iow', dryRun: true });

    expectTitles(outcomes.map((o) => o.module.title), iowTitles);
    expect(outcomes.map((o) => o.module.page)).toEqual(iowPages);
    expect(outcomes.filter((o) => o.module.schakel).map((o) => iowTitles[outcomes.indexOf(o)])).toEqual(iowSchakel);
  });

  test('recognises the sections each module has in the book, and only those', async () => {
    const { outcomes } = await importDocument({ file, dryRun: true });
    const titles = [...wmwTitles, ...iowTitles];

    expect(outcomes).toHaveLength(39);
    outcomes.forEach((outcome, i) => {
      const expected = ['doelgroep', 'doelen', 'duur', 'setting', 'werkwijze', ...(withAanvullend.includes(titles[i]) && !(i < 19 && titles[i] === 'Informatie en advies') ? ['aanvullend'] : []), 'randvoorwaarden'];
      expect(sectionCoverage(outcome.module).found, titles[i]).toEqual(expected);
    });
    expect(outcomes.filter((o) => o.module.schakel)).toHaveLength(17);
  });

  test('without --werksoort, writes each part into its own werksoort folder with a report beside the drafts', () => {
    const out = tempDir('import-wijk-');

    const result = run('scripts/import.ts', [file, '--uit', out, '--bron', 'wijk']);
    const files = filesIn(out);

    expect(result.status).toBe(0);
    expect(files.filter((f) => f.startsWith('wmw/') && f.endsWith('.mdx'))).toHaveLength(19);
    expect(files.filter((f) => f.startsWith('iow/') && f.endsWith('.mdx'))).toHaveLength(20);
    expect(files).toContain(`wmw/rapport-${wijk!.replace(/\.txt$/, '')}.md`);
    const report = readFileSync(join(out, 'iow', `rapport-${wijk!.replace(/\.txt$/, '')}.md`), 'utf8');
    expect(report).toContain('20 modules gevonden (werksoort iow), waarvan 9 schakelmodules.');
    expect(report).toContain('in uw eigen woorden');
  });
});

describe.skipIf(!amw)(`import of the AMW modules (000) ${amw ? '' : `— skipped: ${skipReason}`}`, () => {
  test('finds the 22 AMW modules with their titles and the pages from the contents', async () => {
    const { outcomes } = await importDocument({ file: join(seedsDir, amw ?? ''), werksoort: 'amw', dryRun: true });

    expectTitles(outcomes.map((o) => o.module.title), amwTitles);
    expect(outcomes.map((o) => o.module.page)).toEqual([8, 9, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 25, 28, 29, 30, 31, 32, 33, 34]);
  });

  test('reports the sections the source leaves out', async () => {
    const { outcomes } = await importDocument({ file: join(seedsDir, amw ?? ''), werksoort: 'amw', dryRun: true });
    const missing = Object.fromEntries(outcomes.map((o) => [o.module.title, sectionCoverage(o.module).missing]).filter(([, m]) => m.length));

    expect(missing).toEqual({
      Aanmelding: ['aanvullend'],
      Vraagverheldering: ['aanvullend'],
      'Onderzoek en rapportage': ['aanvullend'],
      'Omgaan met (fysieke) spanningsklachten': ['duur', 'setting'],
    });
  });

  test('takes the type b explanation as its own section and reads the misspelt group heading as a did-you-mean', async () => {
    const { outcomes } = await importDocument({ file: join(seedsDir, amw ?? ''), werksoort: 'amw', dryRun: true });
    const intake = outcomes.find((o) => o.module.title === 'Intake')!;
    const stress = outcomes.find((o) => o.module.title === 'Stress op het werk de baas')!;

    expect(sectionCoverage(intake.module).found[0]).toBe('inzet-arbeid');
    expect(intake.functie.id).toBe('intake');
    expect(stress.functie).toMatchObject({ id: 'groepswerk-training', heading: 'Groepswork en training', suggestion: 'Groepswerk en training' });
  });
});
