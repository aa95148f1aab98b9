// Writes a new module or method page with a free permanent id and code: `npm run new`.
// Asks for what is missing when run in a terminal.
//   module (default): --titel --werksoort --functie [--type] [--bron] [--pagina] [--modules DIR]
//   method page:      --soort methode --titel --methodesoort [--lijn eerste,tweede] [--bron] [--pagina] [--methoden DIR]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { closestMatch } from '../src/text/closest-match.ts';
import { freeIdentity, freeMethodIdentity, newModuleFile, usedIdentities, usedMethodIdentities } from '../src/lib/module-identity.ts';
import { lijnen, methodSoorten } from '../src/schema/method.ts';
import { methodSectionHints, methodSections, placeholderPrefix, requiredSections, sectionHints } from '../src/schema/sections.ts';
import { allFuncties, getTaxonomy } from '../src/schema/taxonomy.ts';

const { values } = parseArgs({
  options: {
    soort: { type: 'string' },
    titel: { type: 'string' },
    werksoort: { type: 'string' },
    functie: { type: 'string' },
    type: { type: 'string' },
    methodesoort: { type: 'string' },
    lijn: { type: 'string' },
    bron: { type: 'string' },
    pagina: { type: 'string' },
    modules: { type: 'string' },
    methoden: { type: 'string' },
  },
});

const taxonomy = getTaxonomy();
const choices = {
  soort: ['module', 'methode'],
  werksoort: taxonomy.werksoorten.map((w) => w.id),
  functie: allFuncties(taxonomy).map((f) => f.id),
  type: ['', ...taxonomy.types.map((t) => t.id)],
  methodesoort: [...methodSoorten],
  bron: taxonomy.bronnen.map((b) => b.id),
};

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
async function ask(name: keyof typeof values, question: string, allowed?: string[], example = 'npm run new -- --titel "Naam" --werksoort amw --functie begeleiding'): Promise<string> {
  let value = values[name] as string | undefined;
  if (value === undefined && prompt) value = (await prompt.question(`${question}${allowed ? ` (${allowed.filter(Boolean).join(', ')})` : ''}: `)).trim();
  if (value === undefined) fail(`--${name} ontbreekt. Geef bijvoorbeeld: ${example}`);
  if (allowed && !allowed.includes(value)) {
    const suggestion = closestMatch(value, allowed.filter(Boolean));
    fail(`onbekende ${name} "${value}"${suggestion ? ` — bedoelt u "${suggestion}"?` : ''} Kies uit: ${allowed.filter(Boolean).join(', ')}.`);
  }
  return value;
}

/** The source and its page, asked the same way for a module and a method page. */
async function askSource(example?: string): Promise<{ bron: string; pagina: number }> {
  const bron = await ask('bron', 'Bron', choices.bron, example);
  const pagina = Number(await ask('pagina', 'Bladzijde in de bron', undefined, example));
  prompt?.close();
  if (!Number.isInteger(pagina) || pagina < 1) fail('--pagina moet een bladzijdenummer zijn, zoals 12.');
  return { bron, pagina };
}

/** Writes a new file: the frontmatter between `---` lines, then every section's heading with its placeholder. */
function writeEntry(file: string, frontmatter: string[], sections: ReadonlyArray<{ heading: string; hint: string }>) {
  if (existsSync(file)) fail(`${file} bestaat al. Kies een andere titel of hernoem het bestaande bestand.`);
  const body = sections.map((s) => `## ${s.heading}\n\n${placeholderPrefix} ${s.hint}\n`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${['---', ...frontmatter, '---'].join('\n')}\n\n${body.join('\n')}`);
}

// Without --soort a terminal asks; a script without it makes a module, as before there were method pages.
const soort = values.soort ?? (prompt ? await ask('soort', 'Soort pagina', choices.soort) : 'module');
if (!choices.soort.includes(soort)) await ask('soort', 'Soort pagina', choices.soort);

if (soort === 'methode') {
  const example = 'npm run new -- --soort methode --titel "Naam" --methodesoort instrument --bron integraal-wijkteam --pagina 25';
  const titel = await ask('titel', 'Naam van de methode of het instrument', undefined, example);
  if (titel.length < 2) fail('de titel is te kort.');
  const methodesoort = await ask('methodesoort', 'Soort methode', choices.methodesoort, example);
  const lijnText = values.lijn ?? (prompt ? (await prompt.question(`Lijn(en), met komma's; leeg als de bron geen lijn noemt (${lijnen.join(', ')}): `)).trim() : '');
  const lijn = lijnText.split(',').map((l) => l.trim()).filter(Boolean);
  for (const value of lijn) if (!(lijnen as readonly string[]).includes(value)) fail(`onbekende lijn "${value}". Kies uit: ${lijnen.join(', ')}.`);
  const { bron, pagina } = await askSource(example);

  const methodsDir = values.methoden ?? join('content', 'methoden');
  const { id, code } = freeMethodIdentity(titel, usedMethodIdentities(methodsDir));
  const file = join(methodsDir, `${id}.mdx`);
  const frontmatter = [
    `id: ${id}`,
    `code: ${code}`,
    `titel: ${JSON.stringify(titel)}`,
    `soort: ${methodesoort}`,
    ...(lijn.length ? [`lijn: [${lijn.join(', ')}]`] : []),
    `samenvatting: "${placeholderPrefix} één zin over wat het is en waarvoor."`,
    'bron:',
    `  document: ${bron}`,
    `  pagina: ${pagina}`,
    'modules: []',
    'trefwoorden: []',
  ];
  writeEntry(file, frontmatter, methodSections.map((s) => ({ heading: s.heading, hint: methodSectionHints[s.key] })));
  console.log(`Nieuwe methodepagina geschreven: ${relative(process.cwd(), file)} (id ${id}, korte link /m/${code}/).\nVul de secties in, zet bij \`modules:\` de modules die het gebruiken (met herkomst) en draai daarna \`npm run check\`.`);
  process.exit(0);
}

const titel = await ask('titel', 'Titel van de module');
if (titel.length < 2) fail('de titel is te kort.');
const werksoort = await ask('werksoort', 'Werksoort', choices.werksoort);
const functie = await ask('functie', 'Functie', choices.functie);
const type = werksoort === 'amw' ? await ask('type', 'Type (leeg laten als er geen type is)', choices.type) : values.type ?? '';
const { bron, pagina } = await askSource();

const modulesDir = values.modules ?? join('content', 'modules');
const { id, code } = freeIdentity(werksoort, titel, usedIdentities(modulesDir));
const file = newModuleFile(modulesDir, werksoort, id);
const frontmatter = [
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
];
writeEntry(file, frontmatter, requiredSections(type || undefined).map((s) => ({ heading: s.heading, hint: sectionHints[s.key] })));
console.log(`Nieuwe module geschreven: ${relative(process.cwd(), file)} (id ${id}, korte link /m/${code}/).\nVul de secties in en draai daarna \`npm run check\`.`);
