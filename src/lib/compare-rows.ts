// The one definition of a comparison: which rows it has, in which order, and when two cells differ. The pre-built
// compare pages (CompareTable.astro) and the pick-any-two view in the browser (src/client/compare-any.ts) both
// build their rows with compareRows(), from cells that moduleCompareCells() made on the server.
import { sections } from '../schema/sections.ts';
import type { ModuleView } from './module-view.ts';

export interface CompareRowDefinition {
  key: string;
  label: string;
  /** The section's permanent anchor, so /vergelijk/a--b/#doelgroep links to a row. */
  anchor?: string;
}

/** Every row a comparison can have, in order: what the module is, its standard sections, where it comes from. */
export const compareRowDefinitions: CompareRowDefinition[] = [
  { key: 'functie', label: 'Functie' },
  { key: 'samenvatting', label: 'Samenvatting' },
  ...sections.map((section) => ({ key: section.key, label: section.heading, anchor: section.anchor })),
  { key: 'bron', label: 'Bron' },
];

/** A module's cell per row key, as HTML; a section that does not belong to the module (type b only) has none. */
export type CompareCells = Partial<Record<string, string>>;

/**
 * Rows whose cells the module page does not show as they are in a comparison; it carries them in a small template.
 * The other cells (the summary and the sections) are marked where they stand with `data-cel`.
 */
export const templateRowKeys = ['functie', 'bron'] as const;

export const notDescribedHtml = '<p class="not-in-source">De bron beschrijft dit onderdeel niet.</p>';
export const notPartHtml = '<p class="not-in-source">Dit onderdeel hoort niet bij deze module.</p>';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A section's HTML as every page places it: the loader's rendering, or the note that the source is silent. */
export const sectionHtml = (section: Pick<ModuleView['sections'][number], 'described' | 'html'>) => (section.described ? section.html : notDescribedHtml);

/** The cells of one module. Sections are the HTML the content loader rendered, the same as on the module page. */
export function moduleCompareCells(module: ModuleView): CompareCells {
  const cells: CompareCells = {
    functie: escapeHtml(`${module.functiegroep.naam} › ${module.functie.naam}${module.data.bronrubriek ? ` (in de bron: ${module.data.bronrubriek})` : ''}${module.type ? ` · ${module.type.naam}` : ''}`),
    samenvatting: escapeHtml(module.data.samenvatting),
    bron: `<cite>${escapeHtml(module.bron.titel)}</cite>, p. ${module.data.bron.pagina}`,
  };
  for (const section of module.sections) cells[section.key] = sectionHtml(section);
  return cells;
}

export interface CompareRow extends CompareRowDefinition {
  a: string;
  b: string;
  /** True when the two cells say something different; "only differences" hides the others. */
  differs: boolean;
}

/** The rows for two modules: every row that at least one of them has, with both cells and whether they differ. */
export function compareRows(a: CompareCells, b: CompareCells): CompareRow[] {
  return compareRowDefinitions
    .filter((row) => a[row.key] !== undefined || b[row.key] !== undefined)
    .map((row) => {
      const left = a[row.key] ?? notPartHtml;
      const right = b[row.key] ?? notPartHtml;
      return { ...row, a: left, b: right, differs: left !== right };
    });
}
