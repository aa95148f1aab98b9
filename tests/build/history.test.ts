import { describe, expect, test } from 'vitest';
import { fileHistory } from '../../src/lib/history.ts';
import { loadContent } from '../../src/schema/load-content.ts';
import { readDist } from '../helpers/dist.ts';

const { modules } = loadContent();

describe('versions on the module page', () => {
  test('every module lists its versions, and its citation links to the version it names', () => {
    for (const module of modules) {
      const html = readDist(`modules/${module.data.id}/index.html`);
      const versions = fileHistory(module.file);
      if (!versions) {
        // A build from a tarball without .git: the page says so instead of failing.
        expect(html, module.data.id).toContain('geen wijzigingsgeschiedenis beschikbaar');
        continue;
      }
      for (const version of versions) expect(html, `${module.data.id} ${version.date}`).toContain(`id="versie-${version.date}"`);
      expect(html, module.data.id).toContain(`/modules/${module.data.id}/#versie-${versions[0].date})`);
    }
  });

  test('an older version says that the text changed since', () => {
    const changed = modules.map((m) => ({ m, versions: fileHistory(m.file) })).find(({ versions }) => (versions?.length ?? 0) > 1);
    if (!changed) return;
    const html = readDist(`modules/${changed.m.data.id}/index.html`);
    const older = html.slice(html.indexOf(`id="versie-${changed.versions![1].date}"`));
    expect(older).toMatch(/^[^]*?Deze versie is daarna gewijzigd/);
  });
});
