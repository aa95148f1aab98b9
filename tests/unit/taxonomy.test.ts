import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allFuncties, defaultTaxonomyDir, loadTaxonomy } from '../../src/schema/taxonomy.ts';

function taxonomyCopy(edit: (files: { functies: string; types: string }) => { functies?: string; types?: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'taxonomie-'));
  cpSync(defaultTaxonomyDir, dir, { recursive: true });
  const changed = edit({ functies: readFileSync(join(dir, 'functies.yaml'), 'utf8'), types: readFileSync(join(dir, 'types.yaml'), 'utf8') });
  if (changed.functies) writeFileSync(join(dir, 'functies.yaml'), changed.functies);
  if (changed.types) writeFileSync(join(dir, 'types.yaml'), changed.types);
  return dir;
}

describe('loadTaxonomy', () => {
  test('loads the shipped lists with the functiegroepen in source order', () => {
    const taxonomy = loadTaxonomy();

    expect(taxonomy.functiegroepen.map((g) => g.id)).toEqual(['toegangsfuncties', 'uitvoeringsfuncties', 'contextfuncties']);
    expect(allFuncties(taxonomy).slice(0, 3).map((f) => f.id)).toEqual(['aanmelding', 'intake', 'informatie-advies']);
    expect(taxonomy.types.map((t) => t.id)).toEqual(['a', 'b', 'c']);
    expect(taxonomy.doelgroepen).toHaveLength(4);
  });

  test('ties type b to doelgroepen 1 and 3 and type c to 2 and 4, as the source says', () => {
    const types = Object.fromEntries(loadTaxonomy().types.map((t) => [t.id, t.doelgroepen]));

    expect(types).toEqual({ a: [1, 2, 3, 4], b: [1, 3], c: [2, 4] });
  });

  test('errors if a functie stands in two functiegroepen', () => {
    const dir = taxonomyCopy(({ functies }) => ({ functies: functies.replace('    - id: kwartiermaken', '    - id: begeleiding') }));

    expect(() => loadTaxonomy(dir)).toThrow(/functie "begeleiding" staat in meer dan één functiegroep/);
  });

  test('errors if a type names a doelgroep that does not exist, and names the file', () => {
    const dir = taxonomyCopy(({ types }) => ({ types: types.replace('doelgroepen: [1, 3]', 'doelgroepen: [1, 7]') }));

    expect(() => loadTaxonomy(dir)).toThrow(/types\.yaml: 1\.doelgroepen\.1: doelgroep 7 bestaat niet/);
  });
});
