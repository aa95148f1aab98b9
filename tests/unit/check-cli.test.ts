import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';

/** Runs `npm run check` on the valid fixtures plus one broken case, as an editor would see it. */
function check(caseName?: string) {
  const dirs = ['tests/fixtures/valid', ...(caseName ? [`tests/fixtures/invalid/${caseName}`] : [])];
  const result = spawnSync(process.execPath, ['scripts/check-content.ts', ...dirs.flatMap((d) => ['--modules', d])], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
}
const where = (caseName: string, line?: number) => `tests/fixtures/invalid/${caseName}/module.mdx${line ? `:${line}` : ''}`;

describe('npm run check', () => {
  test('exits 0 and counts the modules when all content is valid', () => {
    const { status, out } = check();

    expect(status).toBe(0);
    expect(out).toContain('Geen fouten: 3 modules gecontroleerd.');
  });

  const cases: Array<[string, string, number | undefined, string]> = [
    ['missing-field', 'a missing required field', undefined, 'titel: dit veld ontbreekt'],
    ['empty-field', 'an empty required field', 8, 'samenvatting: is te kort'],
    ['unknown-werksoort', 'an unknown werksoort', 5, 'Bedoelt u "amw"?'],
    ['unknown-functie', 'an unknown functie', 6, 'Bedoelt u "begeleiding"?'],
    ['duplicate-id', 'a duplicate id', 2, 'is al in gebruik in'],
    ['duplicate-code', 'a duplicate short code', 3, 'de korte link /m/tst02/ is al in gebruik'],
    ['duplicate-url', 'an alias that would produce the same URL as a code', 5, 'de korte link /m/tst02/ is al in gebruik'],
    ['broken-yaml', 'broken YAML', 11, 'geen geldige YAML'],
    ['mdx-syntax', 'an MDX expression that would not compile', 26, 'een accolade { of } leest MDX als het begin van code'], ['mdx-less-than', 'a smaller-than sign that MDX reads as a tag', 26, 'Schrijf een spatie erna ("< 3 maanden")'], ['mdx-comment', 'an HTML comment', 22, 'HTML-commentaar'], ['unsafe-expression', 'a JSX expression', 26, 'accolades { } zijn niet toegestaan'],
    ['dangling-reference', 'a reference that does not exist', 12, 'er bestaat geen module met id "test-wmw-voorlichtng"'],
    ['schakel-one-way', 'a schakel counterpart that does not name it back', 11, 'noemt deze module niet terug'],
    ['missing-section', 'a missing required section', undefined, '"## Setting" ontbreekt'],
    ['section-order', 'a section out of order', 24, 'kop "Doelen" staat niet op zijn plaats'],
    ['not-utf8', 'a file that is not UTF-8', undefined, 'het bestand is geen UTF-8'],
    ['unsafe-import', 'an import', 18, 'een module mag geen `import` bevatten'],
    ['unsafe-script', 'a script tag', 24, 'een <script> is niet toegestaan'],
    ['unsafe-event-handler', 'an inline event handler', 42, 'een event-attribuut (onclick) in <span>'],
    ['relation-without-provenance', 'a reference without its provenance', 12, 'geef bij "test-wmw-voorlichting" ook de herkomst'],
    ['functie-off-rubric', 'a functie that does not follow the source rubric, without a reason', 6, 'de bron plaatst deze module onder "Concrete dienstverlening"'],
    ['unsafe-js-link', 'a javascript: link', 30, 'een link naar "javascript:" is niet toegestaan'],
  ];
  for (const [caseName, what, line, message] of cases) {
    test(`exits 1 on ${what}, naming ${line ? 'file and line' : 'the file'}, and leaves the valid modules alone`, () => {
      const { status, out } = check(caseName);

      expect(status).toBe(1);
      expect(out).toContain(where(caseName, line));
      expect(out).toContain(message);
      expect(out).not.toMatch(/^tests\/fixtures\/valid\//m);
      expect(out).toMatch(/^1 fout in 1 bestand\./m);
    });
  }

  test('accepts a file with a byte-order mark and Windows line endings', () => {
    const { status, out } = check('bom-crlf');

    expect(status).toBe(0);
    expect(out).toContain('4 modules gecontroleerd');
  });
});

describe('npm run check on method pages', () => {
  /** Runs the check on the valid module fixtures plus one folder of method pages. */
  function checkMethods(dir: string) {
    const result = spawnSync(process.execPath, ['scripts/check-content.ts', '--modules', 'tests/fixtures/valid', '--methoden', dir], { encoding: 'utf8' });
    return { status: result.status, out: result.stdout + result.stderr };
  }

  test('exits 0 and counts the method pages and named-only names when they are valid; a name may repeat across sources', () => {
    const { status, out } = checkMethods('tests/fixtures/methods/valid');

    expect(status).toBe(0);
    expect(out).toContain("Geen fouten: 3 modules en 1 methodepagina (met 2 namen die de bronnen alleen noemen) gecontroleerd.");
  });

  const cases: Array<[string, string, string, number | undefined, string]> = [
    ['unknown-module', 'a link to a module that does not exist', 'methode.mdx', 13, 'modules[0]: er bestaat geen module met id "test-amw-begeleidng". Bedoelt u "test-amw-begeleiding"?'],
    ['code-taken', 'a short code another method has', 'b.mdx', 3, 'code: de korte link /m/met05/ is al in gebruik door de methodepagina'],
    ['unknown-soort', 'an unknown soort', 'methode.mdx', 5, 'soort: verwacht een van "instrument", "methodiek", "benadering", "overlegvorm"; gekregen "instrumnt". Bedoelt u "instrument"?'],
    ['missing-section', 'a missing method section', 'methode.mdx', undefined, 'de verplichte kop "## Doel" ontbreekt'],
    ['relation-two-provenances', 'a link with two provenances', 'methode.mdx', 15, 'modules[1]: kies voor "test-wmw-voorlichting" één herkomst'],
    ['named-only-unknown-module', 'a named-only name in a module that does not exist', 'alleen-genoemd.yaml', 4, '[0].modules[1]: er bestaat geen module met id "test-iow-voorlichtng"'],
  ];
  for (const [caseName, what, file, line, message] of cases) {
    test(`exits 1 on ${what}, naming ${line ? 'file and line' : 'the file'}`, () => {
      const { status, out } = checkMethods(`tests/fixtures/methods/invalid/${caseName}`);

      expect(status).toBe(1);
      expect(out).toContain(`tests/fixtures/methods/invalid/${caseName}/${file}${line ? `:${line}` : ''}`);
      expect(out).toContain(message);
      expect(out).toMatch(/^1 fout in 1 bestand\./m);
    });
  }
});
