import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { buildMatcherIndex, matchDocument, type Mention } from '../../src/lib/match-document.ts';
import { matcherWords } from '../../src/lib/matcher-data.ts';
import { loadContent } from '../../src/schema/load-content.ts';

// The golden set of /koppelen/: policy-like texts with the mentions a careful reader would link (see
// tests/matcher-corpus/*.yaml). Counted per distinct mention (a name with its candidates, once per text) and per
// text–module pair. "twijfel" mentions are not counted: the page lists them apart, with no module chosen.
const corpus = join(process.cwd(), 'tests', 'matcher-corpus');
const { modules, thesaurus, taxonomy } = loadContent();
const index = buildMatcherIndex(modules.map((m) => m.data), matcherWords(taxonomy!, thesaurus));

interface Expected {
  tekst: string;
  modules: string[];
  optioneel?: boolean;
}

const compact = (text: string) => text.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
const sameText = (a: string, b: string) => compact(a).includes(compact(b)) || compact(b).includes(compact(a));
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

function score() {
  const totals = { mentions: { right: 0, reported: 0, found: 0, expected: 0 }, pairs: { tp: 0, reported: 0, expected: 0 }, doubt: 0 };
  const misses: string[] = [];
  for (const file of readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(corpus, file), 'utf8');
    const expected = (parse(readFileSync(join(corpus, file.replace(/\.txt$/, '.yaml')), 'utf8')).vermeldingen as Expected[]);
    const all = matchDocument(text, index, { includeDoubt: true });
    totals.doubt += all.filter((m) => m.certainty === 'twijfel').length;
    const linked = all.filter((m) => m.certainty !== 'twijfel');
    const matches = (m: Mention, e: Expected) => sameText(m.text, e.tekst) && sameSet(m.candidates, e.modules);
    // One mention per name and candidates: a name twice in a text is one thing to link.
    const distinct = linked.filter((m, i) => linked.findIndex((n) => compact(n.text) === compact(m.text) && sameSet(n.candidates, m.candidates)) === i);
    const counted = distinct.filter((m) => !expected.some((e) => e.optioneel && matches(m, e)));
    const required = expected.filter((e) => !e.optioneel);
    const found = required.filter((e) => counted.some((m) => matches(m, e)));
    const right = counted.filter((m) => required.some((e) => matches(m, e)));
    totals.mentions.right += right.length;
    totals.mentions.found += found.length;
    totals.mentions.reported += counted.length;
    totals.mentions.expected += required.length;
    for (const m of counted.filter((m) => !right.includes(m))) misses.push(`${file}: te veel "${m.text}" → ${m.candidates.join(', ')}`);
    for (const e of required.filter((e) => !found.includes(e))) misses.push(`${file}: gemist "${e.tekst}" → ${e.modules.join(', ')}`);

    const optional = new Set(expected.filter((e) => e.optioneel).flatMap((e) => e.modules));
    const reportedPairs = new Set(linked.flatMap((m) => m.candidates).filter((id) => !optional.has(id)));
    const expectedPairs = new Set(required.flatMap((e) => e.modules));
    totals.pairs.tp += [...reportedPairs].filter((id) => expectedPairs.has(id)).length;
    totals.pairs.reported += reportedPairs.size;
    totals.pairs.expected += expectedPairs.size;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(totals.mentions.right, totals.mentions.reported),
    recall: ratio(totals.mentions.found, totals.mentions.expected),
    pairPrecision: ratio(totals.pairs.tp, totals.pairs.reported),
    pairRecall: ratio(totals.pairs.tp, totals.pairs.expected),
    doubt: totals.doubt,
    misses,
  };
}

describe('matchDocument on the policy-text corpus', () => {
  test('finds the mentions a careful reader links with precision and recall of at least 0.95', () => {
    const result = score();

    console.log(
      `koppelen-corpus: precisie ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)} (per vermelding); ` +
        `precisie ${result.pairPrecision.toFixed(3)}, recall ${result.pairRecall.toFixed(3)} (per tekst en module); ${result.doubt} twijfelgevallen apart` +
        (result.misses.length ? `\n${result.misses.join('\n')}` : ''),
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.pairPrecision).toBeGreaterThanOrEqual(0.95);
    expect(result.pairRecall).toBeGreaterThanOrEqual(0.95);
  });
});
