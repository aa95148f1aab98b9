// After Pagefind, as part of `npm run build` (OUT_DIR selects the build folder as it does for Astro):
// 1. writes <out>/zoeken/woorden.json, the words of the search index for the search page;
// 2. takes the search-terms block, which only Pagefind reads, out of every page (src/lib/index-only.ts).
// Run Pagefind again by hand only on a fresh `astro build`: on pages after step 2 it would index them without
// their search terms.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutIndexOnlyText } from '../src/lib/index-only.ts';
import { buildVocabulary } from '../src/lib/search-vocabulary.ts';

const out = process.env.OUT_DIR ?? 'dist';

/** Writes beside the target and renames, so that a failed run never leaves half a file. */
function replaceFile(path: string, text: string) {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

function writeVocabulary() {
  try {
    // Astro wrote the thesaurus ranking from the same thesaurus the module pages were built with; it goes into
    // the word list, so the search page needs one request.
    const ranking = join(out, 'zoeken', 'thesaurus-rangorde.json');
    const target = join(out, 'zoeken', 'woorden.json');
    // Run again on the same build (after re-indexing by hand), the ranking is already in the word list.
    const thesaurus = existsSync(ranking) ? JSON.parse(readFileSync(ranking, 'utf8')) : (JSON.parse(readFileSync(target, 'utf8')) as { thesaurus: unknown }).thesaurus;
    const vocabulary = buildVocabulary(join(out, 'pagefind'), thesaurus as Parameters<typeof buildVocabulary>[1]);
    replaceFile(target, JSON.stringify(vocabulary));
    rmSync(ranking, { force: true });
  } catch (error) {
    console.error(`De woordenlijst voor het zoeken kon niet worden gemaakt uit ${join(out, 'pagefind')}: ${(error as Error).message}\nDeze stap leest de fragmenten die Pagefind net heeft geschreven; controleer of Pagefind zonder fouten klaar was en of OUT_DIR naar dezelfde map wijst als bij \`astro build\`.`);
    process.exit(1);
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

function removeIndexOnlyText() {
  // Every page is read and checked before the first is changed: a page the step cannot read stops it with all pages
  // intact. The new texts wait in memory (about 20 kB a page) so that no page is read twice.
  const changed: Array<[string, string]> = [];
  for (const file of htmlFiles(out)) {
    try {
      const text = withoutIndexOnlyText(readFileSync(file, 'utf8'));
      if (text !== undefined) changed.push([file, text]);
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exit(1);
    }
  }
  for (const [file, text] of changed) replaceFile(file, text);
}

writeVocabulary();
removeIndexOnlyText();
