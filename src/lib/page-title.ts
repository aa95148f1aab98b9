/** The site's name, as every page title and the redirect pages end with it. */
export const siteName = 'Modulewijzer';

/** A page's `<title>`: the page's own title, then the site's name (the home page has only the name). */
export function pageTitle(title: string): string {
  return title === siteName ? siteName : `${title} – ${siteName}`;
}
