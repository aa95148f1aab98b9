import { Document, Packer, Paragraph } from 'docx';
import type { Page, Request } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

// A text no request may carry: a word that occurs nowhere else, next to module names.
const secret = 'Zwaluwstaartvlinder';
const policyText = `${secret} gemeente. Wij subsidiëren de Budgetbegeleiding en het spreekuur voor informatie en advies.`;

/** Every request the page makes, with its URL, body and headers, to search for the pasted text. */
function watchRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.context().on('request', (request) => requests.push(request));
  return requests;
}

async function carriesSecret(requests: Request[]): Promise<string[]> {
  const found: string[] = [];
  for (const request of requests) {
    const headers = JSON.stringify(await request.allHeaders());
    const parts = [decodeURIComponent(request.url()), request.postData() ?? '', headers];
    if (parts.some((part) => part.toLowerCase().includes(secret.toLowerCase()))) found.push(request.url());
  }
  return found;
}

async function match(page: Page, text: string) {
  await page.locator('#koppel-tekst').fill(text);
  await page.getByRole('button', { name: 'Zoek modules' }).click();
  await page.waitForSelector('#koppel-resultaat h2');
}

describe('/koppelen/', () => {
  test('sends the pasted text nowhere, with JavaScript', async () => {
    const page = await site.page('koppelen/', { clipboard: true });
    const requests = watchRequests(page);

    await match(page, policyText);
    await page.getByRole('button', { name: 'Kopieer citaat' }).first().click();
    await page.getByRole('button', { name: 'Kopieer als tabel (Word)' }).click();
    await page.waitForLoadState('networkidle');

    expect(requests.length).toBeGreaterThan(0);
    expect(await carriesSecret(requests)).toEqual([]);
    expect(page.url()).toBe(new URL('koppelen/', site.url).href);
    expect(page.errors).toEqual([]);
  });

  test('sends the pasted text nowhere and says it needs JavaScript, without JavaScript', async () => {
    const page = await site.page('koppelen/', { javaScriptEnabled: false });
    const requests = watchRequests(page);

    await page.locator('#koppel-tekst').fill(policyText);
    await page.locator('#koppel-tekst').press('Control+Enter');
    // The button is disabled: the click cannot go through (a timeout), which is the point; had it gone through,
    // the form's request would show below.
    await page.locator('#koppel-form button[type="submit"]').click({ timeout: 1000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');

    expect(await carriesSecret(requests)).toEqual([]);
    expect(page.url()).toBe(new URL('koppelen/', site.url).href);
    expect(await page.locator('#koppel-form [name]').count()).toBe(0);
    expect(await page.locator('#koppel-form button[type="submit"]').isDisabled()).toBe(true);
    expect(await page.locator('#koppel-zonder-js').textContent()).toContain('Deze pagina heeft JavaScript nodig');
  });

  test('gives per mention the sentence, the certainty and the module, with the citation of the module page', async () => {
    const page = await site.page('koppelen/', { clipboard: true });

    await match(page, policyText);
    const first = page.locator('.koppel-vermelding').first();

    expect(await first.locator('.koppel-zekerheid').textContent()).toContain('Zeker');
    expect(await first.locator('mark').textContent()).toBe('Budgetbegeleiding');
    expect(await first.locator('blockquote').textContent()).toContain('Wij subsidiëren de Budgetbegeleiding');
    await first.getByRole('button', { name: 'Kopieer citaat' }).click();
    await page.waitForFunction(() => document.getElementById('kopieer-status')?.textContent);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const modulePage = await site.page('modules/amw-budgetbegeleiding/');
    expect(copied).toBe((await modulePage.locator('#citaat-tekst').textContent())?.trim());
  });

  test('asks which werksoort an ambiguous name means, none chosen at first, and copies the chosen one in the list', async () => {
    const page = await site.page('koppelen/', { clipboard: true });

    await match(page, policyText);
    const ambiguous = page.locator('.koppel-vermelding', { hasText: 'informatie en advies' });

    expect(await ambiguous.getByRole('radio').count()).toBe(4);
    expect(await ambiguous.getByRole('radio', { name: 'Geen van deze (niet opnemen)' }).isChecked()).toBe(true);
    await ambiguous.getByRole('radio', { name: 'Informatie en advies (Wijkmaatschappelijk werk)' }).check();
    await page.getByRole('button', { name: 'Kopieer als Markdown' }).click();
    await page.waitForFunction(() => document.getElementById('kopieer-status')?.textContent);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('[Budgetbegeleiding (Algemeen maatschappelijk werk), Modulewijzer](');
    expect(markdown).toContain('[Informatie en advies (Wijkmaatschappelijk werk), Modulewijzer](');
    expect(markdown).not.toContain('Algemeen maatschappelijk werk), Modulewijzer](http://127.0.0.1');
    expect(markdown.split('\n')).toHaveLength(2);
  });

  test('puts the list on the clipboard as a table for Word, with a plain-text fallback', async () => {
    const page = await site.page('koppelen/', { clipboard: true });

    await match(page, policyText);
    await page.getByRole('button', { name: 'Kopieer als tabel (Word)' }).click();
    await page.waitForFunction(() => document.getElementById('kopieer-status')?.textContent);
    const { html, text } = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      return { html: await (await item.getType('text/html')).text(), text: await (await item.getType('text/plain')).text() };
    });

    expect(html).toContain('<table>');
    expect(html).toContain('<td>Budgetbegeleiding</td>');
    expect(text).toContain('Budgetbegeleiding (Algemeen maatschappelijk werk). In: Modulewijzer');
  });

  test('reads a Word document in the browser', async () => {
    const page = await site.page('koppelen/');
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Beleidsplan 2026'), new Paragraph('We bieden de cursus Uitkomen met inkomen aan.')] }] }));

    await page.locator('#koppel-bestand').setInputFiles({ name: 'plan.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx) });
    await page.waitForSelector('.koppel-vermelding');

    expect(await page.locator('.koppel-vermelding h3').first().textContent()).toBe('Uitkomen met inkomen (Algemeen maatschappelijk werk)');
    expect(page.errors).toEqual([]);
  });
});
