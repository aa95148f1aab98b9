// Imports module descriptions from a Word or text document into drafts: `npm run import -- <file> [--werksoort <id>]`.
// Options: --bron <id> (bron.document), --uit <dir> (default content/concepten), --modules <dir>, --dry-run,
// --promote <draft> (same as `npm run promote -- <draft>`). See CONTRIBUTING.md, "Modules importeren".
import { parseArgs } from 'node:util';
import { ImportError } from '../src/import/read-source.ts';
import { importDocument } from '../src/import/run-import.ts';
import { promoteDraft, PromoteError } from '../src/lib/promote-draft.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    werksoort: { type: 'string' },
    bron: { type: 'string' },
    uit: { type: 'string' },
    modules: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    promote: { type: 'string' },
  },
});

try {
  if (values.promote) {
    console.log(promoteDraft({ draft: values.promote, modulesDir: values.modules }).message);
  } else {
    if (positionals.length !== 1) {
      throw new ImportError('noem één document om te importeren, bijvoorbeeld: npm run import -- modules.docx --werksoort amw');
    }
    const started = performance.now();
    const result = await importDocument({ file: positionals[0], werksoort: values.werksoort, bron: values.bron, outDir: values.uit, modulesDir: values.modules, dryRun: values['dry-run'] });
    console.log(result.report);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(values['dry-run'] ? `\nProefdraai in ${seconds} s: niets geschreven.` : `\n${result.written.length} bestanden geschreven in ${seconds} s:\n${result.written.map((f) => `  ${f}`).join('\n')}`);
  }
} catch (error) {
  if (error instanceof ImportError || error instanceof PromoteError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
