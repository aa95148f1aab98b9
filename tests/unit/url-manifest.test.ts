import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { brokenPublishedUrls, publicPaths } from '../../src/lib/url-manifest.ts';

function fakeDist(paths: string[]) {
  const dist = mkdtempSync(join(tmpdir(), 'dist-'));
  for (const path of paths) {
    const file = path.endsWith('/') || path === '' ? join(dist, path, 'index.html') : join(dist, path);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '<html></html>');
  }
  return dist;
}

describe('brokenPublishedUrls', () => {
  test('finds nothing when every published URL still resolves', () => {
    const dist = fakeDist(['', 'modules/amw-intake/', 'm/amw02/', 'data/modules.json']);

    expect(brokenPublishedUrls(dist, ['/', '/modules/amw-intake/', '/m/amw02/', '/data/modules.json'])).toEqual([]);
  });

  test('catches a page that was removed from the build', () => {
    const dist = fakeDist(['', 'modules/amw-intake/']);

    expect(brokenPublishedUrls(dist, ['/modules/amw-intake/', '/modules/amw-oude-module/'])).toEqual(['/modules/amw-oude-module/']);
  });

  test('lists pages and open data files as public paths, but not the search index', () => {
    const dist = fakeDist(['', 'modules/amw-intake/', 'data/modules.csv', 'pagefind/pagefind.js']);

    expect(publicPaths(dist).sort()).toEqual(['/', '/data/modules.csv', '/modules/amw-intake/']);
  });
});
