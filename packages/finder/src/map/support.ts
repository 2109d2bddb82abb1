// What the finder needs before it loads the map chunk: no maplibre import here, so this module stays a
// few hundred bytes in the finder's CDN file.

/** A place the map can show: only places with coordinates (WGS 84, decimal degrees). */
export interface MapPlace {
  /** Stable identifier, also the id the finder uses for its list. */
  id: string;
  /** Name, read out as the marker's accessible name. */
  name: string;
  /** One-line address, read out after the name. */
  address: string;
  lat: number;
  lon: number;
}

/** Why the map is not shown; the finder then works as a list and says why in one line. */
export type MapUnavailableReason =
  /** The browser has no WebGL 2 (old device, disabled GPU, some privacy settings). */
  | 'no-webgl'
  /** No Web Worker support. */
  | 'no-worker'
  /** The map's code (the lazy chunk) could not be loaded. */
  | 'chunk'
  /** The map style could not be loaded or read. */
  | 'style'
  /** The map tiles keep failing. */
  | 'tiles'
  /** The browser lost the WebGL context (GPU reset, too many maps). */
  | 'webgl-lost'
  /** The page's Content-Security-Policy blocked maplibre's worker (see `worker-url` and the CSP notes in the README). */
  | 'csp'
  /** The map did not render in time. */
  | 'timeout';

/** IGN's free "Plan IGN" vector style (Géoplateforme), usable without a key. */
export const DEFAULT_MAP_STYLE = 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json';

/** Whether this browser can show the map: WebGL 2 (which maplibre-gl 6 requires) and workers. */
export function canShowMap(): { ok: true } | { ok: false; reason: 'no-webgl' | 'no-worker' } {
  if (typeof Worker === 'undefined') return { ok: false, reason: 'no-worker' };
  let webgl2 = false;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    webgl2 = !!gl;
    // Free the context at once: browsers cap live contexts (about 16) and drop the oldest.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    // Some privacy settings throw instead of returning null.
  }
  return webgl2 ? { ok: true } : { ok: false, reason: 'no-webgl' };
}

/**
 * Resolves once `el` is (partly) in the viewport, so the map chunk (about 300 KB gzip) loads only for
 * people who scroll to the map. Resolves at once where IntersectionObserver is missing; `signal` aborts
 * the wait (the promise then never resolves).
 */
export function whenVisible(el: Element, options: { rootMargin?: string; signal?: AbortSignal } = {}): Promise<void> {
  return new Promise((resolve) => {
    if (typeof IntersectionObserver === 'undefined') return resolve();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          observer.disconnect();
          resolve();
        }
      },
      { rootMargin: options.rootMargin ?? '200px' },
    );
    observer.observe(el);
    options.signal?.addEventListener('abort', () => observer.disconnect(), { once: true });
  });
}

/**
 * Loads the map chunk (which registers `<npt-finder-map>`), or says why it could not be.
 * Checks WebGL first, so a browser without it never downloads maplibre.
 */
export async function loadFinderMap(): Promise<{ ok: true } | { ok: false; reason: MapUnavailableReason; error?: unknown }> {
  const support = canShowMap();
  if (!support.ok) return support;
  try {
    await import('./finder-map.js');
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: 'chunk', error };
  }
}

/** Whether a place has usable coordinates (finite, in range, not the 0,0 placeholder of some exports). */
export function hasCoordinates(p: { lat?: number | null; lon?: number | null }): p is { lat: number; lon: number } {
  return (
    typeof p.lat === 'number' &&
    typeof p.lon === 'number' &&
    Number.isFinite(p.lat) &&
    Number.isFinite(p.lon) &&
    Math.abs(p.lat) <= 90 &&
    Math.abs(p.lon) <= 180 &&
    !(p.lat === 0 && p.lon === 0)
  );
}
