import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, CommentRangeStart, CommentRangeEnd, CommentReference } from 'docx';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesIn, run, tempDir } from './helpers.ts';

// The smallest valid PNG (1×1 pixel), for an image the import must leave out.
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level });
const text = (value: string) => new Paragraph({ text: value });

function moduleParagraphs(title: string, skip: string[] = []) {
  const parts: Array<[string, Array<Paragraph | Table>]> = [
    ['Doelgroep', [text(`Bewoners voor wie ${title.toLowerCase()} bedoeld is.`)]],
    ['Doel', [text('De bewoner kan zelf verder.')]],
    ['Duur en frequentie', [text('Zes bijeenkomsten van twee uur.')]],
    ['Setting', [text('In het buurthuis.')]],
    ['Werkwijze/activiteiten', [
      new Paragraph({ children: [new TextRun({ text: 'Let op:', bold: true }), new TextRun(' de werker begint met een kennismaking.')] }),
      new Paragraph({ text: 'kennismaken', bullet: { level: 0 } }),
      new Paragraph({ text: 'oefenen', bullet: { level: 0 } }),
    ]],
    ['Aanvullende informatie', [
      new Table({ rows: [new TableRow({ children: [new TableCell({ children: [text('Bijeenkomst')] }), new TableCell({ children: [text('Thema')] })] }), new TableRow({ children: [new TableCell({ children: [text('1')] }), new TableCell({ children: [text('Kennismaken')] })] })] }),
    ]],
    ['Randvoorwaarden', [text('Een groepsruimte.')]],
  ];
  return [heading(title, HeadingLevel.HEADING_2), ...parts.filter(([name]) => !skip.includes(name)).flatMap(([name, body]) => [heading(name, HeadingLevel.HEADING_3), ...body])];
}

async function writeDocx(file: string) {
  const doc = new Document({
    comments: { children: [{ id: 0, author: 'Redactie', date: new Date(0), children: [text('Klopt dit aantal?')] }] },
    sections: [{
      children: [
        heading('Modules voor de wijk', HeadingLevel.TITLE),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Drie modules uit onze praktijk.'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] })] }),
        new Paragraph({ children: [new ImageRun({ type: 'png', data: pixel, transformation: { width: 10, height: 10 } })] }),
        heading('Begeleiding', HeadingLevel.HEADING_1),
        ...moduleParagraphs('Budgetcursus'),
        ...moduleParagraphs('Thuisadministratie op orde', ['Setting']),
        heading('Begeleidng', HeadingLevel.HEADING_1),
        ...moduleParagraphs('Maatjescontact'),
      ],
    }],
  });
  writeFileSync(file, await Packer.toBuffer(doc));
}

