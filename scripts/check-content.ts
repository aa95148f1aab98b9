// Validates all content without building the site: `npm run check`.
// `--modules DIR` (repeatable) checks other folders, as the tests do with their fixtures.
import { parseArgs } from 'node:util';
import { loadContent } from '../src/schema/load-content.ts';
import { formatCount, formatReport } from '../src/schema/report.ts';

const { values } = parseArgs({ options: { modules: { type: 'string', multiple: true } } });
const { modules, problems } = loadContent({ modulesDir: values.modules });
if (problems.length) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Alle content is in orde: ${formatCount(modules.length, 'module', 'modules')} gecontroleerd.`);
