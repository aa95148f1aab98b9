import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

async function search(term: string) {
  const page = await site.page(`zoeken/?q=${encodeURIComponent(term)}`);
  await page.waitForSelector('.pagefind-ui__result-link');
  return page;
}
const resultTitles = (page: Awaited<ReturnType<typeof search>>) => page.locator('.pagefind-ui__result-link').allTextContents();

describe('search', () => {
  test('finds the debt modules for "schulden"', async () => {
    const page = await search('schulden');

    const titles = await resultTitles(page);

    expect(titles).toContain('Inventarisatie schulden / intake schuldhulpverlening (AMW)');
    expect(titles).toContain('Stabilisatie schuldenproblematiek (WMW)');
  });

  test('finds "Stress op het werk de baas" for "werkstress", a word that is not in its title', async () => {
    const page = await search('werkstress');

    expect((await resultTitles(page))[0]).toBe('Stress op het werk de baas (AMW)');
  });

  test('finds a module by a local name from practice (alias), such as "SOVA-training"', async () => {
    const page = await search('SOVA-training');

    expect((await resultTitles(page))[0]).toBe('Sociale vaardigheidstraining (AMW)');
  });

  test('names the werksoort in each result, so modules with the same title can be told apart', async () => {
    const page = await search('informatie en advies');

    expect(await resultTitles(page)).toEqual(expect.arrayContaining(['Informatie en advies (AMW)', 'Informatie en advies (WMW)', 'Informatie en advies (IOW)']));
  });

  test('opens a result', async () => {
    const page = await search('werkstress');

    await page.getByRole('link', { name: 'Stress op het werk de baas (AMW)' }).first().click();
    await page.waitForURL(/\/modules\/amw-stress-op-het-werk-de-baas\//);

    expect(await page.locator('h1').textContent()).toBe('Stress op het werk de baas');
  });

  test('narrows the results with the werksoort filter', async () => {
    const page = await search('schulden');
    const before = (await resultTitles(page)).length;

    await page.locator('summary.pagefind-ui__filter-name', { hasText: 'Werksoort' }).click();
    await page.getByLabel(/^Wijkmaatschappelijk werk/).check();
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result-link').length < n, before);

    const after = await page.locator('.pagefind-ui__result-link').count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
  });

  test('offers the overviews when JavaScript is off', async () => {
    const page = await site.page('zoeken/?q=schulden', { javaScriptEnabled: false });

    const link = page.locator('main').getByRole('link', { name: 'alle modules', exact: true });
    await link.click();

    expect(await page.locator('h1').textContent()).toBe('Alle modules');
  });
});
