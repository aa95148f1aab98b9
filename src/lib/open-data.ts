import type { Relation } from '../schema/relation.ts';
import { csvColumns, openDataRecordSchema, type OpenDataRecord } from '../schema/open-data.ts';
import type { ModuleView } from './module-view.ts';
import { href, shortLinkPath } from './paths.ts';
import { csvCell } from '../text/csv.ts';
import { citation } from './citation.ts';
import { moduleCitation } from './module-citation.ts';

export type { OpenDataRecord };

const relationRecord = (relation: Relation) => ({
  id: relation.id,
  herkomst: relation.pagina !== undefined ? ('bron' as const) : ('redactie' as const),
  pagina: relation.pagina ?? null,
  reden: relation.redactie ?? null,
});

/** A relation in one CSV cell: the id, then where it comes from. */
const relationCell = (r: OpenDataRecord['verwijzingen'][number]) => `${r.id} (${r.herkomst === 'bron' ? `bron p. ${r.pagina}` : 'redactie'})`;

/** One module as published in the open data; parsed through its schema so the export never drifts from it. */
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
    schakel: data.schakel.map(relationRecord),
    schakelZonderTegenhanger: data.schakelZonderTegenhanger ?? null,
    verwijzingen: data.verwijzingen.map(relationRecord),
    functieRedactie: data.functieRedactie ?? null,
    trefwoorden: data.trefwoorden,
    aliassen: data.aliassen,
    eerdereIds: data.eerdereIds,
    url,
    kortelink: new URL(href(shortLinkPath(data.code)), site).href,
    citaat: { tekst: cite.text, markdown: cite.markdown },
    secties: module.sections.map((section) => ({ kop: section.heading, anker: section.anchor, url: `${url}#${section.anchor}`, beschreven: section.described })),
  });
}

export const listSeparator = ' | ';

/** CSV for Dutch spreadsheets: UTF-8 with byte-order mark, semicolons, CRLF line ends. */
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
      schakel: r.schakel.map(relationCell).join(listSeparator),
      verwijzingen: r.verwijzingen.map(relationCell).join(listSeparator),
      trefwoorden: r.trefwoorden.join(listSeparator),
      aliassen: r.aliassen.join(listSeparator),
      eerdere_ids: r.eerdereIds.join(listSeparator),
      url: r.url,
      kortelink: r.kortelink,
      citaat: r.citaat.tekst,
      secties: r.secties.map((s) => `${s.anker}${s.beschreven ? '' : ' (niet beschreven)'}`).join(listSeparator),
    };
    return csvColumns.map((column) => csvCell(values[column])).join(';');
  });
  return `\uFEFF${[csvColumns.join(';'), ...rows].join('\r\n')}\r\n`;
}
