// Compare any two modules on /vergelijk/: go to the pre-built page when there is one; otherwise read both module
// pages, take their cells (the elements marked `data-cel`, some inside the page's `#vergelijk-cellen` template),
// and fill the same table template that the pre-built pages are rendered from, with the same rows
// (compareRows in src/lib/compare-rows.ts). Links like /vergelijk/?a=…&b=… open a comparison directly.
import { compareRows, type CompareCells } from '../lib/compare-rows.ts';

interface ComparedModule {
  titel: string;
  werksoort: string;
  url: string;
  cells: CompareCells;
}

const form = document.getElementById('vergelijk-form') as HTMLFormElement | null;
const output = document.getElementById('vergelijk-resultaat');
const template = document.getElementById('vergelijk-sjabloon') as HTMLTemplateElement | null;

async function load(modulesPath: string, id: string): Promise<ComparedModule> {
  const url = `${modulesPath}${encodeURIComponent(id)}/`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const meta = page.querySelector<HTMLTemplateElement>('template#vergelijk-cellen');
  if (!meta) throw new Error(`${url}: geen vergelijkcellen`);
  const cells: CompareCells = {};
  for (const cell of [...page.querySelectorAll<HTMLElement>('[data-cel]'), ...meta.content.querySelectorAll<HTMLElement>('[data-cel]')]) {
    cells[cell.dataset.cel!] = cell.innerHTML;
  }
  return { titel: meta.dataset.titel ?? id, werksoort: meta.dataset.werksoort ?? '', url, cells };
}

function render(target: HTMLElement, left: ComparedModule, right: ComparedModule) {
  const table = template!.content.cloneNode(true) as DocumentFragment;
  for (const [side, module] of [['a', left], ['b', right]] as const) {
    table.querySelectorAll(`[data-kop-titel="${side}"]`).forEach((el) => (el.textContent = module.titel));
    table.querySelectorAll(`[data-kop-werksoort="${side}"]`).forEach((el) => (el.textContent = module.werksoort));
    table.querySelector<HTMLAnchorElement>(`[data-kop-link="${side}"]`)!.href = module.url;
  }
  const rows = new Map(compareRows(left.cells, right.cells).map((row) => [row.key, row]));
  for (const tr of table.querySelectorAll<HTMLTableRowElement>('tr[data-rij]')) {
    const row = rows.get(tr.dataset.rij!);
    if (!row) {
      tr.remove();
      continue;
    }
    tr.querySelector('[data-kant="a"]')!.innerHTML = row.a;
    tr.querySelector('[data-kant="b"]')!.innerHTML = row.b;
    tr.toggleAttribute('data-verschil', row.differs);
    tr.querySelector<HTMLElement>('.diff-mark')!.hidden = !row.differs;
  }
  table.querySelector('[data-aantal]')!.textContent = String([...rows.values()].filter((row) => row.differs).length);
  table.querySelector('[data-totaal]')!.textContent = String(rows.size);
  const heading = document.createElement('h2');
  heading.id = 'eigen-vergelijking';
  heading.tabIndex = -1;
  heading.textContent = `${left.titel} en ${right.titel}`;
  target.replaceChildren(heading, table);
  heading.focus();
}

function say(target: HTMLElement, message: string, alert = false) {
  const p = document.createElement('p');
  if (alert) p.setAttribute('role', 'alert');
  p.textContent = message;
  target.replaceChildren(p);
}

async function compare(a: string, b: string) {
  if (!form || !output || !template || !a || !b) return;
  if (a === b) return say(output, 'Kies twee verschillende modules.', true);
  const key = [a, b].sort().join('--');
  const prebuilt = (form.dataset.prebuilt ?? '').split(' ');
  if (prebuilt.includes(key)) {
    window.location.href = `${form.dataset.base}vergelijk/${key}/`;
    return;
  }
  // Keep the comparison in the address, so it survives a reload and can be shared.
  window.history.replaceState(null, '', `?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`);
  say(output, 'Bezig met laden…');
  try {
    const [left, right] = await Promise.all([load(form.dataset.modules!, a), load(form.dataset.modules!, b)]);
    render(output, left, right);
  } catch {
    say(output, 'De vergelijking kon niet worden geladen. Controleer de gekozen modules en probeer het opnieuw.', true);
  }
}

if (form) {
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void compare(select('a').value, select('b').value);
  });
  const params = new URLSearchParams(window.location.search);
  const [a, b] = [params.get('a'), params.get('b')];
  if (a && b) {
    select('a').value = a;
    select('b').value = b;
    void compare(a, b);
  }
}
