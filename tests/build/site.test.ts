import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/schema/load-content.ts';
import type { OpenDataRecord } from '../../src/lib/open-data.ts';
import { distDir, distExists, htmlFiles, indexedText, readDist } from '../helpers/dist.ts';

const { modules, methods } = loadContent();
const records = JSON.parse(readDist('data/modules.json')) as OpenDataRecord[];

describe('the built site', () => {
  test('has a page for every module at /modules/<id>/', () => {
    const missing = modules.filter((m) => !distExists(`modules/${m.data.id}/index.html`)).map((m) => m.data.id);

    expect(missing).toEqual([]);
  });

  test('publishes modules.json with one record per module, matching the content', () => {
    expect(records.map((r) => r.id).sort()).toEqual(modules.map((m) => m.data.id).sort());
    for (const module of modules) {
      const record = records.find((r) => r.id === module.data.id)!;
      expect(record).toMatchObject({
        titel: module.data.titel,
        werksoort: { id: module.data.werksoort },
        functie: { id: module.data.functie },
        type: module.data.type ?? null,
        samenvatting: module.data.samenvatting,
        bron: { document: module.data.bron.document, pagina: module.data.bron.pagina },
      });
      expect(record.url).toMatch(new RegExp(`/modules/${module.data.id}/$`));
      expect(record.secties.map((s) => s.anker)).toEqual(module.sections.map((s) => s.anchor));
    }
  });

  test('gives every section heading on a module page its permanent anchor', () => {
    for (const record of records) {
      const html = readDist(`modules/${record.id}/index.html`);
      for (const section of record.secties) expect(html, `${record.id}#${section.anker}`).toContain(`<h2 id="${section.anker}">`);
    }
  });

  test('says plainly on the page when the source does not describe a section', () => {
    const record = records.find((r) => r.secties.some((s) => !s.beschreven))!;
    const html = readDist(`modules/${record.id}/index.html`);

    expect(html).toContain('De bron beschrijft dit onderdeel niet.');
  });

  test('names the source and page on every module page', () => {
    for (const record of records) {
      expect(readDist(`modules/${record.id}/index.html`), record.id).toContain(`p. ${record.bron.pagina}`);
    }
  });

  test('ships no JavaScript on module pages except the small scripts for copying links and closing term explanations', () => {
    const scripts = new Set(records.flatMap((r) => [...readDist(`modules/${r.id}/index.html`).matchAll(/<script[^>]*>/g)].map((m) => m[0])));

    // Bundled by Astro from src/client/copy-links.ts and term-explanations.ts into external files: the CSP forbids inline scripts.
    expect(scripts.size).toBeLessThanOrEqual(2);
    for (const script of scripts) expect(script).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    const bytes = [...scripts].reduce((sum, script) => sum + readDist(/src="\/(_astro\/[^"]+\.js)"/.exec(script)![1]).length, 0);
    expect(bytes).toBeLessThan(2560);
  });

  test('marks every page as Dutch and gives it a skip link', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      expect(html, file).toContain('<html lang="nl"');
      if (!html.includes('http-equiv="refresh"')) expect(html, file).toContain('href="#inhoud"');
    }
  });

  test('builds the overviews by type, functie and werksoort', () => {
    expect(readDist('type/index.html')).toContain('id="type-c"');
    expect(readDist('functie/index.html')).toContain('id="toegangsfuncties"');
    for (const werksoort of ['amw', 'wmw', 'iow']) expect(distExists(`werksoort/${werksoort}/index.html`)).toBe(true);
  });

  test('indexes every module page and every method page for Pagefind search in Dutch, with filters', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    const entry = JSON.parse(readDist('pagefind/pagefind-entry.json')) as { languages: Record<string, { page_count: number }> };

    expect(files).toContain('pagefind.js');
    expect(entry.languages.nl.page_count).toBe(modules.length + methods.length);
    expect(readdirSync(join(distDir, 'pagefind', 'filter')).length).toBeGreaterThan(0);
  });
});

describe('search index content', () => {
  test('keeps section-link text, citations and print footers out of search excerpts', () => {
    const html = readDist('modules/amw-intake/index.html');

    for (const pattern of [/<a class="section-link[^>]*data-pagefind-ignore/, /<section class="panel citation"[^>]*data-pagefind-ignore/, /<p class="print-only print-footer" data-pagefind-ignore>/, /<dl class="meta" data-pagefind-ignore>/]) {
      expect(html).toMatch(pattern);
    }
  });

  test('indexes code, aliases and keywords last in the text, and takes that block out of the published page', () => {
    const html = readDist('modules/amw-stress-op-het-werk-de-baas/index.html');
    const indexed = indexedText('/modules/amw-stress-op-het-werk-de-baas/');

    // Nothing of the article comes after the block, so excerpts can stop where it starts: the text ends with the
    // last section, then the block's words, separated by " · ", and a last paragraph of compound parts.
    expect(indexed).toMatch(/ amw\d+ · amw-stress-op-het-werk-de-baas · Werken aan werkstress · werkstress · [^]*$/);
    const lastSection = indexed.indexOf('Randvoorwaarden.');
    expect(lastSection).toBeGreaterThan(0);
    expect(indexed.slice(lastSection, indexed.indexOf(' amw-stress-op-het-werk-de-baas ·'))).not.toContain(' · ');
    expect(indexed.slice(indexed.indexOf(' amw-stress-op-het-werk-de-baas ·'))).not.toMatch(/Doelgroep\.|Werkwijze en activiteiten\./);
    // Only Pagefind reads the block: readers do not download it and search engines see no hidden keyword text.
    expect(html).not.toContain('id="zoektermen"');
    expect(html).not.toContain('data-pagefind-weight="10"');
    expect(html).toContain('<dt>Ook bekend als</dt>');
  });

  test('indexes the parts of compounds that the text does not use on their own', () => {
    expect(indexedText('/modules/iow-dagritme-en-dagbesteding/')).toMatch(/\britme\b/);
  });

  test('writes the words of the search index for the search page, most frequent first, without fragments of words', () => {
    const vocabulary = JSON.parse(readDist('zoeken/woorden.json')) as { pages: number; words: string; counts: number[] };
    const words = vocabulary.words.split(' ');

    expect(vocabulary.pages).toBe(modules.length + methods.length);
    expect(words).toContain('dagritme');
    expect(words).toContain('ritme');
    expect(vocabulary.counts).toEqual([...vocabulary.counts].sort((a, b) => b - a));
  });
});

describe('contra-indications', () => {
  test('weigh a contra-indication sentence low in the search index, without changing the text', () => {
    const html = readDist('modules/amw-omgaan-met-spanningsklachten/index.html');

    expect(html).toContain('<span data-pagefind-weight="0.1">Contra-indicaties zijn onder andere psychotische decompensatie');
  });
});

describe('A–Z register', () => {
  test('lists every alias, keyword and thesaurus word with links to the modules it leads to, as plain links', () => {
    const html = readDist('trefwoorden/index.html');
    const entry = (word: string) => new RegExp(`<dt id="w-[^"]+">${word} <span[^]*?</dd>`).exec(html)?.[0] ?? '';

    expect(entry('Werken aan werkstress')).toContain('href="/modules/amw-stress-op-het-werk-de-baas/"');
    expect(entry('werkstress')).toContain('href="/modules/amw-stress-op-het-werk-de-baas/"');
    expect(entry('huurachterstand')).toContain('href="/modules/amw-inventarisatie-schulden/"');
    expect(html).not.toContain('<script');
  });
});
