import { describe, expect, test } from 'vitest';
import { parseBody } from '../../src/schema/body.ts';
import { sections } from '../../src/schema/sections.ts';

const standard = ['Doelgroep', 'Doelen', 'Duur en frequentie', 'Setting', 'Werkwijze en activiteiten', 'Aanvullende informatie', 'Randvoorwaarden'];
const bodyWith = (headings: string[], content = 'Tekst.') => headings.map((h) => `## ${h}\n\n${content}\n`).join('\n');

describe('parseBody', () => {
  test('finds the seven standard sections in order with their permanent anchors', () => {
    const { sections: found, problems } = parseBody(bodyWith(standard), 'a');

    expect(problems).toEqual([]);
    expect(found.map((s) => s.anchor)).toEqual(['doelgroep', 'doelen', 'duur-en-frequentie', 'setting', 'werkwijze-en-activiteiten', 'aanvullende-informatie', 'randvoorwaarden']);
  });

  test('marks a section holding only <NietInBron /> as not described', () => {
    const body = bodyWith(standard).replace('## Setting\n\nTekst.', '## Setting\n\n<NietInBron />');

    const setting = parseBody(body, undefined).sections.find((s) => s.key === 'setting');

    expect(setting?.described).toBe(false);
  });

  test('errors if a required section is missing and names it', () => {
    const { problems } = parseBody(bodyWith(standard.filter((h) => h !== 'Randvoorwaarden')), 'a');

    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('de verplichte kop "## Randvoorwaarden" ontbreekt');
  });

  test('requires the work-related section first in a type b module', () => {
    const { problems } = parseBody(bodyWith(standard), 'b');

    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('"## Inzet bij arbeidsrelevante problematiek" ontbreekt')]);
  });

  test('errors with the line of a heading that is out of order', () => {
    const body = bodyWith(['Doelgroep', 'Duur en frequentie', 'Doelen', 'Setting', 'Werkwijze en activiteiten', 'Aanvullende informatie', 'Randvoorwaarden']);

    const { problems } = parseBody(body, 'a');

    expect(problems[0]).toEqual({ line: 9, message: expect.stringContaining('kop "Doelen" staat niet op zijn plaats') });
  });

  test('errors on an empty section and on a deeper heading', () => {
    const body = bodyWith(standard).replace('## Doelen\n\nTekst.', '## Doelen\n').replace('## Setting\n\nTekst.', '## Setting\n\n### Waar\n\nTekst.');

    const messages = parseBody(body, 'a').problems.map((p) => p.message);

    expect(messages).toEqual([expect.stringContaining('kop "Waar" heeft niveau 3'), expect.stringContaining('de sectie "Doelen" is leeg')]);
  });

  test('names every standard section once in the vocabulary', () => {
    expect(new Set(sections.map((s) => s.anchor)).size).toBe(sections.length);
  });
});
