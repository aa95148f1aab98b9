import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/schema/load-content.ts';
import { requiredSections } from '../../src/schema/sections.ts';
import { distExists, readDist } from '../helpers/dist.ts';

const { modules, taxonomy } = loadContent();
const schakelPairs = [...new Set(modules.flatMap((m) => m.data.schakel.map(({ id: other }) => [m.data.id, other].sort().join('--'))))];

describe('wijk modules on the built site', () => {
  test('has a compare page for every schakel pair that shows both modules and every section row', () => {
    expect(schakelPairs.length).toBeGreaterThan(0);
    for (const pair of schakelPairs) {
      const [a, b] = pair.split('--');
      const path = `vergelijk/${pair}/index.html`;
      expect(distExists(path), path).toBe(true);
      const html = readDist(path);
      expect(html).toContain(`href="/modules/${a}/"`);
      expect(html).toContain(`href="/modules/${b}/"`);
      for (const section of requiredSections(undefined)) expect(html, `${pair} ${section.heading}`).toContain(`<span class="row-label">${section.heading}</span>`);
    }
  });

  test('shows on each schakelmodule page that it is one, with a link to its counterpart', () => {
    for (const module of modules.filter((m) => m.data.schakel.length)) {
      const html = readDist(`modules/${module.data.id}/index.html`);
      expect(html, module.data.id).toContain('id="schakel-kop"');
      for (const { id: other } of module.data.schakel) expect(html).toContain(`href="/modules/${other}/"`);
    }
  });

  test('has a matrix whose cell counts equal the content', () => {
    const html = readDist('matrix/index.html');
    const cells = [...html.matchAll(/<tr data-functie="([^"]+)">([\s\S]*?)<\/tr>/g)];
    const functies = taxonomy!.functiegroepen.flatMap((g) => g.functies);

    expect(cells.map((c) => c[1])).toEqual(functies.map((f) => f.id));
    for (const [, functie, row] of cells) {
      for (const werksoort of taxonomy!.werksoorten) {
        const count = new RegExp(`data-werksoort="${werksoort.id}" data-count="(\\d+)"`).exec(row)?.[1];
        const expected = modules.filter((m) => m.data.functie === functie && m.data.werksoort === werksoort.id).length;
        expect(Number(count), `${functie} × ${werksoort.id}`).toBe(expected);
      }
    }
  });

  test('puts the contextfuncties signalering and voorlichting in the matrix with modules of both wijk werksoorten', () => {
    const html = readDist('matrix/index.html');

    for (const functie of ['signalering', 'voorlichting']) {
      const row = new RegExp(`<tr data-functie="${functie}">([\\s\\S]*?)</tr>`).exec(html)![1];
      expect(row).toMatch(/data-werksoort="wmw" data-count="[1-9]/);
      expect(row).toMatch(/data-werksoort="iow" data-count="[1-9]/);
    }
  });

  test('lets search filter on schakelmodule yes or no, without a "Schakelmodule: nee" row on the page', () => {
    for (const module of modules) {
      const html = readDist(`modules/${module.data.id}/index.html`);
      const schakel = module.data.schakel.length > 0 || module.data.schakelZonderTegenhanger !== undefined;
      expect(html).toContain(`data-pagefind-filter="schakelmodule:${schakel ? 'ja' : 'nee'}"`);
      // The Kenmerken row "Schakelmodule" is there only for a schakelmodule.
      expect(/class="begrip-term" href="[^"]*#schakelmodule"/.test(html), module.data.id).toBe(schakel);
    }
  });

  test('leaves the type row out of modules without a type instead of saying "Geen"', () => {
    for (const module of modules) {
      const html = readDist(`modules/${module.data.id}/index.html`);
      expect(html.includes('class="begrip-term" href="/begrippen/#type"'), module.data.id).toBe(Boolean(module.data.type));
      expect(html).not.toMatch(/<dd[^>]*>\s*(Geen|nee)\b/);
    }
  });
});
