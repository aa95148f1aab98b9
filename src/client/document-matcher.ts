// /koppelen/: matches a pasted or opened document in the browser. The text never leaves it: the form fields have
// no names and the form is never sent; only the module list (/koppelen/modules.json) is downloaded.
import { buildMatcherIndex, matchDocument, type MatcherIndex } from '../lib/match-document.ts';
import { fromMatcherFile, type MatcherDataModule, type MatcherFile } from '../lib/matcher-data.ts';
import { linkListCsv, linkListHtmlDocument, linkListHtmlTable, linkListMarkdown, linkListText, type LinkListItem } from '../lib/link-list.ts';
import { announce, copy, flag } from './clipboard.ts';
import { mentionItem } from './mention-list.ts';
import { docxText } from './docx-text.ts';

interface Loaded {
  index: MatcherIndex;
  modules: Map<string, MatcherDataModule>;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function download(name: string, type: string, content: string) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function mountDocumentMatcher() {
  const form = document.getElementById('koppel-form') as HTMLFormElement | null;
  const output = document.getElementById('koppel-resultaat');
  const textarea = document.getElementById('koppel-tekst') as HTMLTextAreaElement | null;
  const fileInput = document.getElementById('koppel-bestand') as HTMLInputElement | null;
  const doubt = document.getElementById('koppel-twijfel') as HTMLInputElement | null;
  const exampleButton = document.getElementById('koppel-voorbeeld') as HTMLButtonElement | null;
  if (!form || !output || !textarea) return;
  // Without this script the controls stay disabled: nothing can be sent anywhere.
  for (const control of form.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) control.disabled = false;
  document.getElementById('koppel-zonder-js')?.remove();

  let loaded: Promise<Loaded> | undefined;
  const load = () =>
    (loaded ??= fetch(form.dataset.modules!)
      .then((response) => response.json() as Promise<MatcherFile>)
      .then(fromMatcherFile)
      .then((data) => ({ index: buildMatcherIndex(data.modules, data), modules: new Map(data.modules.map((m) => [m.id, m])) })));

  exampleButton?.addEventListener('click', () => {
    textarea.value = exampleButton.dataset.example ?? '';
    form.requestSubmit();
  });

  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      textarea.value = /\.docx$/i.test(file.name) ? await docxText(file) : await file.text();
      form.requestSubmit();
    } catch {
      output.replaceChildren(Object.assign(document.createElement('p'), { textContent: `“${file.name}” kon niet worden gelezen. Open een .txt- of .docx-bestand, of plak de tekst in het tekstvak.` }));
    }
  });

  doubt?.addEventListener('change', () => textarea.value.trim() && form.requestSubmit());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { index, modules } = await load();
    const mentions = matchDocument(textarea.value, index, { includeDoubt: doubt?.checked });
    const chosen: Array<string | undefined> = [];
    const heading = Object.assign(document.createElement('h2'), { tabIndex: -1 });
    const moduleCount = new Set(mentions.filter((m) => m.candidates.length === 1 && m.certainty !== 'twijfel').map((m) => m.candidates[0])).size;
    heading.textContent = mentions.length === 0 ? 'Geen modules gevonden' : `${count(mentions.length, 'vermelding', 'vermeldingen')}, ${count(moduleCount, 'module', 'modules')} direct gekoppeld`;
    output.replaceChildren(heading);
    if (mentions.length === 0) {
      output.append(Object.assign(document.createElement('p'), { textContent: 'De tekst noemt geen module bij titel of bekende andere naam. Zet “Toon ook twijfelgevallen” aan, of zoek met een trefwoord.' }));
      heading.focus();
      return;
    }
    const open = mentions.filter((m) => m.candidates.length > 1 || m.certainty === 'twijfel').length;
    if (open > 0) {
      output.append(Object.assign(document.createElement('p'), { textContent: `Bij ${count(open, 'vermelding', 'vermeldingen')} kiest u zelf de module; tot u kiest, staat die niet in de lijst om te kopiëren.` }));
    }
    const list = Object.assign(document.createElement('ol'), { className: 'card-list koppel-lijst' });
    mentions.forEach((mention, n) => list.append(mentionItem(mention, n, modules, (id) => (chosen[n] = id))));

    // The whole list, one line per module, in the order of the document.
    const items = (): LinkListItem[] => {
      const byModule = new Map<string, LinkListItem>();
      mentions.forEach((mention, n) => {
        const module = chosen[n] ? modules.get(chosen[n]!) : undefined;
        if (!module) return;
        const item = byModule.get(module.id) ?? { genoemdAls: [], werksoort: module.werksoort, korteLink: module.korteLink, citaat: module.citaat };
        if (!item.genoemdAls.includes(mention.text)) item.genoemdAls.push(mention.text);
        byModule.set(module.id, item);
      });
      return [...byModule.values()];
    };
    const exportPanel = document.createElement('div');
    exportPanel.className = 'panel koppel-export';
    exportPanel.append(Object.assign(document.createElement('h3'), { textContent: 'De hele lijst' }));
    const buttons = document.createElement('p');
    const action = (label: string, run: (list: LinkListItem[]) => Promise<boolean> | void) => {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'button', textContent: label });
      button.addEventListener('click', async () => {
        const list = items();
        if (list.length === 0) {
          announce('De lijst is leeg: kies eerst bij de vermeldingen een module.');
          return;
        }
        if ((await run(list)) !== false) flag(button, label.startsWith('Download') ? 'Gedownload' : 'Gekopieerd');
      });
      buttons.append(button, ' ');
    };
    action('Kopieer als Markdown', (list) => copy(linkListMarkdown(list), 'De lijst is als Markdown gekopieerd.'));
    action('Kopieer als tekst', (list) => copy(linkListText(list), 'De lijst is als tekst gekopieerd.'));
    action('Kopieer als tabel (Word)', (list) => copy(linkListText(list), 'De lijst is als tabel gekopieerd; plak hem in Word.', linkListHtmlTable(list)));
    action('Download tabel (.html)', (list) => download('modules-beleidsstuk.html', 'text/html;charset=utf-8', linkListHtmlDocument(list)));
    action('Download spreadsheet (.csv)', (list) => download('modules-beleidsstuk.csv', 'text/csv;charset=utf-8', linkListCsv(list)));
    exportPanel.append(buttons);
    output.append(exportPanel, list);
    heading.focus();
  });
}
