// On the 404 page: a short link typed in another case or without its closing slash (`/m/Amw10`) goes to the
// short link as published (`/m/amw10/`), whose page forwards to the module. Hosts that read _redirects never
// get here for the common forms; this catches the rest on every host. An unknown code ends on this page again,
// already in its published form, so it cannot loop.
import { href } from '../lib/paths.ts';

const prefix = href('m/');
const { pathname } = window.location;
if (pathname.toLowerCase().startsWith(prefix.toLowerCase())) {
  const slug = pathname.slice(prefix.length).replace(/\/$/, '');
  const published = `${prefix}${slug.toLowerCase()}/`;
  if (slug && !slug.includes('/') && published !== pathname) window.location.replace(published + window.location.search + window.location.hash);
}
