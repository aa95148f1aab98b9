import { mdxToJs } from 'satteri';
import { describe, expect, test } from 'vitest';
import { loadModuleText } from '../../src/schema/load-content.ts';
import { mdxFeatures } from '../../src/schema/mdx-source.ts';
import { getModuleSchema } from '../../src/schema/module.ts';
import { errorsOnly } from '../../src/schema/report.ts';
import { moduleWith, trickyButValid, unsafeOrBroken } from '../fixtures/mdx-corpus.ts';

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
