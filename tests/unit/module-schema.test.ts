import { describe, expect, test } from 'vitest';
import { createModuleSchema } from '../../src/schema/module.ts';
import { getTaxonomy } from '../../src/schema/taxonomy.ts';

const schema = createModuleSchema(getTaxonomy());
const valid = {
  id: 'amw-testmodule',
  code: 'amw99',
  titel: 'Testmodule',
  werksoort: 'amw',
  functie: 'begeleiding',
  type: 'b',
  samenvatting: 'Een testmodule die alle verplichte velden heeft.',
  bron: { document: 'amw-arbeid', pagina: 12 },
};
const messages = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('moduleSchema', () => {
  test('parses a minimal valid module and fills the lists with empty defaults', () => {
    const result = schema.parse(valid);

    expect(result).toMatchObject({ id: 'amw-testmodule', verwijzingen: [], schakel: [], trefwoorden: [], aliassen: [], eerdereIds: [] });
  });

  test('accepts a module without type, as the wijk modules have', () => {
    const { type: _type, ...withoutType } = valid;

    expect(messages({ ...withoutType, werksoort: 'wmw' })).toEqual([]);
  });

  test('errors if titel is missing and says what to add', () => {
    const { titel: _titel, ...input } = valid;

    expect(messages(input)).toMatchInlineSnapshot(`
      [
        "titel: dit veld ontbreekt. Voeg \`titel:\` toe met de naam van de module.",
      ]
    `);
  });

  test('suggests "amw" for "AMW"', () => {
    expect(messages({ ...valid, werksoort: 'AMW' })).toMatchInlineSnapshot(`
      [
        "werksoort: verwacht een van "amw", "wmw", "iow"; gekregen "AMW". Bedoelt u "amw"?",
      ]
    `);
  });

  test('suggests "begeleiding" for an unknown functie "begeleidng"', () => {
    expect(messages({ ...valid, functie: 'begeleidng' })[0]).toContain('gekregen "begeleidng". Bedoelt u "begeleiding"?');
  });

  test('errors on a type outside a, b and c', () => {
    expect(messages({ ...valid, type: 'd' })[0]).toContain('type: verwacht een van "a", "b", "c"; gekregen "d".');
  });

  test('errors if bron.pagina is text instead of a page number', () => {
    expect(messages({ ...valid, bron: { document: 'amw-arbeid', pagina: 'twaalf' } })).toEqual(['bron.pagina: verwacht een paginanummer; gekregen "twaalf".']);
  });

  test('errors if the id has capitals or spaces', () => {
    expect(messages({ ...valid, id: 'AMW Intake' })[0]).toContain('id: verwacht alleen kleine letters, cijfers en streepjes');
  });

  test('errors if the code does not end in a number of two digits', () => {
    expect(messages({ ...valid, code: 'amw-8' })[0]).toContain('code: verwacht een werksoort gevolgd door een volgnummer');
  });

  test('errors if the samenvatting is too short to be a sentence', () => {
    expect(messages({ ...valid, samenvatting: 'Kort.' })[0]).toContain('samenvatting: is te kort');
  });
});
