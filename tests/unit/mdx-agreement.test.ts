import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { loadModuleText } from '../../src/schema/load-content.ts';
import { mdxFeatures } from '../../src/schema/mdx-source.ts';
import { getModuleSchema } from '../../src/schema/module.ts';
import { errorsOnly } from '../../src/schema/report.ts';

/** A valid module whose Doelen section holds `doelen`; the frontmatter takes 14 lines, so Doelen's text starts on line 22. */
export function moduleWith(doelen: string): string {
  return `---
id: amw-mdx-proef
code: amw99
titel: Proefmodule
werksoort: amw
functie: begeleiding
type: a
samenvatting: Een module die laat zien welke tekens en constructies een redacteur mag gebruiken.
bron:
  document: amw-arbeid
  pagina: 16
verwijzingen: []
trefwoorden: []
---

## Doelgroep

Cliënten.

## Doelen

${doelen}

## Duur en frequentie

Tien gesprekken.

## Setting

Op kantoor.

## Werkwijze en activiteiten

Gesprekken.

## Aanvullende informatie

<NietInBron />

## Randvoorwaarden

Geen.
`;
}
const firstLine = 22;

/** Compiles as Astro's @astrojs/mdx does (src/schema/mdx-source.ts): the same parser, features and JSX settings. */
function compiles(text: string): { ok: true } | { ok: false; line: number } {
  try {
    mdxToJs(text, { features: { ...mdxFeatures, smartPunctuation: true }, jsxImportSource: 'astro', elementAttributeNameCase: 'html' });
    return { ok: true };
  } catch (error) {
    return { ok: false, line: Number(/^(\d+):/.exec((error as Error).message)?.[1]) };
  }
}
const check = (text: string) => errorsOnly(loadModuleText('proef.mdx', text, getModuleSchema()).problems);

export const trickyButValid: Array<[string, string]> = [
  ['a smaller-than sign with a space', 'Wachttijd < 3 maanden en > 2 weken.'],
  ['escaped < and { }', 'Schrijf \\<3 of \\{ en \\} als gewone tekens.'],
  ['braces and a ## line in a code block', '```\n## Geen kop\nconst x = { a: 1 };\n```'],
  ['braces and < in a code span', 'Typ `{naam}` of `<3` letterlijk.'],
  ['a table', '| week | wat |\n| --- | --- |\n| 1 | intake |\n| 2 < 3 | plan |'],
  ['nested lists', '- een\n  - twee\n    1. drie\n- vier'],
  ['a link and emphasis', 'Zie [de site](https://www.movisie.nl) en **vet** of *cursief*.'],
  ['an ampersand and quotes', 'Vragen & antwoorden, "citaat" en \'enkel\'.'],
];

export const unsafeOrBroken: Array<[string, string, number, string]> = [
  ['an import', 'import x from "./x.js"', 0, 'een module mag geen `import` bevatten'],
  ['an export', 'export const x = 1', 0, 'een module mag geen `export` bevatten'],
  ['an expression', 'Tien {1 + 1} gesprekken.', 0, 'accolades { } zijn niet toegestaan'],
  ['a script tag', '<script>alert(1)</script>', 0, 'een <script> is niet toegestaan'],
  ['an event handler', 'Tekst <span onclick="alert(1)">klik</span>.', 0, 'een event-attribuut (onclick)'],
  ['a JSX component', '<Waarschuwing tekst="x" />', 0, '<Waarschuwing> is geen toegestaan onderdeel'],
  ['a javascript: link', '[klik](javascript:alert(1))', 0, 'een link naar "javascript:"'],
  ['an unclosed tag', 'Een <b>vette tekst zonder einde.', 0, 'de tag <b> is niet (goed) afgesloten'],
  ['<3 without a space', 'Wachttijd <3 maanden.', 0, 'Schrijf een spatie erna'],
  ['an HTML comment', 'Tekst.\n\n<!-- nakijken -->', 2, 'HTML-commentaar'],
  ['an unclosed brace', 'Tien {gesprekken.', 0, 'een accolade { of }'],
];

describe('the checker and the MDX compiler agree', () => {
  for (const [what, doelen] of trickyButValid) {
    test(`accepts ${what}, which the compiler accepts too`, () => {
      const text = moduleWith(doelen);

      expect(check(text)).toEqual([]);
      expect(compiles(text)).toEqual({ ok: true });
    });
  }

  for (const [what, doelen, offset, message] of unsafeOrBroken) {
    test(`refuses ${what} with its line and how to write it instead`, () => {
      const text = moduleWith(doelen);
      const compiled = compiles(text);

      const problems = check(text);

      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line: firstLine + offset, message: expect.stringContaining(message) });
      // Syntax errors: the checker names the compiler's own line. Code that compiles would run on the page.
      if (!compiled.ok) expect(compiled.line).toBe(firstLine + offset);
    });
  }

  test('finds sections on the tree: a ## line inside a code block is not a heading', () => {
    const { module, problems } = loadModuleText('proef.mdx', moduleWith('```\n## Setting\n```'), getModuleSchema());

    expect(problems).toEqual([]);
    expect(module!.sections.map((s) => s.key)).toEqual(['doelgroep', 'doelen', 'duur', 'setting', 'werkwijze', 'aanvullend', 'randvoorwaarden']);
    expect(module!.sections[1]).toMatchObject({ line: 20, markdown: '```\n## Setting\n```', described: true });
    expect(module!.sections[5].described).toBe(false);
  });
});
