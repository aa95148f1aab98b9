import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/schema/load-content.ts';
import { getTaxonomy } from '../../src/schema/taxonomy.ts';
import { ensurePdfTools, pdfPageTexts } from '../helpers/pdf.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const { modules } = loadContent();
const out = mkdtempSync(join(tmpdir(), 'modulewijzer-print-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Modules whose content is longer than one A4 page, with the reason. Every other module must print on one page.
 * Add a module here only after checking its print-out: the reason says what makes it long.
 */
const longer: Record<string, string> = {};

/** A printed page with less text than this is a stray line, not a page worth the paper. */
const nearlyEmpty = 400;

/** Prints a page of the site as Chromium does for Ctrl+P to PDF on A4, and returns the text of each printed page. */
async function printToPdf(path: string, name: string): Promise<string[]> {
  page ??= await (await site.browser.newContext()).newPage();
  await page.goto(new URL(path, site.url).href);
  const file = join(out, `${name}.pdf`);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  return pdfPageTexts(file);
}
let page: Page | undefined;

describe('printing', () => {
  test('prints every module on one A4 page, unless its content is longer (then no near-empty last page)', async () => {
    ensurePdfTools();
    const report: string[] = [];
    const problems: string[] = [];

    for (const module of modules) {
      const id = module.data.id;
      const pages = await printToPdf(`modules/${id}/`, id);
      report.push(`${id}: ${pages.length} ${pages.length === 1 ? 'pagina' : "pagina's"} (laatste pagina ${pages.at(-1)!.length} tekens)`);
      if (pages.length > 1 && !longer[id]) problems.push(`${id} drukt af op ${pages.length} pagina's; de laatste heeft ${pages.at(-1)!.length} tekens.`);
      if (pages.length > 1 && pages.at(-1)!.length < nearlyEmpty) problems.push(`${id}: de laatste pagina is bijna leeg (${pages.at(-1)!.length} tekens).`);
      // A long link wraps over two lines, which the text of the PDF shows as a space.
      if (!pages.join('').replace(/ /g, '').includes(`/modules/${id}/`)) problems.push(`${id}: de permanente link staat niet op de afdruk.`);
      if (!/versie van \d/.test(pages.join(' '))) problems.push(`${id}: de versiedatum staat niet op de afdruk.`);
      if (pages[0].includes('Hoofdmenu') || pages[0].includes('Direct naar de inhoud')) problems.push(`${id}: de navigatie staat op de afdruk.`);
    }

    const onOnePage = report.filter((line) => line.includes(': 1 pagina ')).length;
    console.log(`${onOnePage} of ${modules.length} modules print on one A4 page\n${report.join('\n')}`);
    expect(problems).toEqual([]);
  }, 300_000);

  test('prints each werksoort set with every module on its own page and no blank or near-empty pages', async () => {
    ensurePdfTools();
    const problems: string[] = [];

    for (const werksoort of getTaxonomy().werksoorten) {
      const inSet = modules.filter((m) => m.data.werksoort === werksoort.id);
      const pages = await printToPdf(`werksoort/${werksoort.id}/afdrukken/`, `set-${werksoort.id}`);
      const extra = inSet.filter((m) => longer[m.data.id]).length;
      console.log(`${werksoort.id}: ${inSet.length} modules on ${pages.length} pages`);
      pages.forEach((text, i) => text.length < nearlyEmpty && problems.push(`${werksoort.id}, pagina ${i + 1}: bijna leeg (${text.length} tekens)`));
      if (pages.length > inSet.length + extra) problems.push(`${werksoort.id}: ${inSet.length} modules op ${pages.length} pagina's; verwacht hooguit ${inSet.length + extra}.`);
      // Each module starts a page: its title is among the first words of some page.
      for (const module of inSet) {
        if (!pages.some((text) => text.slice(0, 200).includes(module.data.titel))) problems.push(`${werksoort.id}: ${module.data.id} begint niet bovenaan een pagina.`);
      }
    }

    expect(problems).toEqual([]);
  }, 120_000);
});
