// Benchmark: builds and indexes the site with synthetic modules (100, 1,000 and 10,000 by default) and prints
// a table of figures. Usage: npm run bench [-- --sizes 100,1000] [--keep]. Needs about 10 minutes for all sizes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/schema/load-content.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { generateSyntheticModules } from './synthetic-modules.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, keep: { type: 'boolean', default: false } } });
const sizes = values.sizes!.split(',').map(Number);
const root = process.cwd();
const benchRoot = join(root, '.bench');
const { modules: shipped } = loadContent();

function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? dirSize(path) : statSync(path).size);
  }, 0);
}

/** Runs a command and returns wall seconds and peak memory (MB) as GNU time reports them. */
function measure(cwd: string, command: string[]): { seconds: number; peakMb?: number } {
  const started = performance.now();
  const timed = existsSync('/usr/bin/time');
  const args = timed ? ['-f', 'PEAK_KB=%M', ...command] : command.slice(1);
  const result = spawnSync(timed ? '/usr/bin/time' : command[0], args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} faalde in ${cwd}:\n${result.stderr.slice(-3000)}`);
  const peak = /PEAK_KB=(\d+)/.exec(result.stderr)?.[1];
  return { seconds, peakMb: peak ? Number(peak) / 1024 : undefined };
}

/**
 * What a first search for "begeleiding" fetches from /pagefind/: the index (entry, meta, WebAssembly, filters,
 * index chunks, fragments) and Pagefind's own UI code, uncompressed, plus everything gzip-compressed as a host sends it.
 */
async function firstSearchBytes(dist: string): Promise<{ index: number; code: number; gzipped: number }> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const totals = { index: 0, code: 0, gzipped: 0 };
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      totals[/\.(js|css)$/.test(new URL(response.url()).pathname) ? 'code' : 'index'] += body.length;
      totals.gzipped += gzipSync(body).length;
    });
    await page.goto(`${server.url}zoeken/?q=begeleiding`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    return totals;
  } finally {
    await browser.close();
    await server.close();
  }
}

function modulePageWeight(dist: string) {
  const html = readFileSync(join(dist, 'modules', readdirSync(join(dist, 'modules'))[0], 'index.html'), 'utf8');
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]), 'utf8')).join('');
  const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1])));
  return {
    htmlBytes: Buffer.byteLength(html),
    compressedHtmlCss: gzipSync(html).length + gzipSync(css).length,
    jsBytes: scripts.reduce((sum, s) => sum + s.length, 0),
  };
}

const rows: string[][] = [];
for (const size of sizes) {
  const project = join(benchRoot, String(size));
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'content'), { recursive: true });
  for (const path of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/taxonomie', 'content/paginas']) cpSync(join(root, path), join(project, path), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'));
  generateSyntheticModules(shipped, size, join(project, 'content', 'modules'));
  console.error(`— ${size} modules: bouwen…`);
  const build = measure(project, [process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
  console.error(`— ${size} modules: indexeren…`);
  const index = measure(project, [process.execPath, join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--silent']);
  const dist = join(project, 'dist');
  const weight = modulePageWeight(dist);
  const search = await firstSearchBytes(dist);
  const peak = Math.max(build.peakMb ?? 0, index.peakMb ?? 0);
  rows.push([
    String(size),
    build.seconds.toFixed(1),
    index.seconds.toFixed(1),
    peak ? `${Math.round(peak)} MB` : 'n.v.t.',
    `${(dirSize(dist) / 1024 / 1024).toFixed(1)} MB`,
    `${(weight.htmlBytes / 1024).toFixed(1)} kB`,
    `${(weight.compressedHtmlCss / 1024).toFixed(1)} kB`,
    `${(weight.jsBytes / 1024).toFixed(1)} kB`,
    `${(search.index / 1024).toFixed(0)} kB`,
    `${(search.code / 1024).toFixed(0)} kB`,
    `${(search.gzipped / 1024).toFixed(0)} kB`,
  ]);
  if (!values.keep) rmSync(project, { recursive: true, force: true });
}

const header = ['modules', 'bouw (s)', 'index (s)', 'piekgeheugen', 'dist', 'HTML modulepagina', 'HTML+CSS gzip', 'JS modulepagina', 'zoeken: index', 'zoeken: UI-code', 'zoeken: alles gzip'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
console.log(table);
writeFileSync(join(benchRoot, 'laatste-meting.md'), `${table}\n`);
