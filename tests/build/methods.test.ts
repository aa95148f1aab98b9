// The method pages in the built site: each page, the links between methods and modules both ways, short links,
// the overview with the named-only list, the group modules' link to the indications, and the open data.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import type { MethodRecord } from '../../src/lib/open-data.ts';
import { loadContent } from '../../src/schema/load-content.ts';
import { methodCsvColumns } from '../../src/schema/open-data.ts';
import { distExists, readDist } from '../helpers/dist.ts';

const { modules, methods, namedOnly } = loadContent();
const records = JSON.parse(readDist('data/methoden.json')) as MethodRecord[];
/** The part of a module page under "Methoden en instrumenten". */
const methodPanel = (html: string) => /<nav class="panel" aria-labelledby="methoden-kop">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
const methodLinks = (html: string) => [...methodPanel(html).matchAll(/href="\/methoden\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);

describe('method pages in the build', () => {
  test('builds one page per method, with its kind, source and year, sections and citation', () => {
    for (const method of methods) {
      const html = readDist(`methoden/${method.data.id}/index.html`);

      expect(html, method.data.id).toContain(`<h1>${method.data.titel}</h1>`);
      expect(html).toContain('data-pagefind-body');
      expect(html).toContain('data-pagefind-filter="soort"');
      for (const anchor of ['doelgroep', 'doel', 'werkwijze', 'ontwikkeld-door', 'effectiviteit']) expect(html).toContain(`id="${anchor}"`);
      expect(html).toContain('id="citaat-tekst"');
    }
    const handreiking = readDist('methoden/leefgebiedenmatrix/index.html');
    expect(handreiking).toContain('(2012), paragraaf 4.1, p. 25');
    expect(handreiking).toContain('http://localhost:4321/m/met06/');
  });

  test('shows every method on the page of each module it names, with provenance, and no method a page does not name', () => {
    for (const module of modules) {
      const expected = methods.filter((m) => m.data.modules.some((r) => r.id === module.data.id)).map((m) => m.data.id);

      expect(methodLinks(readDist(`modules/${module.data.id}/index.html`)).sort(), module.data.id).toEqual(expected.sort());
    }
    const panel = methodPanel(readDist('modules/wmw-inschakelen-sociale-netwerk/index.html'));
    expect(panel).toContain('Eigen Kracht-conferentie');
    expect(panel).toMatch(/volgens de bron \(<cite>Modulen voor individueel sociaal werk in de wijk, 2011<\/cite>\), p\. 35/);
    expect(methodPanel(readDist('modules/wmw-casemanagement/index.html'))).toContain('toegevoegd door de redactie:');
  });

  test('links every method page to the modules it names, and those pages back', () => {
    for (const method of methods) {
      const html = readDist(`methoden/${method.data.id}/index.html`);
      for (const { id } of method.data.modules) expect(html, `${method.data.id} → ${id}`).toContain(`href="/modules/${id}/"`);
    }
  });

  test('redirects the short link of every method to its page', () => {
    const redirects = readDist('_redirects');
    for (const method of methods) {
      expect(redirects).toContain(`/m/${method.data.code}/ /methoden/${method.data.id}/ 301`);
      expect(readDist(`m/${method.data.code}/index.html`)).toContain(`/methoden/${method.data.id}/`);
    }
  });

  test('lists methods per soort and lijn with counts, the named-only names as plain text, and the background pages', () => {
    const html = readDist('methoden/index.html');

    expect(html).toContain('<a href="#instrument">Instrumenten</a> (6)');
    expect(html).toContain('<a href="#lijn-eerste">Eerste lijn</a> (16)');
    expect(html).toContain('Nulde lijn (0)');
    expect(html).toContain('href="/over/integraal-wijkteam/"');
    expect(html).toContain('href="/over/indicaties-groepswerk/"');
    expect(html).toContain('Alleen genoemd in de bronnen');
    for (const entry of namedOnly) expect(html, entry.naam).toContain(entry.naam.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    expect(html).not.toMatch(/href="\/methoden\/motiverende/);
  });

  test('links every group module, and only those, to the indications for groepswerk', () => {
    for (const module of modules) {
      const html = readDist(`modules/${module.data.id}/index.html`);

      expect(html.includes('aria-labelledby="indicaties-kop"'), module.data.id).toBe(module.data.functie === 'groepswerk-training');
    }
    expect(modules.filter((m) => m.data.functie === 'groepswerk-training')).toHaveLength(7);
  });

  test('publishes methoden.json, methoden.csv and a JSON Schema that validates every record', () => {
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readDist('data/methode.schema.json')));

    expect(records.map((r) => r.id).sort()).toEqual(methods.map((m) => m.data.id).sort());
    expect(validate(records), JSON.stringify(validate.errors)).toBe(true);
    expect(validate([{ ...records[0], soort: 'aanpak' }])).toBe(false);
    expect(records.find((r) => r.id === 'eigen-kracht-conferentie')?.modules).toEqual([{ id: 'wmw-inschakelen-sociale-netwerk', herkomst: 'bron', document: 'wijk', pagina: 35, reden: null }]);
    expect(readDist('data/methoden.csv').split('\r\n')[0]).toBe(`\uFEFF${methodCsvColumns.join(';')}`);
    expect(readDist('open-data/index.html')).toContain('methode.schema.json');
  });

  test('puts the overview and every method page in the sitemap and in the A–Z register', () => {
    const sitemap = readDist('sitemap.xml');
    const register = readDist('trefwoorden/index.html');

    expect(sitemap).toContain('/methoden/</loc>');
    for (const method of methods) {
      expect(sitemap).toContain(`/methoden/${method.data.id}/</loc>`);
      expect(register, method.data.titel).toContain(`href="/methoden/${method.data.id}/"`);
    }
    expect(distExists('methoden/index.html')).toBe(true);
  });
});
