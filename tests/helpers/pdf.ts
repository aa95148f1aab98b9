import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const pdftotext = '/usr/bin/pdftotext';

/**
 * Finds poppler's pdftotext, to read what each printed page holds. As root it installs poppler-utils when it is
 * missing (as browser.ts does for Chromium); otherwise it stops with a message that says how to install it.
 */
export function ensurePdfTools(): void {
  if (existsSync(pdftotext)) return;
  if (process.getuid?.() === 0) {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils', { stdio: 'inherit' });
    if (existsSync(pdftotext)) return;
  }
  throw new Error(`pdftotext ontbreekt (${pdftotext}). De afdruktest leest de PDF's met poppler. Installeer het met: sudo apt-get install poppler-utils — en draai de test opnieuw.`);
}

/** The text on each page of a PDF, in page order; pdftotext ends every page with a form feed. */
export function pdfPageTexts(path: string): string[] {
  const text = execFileSync(pdftotext, ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = text.split('\f');
  // The form feed after the last page leaves one empty piece behind.
  if (pages.at(-1) === '') pages.pop();
  return pages.map((p) => p.replace(/\s+/g, ' ').trim());
}
