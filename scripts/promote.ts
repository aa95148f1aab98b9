// Turns an edited import draft into a module with a free id and code: `npm run promote -- <draft file>`.
// `--modules DIR` writes to another modules folder (the tests use a temporary one).
import { parseArgs } from 'node:util';
import { promoteDraft, PromoteError } from '../src/lib/promote-draft.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { modules: { type: 'string' } } });
if (positionals.length !== 1) {
  console.error('noem één concept, bijvoorbeeld: npm run promote -- content/concepten/amw/intake.mdx');
  process.exit(1);
}
try {
  console.log(promoteDraft({ draft: positionals[0], modulesDir: values.modules }).message);
} catch (error) {
  if (!(error instanceof PromoteError)) throw error;
  console.error(error.message);
  process.exit(1);
}
