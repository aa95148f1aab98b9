import { z } from 'astro/zod';
import { closestMatch } from '../text/closest-match.ts';
import { relationSchema } from './relation.ts';
import { idSchema } from './taxonomy.ts';

/** A value as the editor typed it, for "gekregen …" in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (typeof value === 'string') return `"${value}"`;
  return JSON.stringify(value);
}

/** A required text field whose missing or wrong value gets an editor-friendly message. */
export function text(hint: string) {
  return z.string({
    error: (issue) =>
      issue.input === undefined ? `dit veld ontbreekt. ${hint}` : `verwacht een tekst; gekregen ${describeValue(issue.input)}.`,
  });
}

/** A value from a closed list (taxonomy or vocabulary), with a did-you-mean when one value is close. */
export function oneOf(values: readonly string[], hint: string) {
  const listed = values.map((value) => `"${value}"`).join(', ');
  return text(hint).superRefine((value, ctx) => {
    if (values.includes(value)) return;
    const suggestion = closestMatch(value, values);
    ctx.addIssue({
      code: 'custom',
      message: `verwacht een van ${listed}; gekregen "${value}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`,
    });
  });
}

/** The one-sentence summary shown in lists and search results, for modules and method pages alike. */
export function summary(hint: string) {
  return text(hint)
    .min(20, { error: 'is te kort; schrijf één volledige zin van minstens 20 tekens.' })
    .max(300, { error: 'is te lang; houd de samenvatting op één zin van hooguit 300 tekens.' });
}

/** A printed page number, e.g. `pagina: 12`. */
export function pageNumber(missing: string) {
  return z
    .number({ error: (issue) => (issue.input === undefined ? `dit veld ontbreekt. ${missing}` : `verwacht een paginanummer; gekregen ${describeValue(issue.input)}.`) })
    .int({ error: 'verwacht een heel getal.' })
    .positive({ error: 'verwacht een paginanummer groter dan 0.' });
}

export function idList(hint: string) {
  return z.array(idSchema, { error: `verwacht een lijst met module-id's, zoals [amw-intake]. ${hint}` }).default([]);
}

/**
 * A list of relations with provenance. With `bronnen` (the source ids of the taxonomy), a relation that names
 * another source (`bron: { document, pagina }`) must name a known one.
 */
export function relationList(hint: string, bronnen?: readonly string[]) {
  const relation = bronnen
    ? relationSchema.superRefine((value, ctx) => {
        if (!value.bron || bronnen.includes(value.bron.document)) return;
        const suggestion = closestMatch(value.bron.document, bronnen);
        ctx.addIssue({
          code: 'custom',
          path: ['bron', 'document'],
          message: `verwacht een van ${bronnen.map((b) => `"${b}"`).join(', ')}; gekregen "${value.bron.document}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ''}`,
        });
      })
    : relationSchema;
  return z.array(relation, { error: `verwacht een lijst met relaties, elk met \`- id:\` en \`pagina:\`, \`bron:\` of \`redactie:\`. ${hint}` }).default([]);
}
