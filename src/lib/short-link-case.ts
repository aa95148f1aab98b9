/**
 * Where the 404 page sends a short link typed in another case or without its closing slash (`/m/Amw10`): the short
 * link as published (`/m/amw10/`), whose page forwards to the module. Undefined when the path is no short link or
 * is already in its published form, so an unknown code ends on the 404 page and cannot loop.
 */
export function publishedShortLink(pathname: string, prefix: string): string | undefined {
  if (!pathname.toLowerCase().startsWith(prefix.toLowerCase())) return undefined;
  const slug = pathname.slice(prefix.length).replace(/\/$/, '');
  const published = `${prefix}${slug.toLowerCase()}/`;
  return slug && !slug.includes('/') && published !== pathname ? published : undefined;
}
