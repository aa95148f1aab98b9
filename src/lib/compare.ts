import { marked } from 'marked';
import type { ModuleView } from './module-view.ts';
import { notInSourceTag, sections } from '../schema/sections.ts';

export type ComparePair = { a: ModuleView; b: ModuleView; reason: 'schakel' | 'functie' };

/** Pair key as used in the URL: both ids, sorted, joined by `--`. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('--');
}

/**
 * The pairs that get a pre-built compare page: every schakel pair, and every two modules of the same
 * functie in different werksoorten. Other pairs are compared on /vergelijk/ with a small script.
 */
export function comparePairs(modules: ModuleView[]): ComparePair[] {
  const pairs = new Map<string, ComparePair>();
  for (const a of modules) {
    for (const b of modules) {
      if (a.data.id >= b.data.id || a.data.werksoort === b.data.werksoort) continue;
      const schakel = a.data.schakel.includes(b.data.id);
      if (!schakel && a.data.functie !== b.data.functie) continue;
      const [first, second] = a.data.werksoort <= b.data.werksoort ? [a, b] : [b, a];
      pairs.set(pairKey(a.data.id, b.data.id), { a: first, b: second, reason: schakel ? 'schakel' : 'functie' });
    }
  }
  return [...pairs.values()];
}

export const notDescribedHtml = '<p class="not-in-source">De bron beschrijft dit onderdeel niet.</p>';
export const notPartHtml = '<p class="not-in-source">Dit onderdeel hoort niet bij deze module.</p>';

/** One row per standard section that either module has, with each module's section as HTML. */
export function compareRows(a: ModuleView, b: ModuleView) {
  const cell = (module: ModuleView, key: string) => {
    const section = module.sections.find((s) => s.key === key);
    if (!section) return notPartHtml;
    if (!section.described) return notDescribedHtml;
    return marked.parse(section.markdown.replace(notInSourceTag, ''), { async: false }) as string;
  };
  return sections
    .filter((section) => a.sections.some((s) => s.key === section.key) || b.sections.some((s) => s.key === section.key))
    .map((section) => ({ key: section.key, heading: section.heading, anchor: section.anchor, a: cell(a, section.key), b: cell(b, section.key) }));
}
