// After Pagefind: writes <out>/zoeken/woorden.json, the words of the search index for the search page.
// Part of `npm run build`; OUT_DIR selects the build folder as it does for Astro.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary } from '../src/lib/search-vocabulary.ts';

const out = process.env.OUT_DIR ?? 'dist';
try {
  // Astro wrote the thesaurus ranking from the same thesaurus the module pages were built with; it goes into
  // the word list, so the search page needs one request.
  const ranking = join(out, 'zoeken', 'thesaurus-rangorde.json');
  const target = join(out, 'zoeken', 'woorden.json');
  // Run again on the same build (after re-indexing by hand), the ranking is already in the word list.
  const thesaurus = existsSync(ranking) ? JSON.parse(readFileSync(ranking, 'utf8')) : (JSON.parse(readFileSync(target, 'utf8')) as { thesaurus: unknown }).thesaurus;
  const vocabulary = buildVocabulary(join(out, 'pagefind'), thesaurus as Parameters<typeof buildVocabulary>[1]);
  // Written beside the target and renamed, so that a failed run never leaves half a file.
  writeFileSync(`${target}.tmp`, JSON.stringify(vocabulary));
  renameSync(`${target}.tmp`, target);
  rmSync(ranking, { force: true });
} catch (error) {
  console.error(`De woordenlijst voor het zoeken kon niet worden gemaakt uit ${join(out, 'pagefind')}: ${(error as Error).message}\nDeze stap leest de fragmenten die Pagefind net heeft geschreven; controleer of Pagefind zonder fouten klaar was en of OUT_DIR naar dezelfde map wijst als bij \`astro build\`.`);
  process.exit(1);
}
