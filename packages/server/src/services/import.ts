// Import of places in the national standard (v1.0.2 and the 2022 exports): a JSON array (or our own
// page `{items: […]}`), or the standard's CSV; from a file or an http(s) URL. Records go through the
// shared normaliser, which skips and counts what cannot be used; accepted places are upserted by id.
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { normalisePlaces, type NormaliseResult } from '@npt/contract';
import type { Db } from '../db/connect.js';
import { prunePlaces, upsertPlaces, type UpsertResult } from './places.js';

export class ImportSourceError extends Error {
  override name = 'ImportSourceError';
}

/** Reads the records of a JSON or CSV text; the format is told by the text itself, not by a file name. */
export function parseRecords(text: string): unknown[] {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('[') || body.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new ImportSourceError(`Not valid JSON: ${(error as Error).message}`);
    }
    if (Array.isArray(json)) return json;
    for (const key of ['items', 'data', 'lieux']) {
      const list = (json as Record<string, unknown>)[key];
      if (Array.isArray(list)) return list;
    }
    throw new ImportSourceError('JSON without an array of records (expected an array, or an object with "items" or "data")');
  }
  try {
    return parse(body, {
      columns: true,
      bom: true,
      delimiter: [',', ';'],
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as unknown[];
  } catch (error) {
    throw new ImportSourceError(`Not valid CSV: ${(error as Error).message}`);
  }
}

/** The text at a path or an http(s) URL (the national dataset is served over https). */
async function readSource(location: string, options: { timeoutMs?: number } = {}): Promise<string> {
  if (/^https?:\/\//i.test(location)) {
    const response = await fetch(location, {
      headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.1' },
      signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
    }).catch((error: Error) => {
      throw new ImportSourceError(`Cannot fetch ${location}: ${error.message}`);
    });
    if (!response.ok) throw new ImportSourceError(`Cannot fetch ${location}: HTTP ${response.status}`);
    return response.text();
  }
  try {
    return await readFile(location, 'utf8');
  } catch (error) {
    throw new ImportSourceError(`Cannot read ${location}: ${(error as Error).message}`);
  }
}

export interface ImportReport extends Omit<NormaliseResult, 'places'>, UpsertResult {
  records: number;
  /** Places of the same source that the dataset no longer lists, deleted (with `prune`). */
  deleted: number;
}

export interface ImportOptions {
  /** Name of the dataset; stored with each place. */
  source?: string | undefined;
  /** The dataset is complete: delete the places of `source` it no longer lists. Requires `source`. */
  prune?: boolean;
}

export async function importRecords(db: Db, records: unknown[], options: ImportOptions = {}): Promise<ImportReport> {
  const { source, prune } = options;
  if (prune && !source) throw new ImportSourceError('--prune needs --source: only the places of that source are pruned');
  const { places, ...counts } = normalisePlaces(records, source ? { source } : {});
  const upserted = await upsertPlaces(db, places, source);
  // Never prune on an empty or unreadable dataset: that is an outage upstream, not a closure of every place.
  const deleted = prune && source && places.length > 0 ? await prunePlaces(db, source, new Set(places.map((p) => p.id))) : 0;
  return { records: records.length, ...counts, ...upserted, deleted };
}

export async function importPlaces(db: Db, location: string, options: ImportOptions = {}): Promise<ImportReport> {
  return importRecords(db, parseRecords(await readSource(location)), options);
}

const REASONS: Record<string, string> = {
  'not-an-object': 'not a record (not a JSON object)',
  'missing-name': 'no name (nom)',
  'missing-location': 'no address, commune, postal code or coordinates',
  'duplicate-id': 'same id as an earlier record',
  duplicate: 'same name, address and postal code as an earlier record',
};

/** The report as the CLI prints it: counts, then one line per rejected record. */
export function formatReport(location: string, report: ImportReport): string {
  const lines = [
    `${location}: ${report.records} records, ${report.accepted} accepted (${report.inserted} new, ${report.updated} updated), ${report.rejected} rejected` +
      (report.deleted ? `, ${report.deleted} no longer listed deleted` : ''),
    ...report.reasons.map((r) => `  rejected #${r.index}${r.id ? ` (id ${r.id})` : ''}: ${REASONS[r.reason] ?? r.reason}`),
  ];
  return lines.join('\n');
}
