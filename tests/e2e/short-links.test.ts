import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { OpenDataRecord } from '../../src/lib/open-data.ts';
import { distDir, readDist } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const records = JSON.parse(readFileSync(join(distDir, 'data', 'modules.json'), 'utf8')) as OpenDataRecord[];

/** The ways people type a short link: as published, in capitals, with one capital, each with and without slash. */
function variants(code: string): string[] {
  const mixed = code.charAt(0).toUpperCase() + code.slice(1);
  return [code, code.toUpperCase(), mixed].flatMap((form) => [`m/${form}/`, `m/${form}`]);
}

describe('short links', () => {
  test('lead to the module in any case, with or without closing slash, for every code', async () => {
    const paths = records.flatMap((record) => variants(record.code).map((path) => ({ path, id: record.id })));
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

    console.log(`korte links: ${paths.length} varianten van ${records.length} codes geprobeerd`);
    expect(failures).toEqual([]);
    expect(paths).toHaveLength(records.length * 6);
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
