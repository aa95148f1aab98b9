import { launchBrowser } from './tests/helpers/browser.ts';
import { serveStatic } from './tests/helpers/static-server.ts';
const server = await serveStatic(process.cwd() + '/dist');
const browser = await launchBrowser();
for (const [path, file] of process.argv.slice(2).map((a) => a.split('='))) {
  const page = await browser.newPage();
  await page.goto(server.url + path);
  await page.pdf({ path: file, format: 'A4', printBackground: true });
  await page.close();
}
await browser.close(); await server.close();
