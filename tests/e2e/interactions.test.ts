import { describe, expect, test } from 'vitest';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('linking from policy documents', () => {
  test('the section link control copies the section URL and says so to screen readers', async () => {
    const page = await site.page('modules/amw-intake/', { clipboard: true });

    await page.locator('a.section-link[href="#werkwijze-en-activiteiten"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('kopieer-status')?.textContent);

    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('modules/amw-intake/#werkwijze-en-activiteiten', site.url).href);
    expect(await page.locator('#kopieer-status').textContent()).toContain('Werkwijze en activiteiten');
    expect(await page.locator('#kopieer-status').getAttribute('role')).toBe('status');
  });

  test('one click copies the citation with the permanent URL', async () => {
    const page = await site.page('modules/amw-stress-op-het-werk-de-baas/', { clipboard: true });

    await page.getByRole('button', { name: 'Kopieer citaat' }).click();
    await page.waitForFunction(() => document.getElementById('kopieer-status')?.textContent);

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('Stress op het werk de baas (Algemeen maatschappelijk werk). In: Modulewijzer');
    expect(copied).toContain('/modules/amw-stress-op-het-werk-de-baas/');
  });

  test('the policy-document page finds the modules in the Versa Welzijn example, in the browser', async () => {
    const page = await site.page('koppelen/');

    await page.getByRole('button', { name: 'Voorbeeld laden' }).click();
    await page.waitForSelector('#koppel-resultaat .card');

    const titles = await page.locator('#koppel-resultaat h3').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([
      'Assertiviteitstraining (Algemeen maatschappelijk werk)',
      'Uitkomen met inkomen (Algemeen maatschappelijk werk)',
      'Stress op het werk de baas (Algemeen maatschappelijk werk)',
    ]));
    expect(page.errors).toEqual([]);
  });

  test('a short link and an alias lead to the module', async () => {
    const page = await site.page('m/werken-aan-werkstress/');
    await page.waitForURL(/\/modules\/amw-stress-op-het-werk-de-baas\/$/);

    expect(await page.locator('h1').textContent()).toBe('Stress op het werk de baas');
  });

  test('search, compare and copy run without console errors or CSP violations', async () => {
    for (const path of ['zoeken/?q=schulden', 'vergelijk/?a=amw-aanmelding&b=amw-intake', 'modules/amw-intake/']) {
      const page = await site.page(path);
      await page.waitForLoadState('networkidle');
      expect(page.errors, path).toEqual([]);
    }
  });
});
