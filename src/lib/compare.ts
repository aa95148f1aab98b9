import type { ModuleView } from './module-view.ts';
import { slugify } from '../text/slugs.ts';

export type ComparePair = { a: ModuleView; b: ModuleView; reason: 'schakel' | 'functie' };

/** Pair key as used in the URL: both ids, sorted, joined by `--`. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join('--');
}

const titleKey = (m: ModuleView) => slugify(m.data.titel);

/**
 * The pairs that get a pre-built compare page (they work without JavaScript): every schakel pair, and modules
 * with the same functie and the same title in different werksoorten, such as Aanmelding in AMW and WMW.
 * Every other pair is compared on /vergelijk/ with a small script. All same-functie pairs would grow with the
 * square of the number of modules; these grow with the number of modules.
 */
export function comparePairs(modules: ModuleView[], werksoortOrder: string[] = []): ComparePair[] {
  const byId = new Map(modules.map((m) => [m.data.id, m]));
  const pairs = new Map<string, ComparePair>();
  // Left column: the werksoort listed first in the taxonomy (AMW, then WMW, then IOW).
  const rank = (m: ModuleView) => (werksoortOrder.includes(m.data.werksoort) ? werksoortOrder.indexOf(m.data.werksoort) : werksoortOrder.length);
  const add = (a: ModuleView, b: ModuleView, reason: ComparePair['reason']) => {
    const key = pairKey(a.data.id, b.data.id);
    if (pairs.has(key) || a.data.werksoort === b.data.werksoort) return;
    const [first, second] = rank(a) <= rank(b) ? [a, b] : [b, a];
    pairs.set(key, { a: first, b: second, reason });
  };
  for (const module of modules) {
    for (const { id } of module.data.schakel) {
      const other = byId.get(id);
      if (other) add(module, other, 'schakel');
    }
  }
  const groups = new Map<string, ModuleView[]>();
  for (const module of modules) {
    const key = `${module.data.functie}|${titleKey(module)}`;
    groups.set(key, [...(groups.get(key) ?? []), module]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) add(group[i], group[j], 'functie');
  }
  return [...pairs.values()];
}
