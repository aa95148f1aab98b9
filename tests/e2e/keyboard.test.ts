import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('keyboard use of a module page', () => {
  test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await site.page('modules/amw-intake/');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Direct naar de inhoud');
    await page.keyboard.press('Enter');

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud');
  });

  test('Tab reaches the table of contents and Enter jumps to the section', async () => {
    const page = await site.page('modules/amw-intake/');

    let label = '';
    for (let i = 0; i < 60 && label !== 'Randvoorwaarden'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => (document.activeElement?.closest('.toc') ? document.activeElement.textContent ?? '' : ''));
    }
    await page.keyboard.press('Enter');

    expect(label).toBe('Randvoorwaarden');
    expect(new URL(page.url()).hash).toBe('#randvoorwaarden');
  });

  test('shows a visible focus indicator on links', async () => {
    const page = await site.page('modules/amw-intake/');

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);

    expect(outline).toBe('solid');
  });
});
