import { launchBrowser } from './tests/helpers/browser.ts';
import { serveStatic } from './tests/helpers/static-server.ts';
const server = await serveStatic(process.cwd() + '/dist');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: 320, height: 800 } });
const page = await ctx.newPage();
for (const path of process.argv.slice(2)) {
  await page.goto(server.url + path);
  console.log(path, await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > 320.5).map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${e.textContent.slice(0, 40)}`).slice(0, 6)));
}
await browser.close(); await server.close();
