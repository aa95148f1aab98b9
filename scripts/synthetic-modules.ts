import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LoadedModule } from '../src/schema/load-content.ts';
import type { ThesaurusEntry } from '../src/schema/thesaurus.ts';

/** A small deterministic random generator, so that every benchmark run builds the same content. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * Writes `count` synthetic modules that are valid against the schema: each starts from a real module
 * (its sections, functie, type and source) and gets its own id, code, title and shuffled wording, so that
 * lengths and variety resemble the real content without copying one text thousands of times.
 */
export function generateSyntheticModules(templates: LoadedModule[], count: number, dir: string): void {
  const next = random(count);
  const vocabulary = [...new Set(templates.flatMap((t) => t.body.split(/[^A-Za-zÀ-ÿ-]+/).filter((w) => w.length > 4)))];
  const counters = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const werksoort = template.data.werksoort;
    const n = (counters.get(werksoort) ?? 0) + 1;
    counters.set(werksoort, n);
    const extra = Array.from({ length: 12 + Math.floor(next() * 30) }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
    const data = {
      id: `${template.data.id}-s${i}`,
      code: `${werksoort}${String(1000 + n)}`,
      titel: `${template.data.titel} ${i}`,
      werksoort,
      functie: template.data.functie,
      ...(template.data.type ? { type: template.data.type } : {}),
      samenvatting: template.data.samenvatting,
      bron: template.data.bron,
      trefwoorden: [...template.data.trefwoorden, vocabulary[Math.floor(next() * vocabulary.length)]],
    };
    const body = template.sections
      .map((s) => `## ${s.heading}\n\n${s.described ? `${s.markdown}\n\nVariant ${i}: ${extra.toLowerCase()}.` : s.markdown}\n`)
      .join('\n');
    mkdirSync(join(dir, werksoort), { recursive: true });
    writeFileSync(join(dir, werksoort, `${data.id}.mdx`), `---\n${stringify(data)}---\n\n${body}`);
  }
}

/**
 * The shipped thesaurus with its module ids replaced by synthetic ones made from the same templates (the first
 * three of each), so that a synthetic site has a thesaurus of the real size that passes the content check.
 */
export function syntheticThesaurus(templates: LoadedModule[], entries: ThesaurusEntry[], count: number): ThesaurusEntry[] {
  const byTemplate = new Map<string, string[]>();
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length];
    const ids = byTemplate.get(template.data.id) ?? [];
    if (ids.length < 3) byTemplate.set(template.data.id, [...ids, `${template.data.id}-s${i}`]);
  }
  return entries.map((entry) => ({ ...entry, modules: entry.modules.flatMap((id) => byTemplate.get(id) ?? []) })).filter((entry) => entry.modules.length || entry.functies.length);
}
