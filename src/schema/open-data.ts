import { z } from 'astro/zod';
import { lijnen, methodSoorten } from './method.ts';

const named = z.object({ id: z.string(), naam: z.string() });

/** A relation to a module with its provenance, as on the module page and the method page. */
const relation = z
  .object({
    id: z.string(),
    herkomst: z.enum(['bron', 'redactie']).describe('"bron": een bron noemt de relatie (zie document en pagina); "redactie": de redactie voegt haar toe (zie reden).'),
    document: z.string().nullable().describe('Id van de bron die de relatie noemt (zie bronnen op de pagina open data); null bij redactie.'),
    pagina: z.number().int().nullable().describe('Bladzijde van die bron waar de relatie staat; null bij redactie.'),
    reden: z.string().nullable().describe('Waarom de redactie de relatie toevoegt; null als de bron haar noemt.'),
  })
  .strict();

/**
 * One module in the open data (`/data/modules.json`, `/data/modules.csv`). The JSON Schema that outside
 * users validate against (`/data/module.schema.json`) is generated from this definition.
 */
export const openDataRecordSchema = z
  .object({
    id: z.string().describe('Permanent id; de URL van de module is hiervan afgeleid.'),
    code: z.string().describe('Permanente korte code voor de korte link /m/<code>/.'),
    titel: z.string(),
    werksoort: named.describe('De werksoort die de module aanbiedt.'),
    functiegroep: named.describe('Toegangs-, uitvoerings- of contextfuncties.'),
    functie: named,
    type: z.enum(['a', 'b', 'c']).nullable().describe('Type in de arbeidsrelevante AMW-set; null daarbuiten.'),
    bronrubriek: z.string().nullable().describe('De eigen groepsnaam van de bron, als die afwijkt.'),
    samenvatting: z.string(),
    bron: z.object({ document: z.string(), titel: z.string(), pagina: z.number().int() }),
    schakel: z.array(relation).describe('De tegenhanger(s) als dit een schakelmodule is, met herkomst.'),
    schakelZonderTegenhanger: z.number().int().nullable().describe('Bladzijde waar de bron de module als schakelmodule markeert zonder een tegenhanger te noemen; anders null.'),
    verwijzingen: z.array(relation).describe('Modules waarnaar deze module verwijst, met herkomst.'),
    functieRedactie: z.string().nullable().describe('Waarom de functie afwijkt van de rubriek van de bron; null als ze die volgt.'),
    trefwoorden: z.array(z.string()),
    aliassen: z.array(z.string()).describe('Andere namen die in de praktijk worden gebruikt.'),
    eerdereIds: z.array(z.string()).describe("Ids die de module eerder had; hun URL's verwijzen naar deze module door."),
    url: z.url().describe('Permanente URL van de modulepagina.'),
    kortelink: z.url().describe('Korte link die naar de module doorverwijst.'),
    citaat: z
      .object({ tekst: z.string(), markdown: z.string() })
      .describe('Het citaat zoals de modulepagina en /koppelen/ het geven, als tekst en als Markdown-link.'),
    secties: z.array(
      z.object({
        kop: z.string(),
        anker: z.string(),
        url: z.url(),
        beschreven: z.boolean().describe('false als de bron dit onderdeel niet beschrijft.'),
      }),
    ),
  })
  .strict();

export type OpenDataRecord = z.infer<typeof openDataRecordSchema>;

export function openDataJsonSchema() {
  return z.toJSONSchema(z.array(openDataRecordSchema), { target: 'draft-2020-12' });
}

/** Columns of the CSV, in order; lists are joined with " | ". */
export const csvColumns = [
  'id', 'code', 'titel', 'werksoort', 'functiegroep', 'functie', 'type', 'bronrubriek', 'samenvatting',
  'bron_document', 'bron_titel', 'bron_pagina', 'schakel', 'verwijzingen', 'trefwoorden', 'aliassen', 'eerdere_ids', 'url', 'kortelink', 'citaat', 'secties',
] as const;

/**
 * One method or instrument page in the open data (`/data/methoden.json`, `/data/methoden.csv`); the JSON Schema
 * `/data/methode.schema.json` is generated from this definition.
 */
export const methodRecordSchema = z
  .object({
    id: z.string().describe('Permanent id; de URL van de methodepagina is hiervan afgeleid.'),
    code: z.string().describe('Permanente korte code voor de korte link /m/<code>/.'),
    titel: z.string(),
    soort: z.enum(methodSoorten).describe('Instrument, methodiek, benadering of overlegvorm (indeling van de redactie).'),
    lijn: z.array(z.enum(lijnen)).describe('De lijn(en) waarin de bron het plaatst; leeg als de bron geen lijnen gebruikt.'),
    samenvatting: z.string(),
    bron: z.object({
      document: z.string(),
      titel: z.string(),
      jaar: z.number().int().nullable(),
      pagina: z.number().int(),
      sectie: z.string().nullable().describe('Paragraafnummer in de bron; null als de bron niet nummert.'),
      paginaNotitie: z.string().nullable().describe('Hoe de bladzijde is bepaald als de bron geen paginanummers heeft.'),
    }),
    ontwikkelaar: z.string().nullable().describe('Wie het ontwikkelde, alleen als de bron dat zegt; anders null.'),
    modules: z.array(relation).describe('Modules die de methode gebruiken, met herkomst.'),
    trefwoorden: z.array(z.string()),
    url: z.url().describe('Permanente URL van de methodepagina.'),
    kortelink: z.url().describe('Korte link die naar de methodepagina doorverwijst.'),
    secties: z.array(z.object({ kop: z.string(), anker: z.string(), url: z.url(), beschreven: z.boolean().describe('false als de bron dit onderdeel niet beschrijft.') })),
  })
  .strict();

export type MethodRecord = z.infer<typeof methodRecordSchema>;

export function methodJsonSchema() {
  return z.toJSONSchema(z.array(methodRecordSchema), { target: 'draft-2020-12' });
}

/** Columns of the methods CSV, in order; lists are joined with " | ". */
export const methodCsvColumns = [
  'id', 'code', 'titel', 'soort', 'lijn', 'samenvatting', 'bron_document', 'bron_titel', 'bron_jaar', 'bron_pagina', 'bron_sectie', 'ontwikkelaar', 'modules', 'trefwoorden', 'url', 'kortelink', 'secties',
] as const;
