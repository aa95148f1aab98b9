import { launchBrowser } from './tests/helpers/browser.ts';
import { serveStatic } from './tests/helpers/static-server.ts';
const server = await serveStatic(process.cwd() + '/dist');
const browser = await launchBrowser();
for (const arg of process.argv.slice(2)) {
  const [path, w, file, full] = arg.split('|');
  const ctx = await browser.newContext({ viewport: { width: Number(w), height: Number(w) < 800 ? 844 : 900 } });
  const page = await ctx.newPage();
  await page.goto(server.url + path);
  await page.screenshot({ path: file, fullPage: full === 'full' });
  console.log(file, await page.evaluate(() => document.documentElement.scrollWidth));
  await ctx.close();
}
await browser.close(); await server.close();
