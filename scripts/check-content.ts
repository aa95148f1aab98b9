// Validates all content without building the site: `npm run check`.
import { loadContent } from '../src/schema/load-content.ts';
import { formatCount, formatReport } from '../src/schema/report.ts';

const { modules, problems } = loadContent();
if (problems.length) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Alle content is in orde: ${formatCount(modules.length, 'module', 'modules')} gecontroleerd.`);
