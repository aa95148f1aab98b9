// After Pagefind: writes <out>/zoeken/woorden.json, the words of the search index for the search page.
// Part of `npm run build`; OUT_DIR selects the build folder as it does for Astro.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildVocabulary, thesaurusRanking } from '../src/lib/search-vocabulary.ts';
import { loadContent } from '../src/schema/load-content.ts';

const out = process.env.OUT_DIR ?? 'dist';
try {
  // The build has already checked the content; this reads the same thesaurus the module pages were built with.
  const { thesaurus } = loadContent();
  const vocabulary = buildVocabulary(join(out, 'pagefind'), thesaurusRanking(thesaurus));
  const target = join(out, 'zoeken', 'woorden.json');
  mkdirSync(join(out, 'zoeken'), { recursive: true });
  // Written beside the target and renamed, so that a failed run never leaves half a file.
  writeFileSync(`${target}.tmp`, JSON.stringify(vocabulary));
  renameSync(`${target}.tmp`, target);
} catch (error) {
  console.error(`De woordenlijst voor het zoeken kon niet worden gemaakt uit ${join(out, 'pagefind')}: ${(error as Error).message}\nDraai eerst \`npm run build\`, dat Pagefind de zoekindex laat maken.`);
  process.exit(1);
}
