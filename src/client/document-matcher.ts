import { citation } from '../lib/citation.ts';
import { matchDocument } from '../lib/match-document.ts';
import type { OpenDataRecord } from '../schema/open-data.ts';

/** Wires the form on /koppelen/: loads modules.json once, matches the pasted text, lists modules with citations. */
export function mountDocumentMatcher() {
  const form = document.getElementById('koppel-form') as HTMLFormElement | null;
  const output = document.getElementById('koppel-resultaat');
  const textarea = document.getElementById('koppel-tekst') as HTMLTextAreaElement | null;
  const exampleButton = document.getElementById('koppel-voorbeeld');
  if (!form || !output || !textarea) return;
  let records: Promise<OpenDataRecord[]> | undefined;

  exampleButton?.addEventListener('click', () => {
    textarea.value = exampleButton.getAttribute('data-example') ?? '';
    form.requestSubmit();
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    records ??= fetch(form.dataset.modules!).then((response) => response.json());
    const all = await records;
    const generalTerms = [...new Set(all.flatMap((r) => [r.functie.naam, r.functiegroep.naam]))];
    const matches = matchDocument(textarea.value, all.map((r) => ({ id: r.id, titel: r.titel, aliassen: r.aliassen })), generalTerms);
    output.replaceChildren();
    const heading = document.createElement('h2');
    heading.tabIndex = -1;
    heading.textContent = matches.length === 0 ? 'Geen modules gevonden' : matches.length === 1 ? '1 module gevonden' : `${matches.length} modules gevonden`;
    output.append(heading);
    if (matches.length === 0) {
      const p = document.createElement('p');
      p.textContent = 'De tekst noemt geen module bij titel of bekende andere naam. Probeer de zoekfunctie met een trefwoord.';
      output.append(p);
    }
    const list = document.createElement('ul');
    list.className = 'card-list';
    for (const match of matches) {
      const record = all.find((r) => r.id === match.id)!;
      const item = document.createElement('li');
      item.className = 'card';
      const title = document.createElement('h3');
      const link = document.createElement('a');
      link.href = record.url;
      link.textContent = `${record.titel} (${record.werksoort.naam})`;
      title.append(link);
      const found = document.createElement('p');
      found.textContent = `Genoemd als: ${match.names.join(', ')}${match.general ? ' (algemene term: controleer of de module bedoeld is)' : ''}.`;
      const cite = document.createElement('p');
      cite.className = 'citation-text';
      cite.textContent = citation({ titel: record.titel, werksoort: record.werksoort.naam, bronTitel: record.bron.titel, pagina: record.bron.pagina, url: record.url }).text;
      item.append(title, found, cite);
      list.append(item);
    }
    output.append(list);
    heading.focus();
  });
}
