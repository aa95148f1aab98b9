// The search page (/zoeken/): a small interface on Pagefind's JavaScript API. The query is planned against the
// index's own words first (src/lib/search-query.ts), results read as title, werksoort, an excerpt from the
// module's text and the sections that matched, filters show counts, and the URL holds query and filters.
import { buildExcerpt } from '../lib/search-excerpt.ts';
import { planQuery, spellingCandidates, toVocabulary, type QueryPlan, type Vocabulary } from '../lib/search-query.ts';
import type { SearchVocabulary } from '../lib/search-vocabulary.ts';
import { normalizeWord, searchTermsAnchor } from '../text/search-words.ts';
import { modulePath, shortLinkPath } from '../lib/paths.ts';
import { codePattern } from '../schema/code.ts';

interface PagefindAnchor { element: string; id: string; text: string; location: number }
interface PagefindSubResult { title: string; url: string; locations: number[]; anchor?: PagefindAnchor }
interface PagefindData {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  locations: number[];
  sub_results: PagefindSubResult[];
}
interface PagefindResult { id: string; score: number; data: () => Promise<PagefindData> }
type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResponse { results: PagefindResult[]; filters: FilterCounts; totalFilters: FilterCounts }
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindResponse>;
  filters: () => Promise<FilterCounts>;
}

const pageSize = 10;
const form = document.getElementById('zoekformulier') as HTMLFormElement | null;

if (form) mount(form);

