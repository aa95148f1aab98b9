import { z } from 'astro/zod';
import { idList, oneOf, pageNumber, relationList, summary, text } from './fields.ts';
import { getTaxonomy, idSchema, type Taxonomy } from './taxonomy.ts';

/**
 * The kinds of method page. The division is the editors' (the sources use the words loosely):
 * an instrument measures or maps (leefgebiedenmatrix), a methodiek is a worked-out way of working,
 * a benadering is a view on the work, an overlegvorm is a way of meeting (zorgconferentie).
 */
export const methodSoorten = ['instrument', 'methodiek', 'benadering', 'overlegvorm'] as const;
export type MethodSoort = (typeof methodSoorten)[number];

/** Names of the kinds as the site shows them, singular and plural. */
export const methodSoortLabels: Record<MethodSoort, { naam: string; meervoud: string }> = {
  instrument: { naam: 'Instrument', meervoud: 'Instrumenten' },
  methodiek: { naam: 'Methodiek', meervoud: 'Methodieken' },
  benadering: { naam: 'Benadering', meervoud: 'Benaderingen' },
  overlegvorm: { naam: 'Overlegvorm', meervoud: 'Overlegvormen' },
};

/** The lines of care (nulde: the own network and volunteers; eerste: generalist; tweede: specialist). */
export const lijnen = ['nulde', 'eerste', 'tweede'] as const;
export type Lijn = (typeof lijnen)[number];
export const lijnLabels: Record<Lijn, string> = { nulde: 'Nulde lijn', eerste: 'Eerste lijn', tweede: 'Tweede lijn' };

/** What the named-only list (alleen-genoemd.yaml) calls the things it names. */
export const namedOnlySoorten = ['methode', 'programma', 'organisatie'] as const;

/** A method code: "met" and a number of at least two digits. The short link `/m/met06/` shares its space with module codes. */
export const methodCodePattern = /^met[0-9]{2,}$/;

/** Builds the method schema from a taxonomy (its source ids), so that fixtures can bring their own lists. */
export function createMethodSchema(taxonomy: Taxonomy) {
  const bronnen = taxonomy.bronnen.map((b) => b.id);

  return z.object({
    /** Permanent id: the page's URL is `/methoden/<id>/`; it never changes and is never reused. E.g. `leefgebiedenmatrix`. */
    id: idSchema,
    /**
     * Permanent short code for the short link `/m/<code>/`: `met` plus a number, e.g. `met06`. Unique across
     * modules and methods; `npm run new -- --soort methode` picks a free one.
     */
    code: text('Voeg `code:` toe, bijvoorbeeld `code: met25` (`npm run new -- --soort methode` kiest een vrije).').regex(methodCodePattern, {
      error: 'verwacht "met" gevolgd door een volgnummer van minstens twee cijfers, zoals "met06".',
    }),
    /** Name as the source gives it, e.g. "Leefgebiedenmatrix". */
    titel: text('Voeg `titel:` toe met de naam van de methode of het instrument.').min(1, { error: 'mag niet leeg zijn.' }),
    /** Kind of page: instrument, methodiek, benadering or overlegvorm (the editors' division). */
    soort: oneOf(methodSoorten, 'Voeg `soort:` toe, bijvoorbeeld `soort: instrument`.'),
    /**
     * The line(s) of care the source places it in, e.g. `[eerste]`. Leave it out when the source uses no lines
     * (the AMW report does not).
     */
    lijn: z.array(oneOf(lijnen, 'Kies nulde, eerste of tweede.'), { error: 'verwacht een lijst, zoals `[eerste]` of `[eerste, tweede]`.' }).min(1, { error: 'laat het veld weg als de bron geen lijn noemt.' }).optional(),
    /** One sentence, in our own words, on what it is and what it is for. Shown in lists and search results. */
    samenvatting: summary('Voeg `samenvatting:` toe met één zin over wat het is en waarvoor.'),
    /** Where it is described: a source id from `content/taxonomie/bronnen.yaml`, the printed page, and optionally the section. */
    bron: z.object(
      {
        document: oneOf(bronnen, 'Voeg onder `bron:` de regel `document:` toe met een bron-id.'),
        /** Printed page where the description starts (the section's first page when the source has no page marks). */
        pagina: pageNumber('Noem de bladzijde waar de beschrijving in de bron begint.'),
        /** The source's section number, e.g. "4.1". */
        sectie: z.string({ error: 'verwacht een paragraafnummer als tekst, zoals `sectie: "4.1"`.' }).min(1).optional(),
        /** How the page was determined when the source has no page marks, e.g. "beginpagina van paragraaf 4.1 volgens de inhoudsopgave". */
        paginaNotitie: z.string().min(10, { error: 'geef een uitleg van minstens één korte zin.' }).optional(),
      },
      { error: (issue) => (issue.input === undefined ? 'dit veld ontbreekt. Voeg `bron:` toe met `document:` en `pagina:`.' : 'verwacht `document:` en `pagina:` onder `bron:`.') },
    ),
    /** Who developed it, only when the source says so, e.g. "TNO en de gemeente Zoetermeer". */
    ontwikkelaar: z.string().min(2).optional(),
    /**
     * The modules that use it, each with its provenance: `bron: { document, pagina }` where a source names the
     * method in that module (or `pagina:` in this page's own source), or `redactie: "<reden>"` when the editors
     * add the link. Every module listed here shows this method under "Methoden en instrumenten".
     */
    modules: relationList('Schrijf `modules: []` als geen module de methode gebruikt.', bronnen),
    /** Search words that are not in the text: other names, abbreviations, e.g. [DMA, activeringspotentieel]. */
    trefwoorden: z.array(z.string().min(1), { error: 'verwacht een lijst met woorden, zoals [DMA, activering].' }).default([]),
  });
}

