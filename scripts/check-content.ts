// Validates all content without building the site: `npm run check`.
// `--modules DIR` (repeatable) checks other folders, as the tests do with their fixtures; `--methoden DIR` a folder
// of method pages (with them, or on its own beside the shipped modules).
import { parseArgs } from 'node:util';
import { loadBegrippen } from '../src/schema/begrippen.ts';
import { loadContent } from '../src/schema/load-content.ts';
import { errorsOnly, formatCount, formatReport } from '../src/schema/report.ts';

const { values } = parseArgs({ options: { modules: { type: 'string', multiple: true }, methoden: { type: 'string' } } });
const content = loadContent({ modulesDir: values.modules, methodsDir: values.methoden });
const { modules, methods, namedOnly } = content;
// Fixture folders (--modules) come without their own terms file; the shipped one is checked with the shipped content.
const problems = values.modules ? content.problems : [...content.problems, ...loadBegrippen().problems];
if (errorsOnly(problems).length) {
  console.error(formatReport(problems));
  process.exit(1);
}
if (problems.length) console.warn(`${formatReport(problems)}\n`);
const checkedMethods = methods.length || namedOnly.length ? ` en ${formatCount(methods.length, 'methodepagina', 'methodepagina\'s')} (met ${formatCount(namedOnly.length, 'naam', 'namen')} die de bronnen alleen noemen)` : '';
console.log(`Geen fouten: ${formatCount(modules.length, 'module', 'modules')}${checkedMethods} gecontroleerd${problems.length ? `, met ${formatCount(problems.length, 'waarschuwing', 'waarschuwingen')}` : ''}.`);
