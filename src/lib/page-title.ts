/** Search engines and browser tabs show about 70 characters of a page title (html-validate's long-title rule). */
export const maxTitleLength = 70;
const siteName = 'Modulewijzer';
const siteSuffix = ` – ${siteName}`;

/**
 * The `<title>` of a page: "Titel (AMW) – Modulewijzer" when that fits in 70 characters. A longer title drops
 * the site name, then its own remarks in brackets ("Signalering (collectiveren individuele problematiek)"
 * becomes "Signalering"), and only then is cut after a whole word with "…". The qualifier, such as the
 * werksoort "(IOW)", always stays: two modules may share a title. The full title stays in the h1 and og:title.
 */
export function fitTitle(title: string, qualifier = ''): string {
  if (title === siteName && !qualifier) return siteName;
  const withQualifier = (text: string) => (qualifier ? `${text} ${qualifier}` : text);
  const candidates = [withQualifier(title) + siteSuffix, withQualifier(title)];
  const unbracketed = title.replace(/\s*\([^)]*\)/g, '').trim();
  if (unbracketed && unbracketed !== title) candidates.push(withQualifier(unbracketed) + siteSuffix, withQualifier(unbracketed));
  const fitting = candidates.find((c) => c.length <= maxTitleLength);
  if (fitting) return fitting;
  const room = maxTitleLength - (qualifier ? qualifier.length + 1 : 0) - 1;
  const base = unbracketed || title;
  // Cut after the last whole word that fits, and never end on a small joining word ("hulpverlening en…").
  const cut = base
    .slice(0, room + 1)
    .replace(/\s+\S*$/, '')
    .replace(/(\s+(en|of|met|van|de|het|een|bij|naar|voor|in|op|rond|tot))+$/i, '')
    .replace(/[\s,;:/–-]+$/, '');
  return withQualifier(`${cut || base.slice(0, room)}…`);
}