describe('import of a Word document', () => {
  const dir = tempDir('import-docx-');
  const source = join(dir, 'aanbod.docx');
  const out = join(dir, 'concepten');
  let result: ReturnType<typeof run>;
  beforeAll(async () => {
    await writeDocx(source);
    result = run('scripts/import.ts', [source, '--werksoort', 'wmw', '--uit', out, '--modules', join(dir, 'modules')]);
  });

  test('writes one draft per module and a report beside them', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(filesIn(out)).toEqual(['wmw/budgetcursus.mdx', 'wmw/maatjescontact.mdx', 'wmw/rapport-aanbod.md', 'wmw/thuisadministratie-op-orde.mdx']);
  });

  test('keeps headings, lists, bold and tables, with the sections under their standard headings', () => {
    const draft = readFileSync(join(out, 'wmw', 'budgetcursus.mdx'), 'utf8');

    expect(draft).toContain('titel: "Budgetcursus"\nwerksoort: wmw\nfunctie: begeleiding\n');
    expect(draft.match(/^## .+$/gm)).toEqual(['## Doelgroep', '## Doelen', '## Duur en frequentie', '## Setting', '## Werkwijze en activiteiten', '## Aanvullende informatie', '## Randvoorwaarden']);
    expect(draft).toContain('**Let op:** de werker begint met een kennismaking.');
    expect(draft).toMatch(/^- kennismaken$/m);
    expect(draft).toMatch(/^\| Bijeenkomst \| Thema +\|$/m);
    expect(draft).toContain('# CONCEPT uit aanbod.docx');
  });

  test('writes the missing section as a heading with an Invullen line, and the report names it', () => {
    const draft = readFileSync(join(out, 'wmw', 'thuisadministratie-op-orde.mdx'), 'utf8');
    const report = readFileSync(join(out, 'wmw', 'rapport-aanbod.md'), 'utf8');

    expect(draft).toContain('## Setting\n\nInvullen: waar en met wie');
    expect(report).toContain('### 2. Thuisadministratie op orde');
    expect(report).toMatch(/### 2\. Thuisadministratie op orde[\s\S]*?- Ontbrekende secties: Aanvullende informatie|### 2\. Thuisadministratie op orde[\s\S]*?- Ontbrekende secties: Setting \(/);
    expect(report).toContain('- Ontbrekende secties: Setting (in het concept staat er een "Invullen:"-regel onder)');
    expect(report).toContain('de sectie "Setting" is nog niet ingevuld');
  });

  test('reads the misspelt functie heading as a did-you-mean, in the draft and in the report', () => {
    const draft = readFileSync(join(out, 'wmw', 'maatjescontact.mdx'), 'utf8');
    const report = readFileSync(join(out, 'wmw', 'rapport-aanbod.md'), 'utf8');

    expect(draft).toContain('# De kop in de bron is "Begeleidng": geen bekende functie. Bedoelt u "Begeleiding"? Controleer het veld functie.\nfunctie: begeleiding');
    expect(report).toContain('- Functie: `begeleiding`? De kop in de bron is "Begeleidng": geen bekende functie. Bedoelt u "Begeleiding"?');
    expect(report).toContain('- Functie: `begeleiding` (uit de kop "Begeleiding").');
  });

  test('leaves out the image and the comment and says so', () => {
    const report = readFileSync(join(out, 'wmw', 'rapport-aanbod.md'), 'utf8');

    expect(report).toContain('- 1 afbeelding weggelaten: een module bevat alleen tekst.');
    expect(report).toContain('- 1 opmerking uit Word weggelaten.');
    expect(filesIn(out).map((f) => readFileSync(join(out, f), 'utf8')).join('')).not.toContain('Klopt dit aantal?');
  });

  test('running the import again writes new drafts beside the old ones and changes none', () => {
    const before = Object.fromEntries(filesIn(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));

    const again = run('scripts/import.ts', [source, '--werksoort', 'wmw', '--uit', out, '--modules', join(dir, 'modules')]);
    const after = filesIn(out);

    expect(again.status).toBe(0);
    for (const [file, content] of Object.entries(before)) expect(readFileSync(join(out, file), 'utf8')).toBe(content);
    expect(after.filter((f) => !(f in before))).toEqual(['wmw/budgetcursus-2.mdx', 'wmw/maatjescontact-2.mdx', 'wmw/rapport-aanbod-2.md', 'wmw/thuisadministratie-op-orde-2.mdx']);
    expect(again.stdout).toContain('bestond al; dit concept staat ernaast en overschrijft niets');
  });

  test('--dry-run prints the report and writes nothing', () => {
    const empty = join(dir, 'proef');

    const dry = run('scripts/import.ts', [source, '--werksoort', 'wmw', '--uit', empty, '--dry-run']);

    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('3 modules gevonden (werksoort wmw)');
    expect(filesIn(empty)).toEqual([]);
  });

  test('promote turns an edited draft into a module with a free id and code that passes the check', () => {
    const modules = join(dir, 'modules');
    const draftFile = join(out, 'wmw', 'budgetcursus.mdx');
    const edited = readFileSync(draftFile, 'utf8')
      .replace(/samenvatting: .*/, 'samenvatting: "Een cursus van zes bijeenkomsten voor bewoners die hun geld beter willen beheren."')
      .replace(/document: .*/, 'document: wijk\n  pagina: 3')
      .replace(/^ {2}# pagina:.*\n/m, '');
    writeFileSync(draftFile, edited);

    const promoted = run('scripts/promote.ts', [draftFile, '--modules', modules]);
    const module = readFileSync(join(modules, 'wmw', 'budgetcursus.mdx'), 'utf8');
    const checked = run('scripts/check-content.ts', ['--modules', modules]);

    expect(promoted.status, promoted.stderr).toBe(0);
    expect(module).toMatch(/^---\nid: wmw-budgetcursus\ncode: wmw\d{2}\n/);
    expect(module).not.toContain('# CONCEPT');
    expect(filesIn(out)).not.toContain('wmw/budgetcursus.mdx');
    expect(checked.stdout).toContain('Geen fouten: 1 module gecontroleerd');
  });

  test('promote refuses a draft the check rejects and writes nothing', () => {
    const modules = join(dir, 'modules-leeg');
    const draftFile = join(out, 'wmw', 'maatjescontact.mdx');

    const promoted = run('scripts/promote.ts', [draftFile, '--modules', modules]);

    expect(promoted.status).toBe(1);
    expect(promoted.stderr).toContain('het concept kan nog geen module worden');
    expect(promoted.stderr).toContain('bron.document: verwacht een van');
    expect(filesIn(modules)).toEqual([]);
  });
});
