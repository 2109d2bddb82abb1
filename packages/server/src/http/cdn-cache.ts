// Cache lifetimes of the CDN build (dist/cdn served at /cdn/). A versioned folder never changes once
// published, so browsers and CDNs keep it a year without asking again; the moving names (`latest/`, the
// unversioned `npt-*.js` at the top) must pick up a release within minutes.

/** A year, the longest lifetime caches honour. */
const YEAR_S = 365 * 24 * 60 * 60;
/** Moving names: a new release reaches pages within five minutes. */
const SHORT_S = 300;

/** `0.1.0/`, `1.2.3-beta.1/`: a published version's folder (not `latest/`). */
const VERSION_DIR = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?\//;

/** `Cache-Control` for a file of the CDN build, by its path relative to the build's root (`/` separators). */
export function cdnCacheControl(relativePath: string): string {
  const path = relativePath.replaceAll('\\', '/').replace(/^\/+/, '');
  if (VERSION_DIR.test(path)) return `public, max-age=${YEAR_S}, immutable`;
  return `public, max-age=${SHORT_S}`;
}