export type MethodSchema = ReturnType<typeof createMethodSchema>;
export type MethodData = z.infer<MethodSchema>;

let cached: MethodSchema | undefined;
/** The method schema for the shipped taxonomy. Astro, the scripts and the tests all use this one. */
export function getMethodSchema(): MethodSchema {
  cached ??= createMethodSchema(getTaxonomy());
  return cached;
}

/** The list of names the sources only mention (`content/methoden/alleen-genoemd.yaml`). Names may repeat, once per source. */
export function createNamedOnlySchema(taxonomy: Taxonomy) {
  const bronnen = taxonomy.bronnen.map((b) => b.id);
  return z.array(
    z.strictObject(
      {
        /** The name as the source writes it, with a short explanation in brackets when needed. */
        naam: text('Voeg `naam:` toe.').min(2, { error: 'is te kort; schrijf de naam zoals de bron hem noemt.' }),
        /** What it is: methode, programma or organisatie. */
        soort: oneOf(namedOnlySoorten, 'Voeg `soort:` toe: methode, programma of organisatie.'),
        /** The source that names it, and the page. */
        bron: z.strictObject(
          { document: oneOf(bronnen, 'Voeg `document:` toe met een bron-id.'), pagina: pageNumber('Noem de bladzijde waar de bron de naam noemt.') },
          { error: 'verwacht `bron: { document: <bron-id>, pagina: <bladzijde> }`.' },
        ),
        /** Modules on this site whose text names it. */
        modules: idList('Schrijf `modules: []` als geen module de naam noemt.'),
      },
      { error: (issue) => (issue.code === 'unrecognized_keys' ? `een regel kent alleen \`naam\`, \`soort\`, \`bron\` en \`modules\`; gekregen ${issue.keys.map((k) => `\`${k}\``).join(', ')}.` : 'verwacht `naam:`, `soort:`, `bron:` en `modules:`.') },
    ),
    { error: 'verwacht een lijst, elke regel beginnend met `- naam:`.' },
  );
}

export type NamedOnly = z.infer<ReturnType<typeof createNamedOnlySchema>>[number];
