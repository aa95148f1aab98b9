import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { readDocx } from './read-docx.ts';
import { readText } from './read-text.ts';
import type { SourceDocument } from './source-lines.ts';

/** A document the importer cannot read. The message is for the editor: what is wrong and what to do. */
export class ImportError extends Error {}

export const readableExtensions = ['.docx', '.md', '.txt'];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** What a file that is not a Word document probably is, from its first bytes. */
function describeBytes(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'een afbeelding (PNG)';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'een afbeelding (JPEG)';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'een PDF-bestand';
  return undefined;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a .docx, .md or .txt file into lines, or throws an ImportError that says why it cannot. */
export async function readSource(file: string): Promise<SourceDocument> {
  const extension = extname(file).toLowerCase();
  if (!readableExtensions.includes(extension)) {
    throw new ImportError(`${file}: verwacht een Word-document (.docx) of een tekstbestand (.md, .txt); gekregen een bestand met de extensie "${extension || '(geen)'}". Sla het document op als .docx of als platte tekst en probeer het opnieuw.`);
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new ImportError(`${file}: het bestand bestaat niet. Controleer de naam en de map.`);
  }
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new ImportError(`${file}: het bestand is leeg. Kies het bestand met de modulebeschrijvingen.`);

  if (extension === '.docx') {
    const other = describeBytes(bytes);
    if (other) throw new ImportError(`${file}: verwacht een Word-document; dit is ${other} met de extensie .docx. Kies het echte Word-bestand, of sla het document in Word op als .docx.`);
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new ImportError(`${file}: het document is beveiligd met een wachtwoord, of het is een oud Word-bestand (.doc). Haal in Word de beveiliging weg (Bestand → Info → Document beveiligen) en sla het op als .docx.`);
    }
    if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
      throw new ImportError(`${file}: verwacht een Word-document (.docx); het bestand is geen Word-document. Open het in Word en sla het op als .docx.`);
    }
    let doc: SourceDocument;
    try {
      doc = await readDocx(bytes);
    } catch {
      throw new ImportError(`${file}: het Word-document is beschadigd of onvolledig en kan niet worden gelezen. Open het in Word, sla het opnieuw op als .docx en probeer het nog eens.`);
    }
    if (!doc.lines.some((line) => line.text.trim())) throw new ImportError(`${file}: het Word-document bevat geen tekst. Kies het document met de modulebeschrijvingen.`);
    return doc;
  }

  if (bytes.includes(0)) {
    const other = describeBytes(bytes);
    throw new ImportError(`${file}: verwacht platte tekst; dit is ${other ?? 'een binair bestand'}. Kies het tekstbestand, of sla het document op als platte tekst (UTF-8).`);
  }
  let text: string;
  const notes: string[] = [];
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    // Older Windows tools save text as Windows-1252; reading it that way keeps "ë" and "é" intact.
    text = new TextDecoder('windows-1252').decode(bytes);
    notes.push('Het bestand was geen UTF-8; gelezen als Windows-1252. Controleer letters met accenten.');
  }
  if (!text.trim()) throw new ImportError(`${file}: het bestand is leeg. Kies het bestand met de modulebeschrijvingen.`);
  const doc = readText(text);
  doc.notes.unshift(...notes);
  return doc;
}
