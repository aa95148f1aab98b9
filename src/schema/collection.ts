import { closestMatch } from '../text/closest-match.ts';
import { slugify } from '../text/slugs.ts';
import type { LoadedModule } from './loaded-module.ts';
import type { Problem } from './report.ts';
import { allFuncties, type Taxonomy } from './taxonomy.ts';

function problemAt(module: LoadedModule, path: PropertyKey[], field: string, message: string): Problem {
  return { file: module.file, line: module.lineOf(path), field, message };
}

/**
 * Checks that need the whole collection: unique ids, references that resolve,
 * and schakel relations that point to another werksoort and are named back.
 */
export function checkCollection(modules: LoadedModule[], taxonomy?: Taxonomy): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, LoadedModule>();
  for (const module of modules) {
    const earlier = byId.get(module.data.id);
    if (earlier) {
      problems.push(problemAt(module, ['id'], 'id', `"${module.data.id}" is al in gebruik in ${earlier.file}. Een id is permanent en uniek: kies een nieuw id voor deze module.`));
      continue;
    }
    byId.set(module.data.id, module);
  }
  const ids = [...byId.keys()];
  const unknown = (id: string) => {
    const suggestion = closestMatch(id, ids);
    return `er bestaat geen module met id "${id}".${suggestion ? ` Bedoelt u "${suggestion}"?` : ' Controleer het id in de frontmatter van de module waarnaar u wilt verwijzen.'}`;
  };

  // Short links: codes and alias slugs share /m/<...>/, so each must be unique across all modules.
  const shortLinks = new Map<string, { module: LoadedModule; what: string }>();
  const claim = (module: LoadedModule, slug: string, path: PropertyKey[], field: string, what: string) => {
    const earlier = shortLinks.get(slug);
    if (earlier) {
      problems.push(problemAt(module, path, field, `de korte link /m/${slug}/ is al in gebruik door ${earlier.what} van ${earlier.module.file}. Kies een andere ${field.startsWith('code') ? 'code' : 'alias'}.`));
    } else shortLinks.set(slug, { module, what });
  };
  for (const module of byId.values()) {
    claim(module, module.data.code, ['code'], 'code', `de code "${module.data.code}"`);
  }
  for (const module of byId.values()) {
    module.data.aliassen.forEach((alias, index) => claim(module, slugify(alias), ['aliassen', index], `aliassen[${index}]`, `de alias "${alias}"`));
    module.data.eerdereIds.forEach((id, index) => {
      const owner = byId.get(id);
      if (owner) problems.push(problemAt(module, ['eerdereIds', index], `eerdereIds[${index}]`, `"${id}" is het huidige id van ${owner.file}. Een eerder id mag niet opnieuw in gebruik zijn.`));
    });
  }

  for (const module of byId.values()) {
    module.data.verwijzingen.forEach(({ id }, index) => {
      const field = `verwijzingen[${index}]`;
      if (id === module.data.id) problems.push(problemAt(module, ['verwijzingen', index, 'id'], field, 'een module kan niet naar zichzelf verwijzen. Haal dit id weg.'));
      else if (!byId.has(id)) problems.push(problemAt(module, ['verwijzingen', index, 'id'], field, unknown(id)));
    });
    module.data.schakel.forEach(({ id }, index) => {
      const field = `schakel[${index}]`;
      const counterpart = byId.get(id);
      if (!counterpart) {
        problems.push(problemAt(module, ['schakel', index, 'id'], field, unknown(id)));
      } else if (counterpart.data.werksoort === module.data.werksoort) {
        problems.push(problemAt(module, ['schakel', index, 'id'], field, `"${id}" hoort bij dezelfde werksoort (${module.data.werksoort}). Een schakelmodule verbindt twee verschillende werksoorten.`));
      } else if (!counterpart.data.schakel.some((relation) => relation.id === module.data.id)) {
        problems.push(problemAt(module, ['schakel', index, 'id'], field, `"${id}" noemt deze module niet terug. Voeg in ${counterpart.file} "${module.data.id}" toe aan \`schakel:\`, of haal "${id}" hier weg.`));
      }
    });
  }
  // The functie must follow the source's rubric (through functies.yaml `bronnamen`), or say why it does not.
  if (taxonomy) {
    const functies = allFuncties(taxonomy);
    for (const module of byId.values()) {
      const { bronrubriek, functie, functieRedactie, schakel, schakelZonderTegenhanger } = module.data;
      if (schakel.length && schakelZonderTegenhanger !== undefined) {
        problems.push(problemAt(module, ['schakelZonderTegenhanger'], 'schakelZonderTegenhanger', 'een module met een tegenhanger in `schakel:` is niet "zonder tegenhanger". Haal een van beide weg.'));
      }
      if (!bronrubriek) continue;
      const follows = functies.filter((f) => f.bronnamen.includes(bronrubriek)).map((f) => f.id);
      if (!follows.length) continue;
      if (!follows.includes(functie) && !functieRedactie) {
        problems.push(problemAt(module, ['functie'], 'functie', `de bron plaatst deze module onder "${bronrubriek}", en die rubriek hoort in functies.yaml bij ${follows.map((f) => `"${f}"`).join(' of ')}. Gebruik die functie, of leg met \`functieRedactie: "<reden>"\` uit waarom de module elders staat.`));
      } else if (follows.includes(functie) && functieRedactie) {
        problems.push(problemAt(module, ['functieRedactie'], 'functieRedactie', `de functie volgt de rubriek van de bron ("${bronrubriek}"); een redactionele reden is niet nodig. Haal het veld weg.`));
      }
    }
  }
  return problems;
}
