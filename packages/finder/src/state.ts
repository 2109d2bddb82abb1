// The finder's search state and its round trip through the page URL (prefixed parameters, so the host
// page's own parameters are kept): a search can be shared as a link.
import { FILTER_FIELDS, PLACE_ENUMS, type BBox, type FilterField } from '@npt/contract';

/** Where the search is centred, and what the person chose to get there. */
export interface SearchPoint {
  lat: number;
  lon: number;
  /** What the person chose, shown back in the search box ("Montreuil (93100)", "12 rue …", "Ma position"). */
  label: string;
  kind: 'address' | 'commune' | 'me';
}

export interface FinderState {
  point?: SearchPoint;
  /** A commune chosen in the search box (code INSEE): its places stay listed even without coordinates. */
  commune?: string;
  /** Search radius in km around the point; undefined: any distance. */
  radiusKm?: number;
  filters: Partial<Record<FilterField, string[]>>;
  openNow: boolean;
  openSaturday: boolean;
  /** The map's "search this area". */
  bbox?: BBox;
  /** Id of the place whose sheet is open. */
  selected?: string;
}

/** The national address API's search endpoint (Base Adresse Nationale on the IGN Géoplateforme). */
export const DEFAULT_GEOCODER_URL = 'https://data.geopf.fr/geocodage/search';

/** Radius choices offered, in km. */
export const RADII = [1, 2, 5, 10, 20] as const;
export const DEFAULT_RADIUS = 5;

/** Short URL keys of the filter fields. */
const FILTER_KEYS: Record<FilterField, string> = {
  services: 'services',
  publics_specifiquement_adresses: 'publics',
  prise_en_charge_specifique: 'accueil',
  modalites_accompagnement: 'modalites',
  frais_a_charge: 'frais',
  dispositif_programmes_nationaux: 'dispositifs',
};

const num = (s: string | undefined): number | undefined => {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** The state as URL parameters (without prefix); empty values are left out. Filter values by their rank in the standard's list. */
export function encodeState(state: FinderState): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (state.point) {
    // "Around me" is the person's own position: about 100 m is enough to find places, and it is what ends up
    // in the host page's URL, its analytics and any link the person shares.
    const digits = state.point.kind === 'me' ? 3 : 5;
    out.at = `${state.point.lat.toFixed(digits)},${state.point.lon.toFixed(digits)}`;
    out.q = state.point.label;
    out.type = state.point.kind;
  }
  out.commune = state.commune;
  if (state.point || state.commune) out.rayon = state.radiusKm === undefined ? 'tout' : String(state.radiusKm);
  for (const field of FILTER_FIELDS) {
    const values: readonly string[] = PLACE_ENUMS[field];
    const ranks = (state.filters[field] ?? []).map((v) => values.indexOf(v)).filter((i) => i >= 0);
    if (ranks.length) out[FILTER_KEYS[field]] = ranks.join('.');
  }
  if (state.openNow) out.ouvert = '1';
  if (state.openSaturday) out.samedi = '1';
  if (state.bbox) out.zone = state.bbox.map((n) => n.toFixed(5)).join(',');
  out.lieu = state.selected;
  return out;
}

/** Reads the state back from URL parameters; anything malformed is ignored, never thrown. */
export function decodeState(params: Record<string, string>, defaultRadius: number = DEFAULT_RADIUS): FinderState {
  const state: FinderState = { filters: {}, openNow: params.ouvert === '1', openSaturday: params.samedi === '1' };
  const [lat, lon] = (params.at ?? '').split(',').map(num);
  if (lat !== undefined && lon !== undefined && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
    const kind = params.type === 'commune' || params.type === 'me' ? params.type : 'address';
    state.point = { lat, lon, label: params.q ?? '', kind };
  }
  if (params.commune && /^\d[\dAB]\d{3}$/.test(params.commune)) state.commune = params.commune;
  const radius = num(params.rayon);
  state.radiusKm = params.rayon === 'tout' ? undefined : radius !== undefined && radius > 0 ? radius : defaultRadius;
  for (const field of FILTER_FIELDS) {
    const values: readonly string[] = PLACE_ENUMS[field];
    const picked = (params[FILTER_KEYS[field]] ?? '')
      .split('.')
      .filter((s) => /^\d+$/.test(s))
      .map((s) => values[Number(s)])
      .filter((v): v is string => v !== undefined);
    if (picked.length) state.filters[field] = [...new Set(picked)];
  }
  const box = (params.zone ?? '').split(',').map(num);
  if (box.length === 4 && box.every((n) => n !== undefined)) state.bbox = box as BBox;
  if (params.lieu) state.selected = params.lieu;
  return state;
}

/** The "open now" and "open on Saturday" presets: `ouvert` and `samedi` among the preset's parts. */
export function parsePresetToggles(text: string | null | undefined): { openNow: boolean; openSaturday: boolean } {
  const parts = new Set((text ?? '').split(';').map((p) => p.trim().toLowerCase()));
  return { openNow: parts.has('ouvert'), openSaturday: parts.has('samedi') };
}

/**
 * Filters a webmaster presets by attribute: `services:Aide aux démarches administratives|Accès internet et
 * matériel informatique; frais_a_charge:Gratuit`. Unknown fields and values are ignored.
 */
export function parsePreset(text: string | null | undefined): Partial<Record<FilterField, string[]>> {
  const out: Partial<Record<FilterField, string[]>> = {};
  for (const part of (text ?? '').split(';')) {
    const [rawField, rawValues] = part.split(/:(.*)/s);
    const field = rawField?.trim() as FilterField;
    if (!FILTER_FIELDS.includes(field)) continue;
    const allowed: readonly string[] = PLACE_ENUMS[field];
    const values = (rawValues ?? '')
      .split('|')
      .map((v) => v.trim())
      .filter((v) => allowed.includes(v));
    if (values.length) out[field] = values;
  }
  return out;
}
