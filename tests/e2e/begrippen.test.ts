import { describe, expect, test } from 'vitest';
import { getBegrip } from '../../src/schema/begrippen.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('term explanations', () => {
  test('focusing a term with the keyboard shows its one-line explanation, which is also the link description', async () => {
    const page = await site.page('modules/amw-intake/');
    const term = page.locator('.meta .begrip-term[href$="/begrippen/#functiegroep"]');
    const explanation = page.locator('.meta .begrip-term[href$="/begrippen/#functiegroep"] + .begrip-uitleg');

    expect(await explanation.isVisible()).toBe(false);
    await term.focus();

    await explanation.waitFor({ state: 'visible' });
    expect(await explanation.textContent()).toBe(getBegrip('functiegroep').kort);
    expect(await term.evaluate((el) => (el as HTMLElement).getAttribute('aria-describedby'))).toBe(await explanation.getAttribute('id'));
  });

  test('Escape hides an open explanation without moving the focus, and it shows again on the next focus (WCAG 1.4.13)', async () => {
    const page = await site.page('modules/amw-intake/');
    const term = page.locator('.meta .begrip-term[href$="/begrippen/#functiegroep"]');
    const explanation = page.locator('.meta .begrip-term[href$="/begrippen/#functiegroep"] + .begrip-uitleg');
    await term.focus();
    await explanation.waitFor({ state: 'visible' });

    await page.keyboard.press('Escape');

    await explanation.waitFor({ state: 'hidden' });
    expect(await term.evaluate((el) => el === document.activeElement)).toBe(true);
    await term.blur();
    await term.focus();
    await explanation.waitFor({ state: 'visible' });
  });

  test('hovering a term shows the explanation, and it stays while the pointer moves onto it', async () => {
    const page = await site.page('modules/amw-intake/');
    const explanation = page.locator('.meta .begrip-term[href$="/begrippen/#werksoort"] + .begrip-uitleg');

    await page.locator('.meta .begrip-term[href$="/begrippen/#werksoort"]').hover();
    await explanation.waitFor({ state: 'visible' });
    await explanation.hover();

    expect(await explanation.isVisible()).toBe(true);
  });

  test('following a term leads to its entry on the Begrippen page, highlighted, with links to where it is used', async () => {
    const page = await site.page('modules/amw-intake/');

    await page.locator('.meta .begrip-term[href$="/begrippen/#type"]').click();
    await page.waitForURL(/\/begrippen\/#type$/);

    const entry = page.locator('#type');
    expect(await entry.locator('dt').textContent()).toBe('Type');
    expect(await entry.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await entry.locator('a[href$="/type/"]').count()).toBeGreaterThan(0);
  });

  test('on a phone the explanation stays inside the screen', async () => {
    const page = await site.page('modules/amw-intake/');
    await page.setViewportSize({ width: 320, height: 700 });

    await page.locator('.meta .begrip-term[href$="/begrippen/#schakelmodule"], .meta .begrip-term[href$="/begrippen/#type"]').first().focus();
    const box = await page.locator('.begrip-uitleg:visible').boundingBox();

    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
