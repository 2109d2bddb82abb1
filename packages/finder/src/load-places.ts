// Loads the places from a source: a JSON file in the national standard (`src`, a commune's static file
// or the national API), or the programme's API (`api`, paged `GET /places`). Records go through the
// same normaliser as the server's import; dirty records are skipped and counted, never fatal.
import { fetchJson, InvalidResponseError } from '@npt/api-client';
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import { PlaceIndex, type NormaliseResult } from '@npt/contract';
import { NptDataLoadEvent } from './events.js';
import type { CommuneOption } from './search/suggestions.js';
import type * as PlacesData from './places-data.js';

let placesDataModule: Promise<typeof PlacesData> | undefined;

/** The normaliser and the commune list, loaded once (again after a failure: the network may be back). */
function placesData(): Promise<typeof PlacesData> {
  return (placesDataModule ??= import('./places-data.js').catch((error: unknown) => {
    placesDataModule = undefined;
    throw error;
  }));
}

/** The Métropole's communes for the search box, when no places were loaded (yet, or at all). */
export async function mgpCommuneOptions(): Promise<CommuneOption[]> {
  return (await placesData()).communeOptions([]);
}

/** A static file may be a bare array, or wrapped (`{ items }`, `{ data }`, `{ lieux }`) like some exports. */
function recordsOf(body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  for (const key of ['items', 'data', 'lieux']) {
    const list = (body as Record<string, unknown> | null)?.[key];
    if (Array.isArray(list)) return list;
  }
  throw new TypeError('The file holds no list of places (a JSON array, or an object with items, data or lieux).');
}

/** Largest page the API serves. */
const PAGE_SIZE = 1000;

export interface PlaceSource {
  src?: string;
  api?: string;
  /** Codes INSEE of the territory; empty: every place. */
  communes: string[];
}

/**
 * Loads and normalises the places. `fresh` (the person pressed "retry") revalidates with the server
 * instead of trusting the HTTP cache, which may hold the very error being retried.
 */
export async function loadPlaces(source: PlaceSource, signal: AbortSignal, fresh = false): Promise<NormaliseResult> {
  // The normaliser's code comes while the records do (a failed fetch reports its own error, not this one).
  const code = placesData();
  code.catch(() => {});
  // A national file can be large: a longer timeout than the API's default.
  const options = { signal, timeoutMs: 15_000, ...(fresh ? { cache: 'no-cache' as const } : {}) };
  let records: unknown[];
  if (source.api) {
    records = [];
    const base = source.api.replace(/\/$/, '');
    // The next page starts after what came back (a server may serve smaller pages than asked).
    for (;;) {
      const url = new URL(`${base}/places`, document.baseURI);
      url.searchParams.set('limit', String(PAGE_SIZE));
      url.searchParams.set('offset', String(records.length));
      if (source.communes.length) url.searchParams.set('communes', source.communes.join(','));
      const page = (await fetchJson(url.toString(), options)) as { items?: unknown; total?: unknown } | null;
      if (!Array.isArray(page?.items) || typeof page.total !== 'number') {
        throw new InvalidResponseError(200, [{ path: 'items', message: 'Expected { items: [], total }.' }], { url: url.toString() });
      }
      const items: unknown[] = page.items;
      records.push(...items);
      if (items.length === 0 || records.length >= page.total) break;
    }
  } else if (source.src) {
    records = recordsOf(await fetchJson(new URL(source.src, document.baseURI).toString(), options));
  } else {
    records = [];
  }
  const { normalisePlaces } = await code;
  const result = normalisePlaces(records, { source: source.src ? 'fichier' : 'api' });
  if (!source.communes.length) return result;
  // A static file may cover a whole region: keep the territory's places (by code INSEE, derived by the
  // normaliser from the commune name and postal code when the record has none).
  const places = result.places.filter((p) => p.code_insee && source.communes.includes(p.code_insee));
  return { ...result, places };
}

export interface LoadedPlaces {
  index: PlaceIndex;
  communes: CommuneOption[];
  stats: NormaliseResult;
}

type PlacesArgs = readonly [src: string, api: string, communes: string];

/**
 * The finder's data as a task: loads, indexes, and tells the page what was kept and skipped
 * (`npt-data-load`, also when the source failed). `retry()` revalidates with the server.
 */
export class PlacesTask extends Task<PlacesArgs, LoadedPlaces> {
  private retrying = false;

  constructor(host: ReactiveControllerHost & HTMLElement, args: () => PlacesArgs) {
    super(host, {
      task: async ([src, api, communes], { signal }): Promise<LoadedPlaces> => {
        const territory = communes.split(/[\s,;]+/).filter(Boolean);
        try {
          const stats = await loadPlaces({ src, api, communes: territory }, signal, this.retrying);
          const index = new PlaceIndex(stats.places);
          host.dispatchEvent(
            new NptDataLoadEvent({
              accepted: stats.accepted,
              rejected: stats.rejected,
              reasons: stats.reasons,
              shown: stats.places.length,
            }),
          );
          return { index, communes: (await placesData()).communeOptions(stats.places), stats };
        } catch (error) {
          if (!signal.aborted) {
            host.dispatchEvent(
              new NptDataLoadEvent({ accepted: 0, rejected: 0, reasons: [], shown: 0, error: String((error as Error)?.message ?? error) }),
            );
          }
          throw error;
        }
      },
      args,
    });
  }

  /** "Réessayer": loads again, past the HTTP cache (which may hold the very error being retried). */
  retry(): void {
    this.retrying = true;
    void this.run().finally(() => (this.retrying = false));
  }
}
