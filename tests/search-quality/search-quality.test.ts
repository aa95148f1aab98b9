// Search quality, measured in a real browser on the built site: every query in queries.yaml must bring its
// expected modules (`verwacht`) and method pages (`methoden`) into the first five results, and every word under
// `geen-treffer` must bring none (and the page must offer suggestions). Prints recall@5 for modules and for
// methods apart, and the number of queries without any result.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

interface Query { q: string; soort: string; verwacht?: string[]; methoden?: string[]; waarom?: string }
const file = parse(readFileSync(join(import.meta.dirname, 'queries.yaml'), 'utf8')) as { zoekvragen: Query[]; 'geen-treffer': { q: string }[] };
const site = useSite();

interface Outcome { urls: string[]; navigatedTo?: string; noResult: boolean; suggestions: boolean }

/** Types the query into the search box as a user would, presses Enter and reads the first results. */
async function searchFor(page: Page, query: string): Promise<Outcome> {
  if (!page.url().includes('/zoeken/')) await page.goto(new URL('zoeken/', site.url).href);
  await page.waitForSelector('#zoekformulier[data-klaar]');
  await page.locator('#zoekterm').fill(query);
  // Clear what the previous query left, so that only this query's answer can end the wait.
  await page.evaluate(() => {
    document.getElementById('zoek-status')!.textContent = '';
    document.getElementById('zoekresultaten')!.replaceChildren();
    document.getElementById('geen-resultaat')!.hidden = true;
  });
  await page.locator('#zoekterm').press('Enter');
  await page.waitForFunction(
    () => !location.pathname.includes('/zoeken/') || Boolean(document.getElementById('zoek-status')?.textContent) || !document.getElementById('geen-resultaat')?.hidden,
    null,
    { timeout: 20_000 },
  );
  if (!page.url().includes('/zoeken/')) return { urls: [], navigatedTo: new URL(page.url()).pathname, noResult: false, suggestions: false };
  await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten > li').length > 0 || !document.getElementById('geen-resultaat')?.hidden);
  const urls = await page.locator('#zoekresultaten > li h2 a').evaluateAll((links) => links.slice(0, 5).map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const noResult = await page.locator('#geen-resultaat').isVisible();
  return { urls, noResult, suggestions: noResult && (await page.locator('#geen-resultaat a').count()) > 0 };
}

/** A code or id as a link to the search page would carry it (the e2e tests also press Enter on one). */
async function openCode(page: Page, code: string): Promise<Outcome> {
  await page.goto(new URL(`zoeken/?q=${encodeURIComponent(code)}`, site.url).href);
  await page.waitForURL(/\/(modules|methoden)\//, { timeout: 10_000 }).catch(() => undefined);
  const outcome = { urls: [], navigatedTo: new URL(page.url()).pathname, noResult: false, suggestions: false };
  await page.goto(new URL('zoeken/', site.url).href);
  return outcome;
}

const misses: string[] = [];
let expected = 0;
let found = 0;
let expectedMethods = 0;
let foundMethods = 0;
let zeroResults = 0;

afterAll(() => {
  const percent = (a: number, b: number) => `${((b ? a / b : 0) * 100).toFixed(1)}%`;
  console.log(`Zoekkwaliteit: ${file.zoekvragen.length} zoekvragen, recall@5 modules ${percent(found, expected)} (${found} van ${expected} verwachte modules), methoden ${percent(foundMethods, expectedMethods)} (${foundMethods} van ${expectedMethods} verwachte methodepagina's), ${zeroResults} zoekvragen zonder resultaat.`);
  if (misses.length) console.log(`Gemist:\n${misses.join('\n')}`);
});

describe('search quality', () => {
  test('every query has its expected modules in the first five results', { timeout: 600_000 }, async () => {
    const page = await site.page('zoeken/');
    const failed: string[] = [];
    page.on('response', (response) => response.status() >= 400 && failed.push(`${response.status()} ${response.url()}`));
    for (const query of file.zoekvragen) {
      const outcome = query.soort === 'code' ? await openCode(page, query.q) : await searchFor(page, query.q);
      const top = outcome.navigatedTo ? [outcome.navigatedTo] : outcome.urls;
      if (top.length === 0) zeroResults++;
      for (const id of query.verwacht ?? []) {
        expected++;
        if (top.includes(`/modules/${id}/`)) found++;
        else misses.push(`  "${query.q}" (${query.soort}): ${id} niet in ${top.length ? top.join(', ') : 'geen resultaat'}`);
      }
      for (const id of query.methoden ?? []) {
        expectedMethods++;
        if (top.includes(`/methoden/${id}/`)) foundMethods++;
        else misses.push(`  "${query.q}" (${query.soort}): methode ${id} niet in ${top.length ? top.join(', ') : 'geen resultaat'}`);
      }
    }
    expect(misses).toEqual([]);
    expect(zeroResults).toBe(0);
    expect(failed).toEqual([]);
  });

  test('a word no module covers gives no module matched on a fragment of it, and the page offers suggestions', { timeout: 120_000 }, async () => {
    const page = await site.page('zoeken/');
    const wrong: string[] = [];
    for (const { q } of file['geen-treffer']) {
      const outcome = await searchFor(page, q);
      if (!outcome.noResult || outcome.urls.length) wrong.push(`"${q}": ${outcome.urls.join(', ') || outcome.navigatedTo}`);
      else if (!outcome.suggestions) wrong.push(`"${q}": geen suggesties`);
    }
    expect(file['geen-treffer'].length).toBeGreaterThanOrEqual(10);
    expect(wrong).toEqual([]);
  });
});
