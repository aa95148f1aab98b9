import { htmlToHast } from 'satteri';
import { describe, expect, test } from 'vitest';
import { readDist } from '../helpers/dist.ts';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string; position?: unknown };

/** Every element below `node` for which `match` holds, in document order. */
function select(node: Node, match: (n: Node) => boolean): Node[] {
  const found: Node[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'element' && match(child)) found.push(child);
    found.push(...select(child, match));
  }
  return found;
}
const hasClass = (n: Node, name: string) => ([] as unknown[]).concat(n.properties?.className ?? []).includes(name);
/** The children as a comparable value: no positions, whitespace-only text dropped. */
const content = (node: Node): unknown =>
  (node.children ?? [])
    .filter((c) => !(c.type === 'text' && !c.value!.trim()))
    .map((c) => (c.type === 'element' ? { tag: c.tagName, props: c.properties, children: content(c) } : { type: c.type, value: c.value }));

/** The section bodies of a module page, by section key. */
function moduleSections(id: string): Map<string, unknown> {
  const page = htmlToHast(readDist(`modules/${id}/index.html`)) as Node;
  return new Map(
    select(page, (n) => n.tagName === 'section' && n.properties?.dataSection !== undefined).map((section) => [
      String(section.properties!.dataSection),
      content(select(section, (n) => hasClass(n, 'section-body'))[0]),
    ]),
  );
}

describe('one renderer', () => {
  const pairs = [...readDist('sitemap.xml').matchAll(/\/vergelijk\/([a-z0-9-]+)--([a-z0-9-]+)\//g)].map((m) => [m[1], m[2]] as const);

  test('has pre-built comparisons to check', () => {
    expect(pairs.length).toBeGreaterThan(5);
  });

  test('every section renders to the same HTML on the module page and in every comparison', () => {
    let checked = 0;
    for (const [a, b] of pairs) {
      const page = htmlToHast(readDist(`vergelijk/${a}--${b}/index.html`)) as Node;
      const rows = select(page, (n) => n.tagName === 'tr' && n.properties?.dataRij !== undefined);
      // The left column is the werksoort listed first, not the first id in the address: read it from the header links.
      const idOf = (side: string) => /\/modules\/([^/]+)\//.exec(String(select(page, (n) => n.properties?.dataKopLink === side)[0].properties!.href))![1];
      expect([idOf('a'), idOf('b')].sort()).toEqual([a, b].sort());
      const sectionsOf = { a: moduleSections(idOf('a')), b: moduleSections(idOf('b')) };
      for (const row of rows) {
        const key = String(row.properties!.dataRij);
        for (const side of ['a', 'b'] as const) {
          const onModulePage = sectionsOf[side].get(key);
          if (onModulePage === undefined) continue;
          const cell = select(row, (n) => n.tagName === 'td' && n.properties?.dataKant === side)[0];
          expect(content(cell), `${a}--${b} ${key} ${side}`).toEqual(onModulePage);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(pairs.length * 10);
  });
});
