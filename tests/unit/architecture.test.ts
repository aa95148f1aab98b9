import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

// docs/architecture.md: dependencies point one way, from the bottom layer up. A folder may import from its own
// layer and the layers below, never above. Browser code (client) sits beside site: it may use pure lib code.
const layers: Record<string, number> = { text: 0, schema: 1, lib: 2, loaders: 3, integrations: 3, site: 3, import: 3, client: 3, components: 4, layouts: 4, pages: 5 };
const src = join(process.cwd(), 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|astro)$/.test(name) ? [path] : [];
  });
}
const layerOf = (file: string) => relative(src, file).split('/')[0];

/** The project files a file imports (`import … from './x.ts'`, `import './x.ts'`, `import('./x.ts')`). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => resolve(dirname(file), m[1]));
}

describe('architecture', () => {
  const all = files(src).filter((f) => layerOf(f) in layers);

  test('every folder under src/ has a layer', () => {
    const unknown = files(src).map(layerOf).filter((layer) => !(layer in layers) && !/\.(ts|astro)$/.test(layer) && layer !== 'styles');
    expect([...new Set(unknown)]).toEqual([]);
  });

  test('no import goes up a layer', () => {
    const upward = all.flatMap((file) =>
      imports(file)
        .filter((target) => target.startsWith(src) && layerOf(target) in layers && layers[layerOf(target)] > layers[layerOf(file)])
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(upward).toEqual([]);
  });

  test('browser code does not import the server-side layers', () => {
    const server = ['loaders', 'integrations', 'site', 'components', 'layouts', 'pages'];
    const wrong = all.filter((f) => layerOf(f) === 'client').flatMap((file) => imports(file).filter((t) => server.includes(layerOf(t))).map((t) => `${relative(src, file)} → ${relative(src, t)}`));
    expect(wrong).toEqual([]);
  });

  test('no import cycles between files', () => {
    const graph = new Map(all.map((file) => [file, imports(file).filter((t) => t.startsWith(src))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(src, f)).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
