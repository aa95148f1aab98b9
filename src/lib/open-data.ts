import type { ModuleView } from './module-view.ts';
import { href } from './paths.ts';

/** One module as published in `/data/modules.json`. */
export function toOpenDataRecord(module: ModuleView, site: URL | string) {
  const { data } = module;
  const url = new URL(href(module.path), site).href;
  return {
    id: data.id,
    titel: data.titel,
    werksoort: { id: module.werksoort.id, naam: module.werksoort.naam },
    functiegroep: { id: module.functiegroep.id, naam: module.functiegroep.naam },
    functie: { id: module.functie.id, naam: module.functie.naam },
    type: data.type ?? null,
    bronrubriek: data.bronrubriek ?? null,
    samenvatting: data.samenvatting,
    bron: { document: data.bron.document, titel: module.bron.titel, pagina: data.bron.pagina },
    schakel: data.schakel,
    verwijzingen: data.verwijzingen,
    trefwoorden: data.trefwoorden,
    url,
    secties: module.sections.map((section) => ({
      kop: section.heading,
      anker: section.anchor,
      url: `${url}#${section.anchor}`,
      beschreven: section.described,
    })),
  };
}

export type OpenDataRecord = ReturnType<typeof toOpenDataRecord>;
