import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { distDir } from './dist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

/** One browser and one server on the built site for a test file, closed afterwards. */
export function useSite(options: { root?: string; base?: string } = {}) {
  const context = { url: '', browser: undefined as unknown as Browser };
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(options.root ?? distDir, options.base ?? '/');
    context.url = server.url;
    context.browser = await launchBrowser();
  });
  afterAll(async () => {
    await context.browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return context.url;
    },
    /** The shared browser, for tests that need their own context (another viewport, print to PDF). */
    get browser() {
      return context.browser;
    },
    /** Opens a page; `errors` collects console errors and CSP violations the page reports. */
    async page(path = '', init: { javaScriptEnabled?: boolean; clipboard?: boolean; bypassCSP?: boolean } = {}): Promise<Page & { errors: string[] }> {
      const browserContext = await context.browser.newContext({ javaScriptEnabled: init.javaScriptEnabled ?? true, bypassCSP: init.bypassCSP ?? false, viewport: { width: 1280, height: 900 } });
      if (init.clipboard) await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(context.url).origin });
      const page = Object.assign(await browserContext.newPage(), { errors: [] as string[] });
      page.on('console', (message) => message.type() === 'error' && page.errors.push(message.text()));
      page.on('pageerror', (error) => page.errors.push(error.message));
      await page.goto(new URL(path, context.url).href);
      return page;
    },
  };
}
