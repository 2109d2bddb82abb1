// Address search through the national address API (Base Adresse Nationale, served by the IGN
// Géoplateforme: `GET {url}?q=…&limit=…`, a GeoJSON FeatureCollection). Configurable, never required.
import { fetchJson } from '@npt/api-client';

export interface GeocodedAddress {
  label: string;
  lat: number;
  lon: number;
  /** `housenumber`, `street`, `locality` or `municipality`. */
  type: string;
  citycode?: string;
}

// Each feature is read by hand; one that does not read is skipped.
function readFeature(f: unknown): GeocodedAddress | undefined {
  const feature = f as { geometry?: { coordinates?: unknown }; properties?: Record<string, unknown> } | null;
  const coordinates: unknown[] = Array.isArray(feature?.geometry?.coordinates) ? feature.geometry.coordinates : [];
  const [lon, lat] = coordinates;
  const p = feature?.properties ?? {};
  if (typeof lon !== 'number' || typeof lat !== 'number' || typeof p.label !== 'string') return undefined;
  return {
    label: p.label,
    lat,
    lon,
    type: typeof p.type === 'string' ? p.type : 'address',
    ...(typeof p.citycode === 'string' ? { citycode: p.citycode } : {}),
  };
}

/**
 * Geocodes an address; `signal` cancels a request that a newer keystroke has made useless. Rejects
 * with the API client's typed errors (network, timeout, http, invalid, aborted).
 */
export async function geocode(
  url: string,
  query: string,
  options: { signal?: AbortSignal; limit?: number } = {},
): Promise<GeocodedAddress[]> {
  const target = new URL(url, document.baseURI);
  target.searchParams.set('q', query);
  target.searchParams.set('limit', String(options.limit ?? 5));
  const body = (await fetchJson(target.toString(), { signal: options.signal, timeoutMs: 6000, retries: 1 })) as {
    features?: unknown;
  } | null;
  const features = Array.isArray(body?.features) ? body.features : [];
  return features.map(readFeature).filter((a): a is GeocodedAddress => !!a);
}
