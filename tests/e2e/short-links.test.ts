import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { OpenDataRecord } from '../../src/lib/open-data.ts';
import { publishedShortLink } from '../../src/lib/short-link-case.ts';
import { distDir, distExists, readDist } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const records = JSON.parse(readFileSync(join(distDir, 'data', 'modules.json'), 'utf8')) as OpenDataRecord[];

/** The ways people type a short link: as published, in capitals, with one capital, each with and without slash. */
function variants(code: string): string[] {
  const mixed = code.charAt(0).toUpperCase() + code.slice(1);
  return [code, code.toUpperCase(), mixed].flatMap((form) => [`m/${form}/`, `m/${form}`]);
}

describe('short links', () => {
  test('every code in any case, with or without slash, is a published page or is forwarded by the 404 page to one', () => {
    const unresolved: string[] = [];
    for (const record of records) {
      for (const variant of variants(record.code)) {
        // A host serves a folder's page for the path with slash and redirects the one without; the rest is the 404 rule.
        const folder = `${variant.replace(/\/$/, '')}/`;
        const landing = distExists(`${folder}index.html`) ? folder : publishedShortLink(`/${variant}`, '/m/')?.slice(1);
        if (!landing || !readDist(`${landing}index.html`).includes(`url=/modules/${record.id}/`)) unresolved.push(variant);
      }
    }
    expect(unresolved).toEqual([]);
  });

  test('lead to the module in a real browser, in any case, with or without closing slash (a sample of codes)', async () => {
    // One code per werksoort: the rule is the same for every code, and each try costs Chromium a meta refresh.
    const sample = [...new Map(records.map((record) => [record.werksoort.id, record])).values()];
    const paths = sample.flatMap((record) => variants(record.code).map((path) => ({ path, id: record.id })));
    const failures: string[] = [];
    // Where the chain ends is what counts: the module page is answered with a stub. Each try still takes a few
    // hundred milliseconds of Chromium's meta refresh; tabs side by side were no faster on two cores.
    const page = await site.page('');
    await page.route('**/modules/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>module</title>' }));
    await page.route(/\.(css|svg|png|woff2?)$/, (route) => route.abort());
    for (const { path, id } of paths) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'commit' });
      await page.waitForURL(/\/modules\/[^/]+\/$/, { timeout: 5000, waitUntil: 'commit' }).catch(() => undefined);
      if (new URL(page.url()).pathname !== `/modules/${id}/`) failures.push(`${path} → ${page.url()}`);
    }

    console.log(`korte links: ${paths.length} varianten van ${sample.length} codes in de browser geprobeerd`);
    expect(failures).toEqual([]);
    expect(paths).toHaveLength(sample.length * 6);
  }, 300_000);

  test('an unknown code stays on the 404 page, which says what a short link looks like', async () => {
    const page = await site.page('m/XYZ99');

    await page.waitForURL(/\/m\/xyz99\/$/);
    expect(await page.locator('h1').textContent()).toBe('Pagina niet gevonden');
    expect(await page.locator('#korte-link-kop').textContent()).toBe('Een korte link?');
    // The browser reports the 404 status itself as a console error; anything else (a CSP violation) is a fault.
    expect(page.errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  test('_redirects lists each code in lower case and in capitals, with and without slash', () => {
    const file = readDist('_redirects');

    for (const record of records) {
      for (const from of [`/m/${record.code}/`, `/m/${record.code}`, `/m/${record.code.toUpperCase()}/`, `/m/${record.code.toUpperCase()}`]) {
        expect(file, from).toContain(`${from} /modules/${record.id}/ 301`);
      }
    }
  });
});
