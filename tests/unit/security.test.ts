import { describe, expect, test } from 'vitest';
import { isImmutablePath } from '../../src/lib/security.ts';

describe('caching of hashed files', () => {
  test('lets browsers keep Pagefind chunks, filters, fragments, meta and bundled assets', () => {
    for (const path of ['pagefind/index/nl_13707db.pf_index', 'pagefind/fragment/nl_9fabae2.pf_fragment', 'pagefind/filter/nl_198cddb.pf_filter', 'pagefind/pagefind.nl_aac51e6cef.pf_meta', '_astro/index.CDKuzddu.js']) {
      expect(isImmutablePath(path)).toBe(true);
    }
  });

  test('never marks files without a content hash as unchanging', () => {
    for (const path of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/wasm.nl.pagefind', 'zoeken/woorden.json', 'modules/amw-intake/']) {
      expect(isImmutablePath(path)).toBe(false);
    }
  });
});
