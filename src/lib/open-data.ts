import type { Relation } from '../schema/relation.ts';
import { csvColumns, methodCsvColumns, methodRecordSchema, openDataRecordSchema, type MethodRecord, type OpenDataRecord } from '../schema/open-data.ts';
import type { MethodView } from './method-view.ts';
import type { ModuleView } from './module-view.ts';
import { href, shortLinkPath } from './paths.ts';
import { csvCell } from '../text/csv.ts';
import { citation } from './citation.ts';
import { moduleCitation } from './module-citation.ts';

export type { MethodRecord, OpenDataRecord };

/** A relation as published: `ownSource` is the document of the entry that states it (`pagina` is a page there). */
const relationRecord = (ownSource: string) => (relation: Relation) => ({
  id: relation.id,
  herkomst: relation.redactie === undefined ? ('bron' as const) : ('redactie' as const),
  document: relation.bron?.document ?? (relation.pagina !== undefined ? ownSource : null),
  pagina: relation.bron?.pagina ?? relation.pagina ?? null,
  reden: relation.redactie ?? null,
});

/** A relation in one CSV cell: the id, then where it comes from; the document only when it is not the entry's own source. */
const relationCell = (ownSource: string) => (r: OpenDataRecord['verwijzingen'][number]) =>
  `${r.id} (${r.herkomst === 'bron' ? `bron ${r.document === ownSource ? '' : `${r.document} `}p. ${r.pagina}` : 'redactie'})`;

/** One module as published in the open data; parsed through its schema so the export never drifts from it. */
/** The standard sections of a page as the open data lists them. */
function sectionRecords(sections: ReadonlyArray<{ heading: string; anchor: string; described: boolean }>, url: string) {
  return sections.map((section) => ({ kop: section.heading, anker: section.anchor, url: `${url}#${section.anchor}`, beschreven: section.described }));
}

/** The sections in one CSV cell: each anchor, marked when the source does not describe it. */
const sectionsCell = (sections: ReadonlyArray<{ anker: string; beschreven: boolean }>) =>
  sections.map((s) => `${s.anker}${s.beschreven ? '' : ' (niet beschreven)'}`).join(listSeparator);

/** CSV for Dutch spreadsheets, for modules and method pages alike: UTF-8 with byte-order mark, semicolons, CRLF. */
function csvDocument<C extends string>(columns: readonly C[], rows: Array<Record<C, string>>): string {
  const lines = rows.map((values) => columns.map((column) => csvCell(values[column])).join(';'));
  return `\uFEFF${[columns.join(';'), ...lines].join('\r\n')}\r\n`;
}

export function toOpenDataRecord(module: ModuleView, site: URL | string): OpenDataRecord {
  const { data } = module;
  const url = new URL(href(module.path), site).href;
  const cite = citation(moduleCitation(module, site));
  return openDataRecordSchema.parse({
    id: data.id,
    code: data.code,
    titel: data.titel,
    werksoort: { id: module.werksoort.id, naam: module.werksoort.naam },
    functiegroep: { id: module.functiegroep.id, naam: module.functiegroep.naam },
    functie: { id: module.functie.id, naam: module.functie.naam },
    type: data.type ?? null,
    bronrubriek: data.bronrubriek ?? null,
    samenvatting: data.samenvatting,
    bron: { document: data.bron.document, titel: module.bron.titel, pagina: data.bron.pagina },
    schakel: data.schakel.map(relationRecord(data.bron.document)),
    schakelZonderTegenhanger: data.schakelZonderTegenhanger ?? null,
    verwijzingen: data.verwijzingen.map(relationRecord(data.bron.document)),
    functieRedactie: data.functieRedactie ?? null,
    trefwoorden: data.trefwoorden,
    aliassen: data.aliassen,
    eerdereIds: data.eerdereIds,
    url,
    kortelink: new URL(href(shortLinkPath(data.code)), site).href,
    citaat: { tekst: cite.text, markdown: cite.markdown },
    secties: sectionRecords(module.sections, url),
  });
}

/** One method page as published in the open data; parsed through its schema so the export never drifts from it. */
export function toMethodRecord(method: MethodView, site: URL | string): MethodRecord {
  const { data } = method;
  const url = new URL(href(method.path), site).href;
  return methodRecordSchema.parse({
    id: data.id,
    code: data.code,
    titel: data.titel,
    soort: data.soort,
    lijn: data.lijn ?? [],
    samenvatting: data.samenvatting,
    bron: { document: data.bron.document, titel: method.bron.titel, jaar: method.bron.jaar ?? null, pagina: data.bron.pagina, sectie: data.bron.sectie ?? null, paginaNotitie: data.bron.paginaNotitie ?? null },
    ontwikkelaar: data.ontwikkelaar ?? null,
    modules: data.modules.map(relationRecord(data.bron.document)),
    trefwoorden: data.trefwoorden,
    url,
    kortelink: new URL(href(shortLinkPath(data.code)), site).href,
    secties: sectionRecords(method.sections, url),
  });
}

/** CSV of the method pages, in the same format as the modules CSV. */
export function methodsToCsv(records: MethodRecord[]): string {
  const rows = records.map((r) => {
    const values: Record<(typeof methodCsvColumns)[number], string> = {
      id: r.id,
      code: r.code,
      titel: r.titel,
      soort: r.soort,
      lijn: r.lijn.join(listSeparator),
      samenvatting: r.samenvatting,
      bron_document: r.bron.document,
      bron_titel: r.bron.titel,
      bron_jaar: r.bron.jaar === null ? '' : String(r.bron.jaar),
      bron_pagina: String(r.bron.pagina),
      bron_sectie: r.bron.sectie ?? '',
      ontwikkelaar: r.ontwikkelaar ?? '',
      modules: r.modules.map(relationCell(r.bron.document)).join(listSeparator),
      trefwoorden: r.trefwoorden.join(listSeparator),
      url: r.url,
      kortelink: r.kortelink,
      secties: sectionsCell(r.secties),
    };
    return values;
  });
  return csvDocument(methodCsvColumns, rows);
}

export const listSeparator = ' | ';

/** The modules as CSV, one row per module, lists joined with " | ". */
export function toCsv(records: OpenDataRecord[]): string {
  const rows = records.map((r) => {
    const values: Record<(typeof csvColumns)[number], string> = {
      id: r.id,
      code: r.code,
      titel: r.titel,
      werksoort: r.werksoort.id,
      functiegroep: r.functiegroep.id,
      functie: r.functie.id,
      type: r.type ?? '',
      bronrubriek: r.bronrubriek ?? '',
      samenvatting: r.samenvatting,
      bron_document: r.bron.document,
      bron_titel: r.bron.titel,
      bron_pagina: String(r.bron.pagina),
      schakel: r.schakel.map(relationCell(r.bron.document)).join(listSeparator),
      verwijzingen: r.verwijzingen.map(relationCell(r.bron.document)).join(listSeparator),
      trefwoorden: r.trefwoorden.join(listSeparator),
      aliassen: r.aliassen.join(listSeparator),
      eerdere_ids: r.eerdereIds.join(listSeparator),
      url: r.url,
      kortelink: r.kortelink,
      citaat: r.citaat.tekst,
      secties: sectionsCell(r.secties),
    };
    return values;
  });
  return csvDocument(csvColumns, rows);
}
