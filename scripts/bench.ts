// Benchmark: builds and indexes the site with synthetic modules (100, 1,000 and 10,000 by default) and prints
// a table of figures, among them what a first search fetches and how long a search takes in Chromium.
// Usage: npm run bench [-- --sizes 100,1000] [--keep] [--baseline <checkout>]. Needs about 10 minutes for all sizes.
// --baseline builds the same synthetic content with another checkout of the site (with its own node_modules, e.g.
// a `git worktree` of main) right before this one, so both are measured on the same machine in the same run.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadContent } from '../src/schema/load-content.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { parse, stringify } from 'yaml';
import { generateSyntheticModules, syntheticThesaurus } from './synthetic-modules.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,10000' }, keep: { type: 'boolean', default: false }, baseline: { type: 'string' } } });
const sizes = values.sizes!.split(',').map(Number);
const root = process.cwd();
const benchRoot = join(root, '.bench');
const { modules: shipped, thesaurus } = loadContent();
// The queries of the search-quality test, without the codes and ids that lead away from the search page.
const queryFile = parse(readFileSync(join(root, 'tests/search-quality/queries.yaml'), 'utf8')) as { zoekvragen: { q: string; soort: string }[]; 'geen-treffer': { q: string }[] };
const queries = [...queryFile.zoekvragen.filter((q) => q.soort !== 'code').map((q) => q.q), ...queryFile['geen-treffer'].map((q) => q.q)];

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
 * What a first search for "begeleiding" fetches besides the HTML page: JavaScript, CSS, WebAssembly, the word
 * list, index chunks, filters and fragments, uncompressed and gzip-compressed as a host sends them (Pagefind's
 * own files are compressed already). Then the time from pressing Enter to the results on screen, for every
 * query of the search-quality test, warm (each query run once before it is timed).
 */
async function searchFigures(dist: string): Promise<{ raw: number; gzipped: number; p50: number; p95: number }> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const totals = { raw: 0, gzipped: 0 };
    page.on('response', async (response) => {
      if (response.request().resourceType() === 'document') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      totals.raw += body.length;
      totals.gzipped += gzipSync(body).length;
    });
    await page.goto(`${server.url}zoeken/?q=begeleiding`);
    await page.waitForSelector('#zoekresultaten > li', { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const first = { ...totals };
    const time = (query: string) =>
      page.evaluate(async (q) => {
        const input = document.getElementById('zoekterm') as HTMLInputElement;
        const status = document.getElementById('zoek-status')!;
        const list = document.getElementById('zoekresultaten')!;
        const empty = document.getElementById('geen-resultaat')!;
        // Done when the answer is on screen: the results listed, or the help for no result shown.
        const done = new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (status.textContent && (list.children.length > 0 || !empty.hidden)) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(document.querySelector('.search-output')!, { childList: true, characterData: true, subtree: true, attributes: true });
        });
        status.textContent = '';
        list.replaceChildren();
        empty.hidden = true;
        input.value = q;
        const started = performance.now();
        (document.getElementById('zoekformulier') as HTMLFormElement).requestSubmit();
        await done;
        return performance.now() - started;
      }, query);
    for (const query of queries) await time(query);
    const times: number[] = [];
    for (const query of queries) times.push(await time(query));
    times.sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
    return { ...first, p50: at(0.5), p95: at(0.95) };
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

/** Builds and indexes one checkout of the site with `size` synthetic modules; returns its row of figures. */
async function benchCheckout(label: string, checkout: string, size: number, withSearch: boolean): Promise<string[]> {
  const project = join(benchRoot, `${label}-${size}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(join(project, 'content'), { recursive: true });
  for (const path of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/taxonomie', 'content/paginas', 'content/vervallen-urls.yaml']) {
    if (existsSync(join(checkout, path))) cpSync(join(checkout, path), join(project, path), { recursive: true });
  }
  symlinkSync(join(checkout, 'node_modules'), join(project, 'node_modules'));
  generateSyntheticModules(shipped, size, join(project, 'content', 'modules'));
  writeFileSync(join(project, 'content', 'taxonomie', 'thesaurus.yaml'), stringify(syntheticThesaurus(shipped, thesaurus, size)));
  console.error(`— ${label}, ${size} modules: bouwen…`);
  const build = measure(project, [process.execPath, join(checkout, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent']);
  console.error(`— ${label}, ${size} modules: indexeren…`);
  const pagefind = measure(project, [process.execPath, join(checkout, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', 'dist', '--silent']);
  // The step after Pagefind: the word list, and (since it was renamed) taking the index-only text out of the pages.
  const afterIndex = ['scripts/after-index.ts', 'scripts/search-vocabulary.ts'].find((script) => existsSync(join(project, script)))!;
  const words = measure(project, [process.execPath, join(project, afterIndex)]);
  const index = { seconds: pagefind.seconds + words.seconds, peakMb: Math.max(pagefind.peakMb ?? 0, words.peakMb ?? 0) };
  const dist = join(project, 'dist');
  const weight = modulePageWeight(dist);
  const search = withSearch ? await searchFigures(dist) : undefined;
  const peak = Math.max(build.peakMb ?? 0, index.peakMb ?? 0);
  const figures = [
    label,
    String(size),
    build.seconds.toFixed(1),
    index.seconds.toFixed(1),
    (build.seconds + index.seconds).toFixed(1),
    peak ? `${Math.round(peak)} MB (bouw ${Math.round(build.peakMb ?? 0)}, index ${Math.round(index.peakMb)})` : 'n.v.t.',
    `${(dirSize(dist) / 1024 / 1024).toFixed(1)} MB`,
    `${(weight.htmlBytes / 1024).toFixed(1)} kB`,
    `${(weight.compressedHtmlCss / 1024).toFixed(1)} kB`,
    `${(weight.jsBytes / 1024).toFixed(1)} kB`,
    ...(search
      ? [`${(search.raw / 1024).toFixed(0)} kB`, `${(search.gzipped / 1024).toFixed(0)} kB`, `${search.p50.toFixed(0)} ms`, `${search.p95.toFixed(0)} ms`]
      : ['–', '–', '–', '–']),
  ];
  if (!values.keep) rmSync(project, { recursive: true, force: true });
  return figures;
}

const rows: string[][] = [];
for (const size of sizes) {
  if (values.baseline) rows.push(await benchCheckout('basis', values.baseline, size, false));
  rows.push(await benchCheckout('deze versie', root, size, true));
}

const header = ['versie', 'modules', 'bouw (s)', 'index (s)', 'samen (s)', 'piekgeheugen', 'dist', 'HTML modulepagina', 'HTML+CSS gzip', 'JS modulepagina', 'eerste zoekactie', 'eerste zoekactie gzip', 'zoektijd p50', 'zoektijd p95'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
console.log(table);
writeFileSync(join(benchRoot, 'laatste-meting.md'), `${table}\n`);
