// The real-data conformance suite's data: real exports of the national standard (three regional files),
// the standard's example CSV, the opening-hours corpus and the commune list, read in place from the folder
// NPT_REAL_DATA names (default: ../shared/data beside the repository, when it exists). Never copied into
// the repository. Only *.real-data.test.ts files import this module; `npm run test:real-data` runs them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realDataDir } from './real-data-dir.mjs';
import { samplePlaceRecords, type SampleName } from './places.js';

export { realDataDir };

/** The path of a file of the real-data folder; throws when the folder is missing. */
export function realDataPath(path: string): string {
  const dir = realDataDir();
  if (!dir) throw new Error('No real-data folder: set NPT_REAL_DATA (see README, "Real-data suite").');
  return join(dir, path);
}

export const readRealJson = <T = unknown>(path: string): T => JSON.parse(readFileSync(realDataPath(path), 'utf8')) as T;

/** The three real exports, by the name of their file in places/. */
export const REAL_PLACE_FILES = ['idf-conseillers-numeriques-2022-08', 'paca-hub-du-sud-v1', 'charente-v1'] as const;
export type RealPlaceFile = (typeof REAL_PLACE_FILES)[number];

export const readRealPlaces = (name: RealPlaceFile): unknown[] => readRealJson<unknown[]>(`places/${name}.json`);

/** The sample that stands for each real export when the tests run on samples (`npm test`). */
export const SAMPLE_FOR: Record<RealPlaceFile, SampleName> = {
  'idf-conseillers-numeriques-2022-08': 'metropole',
  'paca-hub-du-sud-v1': 'network',
  'charente-v1': 'small',
};
let real = false;

/**
 * Makes `placeRecords` read the real exports: a *.real-data.test.ts file calls it, then imports a node
 * test file, so that the same checks run on the samples (npm test) and on the real exports.
 */
export function useRealData(): void {
  real = true;
}

/** The records of a real export in the real-data suite, else those of the sample standing for it. */
export const placeRecords = (name: RealPlaceFile): unknown[] => (real ? readRealPlaces(name) : samplePlaceRecords(SAMPLE_FOR[name]));

/** True in the real-data suite (after `useRealData()`). */
export const isRealData = (): boolean => real;

/**
 * Distinct opening-hours strings and how many records carry each: the real corpus in the real-data
 * suite, else those of every sample (the generator writes valid and broken ones).
 */
export function openingHoursCorpus(): Array<{ horaires: string; occurrences: number }> {
  if (real) return readRealJson('opening-hours/horaires-corpus.json');
  const counts = new Map<string, number>();
  for (const name of Object.values(SAMPLE_FOR)) {
    for (const { horaires = '' } of samplePlaceRecords(name)) counts.set(horaires, (counts.get(horaires) ?? 0) + 1);
  }
  return [...counts].map(([horaires, occurrences]) => ({ horaires, occurrences }));
}

let sampleDir: string | undefined;

/** A file to import (JSON): the real export in the real-data suite, else its sample written to a temporary file. */
export function placeFile(name: RealPlaceFile): string {
  if (real) return realDataPath(`places/${name}.json`);
  if (!sampleDir) {
    const dir = (sampleDir = mkdtempSync(join(tmpdir(), 'npt-samples-')));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  const path = join(sampleDir, `${name}.json`);
  if (!existsSync(path)) writeFileSync(path, JSON.stringify(samplePlaceRecords(SAMPLE_FOR[name])));
  return path;
}
