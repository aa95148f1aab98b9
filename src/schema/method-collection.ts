import { closestMatch } from '../text/closest-match.ts';
import { normalizeWord } from '../text/search-words.ts';
import { slugify } from '../text/slugs.ts';
import type { LoadedMethod, LoadedModule } from './loaded-module.ts';
import type { NamedOnly } from './method.ts';
import type { Problem } from './report.ts';

function unknownModule(id: string, moduleIds: string[]): string {
  const suggestion = closestMatch(id, moduleIds);
  return `er bestaat geen module met id "${id}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ' Controleer het id in de frontmatter van de module.'}`;
}

/**
 * Checks over all method pages together with the modules: unique ids, short codes unique across modules AND
 * methods (they share `/m/<code>/`), and every linked module exists, once per method.
 */
export function checkMethods(methods: LoadedMethod[], modules: LoadedModule[]): Problem[] {
  const problems: Problem[] = [];
  const at = (method: LoadedMethod, path: PropertyKey[], field: string, message: string): Problem => ({ file: method.file, line: method.lineOf(path), field, message });
  const moduleIds = modules.map((m) => m.data.id);
  const known = new Set(moduleIds);
  // Every short link a module already claims: its code and the slugs of its other names.
  const shortLinks = new Map<string, string>();
  for (const module of modules) {
    shortLinks.set(module.data.code, `de module ${module.file} (code)`);
    for (const alias of module.data.aliassen) shortLinks.set(slugify(alias), `de module ${module.file} (alias "${alias}")`);
  }
  const byId = new Map<string, LoadedMethod>();
  for (const method of methods) {
    const { id, code } = method.data;
    const earlier = byId.get(id);
    if (earlier) problems.push(at(method, ['id'], 'id', `"${id}" is al in gebruik in ${earlier.file}. Een id is permanent en uniek: kies een nieuw id.`));
    else byId.set(id, method);
    const owner = shortLinks.get(code);
    if (owner) problems.push(at(method, ['code'], 'code', `de korte link /m/${code}/ is al in gebruik door ${owner}. Kies een andere code; \`npm run new -- --soort methode\` kiest een vrije.`));
    else shortLinks.set(code, `de methodepagina ${method.file}`);
    const seen = new Set<string>();
    method.data.modules.forEach(({ id: moduleId }, index) => {
      const field = `modules[${index}]`;
      if (!known.has(moduleId)) problems.push(at(method, ['modules', index, 'id'], field, unknownModule(moduleId, moduleIds)));
      else if (seen.has(moduleId)) problems.push(at(method, ['modules', index, 'id'], field, `"${moduleId}" staat al eerder in deze lijst. Noem elke module één keer, met één herkomst.`));
      seen.add(moduleId);
    });
  }
  return problems;
}

/**
 * Checks the named-only list: its modules exist, a name appears once per source (it may repeat across sources),
 * and a name with a page of its own is not also listed as named-only.
 */
export function checkNamedOnly(names: NamedOnly[], file: string, modules: LoadedModule[], methods: LoadedMethod[], lineOf?: (path: PropertyKey[]) => number | undefined): Problem[] {
  const problems: Problem[] = [];
  const at = (path: PropertyKey[], field: string, message: string): Problem => ({ file, line: lineOf?.(path), field, message });
  const moduleIds = modules.map((m) => m.data.id);
  const known = new Set(moduleIds);
  const pages = new Map(methods.map((m) => [normalizeWord(m.data.titel), m.file]));
  const seen = new Set<string>();
  names.forEach((entry, index) => {
    const key = `${normalizeWord(entry.naam)}|${entry.bron.document}`;
    if (seen.has(key)) problems.push(at([index, 'naam'], `[${index}].naam`, `"${entry.naam}" staat al in deze lijst voor bron "${entry.bron.document}". Noem een naam één keer per bron.`));
    seen.add(key);
    const page = pages.get(normalizeWord(entry.naam));
    if (page) problems.push(at([index, 'naam'], `[${index}].naam`, `"${entry.naam}" heeft een eigen pagina (${page}). Haal de naam hier weg.`));
    entry.modules.forEach((id, m) => {
      if (!known.has(id)) problems.push(at([index, 'modules', m], `[${index}].modules[${m}]`, unknownModule(id, moduleIds)));
    });
  });
  return problems;
}
