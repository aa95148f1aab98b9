import { z } from 'astro/zod';
import { idSchema } from './taxonomy.ts';

/**
 * A relation to another module (a reference or a schakel counterpart) with where it comes from: the printed page
 * of the module's own source where the source states it, or the editors' one-line reason when the source does not.
 * Policy writers cite these pages; a reader must be able to tell the source from an editorial choice.
 */
export const relationSchema = z
  .strictObject(
    {
      id: idSchema,
      /** Printed page of the module's source (`bron.document`) where the source names this relation. */
      pagina: z.number({ error: 'verwacht een paginanummer, zoals `pagina: 12`.' }).int().positive().optional(),
      /** Why the editors add this relation when the source does not state it: one line, for the reader. */
      redactie: z.string().min(10, { error: 'geef een reden van minstens één korte zin.' }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `een relatie kent alleen \`id\`, \`pagina\` en \`redactie\`; gekregen ${issue.keys.map((key) => `\`${key}\``).join(', ')}.`
          : typeof issue.input === 'string'
            ? `geef bij "${issue.input}" ook de herkomst: schrijf \`- id: ${issue.input}\` met daaronder \`pagina: <bladzijde>\` als de bron de relatie noemt, of \`redactie: "<reden>"\` als de redactie haar toevoegt.`
            : 'verwacht `id:` met `pagina:` of `redactie:`.',
    },
  )
  .superRefine((relation, ctx) => {
    const has = [relation.pagina !== undefined, relation.redactie !== undefined].filter(Boolean).length;
    if (has === 1) return;
    ctx.addIssue({
      code: 'custom',
      message:
        has === 0
          ? `zeg waar de relatie met "${relation.id}" vandaan komt: \`pagina: <bladzijde>\` als de bron haar noemt, of \`redactie: "<reden>"\` als de redactie haar toevoegt.`
          : `kies voor "${relation.id}" één herkomst: \`pagina\` (de bron noemt het) of \`redactie\` (de redactie voegt het toe), niet allebei.`,
    });
  });

export type Relation = z.infer<typeof relationSchema>;

/** The ids of a list of relations. */
export const relationIds = (relations: readonly Relation[]): string[] => relations.map((relation) => relation.id);
