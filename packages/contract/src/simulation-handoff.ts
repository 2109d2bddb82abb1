import { MAX_PEOPLE_PER_YEAR, MAX_PROJECT_COST } from './limits.js';
import { parseFrenchInteger } from './parse-number.js';

/**
 * The simulator's "apply with these figures" link carries the figures to the participation form as
 * query parameters, `sim.2024=1200&sim.cost=90000`, beside the host page's own parameters, which are
 * kept. Figures only: nothing personal ever goes into a URL.
 */
export const SIMULATION_PREFIX = 'sim.';

/** The figures as typed (strings) or as numbers; an empty or missing figure is left out of the URL. */
export interface SimulationFigures {
  people: Record<number, string | number | undefined>;
  projectCost?: string | number | undefined;
}

/** The figures read back from a URL: only readable, in-bounds whole numbers, by year of `years`. */
export interface SimulationHandoff {
  people: Record<number, number>;
  projectCost?: number;
}

const text = (v: string | number | undefined) => String(v ?? '').trim() || undefined;

/** The figures as un-prefixed parameters (`{ 2024: '1200', cost: '90000' }`); empty ones are undefined. */
export function encodeSimulation(figures: SimulationFigures): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [year, value] of Object.entries(figures.people)) out[year] = text(value);
  out.cost = text(figures.projectCost);
  return out;
}

/** `href` with the `sim.*` parameters set to `figures`; every other parameter and the hash stay. */
export function simulationHref(href: string, figures: SimulationFigures, prefix = SIMULATION_PREFIX): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(prefix)) url.searchParams.delete(key);
  for (const [key, value] of Object.entries(encodeSimulation(figures))) if (value) url.searchParams.set(prefix + key, value);
  return url.toString();
}

/**
 * Reads the figures of a `sim.*` URL (or its search params), for the years given (the funding rules').
 * A figure that does not read as a whole number within the shared limits is dropped, not guessed.
 */
export function decodeSimulation(
  source: string | URLSearchParams,
  years: readonly number[],
  prefix = SIMULATION_PREFIX,
): SimulationHandoff {
  const params = typeof source === 'string' ? new URL(source).searchParams : source;
  const read = (key: string, max: number) => {
    const parsed = parseFrenchInteger(params.get(prefix + key) ?? '', max);
    return parsed.ok ? parsed.value : undefined;
  };
  const people: Record<number, number> = {};
  for (const year of years) {
    const value = read(String(year), MAX_PEOPLE_PER_YEAR);
    if (value !== undefined) people[year] = value;
  }
  const projectCost = read('cost', MAX_PROJECT_COST);
  return projectCost === undefined ? { people } : { people, projectCost };
}

/** Whether the URL carries any simulation figure (the form then says where its figures come from). */
export function hasSimulation(source: string | URLSearchParams, prefix = SIMULATION_PREFIX): boolean {
  const params = typeof source === 'string' ? new URL(source).searchParams : source;
  return [...params.keys()].some((k) => k.startsWith(prefix));
}
