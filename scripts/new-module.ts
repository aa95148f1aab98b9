// Writes a new module file with a free permanent id and code: `npm run new`.
// Asks for what is missing when run in a terminal; flags: --titel --werksoort --functie [--type] [--bron] [--pagina] [--modules DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { closestMatch } from '../src/text/closest-match.ts';
import { freeIdentity, newModuleFile, usedIdentities } from '../src/lib/module-identity.ts';
import { placeholderPrefix, requiredSections, sectionHints } from '../src/schema/sections.ts';
import { allFuncties, getTaxonomy } from '../src/schema/taxonomy.ts';

const { values } = parseArgs({
  options: {
    titel: { type: 'string' },
    werksoort: { type: 'string' },
    functie: { type: 'string' },
    type: { type: 'string' },
    bron: { type: 'string' },
    pagina: { type: 'string' },
    modules: { type: 'string' },
  },
});

const taxonomy = getTaxonomy();
const choices = {
  werksoort: taxonomy.werksoorten.map((w) => w.id),
  functie: allFuncties(taxonomy).map((f) => f.id),
  type: ['', ...taxonomy.types.map((t) => t.id)],
  bron: taxonomy.bronnen.map((b) => b.id),
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(name: keyof typeof values, question: string, allowed?: string[]): Promise<string> {
  let value = values[name];
  if (value === undefined && prompt) value = (await prompt.question(`${question}${allowed ? ` (${allowed.filter(Boolean).join(', ')})` : ''}: `)).trim();
  if (value === undefined) fail(`--${name} ontbreekt. Geef bijvoorbeeld: npm run new -- --titel "Naam" --werksoort amw --functie begeleiding`);
  if (allowed && !allowed.includes(value)) {
    const suggestion = closestMatch(value, allowed.filter(Boolean));
    fail(`onbekende ${name} "${value}"${suggestion ? ` — bedoelt u "${suggestion}"?` : ''} Kies uit: ${allowed.filter(Boolean).join(', ')}.`);
  }
  return value;
}

const titel = await ask('titel', 'Titel van de module');
if (titel.length < 2) fail('de titel is te kort.');
const werksoort = await ask('werksoort', 'Werksoort', choices.werksoort);
const functie = await ask('functie', 'Functie', choices.functie);
const type = werksoort === 'amw' ? await ask('type', 'Type (leeg laten als er geen type is)', choices.type) : values.type ?? '';
const bron = await ask('bron', 'Bron', choices.bron);
const pagina = Number(await ask('pagina', 'Bladzijde in de bron'));
prompt?.close();
if (!Number.isInteger(pagina) || pagina < 1) fail('--pagina moet een bladzijdenummer zijn, zoals 12.');

const modulesDir = values.modules ?? join('content', 'modules');
const { id, code } = freeIdentity(werksoort, titel, usedIdentities(modulesDir));
const file = newModuleFile(modulesDir, werksoort, id);
if (existsSync(file)) fail(`${file} bestaat al. Kies een andere titel of hernoem het bestaande bestand.`);

const frontmatter = [
  '---',
  `id: ${id}`,
  `code: ${code}`,
  `titel: ${JSON.stringify(titel)}`,
  `werksoort: ${werksoort}`,
  `functie: ${functie}`,
  ...(type ? [`type: ${type}`] : []),
  `samenvatting: "${placeholderPrefix} één zin over wat deze module biedt en voor wie."`,
  'bron:',
  `  document: ${bron}`,
  `  pagina: ${pagina}`,
  'verwijzingen: []',
  'trefwoorden: []',
  '---',
];
const body = requiredSections(type || undefined).map((s) => `## ${s.heading}\n\n${placeholderPrefix} ${sectionHints[s.key]}\n`);
mkdirSync(join(modulesDir, werksoort), { recursive: true });
writeFileSync(file, `${frontmatter.join('\n')}\n\n${body.join('\n')}`);
console.log(`Nieuwe module geschreven: ${relative(process.cwd(), file)} (id ${id}, korte link /m/${code}/).\nVul de secties in en draai daarna \`npm run check\`.`);
