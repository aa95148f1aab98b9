import type { RenderedSection } from '../schema/body.ts';
import { lijnLabels, methodSoortLabels, methodSoorten, type Lijn, type MethodData } from '../schema/method.ts';
import type { Relation } from '../schema/relation.ts';
import type { MethodSectionKey } from '../schema/sections.ts';
import type { Bron, Taxonomy } from '../schema/taxonomy.ts';
import { methodPath } from './paths.ts';

/** A method or instrument page with its source resolved: what pages, search and open data need. */
export interface MethodView {
  data: MethodData;
  path: string;
  bron: Bron;
  /** "Instrument", "Methodiek", … */
  soortNaam: string;
  /** "Eerste lijn", …; empty when the source names no line. */
  lijnNamen: string[];
  /** The standard sections in order, each rendered once by the content loader. */
  sections: RenderedSection<MethodSectionKey>[];
  file?: string;
}

export function toMethodView(data: MethodData, sections: RenderedSection<MethodSectionKey>[], taxonomy: Taxonomy, file?: string): MethodView {
  const bron = taxonomy.bronnen.find((b) => b.id === data.bron.document);
  if (!bron) {
    // The schema has already checked the source id; reaching this line means the two disagree.
    throw new Error(`Methode ${data.id} verwijst naar een onbekende bron terwijl de schemacontrole slaagde. Dit kan niet gebeuren: meld het bij het Modulewijzer-team.`);
  }
  return {
    data,
    path: methodPath(data.id),
    bron,
    soortNaam: methodSoortLabels[data.soort as keyof typeof methodSoortLabels].naam,
    lijnNamen: (data.lijn ?? []).map((lijn) => lijnLabels[lijn as Lijn]),
    sections,
    file,
  };
}

/** Source order: by code (the editors number them in the order of their source), then title. */
export function sortMethods(methods: MethodView[]): MethodView[] {
  const number = (code: string) => Number(code.replace(/\D/g, ''));
  return [...methods].sort((a, b) => number(a.data.code) - number(b.data.code) || a.data.titel.localeCompare(b.data.titel, 'nl'));
}

/** Methods per soort, in the order of the vocabulary. */
export function methodsBySoort(methods: MethodView[]): Array<{ soort: (typeof methodSoorten)[number]; methods: MethodView[] }> {
  return methodSoorten.map((soort) => ({ soort, methods: methods.filter((m) => m.data.soort === soort) }));
}

/** A method linked to a module, with the provenance the method page gives the link. */
export interface MethodLink {
  method: MethodView;
  relation: Relation;
}

/** For every module id, the methods that list it under `modules` (the reverse of each method's list). */
export function methodsByModule(methods: MethodView[]): Map<string, MethodLink[]> {
  const result = new Map<string, MethodLink[]>();
  for (const method of methods) {
    for (const relation of method.data.modules) result.set(relation.id, [...(result.get(relation.id) ?? []), { method, relation }]);
  }
  return result;
}

/** The source's year as a reader sees it in a citation or meta line: " (2012)", or nothing when unknown. */
export const yearSuffix = (bron: Pick<Bron, 'jaar'>) => (bron.jaar ? ` (${bron.jaar})` : '');
