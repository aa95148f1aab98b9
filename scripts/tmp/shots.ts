import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveStatic } from '../../tests/helpers/static-server.ts';
const server = await serveStatic('dist');
const browser = await launchBrowser();
const pages = process.argv.slice(2);
for (const width of [390, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  for (const path of pages) {
    await page.goto(server.url + path);
    await page.waitForLoadState('networkidle');
    const name = path.replace(/[^a-z0-9]+/gi, '_') || 'home';
    await page.screenshot({ path: `/work/tmp/shots/${name}-${width}.png`, fullPage: false });
  }
  await page.close();
}
// A module printed to PDF.
const p = await browser.newPage();
await p.goto(server.url + 'modules/amw-intake/');
await p.pdf({ path: '/work/tmp/shots/amw-intake.pdf', format: 'A4' });
await browser.close();
await server.close();
