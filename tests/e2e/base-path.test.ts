import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { loadContent } from '../../src/schema/load-content.ts';
import { readDist } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';
import { basePathBuild } from '../setup/build-site.ts';

const dist = join(process.cwd(), basePathBuild.outDir);
const read = (path: string) => readDist(join('..', basePathBuild.outDir, path));
const address = `${basePathBuild.site}${basePathBuild.base}`;
const site = useSite({ root: dist, base: basePathBuild.base });
const { modules } = loadContent();

describe(`a build under ${address}`, () => {
  test('has no link or asset that escapes the base path or does not resolve', () => {
    expect(findBrokenLinks(dist, basePathBuild.base)).toEqual([]);
  });

  test('lists every module and overview in the sitemap with the configured address', () => {
    const sitemap = read('sitemap.xml');

    for (const module of modules) expect(sitemap).toContain(`<loc>${address}modules/${module.data.id}/</loc>`);
    for (const path of ['', 'type/', 'functie/', 'werksoort/', 'matrix/']) expect(sitemap).toContain(`<loc>${address}${path}</loc>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${address}sitemap.xml`);
  });

  test('puts SITE_URL and BASE_PATH in canonical URLs, Open Graph and citations', () => {
    const html = read('modules/amw-intake/index.html');

    expect(html).toContain(`<link rel="canonical" href="${address}modules/amw-intake/">`);
    expect(html).toContain(`<meta property="og:url" content="${address}modules/amw-intake/">`);
    expect(html).toMatch(new RegExp(`id="citaat-tekst"[^>]*>[^<]*${address.replace(/[./]/g, '\\$&')}modules/amw-intake/`));
  });

  test('forwards a short link in another case or without slash under the base path', async () => {
    for (const path of ['m/Amw02', 'm/AMW02', 'm/amw02']) {
      const page = await site.page(path);
      await page.waitForURL(/\/modulewijzer\/modules\/amw-intake\/$/);

      expect(await page.locator('h1').textContent(), path).toBe('Intake');
    }
  });

  test('matches a document on /koppelen/ with the data under the base path', async () => {
    const page = await site.page('koppelen/');
    await page.locator('#koppel-tekst').fill('Na de Intake volgt Budgetbegeleiding.');
    await page.getByRole('button', { name: 'Zoek modules' }).click();
    await page.waitForSelector('.koppel-vermelding');

    expect(await page.locator('.koppel-vermelding h3 a').first().getAttribute('href')).toBe(`${address}modules/amw-intake/`);
    expect(page.errors).toEqual([]);
  });

  test('writes redirects and headers with the base path for hosts that read them', () => {
    expect(read('_redirects')).toContain(`${basePathBuild.base}m/amw02/ ${basePathBuild.base}modules/amw-intake/ 301`);
    expect(read('_headers')).toMatch(new RegExp(`^${basePathBuild.base}\\*\\n  Content-Security-Policy: `));
  });

  test('finds a module with search and opens it under the base path', async () => {
    const page = await site.page('zoeken/?q=werkstress');
    await page.waitForSelector('#zoekresultaten > li h2 a');

    await page.locator('#zoekresultaten > li h2 a').first().click();
    await page.waitForLoadState('load');

    expect(new URL(page.url()).pathname).toBe(`${basePathBuild.base}modules/amw-stress-op-het-werk-de-baas/`);
  });

  test('serves a Dutch 404 page that offers search and the overviews', () => {
    const html = read('404.html');

    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Pagina niet gevonden');
    expect(html).toContain(`action="${basePathBuild.base}zoeken/"`);
    expect(html).toContain(`href="${basePathBuild.base}functie/"`);
  });
});
