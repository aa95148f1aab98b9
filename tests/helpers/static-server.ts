import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { immutableCacheControl, isImmutablePath } from '../../src/lib/security.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves a built site from `root` under `base` on loopback, as a static host would (index.html per folder, 404.html). */
export async function serveStatic(root: string, base = '/'): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!pathname.startsWith(base)) {
      response.writeHead(404).end('Buiten het basispad');
      return;
    }
    let file = normalize(join(root, pathname.slice(base.length)));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { Location: `${pathname}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) {
      const notFound = join(root, '404.html');
      response.writeHead(404, { 'Content-Type': types['.html'] });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('Niet gevonden');
      return;
    }
    // Hashed files may be cached as on a real host (dist/_headers), so a repeated search measures as it would there.
    const caching = isImmutablePath(pathname.slice(base.length)) ? { 'Cache-Control': immutableCacheControl } : {};
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...caching });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
