import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesIn, run, tempDir } from './helpers.ts';

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function importFile(name: string, bytes: Buffer | string) {
  const dir = tempDir('import-fout-');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const out = join(dir, 'concepten');
  const result = run('scripts/import.ts', [file, '--werksoort', 'amw', '--uit', out]);
  return { result, file, written: filesIn(out) };
}

describe('import of a file it cannot read', () => {
  test('an empty file: says it is empty, exits 1, writes nothing', () => {
    const { result, file, written } = importFile('leeg.docx', '');

    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${file}: het bestand is leeg. Kies het bestand met de modulebeschrijvingen.`);
    expect(written).toEqual([]);
  });

  test('a renamed image: says what it is and what to do', () => {
    const { result, file, written } = importFile('modules.docx', png);

    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${file}: verwacht een Word-document; dit is een afbeelding (PNG) met de extensie .docx. Kies het echte Word-bestand, of sla het document in Word op als .docx.`);
    expect(written).toEqual([]);
  });

  test('a corrupt zip: says the document is damaged', () => {
    const { result, file, written } = importFile('kapot.docx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));

    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`${file}: het Word-document is beschadigd of onvolledig en kan niet worden gelezen. Open het in Word, sla het opnieuw op als .docx en probeer het nog eens.`);
    expect(written).toEqual([]);
  });

  test('an encrypted Word document: says to remove the password', () => {
    const { result, written } = importFile('geheim.docx', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(500)]));

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('het document is beveiligd met een wachtwoord, of het is een oud Word-bestand (.doc)');
    expect(written).toEqual([]);
  });

  test('an image renamed to .txt: says it is not text', () => {
    const { result, written } = importFile('modules.txt', png);

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('verwacht platte tekst; dit is een afbeelding (PNG)');
    expect(written).toEqual([]);
  });

  test('an unknown extension: names the ones it reads', () => {
    const { result, written } = importFile('modules.pdf', '%PDF-1.4');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('verwacht een Word-document (.docx) of een tekstbestand (.md, .txt); gekregen een bestand met de extensie ".pdf"');
    expect(written).toEqual([]);
  });

  test('a text without modules: explains what the import looks for', () => {
    const { result, written } = importFile('brief.md', '# Beste collega\n\nHierbij de notulen.\n');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('geen modules gevonden');
    expect(written).toEqual([]);
  });
});
