import { describe, expect, test } from 'vitest';
import { buildRelatedIndex, relatedModules, type RelatableModule } from '../../src/lib/related-modules.ts';

const module = (id: string, werksoort: string, functie: string, extra: Partial<RelatableModule> = {}): RelatableModule => ({ id, werksoort, functie, schakel: [], verwijzingen: [], trefwoorden: [], ...extra });

const modules = [
  module('amw-budget', 'amw', 'begeleiding', { trefwoorden: ['schulden'], verwijzingen: ['amw-intake'] }),
  module('amw-intake', 'amw', 'intake'),
  module('wmw-geld', 'wmw', 'informatie-advies', { trefwoorden: ['schulden'] }),
  module('wmw-schuld', 'wmw', 'informatie-advies'),
  module('wmw-advies', 'wmw', 'informatie-advies'),
  module('iow-begeleiding', 'iow', 'begeleiding'),
  module('iow-dag', 'iow', 'begeleiding', { schakel: ['wmw-dag'] }),
  module('wmw-dag', 'wmw', 'begeleiding', { schakel: ['iow-dag'] }),
];
const thesaurus = [
  { term: 'schulden', modules: ['amw-budget', 'wmw-geld', 'wmw-schuld'] },
  { term: 'geldzaken', modules: ['amw-budget', 'wmw-schuld'] },
  { term: 'advies', modules: ['amw-budget', 'wmw-advies'] },
];
const index = buildRelatedIndex(modules, thesaurus);
const ids = (list: RelatableModule[]) => list.map((m) => m.id);

describe('relatedModules', () => {
  test('shows modules in another werksoort that share two themes, or a theme and a keyword, with the themes as reason', () => {
    const related = relatedModules(modules[0], index);

    expect(related.sameTheme.map((m) => [m.module.id, m.themes])).toEqual([
      ['wmw-schuld', ['schulden', 'geldzaken']],
      ['wmw-geld', ['schulden']],
    ]);
  });

  test('does not show a module that shares only one broad theme and nothing else', () => {
    expect(ids(relatedModules(modules[0], index).sameTheme.map((m) => m.module))).not.toContain('wmw-advies');
  });

  test('lists the same functie in other werksoorten, without the schakel partner and without modules already shown by theme', () => {
    const related = relatedModules(modules[7], index);

    expect(ids(related.schakel)).toEqual(['iow-dag']);
    expect(ids(related.sameFunctie)).toEqual(['amw-budget', 'iow-begeleiding']);
    expect(related.sameFunctieTotal).toBe(2);
  });

  test('lists the modules the source names, and the modules that name this one', () => {
    expect(ids(relatedModules(modules[0], index).references)).toEqual(['amw-intake']);
    expect(ids(relatedModules(modules[1], index).referredBy)).toEqual(['amw-budget']);
  });

  test('keeps the lists small and gives the same answer every time', () => {
    const first = relatedModules(modules[0], index, { themeLimit: 1 });

    expect(first.sameTheme).toHaveLength(1);
    expect(relatedModules(modules[0], index, { themeLimit: 1 })).toEqual(first);
  });
});
