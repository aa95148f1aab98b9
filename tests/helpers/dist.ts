import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages } from '../../src/lib/link-check.ts';
import { readFragment } from '../../src/lib/search-vocabulary.ts';

export const distDir = join(process.cwd(), 'dist');

export function readDist(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distExists(path: string): boolean {
  return existsSync(join(distDir, path));
}

/** Every HTML file in dist/, as paths relative to dist/. */
export const htmlFiles = () => htmlPages(distDir);

/** The text Pagefind indexed for a page (e.g. `/modules/amw-intake/`), read from its fragment in dist/pagefind/. */
export function indexedText(url: string): string {
  const dir = join(distDir, 'pagefind', 'fragment');
  for (const file of readdirSync(dir)) {
    const fragment = readFragment(join(dir, file));
    if (fragment.url === url) return fragment.content;
  }
  throw new Error(`Pagefind heeft ${url} niet geïndexeerd`);
}
