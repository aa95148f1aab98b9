import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** Waits until the search page has answered: results listed, or the no-result help shown. */
async function settled(page: Page) {
  await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten > li').length > 0 || !document.getElementById('geen-resultaat')?.hidden);
}

async function search(term: string) {
  const page = await site.page(`zoeken/?q=${encodeURIComponent(term)}`);
  await settled(page);
  return page;
}
const resultTitles = (page: Page) => page.locator('#zoekresultaten > li h2 a').allTextContents();

describe('search', () => {
  test('finds the debt modules for "schulden"', async () => {
    const page = await search('schulden');

    const titles = await resultTitles(page);

    expect(titles).toContain('Inventarisatie schulden / intake schuldhulpverlening (AMW)');
    expect(titles).toContain('Stabilisatie schuldenproblematiek (WMW)');
  });

  test('finds a method page by its name, says its kind and line, and the filter "Soort pagina" keeps only methods', async () => {
    const page = await search('leefgebieden');
    const first = page.locator('#zoekresultaten > li').first();

    expect(await first.locator('h2 a').textContent()).toBe('Leefgebiedenmatrix (instrument)');
    expect(await first.locator('.result-meta').textContent()).toBe('Instrument · Eerste lijn');

    const methodsOnly = await site.page('zoeken/?q=werk&paginasoort=methode');
    await settled(methodsOnly);
    const urls = await methodsOnly.locator('#zoekresultaten > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => url.startsWith('/methoden/'))).toBe(true);
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
    expect(await page.locator('#zoekresultaten > li .result-meta').first().textContent()).toMatch(/maatschappelijk werk|opbouwwerk/);
  });

  test('reads each result as title, werksoort, an excerpt of real text with the match marked, and the sections by name only', async () => {
    const page = await search('ritme');
    const first = page.locator('#zoekresultaten > li', { hasText: 'Ondersteunen bij opbouwen van dagritme en dagbesteding (IOW)' });

    expect(await first.locator('.result-meta').textContent()).toBe('Individueel opbouwwerk · Begeleiding');
    expect(await first.locator('.result-excerpt mark').first().textContent()).toMatch(/ritme/);
    // The hidden block of search terms never shows up as an excerpt.
    expect(await first.locator('.result-excerpt').textContent()).not.toMatch(/ · /);
    for (const section of await page.locator('.result-sections a').allTextContents()) expect(section).toMatch(/^(Inzet bij arbeidsrelevante problematiek|Doelgroep|Doelen|Duur en frequentie|Setting|Werkwijze en activiteiten|Aanvullende informatie|Randvoorwaarden)$/);
  });

  test('never ranks a module that names the problem only as a contra-indication above the modules meant for it', async () => {
    const page = await search('psychotisch');
    const urls = await page.locator('#zoekresultaten > li h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

    expect(urls.length).toBeGreaterThan(1);
    expect(urls[0]).not.toBe('/modules/amw-omgaan-met-spanningsklachten/');
  });

  test('opens a result', async () => {
    const page = await search('werkstress');

    await page.getByRole('link', { name: 'Stress op het werk de baas (AMW)' }).first().click();
    await page.waitForURL(/\/modules\/amw-stress-op-het-werk-de-baas\//);

    expect(await page.locator('h1').textContent()).toBe('Stress op het werk de baas');
  });

  test('lands on the module for its short code or its id', async () => {
    const byCode = await site.page('zoeken/?q=AMW10');
    await byCode.waitForURL(/\/modules\/amw-budgetbegeleiding\//);
    const byId = await site.page('zoeken/?q=iow-voorlichting');
    await byId.waitForURL(/\/modules\/iow-voorlichting\//);

    expect(await byCode.locator('h1').textContent()).toBe('Budgetbegeleiding');

    const typed = await site.page('zoeken/');
    await typed.waitForSelector('#zoekformulier[data-klaar]');
    await typed.locator('#zoekterm').fill('wmw17');
    await typed.locator('#zoekterm').press('Enter');
    await typed.waitForURL(/\/modules\/wmw-casemanagement\//);
  });

  test('never sends a word that only looks like an id to a page that does not exist', async () => {
    const page = await search('amw-instelling');

    expect(new URL(page.url()).pathname).toBe('/zoeken/');
  });

  test('narrows with a filter that shows counts, keeps query and filter in the URL, and goes back with the back button', async () => {
    const page = await search('schulden');
    const before = (await resultTitles(page)).length;
    await page.locator('#filters summary').click();
    await page.waitForFunction(() => document.querySelector('fieldset[data-filter="werksoort"] .filter-count')?.textContent);
    const label = page.locator('fieldset[data-filter="werksoort"] label', { hasText: 'Wijkmaatschappelijk werk (WMW)' });
    const count = Number((await label.locator('.filter-count').textContent())!.replace(/\D/g, ''));

    await label.locator('input').check();
    await page.waitForFunction((n) => document.querySelectorAll('#zoekresultaten > li').length !== n, before);

    expect(await page.locator('#zoekresultaten > li').count()).toBe(count);
    expect(new URL(page.url()).searchParams.get('werksoort')).toBe('wmw');
    expect(new URL(page.url()).searchParams.get('q')).toBe('schulden');

    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('#zoekresultaten > li').length === n, before);
    expect(new URL(page.url()).searchParams.get('werksoort')).toBeNull();
  });

  test('fetches no filter index for a first search until the filters are opened', async () => {
    const page = await site.page('zoeken/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(request.url()));
    await page.locator('#zoekterm').fill('schulden');
    await page.locator('#zoekterm').press('Enter');
    await settled(page);

    expect(fetched.filter((url) => url.includes('/pagefind/filter/'))).toEqual([]);
    await page.locator('#filters summary').click();
    await page.waitForFunction(() => document.querySelector('fieldset[data-filter="werksoort"] .filter-count')?.textContent);
    expect(fetched.filter((url) => url.includes('/pagefind/filter/')).length).toBeGreaterThan(0);
  });

  test('opening a shared search URL shows the same filtered results', async () => {
    const page = await site.page('zoeken/?q=schulden&werksoort=amw');
    await settled(page);

    expect(await page.locator('input[name="werksoort"][value="amw"]').isChecked()).toBe(true);
    for (const meta of await page.locator('#zoekresultaten .result-meta').allTextContents()) expect(meta).toMatch(/^Algemeen maatschappelijk werk/);
  });

  test('browses all modules of a functie from the filters alone, without typing', async () => {
    const page = await site.page('zoeken/?functie=groepswerk-training');
    await settled(page);

    const metas = await page.locator('#zoekresultaten .result-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(3);
    for (const meta of metas) expect(meta).toMatch(/Groepswerk en training$/);
  });

  test('never offers a filter option that gives no result', async () => {
    const page = await search('budgetbegeleiding');
    await page.locator('#filters summary').click();
    await page.waitForFunction(() => document.querySelector('fieldset[data-filter="werksoort"] .filter-count')?.textContent);

    const disabled = page.locator('fieldset[data-filter="werksoort"] input:disabled');
    expect(await disabled.count()).toBeGreaterThan(0);
    for (const label of await page.locator('fieldset[data-filter="werksoort"] label.is-empty .filter-count').allTextContents()) expect(label).toBe('(0)');
  });

  test('offers suggestions instead of an empty page when nothing fits, and never matches a fragment of an unknown word', async () => {
    const page = await search('overwinteren');

    expect(await page.locator('#zoekresultaten > li').count()).toBe(0);
    expect(await page.locator('#geen-resultaat').isVisible()).toBe(true);
    expect(await page.locator('#geen-resultaat').getByRole('link', { name: 'trefwoordenregister A–Z' }).count()).toBe(1);
  });

  test('corrects one typo and says so', async () => {
    const page = await search('schuldhulpverleneng');

    expect(await resultTitles(page)).toContain('Inventarisatie schulden / intake schuldhulpverlening (AMW)');
    expect(await page.locator('#zoek-status').textContent()).toContain('gezocht op schuldhulpverlening, spelling verbeterd');
  });

  test('has one search box on the search page', async () => {
    const page = await site.page('zoeken/');

    expect(await page.locator('input[type="search"]').count()).toBe(1);
  });

  test('offers the A–Z register and the overviews when JavaScript is off', async () => {
    const page = await site.page('zoeken/?q=schulden', { javaScriptEnabled: false });

    const link = page.locator('noscript, main').getByRole('link', { name: 'trefwoordenregister A–Z', exact: true }).first();
    await link.click();

    expect(await page.locator('h1').textContent()).toBe('Trefwoordenregister A–Z');
    expect(await page.locator('dl.register a').count()).toBeGreaterThan(50);
  });
});
