// Validates all content without building the site: `npm run check`.
// `--modules DIR` (repeatable) checks other folders, as the tests do with their fixtures.
import { parseArgs } from 'node:util';
import { loadBegrippen } from '../src/schema/begrippen.ts';
import { loadContent } from '../src/schema/load-content.ts';
import { errorsOnly, formatCount, formatReport } from '../src/schema/report.ts';

const { values } = parseArgs({ options: { modules: { type: 'string', multiple: true } } });
const content = loadContent({ modulesDir: values.modules });
const { modules } = content;
// Fixture folders (--modules) come without their own terms file; the shipped one is checked with the shipped content.
const problems = values.modules ? content.problems : [...content.problems, ...loadBegrippen().problems];
if (errorsOnly(problems).length) {
  console.error(formatReport(problems));
  process.exit(1);
}
if (problems.length) console.warn(`${formatReport(problems)}\n`);
console.log(`Geen fouten: ${formatCount(modules.length, 'module', 'modules')} gecontroleerd${problems.length ? `, met ${formatCount(problems.length, 'waarschuwing', 'waarschuwingen')}` : ''}.`);
