// On the 404 page: a short link typed in another case or without its closing slash goes to the short link as
// published. Hosts that read _redirects never get here for the common forms; this catches the rest on every host.
import { href } from '../lib/paths.ts';
import { publishedShortLink } from '../lib/short-link-case.ts';

const target = publishedShortLink(window.location.pathname, href('m/'));
if (target) window.location.replace(target + window.location.search + window.location.hash);
