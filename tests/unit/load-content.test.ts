import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/schema/load-content.ts';
import { formatReport } from '../../src/schema/report.ts';

const fixtures = join(process.cwd(), 'tests', 'fixtures');
const validDir = join(fixtures, 'valid');
const validIds = ['test-amw-begeleiding', 'test-iow-voorlichting', 'test-wmw-voorlichting'];

/** Loads the valid fixtures together with one broken case, as if an editor added the broken file. */
function loadWith(caseName: string) {
  return loadContent({ modulesDir: [validDir, join(fixtures, 'invalid', caseName)] });
}
const file = (caseName: string) => `tests/fixtures/invalid/${caseName}/module.mdx`;

describe('loadContent', () => {
  test('accepts the valid fixtures without problems', () => {
    const { modules, problems } = loadContent({ modulesDir: validDir });

    expect(problems).toEqual([]);
    expect(modules.map((m) => m.data.id).sort()).toEqual(validIds);
  });

  test('reports an unknown functie with its file, line and a suggestion, and keeps the valid modules', () => {
    const { modules, problems } = loadWith('unknown-functie');

    expect(problems).toEqual([{ file: file('unknown-functie'), line: 6, field: 'functie', message: expect.stringContaining('Bedoelt u "begeleiding"?') }]);
    expect(modules.map((m) => m.data.id).sort()).toEqual(validIds);
  });

  test('reports a missing field without inventing a line', () => {
    const { problems } = loadWith('missing-field');

    expect(problems).toEqual([{ file: file('missing-field'), line: undefined, field: 'titel', message: expect.stringContaining('dit veld ontbreekt') }]);
  });

  test('reports broken YAML with the line in the file', () => {
    const { problems, modules } = loadWith('broken-yaml');

    expect(problems[0]).toMatchObject({ file: file('broken-yaml'), line: 11 });
    expect(problems[0].message).toContain('geen geldige YAML');
    expect(modules).toHaveLength(3);
  });

  test('reports a reference to a module that does not exist, with a suggestion', () => {
    const { problems } = loadWith('dangling-reference');

    expect(problems).toEqual([
      { file: file('dangling-reference'), line: 12, field: 'verwijzingen[0]', message: 'er bestaat geen module met id "test-wmw-voorlichtng". Bedoelt u "test-wmw-voorlichting"?' },
    ]);
  });

  test('reports a schakel counterpart that does not name the module back', () => {
    const { problems } = loadWith('schakel-one-way');

    expect(problems).toEqual([
      { file: file('schakel-one-way'), line: 11, field: 'schakel[0]', message: expect.stringContaining('"test-wmw-voorlichting" noemt deze module niet terug') },
    ]);
  });

  test('reports a missing section', () => {
    const { problems } = loadWith('missing-section');

    expect(problems).toEqual([{ file: file('missing-section'), line: undefined, message: expect.stringContaining('"## Setting" ontbreekt') }]);
  });

  test('reports a duplicate id and names the file that has it first', () => {
    const { problems } = loadWith('duplicate-id');

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 2, field: 'id' });
    expect(problems[0].message).toContain('"test-amw-begeleiding" is al in gebruik in');
  });

  test('reports a short code that another module already uses', () => {
    const { problems } = loadWith('duplicate-code');

    expect(problems).toEqual([{ file: file('duplicate-code'), line: 3, field: 'code', message: expect.stringContaining('de korte link /m/tst02/ is al in gebruik') }]);
  });

  test('reports a file that is not UTF-8', () => {
    const { problems, modules } = loadWith('not-utf8');

    expect(problems).toEqual([{ file: file('not-utf8'), message: expect.stringContaining('geen UTF-8') }]);
    expect(modules).toHaveLength(3);
  });

  test('accepts a byte-order mark and Windows line endings as normal', () => {
    const { problems, modules } = loadWith('bom-crlf');

    expect(problems).toEqual([]);
    expect(modules.map((m) => m.data.id)).toContain('test-bom-crlf');
  });

  test('formats problems per file with a grammatical count', () => {
    const { problems } = loadWith('dangling-reference');

    expect(formatReport(problems)).toMatch(/^tests\/fixtures\/invalid\/dangling-reference\/module\.mdx\n {2}12 \| verwijzingen\[0\]: .*\n\n1 fout in 1 bestand\./);
  });
});
