import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { citation } from '../../src/lib/citation.ts';
import { fromMatcherFile, type MatcherFile } from '../../src/lib/matcher-data.ts';
import { listSeparator, type OpenDataRecord } from '../../src/lib/open-data.ts';
import { moduleRedirects } from '../../src/lib/redirects.ts';
import { csvColumns } from '../../src/schema/open-data.ts';
import { loadContent } from '../../src/schema/load-content.ts';
import { distExists, htmlFiles, readDist } from '../helpers/dist.ts';

const { modules } = loadContent();
const records = JSON.parse(readDist('data/modules.json')) as OpenDataRecord[];

/** A small CSV reader for the format we write: semicolons, double quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('permanent links', () => {
  const redirects = moduleRedirects(modules.map((m) => m.data));

  test('has a redirect page for every short code and alias that points at the module', () => {
    expect(redirects.filter((r) => r.kind === 'code')).toHaveLength(modules.length);
    expect(redirects.some((r) => r.kind === 'alias')).toBe(true);
    for (const redirect of redirects) {
      const html = readDist(`${redirect.from}index.html`);
      expect(html, redirect.from).toContain(`<meta http-equiv="refresh" content="0; url=/${redirect.to}">`);
      expect(html).toContain(`<a href="/${redirect.to}">`);
    }
  });

  test('lists every redirect in _redirects as a 301', () => {
    const file = readDist('_redirects');

    for (const redirect of redirects) expect(file).toContain(`/${redirect.from} /${redirect.to} 301`);
  });

  test('opens "Werken aan werkstress", the local name from the Versa Welzijn plan, at its module', () => {
    expect(readDist('m/werken-aan-werkstress/index.html')).toContain('url=/modules/amw-stress-op-het-werk-de-baas/');
  });

  test('gives every section of every module a visible link to its anchor', () => {
    for (const record of records) {
      const html = readDist(`modules/${record.id}/index.html`);
      for (const section of record.secties) expect(html, `${record.id}#${section.anker}`).toContain(`<a class="section-link" href="#${section.anker}"`);
    }
  });

  test('gives the same citation on the module page, in the open data and to /koppelen/', () => {
    const matcher = fromMatcherFile(JSON.parse(readDist('koppelen/modules.json')) as MatcherFile);
    const unescape = (html: string) => html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

    for (const record of records) {
      const onPage = unescape(readDist(`modules/${record.id}/index.html`).match(/id="citaat-tekst"[^>]*>([^<]*)</)![1].trim());
      expect(record.citaat.tekst, record.id).toBe(onPage);
      const inMatcher = matcher.modules.find((m) => m.id === record.id)!;
      expect(citation(inMatcher.citaat).text, record.id).toBe(onPage);
      expect([inMatcher.url, inMatcher.korteLink, inMatcher.werksoort]).toEqual([record.url, record.kortelink, record.werksoort.naam]);
    }
  });

  test('offers a citation with the permanent URL on every module page', () => {
    for (const record of records) {
      const html = readDist(`modules/${record.id}/index.html`);
      expect(html).toMatch(new RegExp(`id="citaat-tekst"[^>]*>[^<]*${record.url.replace(/[./]/g, '\\$&')}`));
      expect(html).toContain(`[${record.titel.replace(/&/g, '&amp;')} (${record.werksoort.naam}), Modulewijzer](${record.url})`);
    }
  });
});

describe('open data', () => {
  test('the CSV opens in a Dutch spreadsheet: UTF-8 with BOM, semicolons, one row per module', () => {
    const csv = readDist('data/modules.csv');

    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(records.length + 1);
  });

  test('the CSV parses back to the same records as the JSON', () => {
    const [header, ...rows] = parseCsv(readDist('data/modules.csv').slice(1));
    const list = (value: string) => (value ? value.split(listSeparator) : []);

    rows.forEach((row, i) => {
      const cell = Object.fromEntries(header.map((name, j) => [name, row[j]]));
      const record = records[i];
      expect({
        id: cell.id, code: cell.code, titel: cell.titel, werksoort: cell.werksoort, functie: cell.functie, type: cell.type || null,
        samenvatting: cell.samenvatting, pagina: Number(cell.bron_pagina), schakel: list(cell.schakel), verwijzingen: list(cell.verwijzingen), aliassen: list(cell.aliassen), url: cell.url,
      }).toEqual({
        id: record.id, code: record.code, titel: record.titel, werksoort: record.werksoort.id, functie: record.functie.id, type: record.type,
        samenvatting: record.samenvatting, pagina: record.bron.pagina, schakel: record.schakel.map((r) => `${r.id} (${r.pagina !== null ? `bron p. ${r.pagina}` : 'redactie'})`), verwijzingen: record.verwijzingen.map((r) => `${r.id} (${r.pagina !== null ? `bron p. ${r.pagina}` : 'redactie'})`), aliassen: record.aliassen, url: record.url,
      });
    });
  });

  test('the JSON Schema generated from the zod schema validates every record of modules.json', () => {
    const schema = JSON.parse(readDist('data/module.schema.json'));
    const validate = new Ajv2020({ strict: false }).compile(schema);

    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...records[0], type: 'd' }])).toBe(false);
  });

  test('the open data page explains the files and fields', () => {
    const html = readDist('open-data/index.html');

    expect(html).toContain('modules.csv');
    expect(html).toContain('module.schema.json');
    expect(html).toContain('<code>secties</code>');
  });
});

describe('print and versions', () => {
  test('every module page shows the date of its version', () => {
    for (const record of records) expect(readDist(`modules/${record.id}/index.html`)).toMatch(/(Laatst gewijzigd op|Versie van) <time datetime=/);
  });

  test('a werksoort prints as one page with all its modules', () => {
    for (const werksoort of ['amw', 'wmw', 'iow']) {
      const html = readDist(`werksoort/${werksoort}/afdrukken/index.html`);
      expect((html.match(/class="module-print/g) ?? []).length).toBe(modules.filter((m) => m.data.werksoort === werksoort).length);
    }
  });

  test('carries the Content-Security-Policy on every page; a redirect page, which loads nothing, forbids everything', () => {
    let redirects = 0;
    for (const file of htmlFiles()) {
      const html = readDist(file);
      if (html.includes('<meta http-equiv="refresh"')) {
        redirects++;
        expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`);
      } else {
        expect(html, file).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'');
      }
    }
    expect(redirects).toBeGreaterThan(100);
  });

  test('has no inline script on any page', () => {
    for (const file of htmlFiles()) expect(readDist(file), file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });

  test('loads no script, style or image from another origin', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      expect(html, file).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc="(?:https?:)?\/\//);
      expect(html, file).not.toMatch(/<link[^>]*\shref="(?:https?:)?\/\/(?!localhost:4321)/);
    }
  });

  test('exists for the open data files', () => {
    for (const file of ['data/modules.json', 'data/modules.csv', 'data/module.schema.json', 'sitemap.xml', 'robots.txt', '_headers', '_redirects']) expect(distExists(file), file).toBe(true);
  });
});
