import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/schema/load-content.ts';
import { formatReport } from '../../src/schema/report.ts';
import { requiredSections } from '../../src/schema/sections.ts';

const { modules, problems } = loadContent();
const count = (predicate: (m: (typeof modules)[number]) => boolean) => modules.filter(predicate).length;

describe('shipped content', () => {
  test('has no problems at all', () => {
    expect(formatReport(problems)).toBe('');
  });

  test('holds the 22 work-related AMW modules: 12 of type a, 6 of type b and 4 of type c, as the source lists', () => {
    expect(count((m) => m.data.werksoort === 'amw')).toBe(22);
    expect({ a: count((m) => m.data.type === 'a'), b: count((m) => m.data.type === 'b'), c: count((m) => m.data.type === 'c') }).toEqual({ a: 12, b: 6, c: 4 });
  });

  test('holds every module of the wijk book: 19 wijkmaatschappelijk werk and 20 individueel opbouwwerk', () => {
    expect(count((m) => m.data.werksoort === 'wmw')).toBe(19);
    expect(count((m) => m.data.werksoort === 'iow')).toBe(20);
  });

  test('gives type only to AMW modules', () => {
    expect(modules.filter((m) => m.data.type && m.data.werksoort !== 'amw').map((m) => m.data.id)).toEqual([]);
  });

  test('resolves every reference and every schakel counterpart both ways', () => {
    const ids = new Set(modules.map((m) => m.data.id));
    for (const module of modules) {
      for (const { id } of module.data.verwijzingen) expect(ids, `${module.data.id} → ${id}`).toContain(id);
      for (const { id } of module.data.schakel) {
        const counterpart = modules.find((m) => m.data.id === id);
        expect(counterpart?.data.schakel.map((r) => r.id), `${id} noemt ${module.data.id} terug`).toContain(module.data.id);
      }
    }
  });

  test('gives every module every required section, in order', () => {
    for (const module of modules) {
      expect(module.sections.map((s) => s.key), module.file).toEqual(requiredSections(module.data.type).map((s) => s.key));
    }
  });

  test('keeps every id unique', () => {
    expect(new Set(modules.map((m) => m.data.id)).size).toBe(modules.length);
  });
});
