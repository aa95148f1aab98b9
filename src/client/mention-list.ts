// The result list of /koppelen/: per mention the sentence, how sure the match is and the module with its link
// and citation; a choice where the name has several candidates or is only a general word.
import { citation } from '../lib/citation.ts';
import type { Certainty, Mention } from '../lib/match-document.ts';
import type { MatcherDataModule } from '../lib/matcher-data.ts';
import { copy, flag } from './clipboard.ts';

const certaintyLabel: Record<Certainty, string> = {
  zeker: 'Zeker: de titel of een andere naam van de module',
  waarschijnlijk: 'Waarschijnlijk: een variant van de naam',
  twijfel: 'Twijfel: alleen een algemeen woord',
};

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function copyButton(label: string, text: () => string, message: string) {
  const button = element('button', { type: 'button', className: 'button copy-button', textContent: label });
  button.addEventListener('click', async () => {
    if (await copy(text(), message)) flag(button);
  });
  return button;
}

/** The sentence with the mention marked. */
function sentenceWithMark(mention: Mention): HTMLElement {
  const quote = element('blockquote', { className: 'koppel-zin' });
  const at = mention.sentence.indexOf(mention.text);
  if (at === -1) quote.append(mention.sentence);
  else quote.append(mention.sentence.slice(0, at), element('mark', {}, mention.text), mention.sentence.slice(at + mention.text.length));
  return quote;
}

/** Link and citation of one module, with a copy button for each, in the format of the module page. */
export function moduleBlock(module: MatcherDataModule): HTMLElement {
  const cite = citation(module.citaat);
  const block = element('div', { className: 'koppel-module' });
  block.append(
    element('h3', {}, element('a', { href: module.url }, `${module.titel} (${module.werksoort})`)),
    element('p', { className: 'citation-text' }, cite.text),
    element(
      'p',
      { className: 'koppel-knoppen' },
      copyButton('Kopieer link', () => module.url, `Link naar ${module.titel} gekopieerd.`),
      copyButton('Kopieer citaat', () => cite.text, `Citaat van ${module.titel} gekopieerd.`),
      copyButton('Kopieer Markdown', () => cite.markdown, `Markdown-link naar ${module.titel} gekopieerd.`),
    ),
  );
  return block;
}

/**
 * One list item per mention. `choose` is called with the module the reader settles on (or undefined for none):
 * straight away for a sure, single candidate; after a choice for the others, where nothing is chosen at first.
 */
export function mentionItem(mention: Mention, n: number, modules: Map<string, MatcherDataModule>, choose: (id: string | undefined) => void): HTMLLIElement {
  const item = element('li', { className: `card koppel-vermelding koppel-${mention.certainty}` });
  item.append(element('p', { className: 'koppel-zekerheid' }, element('strong', {}, certaintyLabel[mention.certainty]), ` · genoemd als “${mention.text}”`), sentenceWithMark(mention));
  const candidates = mention.candidates.map((id) => modules.get(id)!).filter(Boolean);
  if (candidates.length === 1 && mention.certainty !== 'twijfel') {
    item.append(moduleBlock(candidates[0]));
    choose(candidates[0].id);
    return item;
  }
  const chosen = element('div');
  const fieldset = element('fieldset', { className: 'koppel-keuze' });
  const question = candidates.length > 1 ? `“${mention.text}” bestaat in ${candidates.length} werksoorten. Welke module bedoelt de tekst?` : `Bedoelt de tekst hier de module?`;
  fieldset.append(element('legend', {}, question));
  const group = `keuze-${n}`;
  const options: Array<[string, string]> = [['', 'Geen van deze (niet opnemen)'], ...candidates.map((m): [string, string] => [m.id, `${m.titel} (${m.werksoort})`])];
  options.forEach(([id, label], k) => {
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: group, value: id, id: `${group}-${k}`, checked: id === '' });
    input.addEventListener('change', () => {
      const module = modules.get(input.value);
      chosen.replaceChildren(...(module ? [moduleBlock(module)] : []));
      choose(module?.id);
    });
    const text = document.createElement('label');
    text.htmlFor = input.id;
    text.textContent = label;
    fieldset.append(element('div', {}, input, ' ', text));
  });
  choose(undefined);
  item.append(fieldset, chosen);
  return item;
}