function mount(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  // The filters fold open on demand; open on a wide screen, they sit beside the results.
  const filterPanel = document.getElementById('filters') as HTMLDetailsElement;
  const status = document.getElementById('zoek-status')!;
  const failed = document.getElementById('zoeken-mislukt')!;
  const notice = document.getElementById('zoek-uitleg')!;
  const list = document.getElementById('zoekresultaten') as HTMLOListElement;
  const more = document.getElementById('meer-resultaten') as HTMLButtonElement;
  const empty = document.getElementById('geen-resultaat')!;
  const filterCount = document.getElementById('filter-aantal')!;
  const base = form.dataset.base!;
  const sectionLabels = new Map<string, string>(JSON.parse(form.dataset.sections!));
  // Codes and ids start with the werksoort: "amw10", "amw-intake" (and never "re-integratie").
  const werksoorten = new Set(form.dataset.werksoorten!.split(' '));
  const groups = [...filterPanel.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter]')].map((fieldset) => fieldset.dataset.filter!);

  let pagefind: Promise<Pagefind> | undefined;
  let vocabulary: Promise<Vocabulary> | undefined;
  const load = () => {
    pagefind ??= (async () => {
      const module = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
      // Keyword blocks make some pages longer than their text; a weaker length penalty keeps them from sinking.
      // Without its worker Pagefind answers without the queueing delays the worker showed at 10,000 modules.
      await module.options({ baseUrl: base, ranking: { pageLength: 0.25 }, noWorker: true });
      await module.init();
      return module;
    })();
    vocabulary ??= fetch(form.dataset.vocabulary!).then(async (response) => {
      if (!response.ok) throw new Error(`${response.status} ${response.url}`);
      return toVocabulary((await response.json()) as SearchVocabulary);
    });
    return Promise.all([pagefind, vocabulary]).catch((error: unknown) => {
      // Try again on the next search rather than keep a failure, and say what the reader can do meanwhile.
      pagefind = undefined;
      vocabulary = undefined;
      failed.hidden = false;
      throw error;
    });
  };

  // The filters start folded: their counts need Pagefind's filter index, which is loaded only when they open
  // (or a filter is chosen), so a first search fetches no more than it shows.
  let counted: { query: string | null; filters: Filters } | undefined;
  filterPanel.addEventListener('toggle', () => {
    if (!filterPanel.open || !counted || counted.query === '') return;
    const { query, filters } = counted;
    const current = generation;
    void load()
      .then(async ([engine]) => {
        const counts = await countsFor(engine, query, filters);
        if (current === generation) updateCounts(counts);
      })
      .catch(() => undefined);
  });

  /** The filters as chosen in the form: value ids for the URL, Pagefind values for the search. */
  function chosenFilters(): { ids: [string, string][]; filters: Filters } {
    const ids: [string, string][] = [];
    const filters: Filters = {};
    for (const group of groups) {
      const checked = filterPanel.querySelector<HTMLInputElement>(`input[name="${group}"]:checked`);
      if (!checked || !checked.value) continue;
      ids.push([group, checked.value]);
      filters[group] = { any: [checked.dataset.value!] };
    }
    return { ids, filters };
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const group of groups) {
      const value = params.get(group) ?? '';
      const radio = filterPanel.querySelector<HTMLInputElement>(`input[name="${group}"][value="${CSS.escape(value)}"]`) ?? filterPanel.querySelector<HTMLInputElement>(`input[name="${group}"][value=""]`);
      if (radio) radio.checked = true;
    }
  }

  /**
   * One history entry per search: the first change after a finished search adds an entry, later changes while
   * typing update it, and Enter or a filter finishes it. The back button then goes to the previous search.
   */
  let typing = false;
  function writeUrl(finished: boolean) {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [group, value] of chosenFilters().ids) params.set(group, value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (typing) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    typing = !finished;
  }

  /**
   * A short code (amw10) or a module id (amw-intake) leads straight to the module. Both are indexed on the
   * module's own page; only a first result that is that very module counts, so a word that merely looks like an
   * id ("amw-instelling") or Pagefind's fallback to a shorter word never sends anyone to a page that does not exist.
   */
  async function directHit(raw: string, engine: Pagefind): Promise<string | undefined> {
    const query = raw.trim().toLowerCase();
    const werksoort = /^[a-z]+/.exec(query)?.[0] ?? '';
    const isCode = codePattern.test(query);
    if (!werksoorten.has(werksoort) || !(isCode || /^[a-z]+(?:-[a-z0-9]+)+$/.test(query))) return undefined;
    const [first] = (await engine.search(query.replace(/-/g, ''))).results;
    const data = first && (await dataOf(first));
    if (!data) return undefined;
    if (isCode) return normalizeWord(data.raw_content ?? data.content).split(/[^a-z0-9]+/).includes(query) ? `${base}${shortLinkPath(query)}` : undefined;
    return data.url === `${base}${modulePath(query)}` ? data.url : undefined;
  }

  let generation = 0;
  let shown: PagefindResult[] = [];
  /** The normalised words of the current search, typed and searched: what excerpts mark. */
  let searchWords: string[] = [];

  /** `checked`: the submit handler has already looked for a direct hit and found none. */
  async function run(options: { push?: boolean; fromUrl?: boolean; checked?: boolean } = {}) {
    const current = ++generation;
    const finished = Boolean(options.push || options.fromUrl);
    const raw = input.value;
    const { filters, ids } = chosenFilters();
    filterCount.textContent = ids.length ? `(${ids.length} gekozen)` : '';
    if (!options.fromUrl) writeUrl(Boolean(options.push));
    const loaded = await load().catch(() => undefined);
    if (!loaded) return;
    const [engine, words] = loaded;
    failed.hidden = true;
    if (current !== generation) return;

    const direct = options.checked ? undefined : await directHit(raw, engine);
    if (current !== generation) return;
    // Straight to the module for a link such as /zoeken/?q=amw10, but not when the user came back to this page:
    // that would send them forward again and trap the back button.
    const cameBack = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'back_forward';
    if (direct && options.fromUrl && !cameBack) {
      location.replace(direct);
      return;
    }

    const plan = planQuery(raw, words);
    searchWords = plan.terms.flatMap((t) => [...t.words, t.input]);
    const browsing = plan.query === '' && raw.trim() === '' && ids.length > 0;
    const wantCounts = filterPanel.open || ids.length > 0;
    if (plan.query === '' && !browsing) {
      render(current, plan, words, [], raw, direct, 0, finished);
      counted = { query: raw.trim() ? '' : null, filters };
      if (!raw.trim()) {
        announce('', true);
        if (wantCounts) {
          const counts = await countsFor(engine, null, filters);
          if (current === generation) updateCounts(counts);
        }
      }
      return;
    }
    const query = browsing ? null : plan.query;
    counted = { query, filters };
    // Pagefind loads its filter index lazily; a search that starts before it is loaded comes back without counts.
    if (wantCounts) await engine.filters();
    const response = await engine.search(query, wantCounts ? { filters } : {});
    let results = response.results;
    const complete = results.length;
    const loose = plan.looseTerms.filter((t) => t.words.length > 0);
    const looseQuery = [...new Set(loose.flatMap((t) => t.words))].join(' ');
    if (results.length < pageSize / 2 && (loose.length > 1 || (looseQuery && looseQuery !== plan.query))) {
      // Few or no modules have every word (or the phrase): add the modules that have all the words apart, then
      // those with the rarest two words. Rare words say the most and cost the least to search; a word on nearly
      // every page would cost the most and add nothing.
      const rarest = loose.length > 1 ? [...loose].sort((a, b) => rarity(a, words) - rarity(b, words)).slice(0, 2) : [];
      const searches = [...(looseQuery !== plan.query ? [{ query: looseQuery, all: true }] : []), ...rarest.map((t) => ({ query: t.words.join(' '), all: false }))];
      const each = await Promise.all(searches.map((x) => engine.search(x.query, wantCounts ? { filters } : {})));
      // Order: all words, then more of the rare words, then Pagefind's scores added up.
      const merged = new Map<string, { result: PagefindResult; all: boolean; words: number; score: number }>();
      each.forEach((response, i) => {
        for (const r of response.results) {
          const seen = merged.get(r.id) ?? { result: r, all: false, words: 0, score: 0 };
          merged.set(r.id, { result: r, all: seen.all || searches[i].all, words: seen.words + (searches[i].all ? 0 : 1), score: seen.score + r.score });
        }
      });
      const have = new Set(results.map((r) => r.id));
      const extra = [...merged.values()]
        .filter((m) => !have.has(m.result.id))
        .sort((a, b) => Number(b.all) - Number(a.all) || b.words - a.words || b.score - a.score)
        .map((m) => m.result);
      results = [...results, ...extra];
    }
    if (plan.preferred.length) results = await preferThesaurusModules(results, plan.preferred);
    if (current !== generation) return;
    if (wantCounts) {
      const counts = await filterCountsFor(engine, query, filters, response);
      if (current !== generation) return;
      updateCounts(counts);
    }
    render(current, plan, words, results, raw, direct, complete, finished);
  }

  /** How many pages have the term's words: fewer is rarer. */
  function rarity(term: { words: string[] }, words: Vocabulary): number {
    return Math.max(...term.words.map((w) => words.count.get(w) ?? 0));
  }

  /**
   * Lists the modules a thesaurus entry leads to first, in the editors' order (src/lib/search-query.ts), within
   * the first page of results: those are loaded to be shown anyway, and the thesaurus words' weight in the
   * index already brings the entry's modules there.
   */
  async function preferThesaurusModules(results: PagefindResult[], preferred: string[]): Promise<PagefindResult[]> {
    const considered = results.slice(0, pageSize);
    const ids = await Promise.all(considered.map(async (r) => /\/modules\/([^/]+)\/?$/.exec((await dataOf(r)).url)?.[1] ?? ''));
    const rank = (i: number) => {
      const at = preferred.indexOf(ids[i]);
      return at === -1 ? preferred.length : at;
    };
    const order = considered.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
    return [...order.map((i) => considered[i]), ...results.slice(pageSize)];
  }

  /** Pagefind loads a result's fragment on every call; one load per result is enough. */
  const fragments = new Map<string, Promise<PagefindData>>();
  function dataOf(result: PagefindResult): Promise<PagefindData> {
    let data = fragments.get(result.id);
    if (!data) fragments.set(result.id, (data = result.data()));
    return data;
  }

  /** Counts for a query (null: browsing by filters alone) once the filter panel opens. */
  async function countsFor(engine: Pagefind, query: string | null, filters: Filters): Promise<FilterCounts> {
    const all = await engine.filters();
    if (query === null && Object.keys(filters).length === 0) return all;
    return filterCountsFor(engine, query, filters, await engine.search(query, { filters }));
  }

  /** Counts per option: for a group with a choice, as if that group had none, so its other options stay usable. */
  async function filterCountsFor(engine: Pagefind, query: string | null, filters: Filters, response: PagefindResponse): Promise<FilterCounts> {
    const counts: FilterCounts = { ...response.filters };
    for (const group of Object.keys(filters)) {
      const { [group]: _, ...others } = filters;
      counts[group] = (await engine.search(query, { filters: others })).filters[group] ?? {};
    }
    return counts;
  }

  function updateCounts(counts: FilterCounts) {
    for (const group of groups) {
      for (const option of filterPanel.querySelectorAll<HTMLInputElement>(`input[name="${group}"]`)) {
        const label = option.closest('label')!;
        const count = label.querySelector('.filter-count')!;
        if (!option.value) continue;
        const n = counts[group]?.[option.dataset.value!] ?? 0;
        count.textContent = `(${n})`;
        option.disabled = n === 0 && !option.checked;
        label.classList.toggle('is-empty', option.disabled);
      }
    }
  }

  /**
   * The status line is a live region: a finished search (Enter, a filter, a link) is announced at once, a search
   * while typing only after a pause, so a screen reader is not interrupted at every letter.
   */
  let announceTimer: number | undefined;
  function announce(text: string, finished: boolean) {
    window.clearTimeout(announceTimer);
    if (finished) status.textContent = text;
    else {
      status.textContent = '';
      const current = generation;
      announceTimer = window.setTimeout(() => current === generation && (status.textContent = text), 1000);
    }
  }

  async function render(current: number, plan: QueryPlan, words: Vocabulary, results: PagefindResult[], raw: string, direct?: string, complete = results.length, finished = true) {
    list.replaceChildren();
    notice.replaceChildren();
    empty.hidden = true;
    shown = results;
    const query = raw.trim();
    if (direct) {
      const p = document.createElement('p');
      p.className = 'direct-hit';
      const a = document.createElement('a');
      a.href = direct;
      a.textContent = `Ga direct naar ${query.toLowerCase().startsWith('met') ? 'methode' : 'module'} ${query}`;
      p.append(a);
      notice.append(p);
    }
    const changed = plan.terms.filter((t) => ['compound', 'form', 'spelling', 'completion'].includes(t.kind));
    const unknown = plan.terms.filter((t) => t.kind === 'unknown');
    if (unknown.length && results.length) notice.append(paragraph(`Niet gevonden en overgeslagen: ${unknown.map((t) => `“${t.input}”`).join(', ')}.`));
    if (complete === 0 && results.length) notice.append(paragraph('Geen module bevat al deze woorden. Hieronder de modules met een deel ervan.'));
    else if (complete < results.length) notice.append(paragraph(`${complete === 1 ? 'De eerste module bevat' : `De eerste ${complete} modules bevatten`} al deze woorden; daarna volgen modules met een deel ervan.`));

    if (results.length === 0) {
      more.hidden = true;
      if (!query && !Object.keys(chosenFilters().filters).length) return;
      announce(query ? `Geen modules gevonden voor “${query}”.` : 'Geen modules met deze filters.', finished);
      showSuggestions(plan, words);
      return;
    }
    // What was searched instead of what was typed, in the one line that a screen reader also hears.
    const searchedFor = plan.terms.filter((t) => t.words.length).map((t) => t.words.join(' + ')).join(', ');
    const searched = changed.length ? ` (gezocht op ${searchedFor}${changed.some((t) => t.kind === 'spelling') ? ', spelling verbeterd' : ''})` : '';
    announce(`${results.length === 1 ? '1 resultaat' : `${results.length} resultaten`} gevonden${query ? ` voor “${query}”${searched}` : ''}.`, finished);
    await appendResults(current, 0);
  }

  function paragraph(text: string) {
    const p = document.createElement('p');
    p.textContent = text;
    return p;
  }

  function showSuggestions(plan: QueryPlan, words: Vocabulary) {
    empty.hidden = false;
    const target = empty.querySelector('.suggesties')!;
    target.replaceChildren();
    const alternatives = [...new Set(plan.terms.filter((t) => t.kind === 'unknown').flatMap((t) => spellingCandidates(t.input, words, 3)))];
    if (alternatives.length === 0) return;
    const p = document.createElement('p');
    p.append('Bedoelde u ');
    alternatives.forEach((word, i) => {
      const a = document.createElement('a');
      // Keep the chosen filters: the suggestion changes the word, not the rest of the search.
      const params = new URLSearchParams(location.search);
      params.set('q', word);
      a.href = `?${params}`;
      a.textContent = word;
      p.append(a, i < alternatives.length - 2 ? ', ' : i === alternatives.length - 2 ? ' of ' : '?');
    });
    target.append(p);
  }

  async function appendResults(current: number, from: number) {
    const batch = shown.slice(from, from + pageSize);
    const data = await Promise.all(batch.map(dataOf));
    if (current !== generation) return;
    for (const item of data) list.append(resultItem(item));
    more.hidden = from + pageSize >= shown.length;
    more.textContent = `Toon meer resultaten (${shown.length - from - pageSize} over)`;
  }

  function resultItem(data: PagefindData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    // A method page has no werksoort or functie: its kind and line say what it is.
    meta.textContent = (data.filters.soort ? [data.filters.soort[0], ...(data.filters.lijn ?? [])] : [data.filters.werksoort?.[0], data.filters.functie?.[0]]).filter(Boolean).join(' · ');
    const content = data.raw_content ?? data.content;
    const boundary = data.anchors.find((a) => a.id === searchTermsAnchor)?.location ?? Number.MAX_SAFE_INTEGER;
    const titleWords = (data.meta.title ?? '').replace(/\s*\([^)]*\)$/, '').split(/\s+/).length;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    const headings = data.anchors.filter((a) => sectionLabels.has(a.id)).map((a) => ({ location: a.location, words: sectionLabels.get(a.id)!.split(/\s+/).length }));
    for (const piece of buildExcerpt({ content, locations: data.locations, boundary, searchWords, skip: titleWords, headings })) {
      if (piece.mark) {
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        excerpt.append(mark);
      } else excerpt.append(piece.text);
    }
    li.append(heading, meta, excerpt);
    const sections = data.sub_results.filter((s) => s.anchor && sectionLabels.has(s.anchor.id) && s.locations.some((l) => l < boundary));
    if (sections.length) {
      const label = document.createElement('p');
      label.className = 'result-sections-label';
      label.textContent = 'Gevonden in:';
      const ul = document.createElement('ul');
      ul.className = 'result-sections';
      for (const section of sections.slice(0, 4)) {
        const item = document.createElement('li');
        const a = document.createElement('a');
        a.href = section.url;
        a.textContent = sectionLabels.get(section.anchor!.id)!;
        item.append(a);
        ul.append(item);
      }
      li.append(label, ul);
    }
    return li;
  }

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 250);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    // A search still under way for what was typed before must not answer after this one.
    const current = ++generation;
    void load()
      .then(async ([engine]) => {
        const direct = await directHit(input.value, engine);
        if (current !== generation) return;
        if (direct) location.assign(direct);
        else void run({ push: true, checked: true });
      })
      .catch(() => undefined);
  });
  filterPanel.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type="radio"]')) void run({ push: true });
  });
  more.addEventListener('click', () => {
    const from = list.children.length;
    void appendResults(generation, from).then(() => (list.children[from]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  window.addEventListener('popstate', () => {
    typing = false;
    readUrl();
    void run();
  });

  readUrl();
  // Tells tests (and anyone scripting the page) that typing and Enter are now handled here.
  form.dataset.klaar = '';
  if (input.value.trim() || chosenFilters().ids.length) void run({ fromUrl: true });
  else {
    // An empty search page is for typing; with a query from a link the results matter more than a phone keyboard.
    input.focus();
    counted = { query: null, filters: {} };
  }
}
