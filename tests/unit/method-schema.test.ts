import { describe, expect, test } from 'vitest';
import { createMethodSchema, createNamedOnlySchema } from '../../src/schema/method.ts';
import { getTaxonomy } from '../../src/schema/taxonomy.ts';

const schema = createMethodSchema(getTaxonomy());
const valid = {
  id: 'testmatrix',
  code: 'met99',
  titel: 'Testmatrix',
  soort: 'instrument',
  samenvatting: 'Een testinstrument dat de situatie van een klant in kaart brengt.',
  bron: { document: 'integraal-wijkteam', pagina: 25, sectie: '4.1' },
};
const messages = (input: unknown, parse: { safeParse: (input: unknown) => { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } } } = schema) => {
  const result = parse.safeParse(input);
  return result.success ? [] : result.error!.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
};

describe('methodSchema', () => {
  test('parses a minimal valid method page without lijn, and fills the lists with empty defaults', () => {
    const result = schema.parse(valid);

    expect(result).toMatchObject({ id: 'testmatrix', modules: [], trefwoorden: [] });
    expect(result.lijn).toBeUndefined();
  });

  test('accepts a link stated by the page\'s own source, by another source, or added by the editors', () => {
    const modules = [
      { id: 'amw-intake', pagina: 9 },
      { id: 'wmw-inschakelen-sociale-netwerk', bron: { document: 'wijk', pagina: 35 } },
      { id: 'amw-vraagverheldering', redactie: 'Ook deze module ordent problemen op verschillende gebieden.' },
    ];

    expect(messages({ ...valid, modules })).toEqual([]);
  });

  test('errors on an unknown soort and lijn, with a suggestion', () => {
    expect(messages({ ...valid, soort: 'instrumnt', lijn: ['eerst'] })).toMatchInlineSnapshot(`
      [
        "soort: verwacht een van "instrument", "methodiek", "benadering", "overlegvorm"; gekregen "instrumnt". Bedoelt u "instrument"?",
        "lijn.0: verwacht een van "nulde", "eerste", "tweede"; gekregen "eerst". Bedoelt u "eerste"?",
      ]
    `);
  });

  test('errors on a code that is not "met" and a number, since module codes share /m/<code>/', () => {
    expect(messages({ ...valid, code: 'amw99' })).toMatchInlineSnapshot(`
      [
        "code: verwacht "met" gevolgd door een volgnummer van minstens twee cijfers, zoals "met06".",
      ]
    `);
  });

  test('errors on a link whose other source is unknown, and on a link without provenance', () => {
    const modules = [{ id: 'amw-intake', bron: { document: 'wjk', pagina: 35 } }, 'amw-intake'];

    expect(messages({ ...valid, modules })).toMatchInlineSnapshot(`
      [
        "modules.0.bron.document: verwacht een van "amw-arbeid", "wijk", "integraal-wijkteam", "groepswerk-beleidsplan"; gekregen "wjk". Bedoelt u "wijk"?",
        "modules.1: geef bij "amw-intake" ook de herkomst: schrijf \`- id: amw-intake\` met daaronder \`pagina: <bladzijde>\` als de bron de relatie noemt, of \`redactie: "<reden>"\` als de redactie haar toevoegt.",
      ]
    `);
  });
});

describe('namedOnlySchema', () => {
  const named = createNamedOnlySchema(getTaxonomy());

  test('accepts the same name once per source', () => {
    const list = [
      { naam: 'Motiverende gespreksvoering', soort: 'methode', bron: { document: 'amw-arbeid', pagina: 20 }, modules: [] },
      { naam: 'Motiverende gespreksvoering', soort: 'methode', bron: { document: 'integraal-wijkteam', pagina: 22 }, modules: ['amw-intake'] },
    ];

    expect(messages(list, named)).toEqual([]);
  });

  test('errors on an unknown field and an unknown soort', () => {
    expect(messages([{ naam: 'RET', soort: 'techniek', bron: { document: 'amw-arbeid', pagina: 27 }, modules: [], pagina: 3 }], named)).toMatchInlineSnapshot(`
      [
        "0.soort: verwacht een van "methode", "programma", "organisatie"; gekregen "techniek".",
        "0: een regel kent alleen \`naam\`, \`soort\`, \`bron\` en \`modules\`; gekregen \`pagina\`.",
      ]
    `);
  });
});
