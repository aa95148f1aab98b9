/**
 * The site's Content-Security-Policy: only our own origin, no inline scripts. Pagefind compiles its
 * WebAssembly search index in the browser, which needs 'wasm-unsafe-eval' (not general eval).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The policy of a redirect page (src/lib/redirect-html.ts): it loads nothing at all, so it may forbid everything;
 * shorter too, which counts with two redirect pages per module.
 */
export const redirectPagePolicy = "default-src 'none'; base-uri 'none'; form-action 'none'";

/** Headers for hosts that read a `_headers` file; frame-ancestors only works as a real header. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': `${contentSecurityPolicy}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/**
 * Files whose name carries a hash of their content never change under that name, so a browser may keep them:
 * Pagefind's index chunks, filters and fragments, its meta file, and Astro's bundled scripts and styles.
 * Searching again then fetches nothing twice.
 */
export const immutablePaths = ['pagefind/index/*', 'pagefind/filter/*', 'pagefind/fragment/*', 'pagefind/*.pf_meta', '_astro/*'];
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/** Whether a site path (without the base path) is one of `immutablePaths`. */
export function isImmutablePath(path: string): boolean {
  return /^(pagefind\/(index|filter|fragment)\/|_astro\/)|^pagefind\/[^/]+\.pf_meta$/.test(path.replace(/^\//, ''));
}
