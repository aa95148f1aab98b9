import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../../src/lib/link-check.ts';
import { distDir } from '../helpers/dist.ts';

describe('link checker', () => {
  test('finds no broken internal link or anchor in the built site', () => {
    expect(findBrokenLinks(distDir)).toEqual([]);
  });

  test('catches a missing page, a missing anchor and a link outside the base path', () => {
    const dist = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'a', 'index.html'), '<h2 id="er">x</h2><a href="/sub/a/#er">ok</a><a href="/sub/b/">weg</a><a href="#niet">anker</a><a href="/elders/">buiten</a>');

    const broken = findBrokenLinks(dist, '/sub/');

    expect(broken.map((b) => b.href)).toEqual(['/sub/b/', '#niet', '/elders/']);
  });
});
