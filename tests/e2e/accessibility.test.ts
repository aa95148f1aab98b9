import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; help: string; nodes: Array<{ target: string[] }> }

/** Runs axe-core (injected, so the page's own CSP is bypassed for it) with the WCAG 2.0/2.1/2.2 A and AA rules and returns one line per violation. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const found = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((r) => r.violations),
  )) as AxeViolation[];
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

const pages = {
  home: '',
  'alle modules': 'modules/',
  'per type': 'type/',
  'per functie': 'functie/',
  'per werksoort': 'werksoort/',
  werksoort: 'werksoort/wmw/',
  matrix: 'matrix/',
  'module (type b)': 'modules/amw-intake/',
  'module (schakel)': 'modules/wmw-informatie-en-advies/',
  vergelijken: 'vergelijk/',
  'vergelijking schakelpaar': 'vergelijk/iow-informatie-en-advies--wmw-informatie-en-advies/',
  'over (index)': 'over/',
  'over (pagina)': 'over/sociaal-werk-in-de-wijk/',
  'open data': 'open-data/',
  'beleidsstuk koppelen': 'koppelen/',
  toegankelijkheid: 'toegankelijkheid/',
  'afdrukken per werksoort': 'werksoort/amw/afdrukken/',
  'trefwoordenregister A–Z': 'trefwoorden/',
  begrippen: 'begrippen/',
  'begrippen (anker gevolgd)': 'begrippen/#schakelmodule',
  'methoden en instrumenten': 'methoden/',
  'methode (met modules, bron en redactie)': 'methoden/eigen-kracht-conferentie/',
  'module (groepswerk, met methoden)': 'modules/amw-weer-aan-de-slag/',
  'achtergrond indicaties groepswerk': 'over/indicaties-groepswerk/',
  'pagina niet gevonden': 'bestaat-niet/',
};

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  for (const [name, path] of Object.entries(pages)) {
    test(`finds no violations on ${name}`, async () => {
      const page = await site.page(path, { bypassCSP: true });

      expect(await violations(page)).toEqual([]);
    });
  }

  // A term's explanation open, on a wide screen (beside the term) and on a phone (at the bottom of the screen).
  for (const width of [1280, 390]) {
    test(`finds no violations with a term explanation open at ${width} px`, async () => {
      const page = await site.page('modules/amw-intake/', { bypassCSP: true });
      await page.setViewportSize({ width, height: 844 });
      const term = page.locator('.meta .begrip-term[href$="/begrippen/#type"]');
      await term.focus();
      await page.locator('.meta .begrip-term[href$="/begrippen/#type"] + .begrip-uitleg').waitFor({ state: 'visible' });

      expect(await violations(page)).toEqual([]);
    });
  }

  test('finds no violations on a module page at phone width', async () => {
    const page = await site.page('modules/wmw-informatie-en-advies/', { bypassCSP: true });
    await page.setViewportSize({ width: 320, height: 700 });

    expect(await violations(page)).toEqual([]);
  });

  // Every state of the search page: empty, with results, with no result, and with the filters open on a phone.
  const searchStates = {
    empty: { path: 'zoeken/', ready: '#zoekformulier' },
    'with results': { path: 'zoeken/?q=begeleiding', ready: '#zoekresultaten > li' },
    'with no result': { path: 'zoeken/?q=blorfsnap', ready: '#geen-resultaat:not([hidden])' },
    'with a filter chosen': { path: 'zoeken/?q=schulden&werksoort=wmw', ready: '#zoekresultaten > li' },
    'with only methods': { path: 'zoeken/?q=instrument&paginasoort=methode', ready: '#zoekresultaten > li' },
  };
  for (const [state, { path, ready }] of Object.entries(searchStates)) {
    test(`finds no violations on the search page ${state}`, async () => {
      const page = await site.page(path, { bypassCSP: true });
      await page.waitForSelector(ready);
      await page.setViewportSize({ width: 390, height: 844 });
      // The filters start folded; open them as a user would, so their contents are checked too.
      if (!(await page.locator('#filters').evaluate((d) => (d as HTMLDetailsElement).open))) await page.locator('#filters summary').click();
      await page.waitForFunction(() => (document.getElementById('filters') as HTMLDetailsElement).open);

      expect(await violations(page)).toEqual([]);
    });
  }

  test('finds no violations on /koppelen/ with results, a choice and doubtful mentions', async () => {
    const page = await site.page('koppelen/', { bypassCSP: true });
    await page.locator('#koppel-twijfel').check();
    await page.locator('#koppel-tekst').fill('De Budgetbegeleiding, het spreekuur voor informatie en advies en voorlichting over schulden.');
    await page.getByRole('button', { name: 'Zoek modules' }).click();
    await page.waitForSelector('.koppel-keuze');

    expect(await violations(page)).toEqual([]);
  });
});
