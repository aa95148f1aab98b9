import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { loadContent } from '../../src/schema/load-content.ts';
import { methodSections } from '../../src/schema/sections.ts';

const { modules, methods, namedOnly, problems } = loadContent();
const methodFiles = readdirSync('content/methoden').filter((name) => name.endsWith('.mdx'));

/**
 * The approaches, instruments and methods of the 2012 handreiking (source `integraal-wijkteam`, seed 004), per
 * section, as we counted them in the source text itself (not read from the content). Each must have a page.
 * 3.3 "Visie of benadering", 4.1 "Intake en diagnose", 4.2.1 "Methodieken en instrumenten gericht op
 * multiproblematiek en arbeidstoeleiding" (its "meer algemene methodieken"; the werkzame bestanddelen are no
 * method), 5.1 "Bewezen multiprobleemaanpakken tweede lijn" (MPG and "Achter de voordeur" are one approach, with
 * the principles of "één gezin, één plan").
 */
const handreiking: Record<string, string[]> = {
  '3.3': ['systeembenadering', 'holistische-benadering', 'presentiebenadering', 'individuele-vraaggerichte-benadering', 'gedragbenadering'],
  '4.1': ['leefgebiedenmatrix', 'diagnose-methode-activeringspotentieel', 'competentiescan', 'competentie-test-centrum', 'methodisch-re-integreren', 'integrale-nulmeting-en-effectmeting'],
  '4.2.1': ['eigen-kracht-conferentie', 'groepsempowerment', 'activeringscentrum', 'sociale-activering', 'integrale-trajectbegeleiding'],
  '5.1': ['vroegtijdige-interventie-gezinnen', 'multiprobleemgezinnen-aanpak', 'zorgconferentie', 'wrap-around-care', 'snelkookpansessies'],
};

/** The three elements of groepswerk the AMW report (001, p. 26) describes, each with a page. */
const amwGroepswerk = ['lotgenotencontact', 'psycho-educatie', 'gedragsmodificatie'];

/**
 * Method names that module texts use, collected by hand from content/modules (each as it is written there). Each
 * must have a method page (title or trefwoord) or a line in alleen-genoemd.yaml. A new name in a module text
 * belongs here too.
 */
const methodNamesInModules = [
  'Eigen Kracht-conferentie', 'netwerkberaad', 'Signs of Safety', 'psycho-educatie', 'gedragsmodificatie', 'motiverende gesprekstechnieken',
  'taakgericht', 'systeemgericht', 'oplossingsgericht', 'krachtgericht', 'psychodynamisch', 'eclectisch', 'KOT', 'EPT', 'RET',
  'lichaamsgericht', 'ontspanningsoefeningen', 'Goldsteintraining',
];

const fold = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[-\u2010]/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as whole words, ignoring case and hyphens; an abbreviation in capitals ("RET") only in capitals. */
const finder = (name: string) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])${fold(name).trim().split(/\s+/).map(escape).join('\\s+')}(?:$|[^\\p{L}\\p{N}])`, /^[A-Z]{2,}$/.test(name) ? 'u' : 'iu');
/** The name of a line of alleen-genoemd.yaml without its explanation in brackets (which may name an owner, "Fit4Work (UWV)"). */
const nameOf = (naam: string) => naam.replace(/\s*\(.*\)\s*$/, '').trim();
const moduleTexts = modules.map((m) => ({ id: m.data.id, text: fold([m.data.titel, m.data.samenvatting, m.body].join('\n')) }));
const mentioning = (name: string) => moduleTexts.filter((m) => finder(name).test(m.text)).map((m) => m.id);

describe('method pages', () => {
  test('every method page in content/methoden is valid and has every method section, in order', () => {
    expect(problems.filter((p) => p.file.startsWith('content/methoden'))).toEqual([]);
    expect(methods.map((m) => m.file.replace('content/methoden/', '')).sort()).toEqual(methodFiles.sort());
    for (const method of methods) expect(method.sections.map((s) => s.key), method.file).toEqual(methodSections.map((s) => s.key));
  });

  test('holds 24 pages: 5 benaderingen, 6 instrumenten, 10 methodieken and 3 overlegvormen', () => {
    const count = (soort: string) => methods.filter((m) => m.data.soort === soort).length;

    expect({ benadering: count('benadering'), instrument: count('instrument'), methodiek: count('methodiek'), overlegvorm: count('overlegvorm') }).toEqual({ benadering: 5, instrument: 6, methodiek: 10, overlegvorm: 3 });
  });

  test.each(Object.entries(handreiking))('gives each approach, instrument and method of section %s of the handreiking a page', (sectie, expected) => {
    const pages = methods.filter((m) => m.data.bron.document === 'integraal-wijkteam' && m.data.bron.sectie === sectie).map((m) => m.data.id);

    expect(pages.sort()).toEqual([...expected].sort());
  });

  test('gives the three elements of groepswerk in the AMW report a page, and takes no other page from the handreiking', () => {
    expect(methods.filter((m) => m.data.bron.document === 'amw-arbeid').map((m) => m.data.id).sort()).toEqual([...amwGroepswerk].sort());
    expect(methods.filter((m) => m.data.bron.document === 'integraal-wijkteam')).toHaveLength(Object.values(handreiking).flat().length);
  });

  test('keeps codes unique across modules and methods, so every short link /m/<code>/ has one target', () => {
    const codes = [...modules.map((m) => m.data.code), ...methods.map((m) => m.data.code)];

    expect(new Set(codes).size).toBe(codes.length);
  });

  test('links every method to modules that exist, and every link has its provenance', () => {
    const ids = new Set(modules.map((m) => m.data.id));
    for (const method of methods) {
      for (const relation of method.data.modules) {
        expect(ids, `${method.data.id} → ${relation.id}`).toContain(relation.id);
        expect([relation.pagina, relation.bron, relation.redactie].filter((x) => x !== undefined), `${method.data.id} → ${relation.id}`).toHaveLength(1);
      }
    }
  });
});

describe('methods named in module texts', () => {
  // The rule: a module's text names a method when it contains the method page's title, or a name from
  // alleen-genoemd.yaml (without the explanation in brackets), as whole words. Every such module must be listed:
  // under `modules` of the method page, or of the line in alleen-genoemd.yaml. A name may be listed for more
  // modules than this finds (a module can use another spelling, "motiverende gesprekstechnieken"), never for fewer.
  // Other spellings and names that are no title are caught by the hand-made list `methodNamesInModules`.
  test('a module that names a method page by its title is linked from that page', () => {
    for (const method of methods) {
      const linked = method.data.modules.map((r) => r.id);

      expect(mentioning(method.data.titel).filter((id) => !linked.includes(id)), method.data.titel).toEqual([]);
    }
  });

  test('a module that names a method without a page is listed with that name in alleen-genoemd.yaml', () => {
    for (const entry of namedOnly) {
      const unlisted = mentioning(nameOf(entry.naam)).filter((id) => !entry.modules.includes(id));

      expect(unlisted, entry.naam).toEqual([]);
    }
  });

  test('every method name found by hand in the module texts has a page or is listed as named-only', () => {
    const covered = [...methods.flatMap((m) => [m.data.titel, ...m.data.trefwoorden]), ...namedOnly.map((n) => n.naam)];
    const missing = methodNamesInModules.filter((name) => !covered.some((c) => finder(name).test(fold(c))));
    const unused = methodNamesInModules.filter((name) => mentioning(name).length === 0);

    expect(missing).toEqual([]);
    expect(unused, 'names that no module text uses any more').toEqual([]);
  });
});
