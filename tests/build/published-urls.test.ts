import { describe, expect, test } from 'vitest';
import { brokenPublishedUrls, publicPaths, readManifest } from '../../src/lib/url-manifest.ts';
import { distDir } from '../helpers/dist.ts';

describe('published URLs', () => {
  test('every URL in the committed manifest still resolves to a page or a redirect', () => {
    const manifest = readManifest();

    expect(manifest.length).toBeGreaterThan(100);
    expect(brokenPublishedUrls(distDir, manifest)).toEqual([]);
  });

  test('every public URL of this build is in the manifest (run `npm run urls` after adding pages)', () => {
    const manifest = new Set(readManifest());

    expect(publicPaths(distDir).filter((path) => !manifest.has(path))).toEqual([]);
  });
});
