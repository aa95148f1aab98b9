import { describe, expect, test } from 'vitest';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
// Every HTML page of the build except redirect pages (short links, old ids), which show nothing but a link.
const pages = htmlFiles()
  .filter((file) => !readDist(file).includes('http-equiv="refresh"'))
  .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
/** The first screen of a common phone (390 × 844) less the browser's own bars. */
const firstScreen = 700;

interface Measure { path: string; width: number; titleTop?: number; leadTop?: number }

/** Opens every page at one width and measures how wide the document is and where a module's title and summary start. */
async function measure(width: number): Promise<Measure[]> {
  const context = await site.browser.newContext({ viewport: { width, height: 844 } });
  const page = await context.newPage();
  const found: Measure[] = [];
  for (const path of pages) {
    await page.goto(new URL(path, site.url).href);
    found.push({
      path,
      ...(await page.evaluate(() => {
        const top = (selector: string) => {
          const element = document.querySelector(selector);
          return element ? Math.round(element.getBoundingClientRect().top + window.scrollY) : undefined;
        };
        return { width: document.documentElement.scrollWidth, titleTop: top('.module-body h1'), leadTop: top('.module-body .lead') };
      })),
    });
  }
  await context.close();
  return found;
}

describe('small screens', () => {
  for (const width of [320, 390]) {
    test(`no page is wider than a ${width} px screen`, async () => {
      const measured = await measure(width);

      const tooWide = measured.filter((m) => m.width > width).map((m) => `${m.path || '/'}: ${m.width} px`);
      console.log(`${width} px: ${measured.length - tooWide.length} of ${measured.length} pages fit`);
      expect(tooWide).toEqual([]);
      if (width !== 390) return;
      const modules = measured.filter((m) => m.path.startsWith('modules/') && m.titleTop !== undefined);
      const late = modules.filter((m) => m.titleTop! > firstScreen || m.leadTop! > firstScreen).map((m) => `${m.path}: titel op ${m.titleTop} px, samenvatting op ${m.leadTop} px`);
      console.log(`390 px: title and summary on the first screen on ${modules.length - late.length} of ${modules.length} module pages`);
      expect(modules.length).toBeGreaterThan(0);
      expect(late).toEqual([]);
    });
  }
});
