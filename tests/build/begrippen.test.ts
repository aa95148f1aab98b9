import { describe, expect, test } from 'vitest';
import { getBegrippen } from '../../src/schema/begrippen.ts';
import { getTaxonomy } from '../../src/schema/taxonomy.ts';
import { htmlFiles, readDist } from '../helpers/dist.ts';

const begrippen = getBegrippen();
const ids = new Set(begrippen.map((b) => b.id));
const decode = (text: string) => text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe('begrippen: the terms file explains every term the interface uses', () => {
  test('has an entry for each term a newcomer meets, and for every werksoort abbreviation', () => {
    const needed = ['werksoort', 'functiegroep', 'functie', 'type', 'schakelmodule', 'doelgroep', ...getTaxonomy().werksoorten.map((w) => w.id)];

    expect(needed.filter((id) => !ids.has(id))).toEqual([]);
  });

  test('has an entry for every term marked as a term on any page of the build', () => {
    const used = new Map<string, string>();
    for (const page of htmlFiles()) for (const match of readDist(page).matchAll(/class="begrip-term" href="[^"]*\/begrippen\/#([^"]+)"/g)) used.set(match[1], page);

    expect([...used].filter(([id]) => !ids.has(id)).map(([id, page]) => `${id} (op ${page})`)).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(9);
  });

  test('explains every term on the Begrippen page, each at its own anchor', () => {
    const html = readDist('begrippen/index.html');

    for (const begrip of begrippen) {
      expect(html).toContain(`id="${begrip.id}"`);
      expect(decode(html)).toContain(begrip.kort);
    }
  });

  test('gives the search filters the same one-line explanations, from the same file', () => {
    const html = decode(readDist('zoeken/index.html'));

    for (const id of ['functiegroep', 'functie', 'werksoort', 'type', 'schakelmodule', ...getTaxonomy().werksoorten.map((w) => w.id)]) {
      expect(html, id).toContain(begrippen.find((b) => b.id === id)!.kort);
    }
  });

  test('shows the explanation beside the term on a module page, as the description of its link', () => {
    const html = readDist('modules/amw-intake/index.html');
    const link = /<a class="begrip-term" href="[^"]*begrippen\/#werksoort" aria-describedby="([^"]+)"/.exec(html);

    expect(link).not.toBeNull();
    expect(decode(html)).toContain(`id="${link![1]}" role="tooltip" data-pagefind-ignore>${begrippen.find((b) => b.id === 'werksoort')!.kort}<`);
  });
});
