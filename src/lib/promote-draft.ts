import { existsSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { loadModuleText } from '../schema/load-content.ts';
import { getModuleSchema } from '../schema/module.ts';
import { errorsOnly, formatReport } from '../schema/report.ts';
import { freeIdentity, newModuleFile, usedIdentities } from './module-identity.ts';

/** A draft that cannot become a module yet; the message says what to change. Nothing was written. */
export class PromoteError extends Error {}

/** Marks a draft written by `npm run import`; kept here so promote does not depend on the importer. */
const draftMarker = '# CONCEPT';

export interface PromoteOptions {
  draft: string;
  /** Default `content/modules`. */
  modulesDir?: string;
}

/**
 * Turns an edited draft into a module by the rules of `npm run new`: a free permanent id and code, the file in
 * `<modules>/<werksoort>/`. Refuses (writing nothing) while the check finds errors; placeholders are warnings.
 */
export function promoteDraft({ draft, modulesDir = join('content', 'modules') }: PromoteOptions): { file: string; id: string; code: string; message: string } {
  if (!existsSync(draft)) throw new PromoteError(`${draft}: het concept bestaat niet. Geef het pad van een bestand in content/concepten/.`);
  const text = readFileSync(draft, 'utf8').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (lines[0].trim() !== '---' || close === -1 || !lines.slice(1, close).some((line) => line.startsWith(draftMarker))) {
    throw new PromoteError(`${draft}: dit is geen concept van \`npm run import\` (de regel "${draftMarker} …" bovenaan ontbreekt). Een nieuwe module maakt u met \`npm run new\`.`);
  }
  const fields = (parse(lines.slice(1, close).join('\n')) ?? {}) as { titel?: unknown; werksoort?: unknown; id?: unknown; code?: unknown };
  if (typeof fields.titel !== 'string' || typeof fields.werksoort !== 'string') {
    throw new PromoteError(`${draft}: verwacht de velden \`titel:\` en \`werksoort:\` in het concept. Vul ze in en probeer het opnieuw.`);
  }
  if (fields.id !== undefined || fields.code !== undefined) {
    throw new PromoteError(`${draft}: het concept heeft al een \`id:\` of \`code:\`. Haal die regels weg; promote kiest een vrij id en een vrije code.`);
  }
  const { id, code } = freeIdentity(fields.werksoort, fields.titel, usedIdentities(modulesDir));
  const file = newModuleFile(modulesDir, fields.werksoort, id);
  if (existsSync(file)) throw new PromoteError(`${file} bestaat al. Kies een andere titel of hernoem het bestaande bestand.`);

  // The draft's comments (what it is, what to check) do not belong in the module.
  const frontmatter = lines.slice(1, close).filter((line) => !/^\s*#/.test(line));
  const moduleText = ['---', `id: ${id}`, `code: ${code}`, ...frontmatter, ...lines.slice(close)].join('\n');
  const { problems } = loadModuleText(relative(process.cwd(), file), moduleText, getModuleSchema());
  if (errorsOnly(problems).length) {
    throw new PromoteError(`${draft}: het concept kan nog geen module worden. Zo zou \`npm run check\` de module beoordelen:\n\n${formatReport(problems)}\n\nPas het concept aan en draai \`npm run promote -- ${draft}\` opnieuw; er is niets geschreven.`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, moduleText, { flag: 'wx' });
  unlinkSync(draft);
  const warnings = problems.length ? ` Nog ${problems.length === 1 ? '1 waarschuwing' : `${problems.length} waarschuwingen`} (zie \`npm run check\`).` : '';
  return {
    file,
    id,
    code,
    message: `Module geschreven: ${relative(process.cwd(), file)} (id ${id}, korte link /m/${code}/). Het concept ${draft} is weggehaald.${warnings}\nDraai \`npm run check\`, en na het samenvoegen \`npm run build && npm run urls\` om de nieuwe adressen aan de lijst van gepubliceerde URL's toe te voegen.`,
  };
}
