import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { moduleWith, trickyButValid, unsafeOrBroken } from '../fixtures/mdx-corpus.ts';

// The unit test shows the checker and the compiler agree line by line; this one builds the real site with such a
// module: the tricky-but-valid text reaches its page as written, an unsafe file stops the build before any page.
const root = process.cwd();
const projects: string[] = [];

function projectWith(moduleText: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-mdx-'));
  projects.push(dir);
  for (const path of ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(root, path), join(dir, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'content', 'modules', 'amw', 'mdx-proef.mdx'), moduleText);
  return dir;
}

function build(dir: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of Object.keys(env)) if (key.startsWith('VITE') || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key)) delete env[key];
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

afterAll(() => projects.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the build agrees with the checker', () => {
  test('a module with every tricky-but-valid construct builds, and its page shows the text as written', { timeout: 240_000 }, () => {
    const dir = projectWith(moduleWith(trickyButValid.map(([, text]) => text).join('\n\n')));

    const { status, out } = build(dir);

    expect(status, out.slice(-2000)).toBe(0);
    const html = readFileSync(join(dir, 'dist', 'modules', 'amw-mdx-proef', 'index.html'), 'utf8');
    expect(html).toContain('Wachttijd &lt; 3 maanden en &gt; 2 weken.');
    expect(html).toContain('Schrijf &lt;3 of { en } als gewone tekens.');
    expect(html).toContain('<code>{naam}</code>');
    expect(html).toMatch(/<table>[\s\S]*2 &lt; 3/);
  });

  test('an unsafe or broken module stops the build with the file and line, and no page is written', { timeout: 240_000 }, () => {
    const [, text, offset] = unsafeOrBroken.find(([what]) => what === 'an event handler')!;
    const dir = projectWith(moduleWith(text));

    const { status, out } = build(dir);

    expect(status).not.toBe(0);
    expect(out).toContain(`content/modules/amw/mdx-proef.mdx:${22 + offset}`);
    expect(out).toContain('een event-attribuut (onclick)');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  });
});
