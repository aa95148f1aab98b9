import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('compare view', () => {
  test('a pre-built schakel comparison shows both modules section by section without JavaScript', async () => {
    const page = await site.page('vergelijk/iow-waakvlamcontacten--wmw-waakvlamcontacten/', { javaScriptEnabled: false });

    const headers = await page.locator('table.compare thead th').allTextContents();
    const rows = await page.locator('table.compare tbody th[scope="row"] .row-label').allTextContents();

    expect(headers.join(' ')).toContain('Wijkmaatschappelijk werk');
    expect(headers.join(' ')).toContain('Individueel opbouwwerk');
    expect(rows).toEqual(expect.arrayContaining(['Doelgroep', 'Doelen', 'Duur en frequentie', 'Setting', 'Werkwijze en activiteiten', 'Aanvullende informatie', 'Randvoorwaarden']));
  });

  test('choosing two modules of the same werksoort builds the comparison in the page', async () => {
    const page = await site.page('vergelijk/');

    await page.selectOption('#module-a', 'amw-aanmelding');
    await page.selectOption('#module-b', 'amw-intake');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await page.waitForSelector('#vergelijk-resultaat table');

    const rows = await page.locator('#vergelijk-resultaat tbody th .row-label').allTextContents();
    expect(rows).toContain('Inzet bij arbeidsrelevante problematiek');
    expect(await page.locator('#vergelijk-resultaat').textContent()).toContain('Dit onderdeel hoort niet bij deze module.');
    // The same rows as a pre-built comparison: what the module is and where it comes from, too.
    expect(rows.slice(0, 2)).toEqual(['Functie', 'Samenvatting']);
    expect(rows.at(-1)).toBe('Bron');
  });

  test('marks the rows that differ and can show only those, without JavaScript', async () => {
    const page = await site.page('vergelijk/iow-voorlichting--wmw-voorlichting/', { javaScriptEnabled: false });
    const allRows = page.locator('table.compare tbody tr');
    const total = await allRows.count();
    const differing = await page.locator('table.compare tbody tr[data-verschil]').count();
    expect(differing).toBeGreaterThan(0);
    expect(differing).toBeLessThan(total);
    expect(await page.locator('table.compare tbody tr[data-verschil] .diff-mark').first().isVisible()).toBe(true);
    const visibleRows = () => page.locator('table.compare tbody tr').evaluateAll((rows) => rows.filter((row) => (row as HTMLElement).offsetParent !== null).length);
    expect(await visibleRows()).toBe(total);

    await page.getByLabel('Toon alleen de rijen die verschillen').check();

    expect(await visibleRows()).toBe(differing);
  });

  test('choosing a schakel pair goes to its pre-built page', async () => {
    const page = await site.page('vergelijk/');

    await page.selectOption('#module-a', 'wmw-voorlichting');
    await page.selectOption('#module-b', 'iow-voorlichting');
    await page.getByRole('button', { name: 'Vergelijk' }).click();
    await page.waitForURL(/vergelijk\/iow-voorlichting--wmw-voorlichting\//);

    expect(await page.locator('h1').textContent()).toContain('Voorlichting');
  });
});
