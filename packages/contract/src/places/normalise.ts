// Normalises records of the national standard (v1.0.2, and the 2022 exports of schema v0.1.1) into
// `Place`s. Tolerant per record: a record that cannot be used is skipped and counted with a reason,
// never fatal; a value that cannot be read is kept raw in `place.unread`.
import { cleanEmails, cleanPhone, cleanUrl, cleanUrls } from './contact.js';
import { findMgpCommune } from './communes.js';
import {
  MULTI_VALUED_FIELDS,
  PLACE_ENUMS,
  type EnumField,
  type MultiValuedField,
  type NormaliseResult,
  type Place,
  type RejectReason,
} from './model.js';
import { displayCommune, fold, str } from './text.js';

type Target = [field: MultiValuedField, value: string];

const enumIndex = new Map<string, Target>();
for (const field of Object.keys(PLACE_ENUMS) as EnumField[]) {
  for (const value of PLACE_ENUMS[field]) enumIndex.set(field + ':' + fold(value), [field, value]);
}

/**
 * 2022 (v0.1.1) values whose v1 meaning is clear, by folded value (the part before " : " for the
 * values written "Gratuit : Je peux accéder…"). Values absent from this table (e.g. "Créer et
 * développer mon entreprise", "Accepte le Pass numérique", "Adultes") have no v1 equivalent and are
 * kept in `unread`.
 */
const LEGACY: Record<string, Target> = {};
const legacy = (field: MultiValuedField, value: string, ...olds: string[]) => {
  for (const old of olds) LEGACY[fold(old)] = [field, value];
};
legacy(
  'services',
  'Aide aux démarches administratives',
  'Devenir autonome dans les démarches administratives',
  'Réaliser des démarches administratives avec un accompagnement',
);
legacy(
  'services',
  'Maîtrise des outils numériques du quotidien',
  'Prendre en main un smartphone ou une tablette',
  'Prendre en main un ordinateur',
  'Utiliser le numérique au quotidien',
);
legacy('services', 'Compréhension du monde numérique', 'Approfondir ma culture numérique', 'Promouvoir la citoyenneté numérique');
legacy('services', 'Insertion professionnelle via le numérique', 'Favoriser mon insertion professionnelle');
legacy('services', 'Accès internet et matériel informatique', 'Accéder à une connexion internet', 'Accéder à du matériel');
legacy('services', 'Acquisition de matériel informatique à prix solidaire', "S'équiper en matériel informatique");
legacy('services', 'Loisirs et créations numériques', 'Créer avec le numérique');
legacy('services', 'Parentalité et éducation avec le numérique', "Soutenir la parentalité et l'éducation avec le numérique");
legacy('publics_specifiquement_adresses', 'Seniors', 'Seniors (+ 65 ans)');
legacy('publics_specifiquement_adresses', 'Familles et/ou enfants', 'Familles/enfants');
legacy('publics_specifiquement_adresses', 'Jeunes', 'Jeunes (16-26 ans)');
legacy('publics_specifiquement_adresses', 'Femmes', 'Uniquement femmes');
legacy('prise_en_charge_specifique', 'Illettrisme', "Personnes en situation d'illettrisme");
legacy('prise_en_charge_specifique', 'Handicaps mentaux', 'Handicaps mentaux');
legacy(
  'dispositif_programmes_nationaux',
  'Conseillers numériques',
  'CNFS',
  'Conseiller numérique',
  'Conseillers numériques France Services',
);
legacy('dispositif_programmes_nationaux', 'Grande école du numérique', 'Grandes écoles du numérique');
legacy('dispositif_programmes_nationaux', "Point d'accès numérique CAF", 'Point numérique CAF');
legacy('modalites_accompagnement', 'En autonomie', 'Seul');
legacy('modalites_accompagnement', 'Accompagnement individuel', "Avec de l'aide");
legacy('modalites_accompagnement', 'Dans un atelier collectif', 'Dans un atelier');

/**
 * Which record fields feed which place field, for the enumerated and multi-valued ones. The first
 * source is the v1 field; the others are the 2022 names. A value is routed by its meaning, so a
 * 2022 `publics_accueillis` value may land in `prise_en_charge_specifique`.
 */
const SOURCES: Array<[recordField: string, defaultTarget: MultiValuedField]> = [
  ['services', 'services'],
  ['publics_specifiquement_adresses', 'publics_specifiquement_adresses'],
  ['publics_accueillis', 'publics_specifiquement_adresses'],
  ['prise_en_charge_specifique', 'prise_en_charge_specifique'],
  ['frais_a_charge', 'frais_a_charge'],
  ['conditions_acces', 'frais_a_charge'],
  ['conditions_access', 'frais_a_charge'],
  ['dispositif_programmes_nationaux', 'dispositif_programmes_nationaux'],
  ['labels_nationaux', 'dispositif_programmes_nationaux'],
  ['formations_labels', 'formations_labels'],
  ['modalites_acces', 'modalites_acces'],
  ['modalites_accompagnement', 'modalites_accompagnement'],
  ['itinerance', 'itinerance'],
];

// Tokens repeat across records: remember what each one means (bounded, for very varied inputs).
const memo = new Map<string, Target | null>();

/** Finds the v1 value a token means, in any enumerated field (the default field first). */
function mapToken(token: string, target: MultiValuedField): Target | undefined {
  const memoKey = target + '\u0000' + token;
  let found = memo.get(memoKey);
  if (found === undefined) {
    if (memo.size > 5000) memo.clear();
    memo.set(memoKey, (found = readToken(token, target) ?? null));
  }
  return found ?? undefined;
}

function readToken(token: string, target: MultiValuedField): Target | undefined {
  const key = fold(token);
  const head = key.split(' : ')[0]!;
  const found = enumIndex.get(target + ':' + key) ?? enumIndex.get(target + ':' + head) ?? LEGACY[key] ?? LEGACY[head];
  if (found) return found;
  for (const field of Object.keys(PLACE_ENUMS)) {
    const other = enumIndex.get(field + ':' + key);
    if (other) return other;
  }
  return undefined;
}

/** Splits a multi-valued field: `|` in v1, `;` in v0.1.1, `,` in some 2022 exports. */
function splitValues(raw: string): string[] {
  const parts = raw.split(/\s*[|;]\s*/);
  // Commas inside parentheses belong to the value: "Gratuit sous condition : … (situation familiale, convention…)".
  return (parts.length > 1 ? parts : raw.split(/\s*,(?![^(]*\))\s*/)).map((s) => s.trim()).filter(Boolean);
}

function uniquePush(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

const PIVOT = /^[a-zA-Z0-9]{9,14}$/;

function cleanPivot(raw: string): string | undefined {
  if (!raw || /^0+$/.test(raw)) return undefined;
  if (PIVOT.test(raw)) return raw;
  const siret = /^(\d{14}|\d{9})(?!\d)/.exec(raw.replace(/\s/g, '')); // "34106240403159/APE:8790B"
  return siret ? siret[1] : undefined;
}

function cleanCoordinate(raw: unknown, max: number): number | undefined {
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() ? Number(raw.trim().replace(',', '.')) : NaN;
  return Number.isFinite(n) && Math.abs(n) <= max ? n : undefined;
}

/** A small stable hash (FNV-1a, base 36) for ids of records that have none. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Reads one record. Returns a reason instead of a place when the record cannot be used: not an
 * object, no name, or nowhere to find it (no address, no commune or postal code, no coordinates).
 */
export function normalisePlace(record: unknown, options: { source?: string } = {}): Place | RejectReason {
  if (!record || typeof record !== 'object' || Array.isArray(record)) return 'not-an-object';
  const r = record as Record<string, unknown>;
  const nom = str(r.nom).replace(/\s+/g, ' ');
  if (!nom) return 'missing-name';
  const unread: Record<string, string> = {};
  const keepRaw = (field: string, value: string) => {
    unread[field] = unread[field] ? unread[field] + '|' + value : value;
  };

  let latitude = cleanCoordinate(r.latitude, 90);
  let longitude = cleanCoordinate(r.longitude, 180);
  if (latitude === undefined || longitude === undefined || (latitude === 0 && longitude === 0)) {
    if (str(r.latitude) || str(r.longitude)) keepRaw('coordonnees', `${str(r.latitude)},${str(r.longitude)}`);
    latitude = longitude = undefined;
  }

  const adresse = str(r.adresse).replace(/\s+/g, ' ');
  const rawCommune = str(r.commune);
  let codePostal = str(r.code_postal);
  if (codePostal && /^\d{4}$/.test(codePostal)) codePostal = '0' + codePostal; // a leading zero lost by a spreadsheet
  if (codePostal && !/^\d{5}$/.test(codePostal)) {
    keepRaw('code_postal', codePostal);
    codePostal = '';
  }
  if (!adresse && !rawCommune && !codePostal && latitude === undefined) return 'missing-location';

  let codeInsee: string | undefined = str(r.code_insee) || undefined;
  if (codeInsee && !/^([013-9]\d|2[AB1-9])\d{3}$/.test(codeInsee)) {
    keepRaw('code_insee', codeInsee);
    codeInsee = undefined;
  }
  const mgp = findMgpCommune(rawCommune, codePostal, codeInsee);
  const place: Place = {
    id: str(r.id) || `${options.source ?? 'lieu'}-${hash(`${fold(nom)}|${fold(adresse)}|${codePostal}`)}`,
    nom,
    adresse,
    commune: mgp ? mgp.nom : displayCommune(rawCommune),
    code_postal: codePostal,
    typologie: [],
    courriels: [],
    site_web: [],
    services: [],
    publics_specifiquement_adresses: [],
    prise_en_charge_specifique: [],
    frais_a_charge: [],
    dispositif_programmes_nationaux: [],
    formations_labels: [],
    autres_formations_labels: [],
    modalites_acces: [],
    modalites_accompagnement: [],
    itinerance: [],
  };
  if (mgp) codeInsee = mgp.code;
  if (codeInsee) place.code_insee = codeInsee;
  if (latitude !== undefined && longitude !== undefined) {
    place.latitude = latitude;
    place.longitude = longitude;
  }

  const pivotRaw = str(r.pivot);
  const pivot = cleanPivot(pivotRaw);
  if (pivot) place.pivot = pivot;
  else if (pivotRaw && !/^0+$/.test(pivotRaw)) keepRaw('pivot', pivotRaw);

  const phoneRaw = str(r.telephone);
  if (phoneRaw) {
    const phone = cleanPhone(phoneRaw);
    if (phone) place.telephone = phone;
    else keepRaw('telephone', phoneRaw);
  }

  for (const field of ['courriels', 'courriel'] as const) {
    const { values, unread: bad } = cleanEmails(str(r[field]));
    values.forEach((v) => uniquePush(place.courriels, v.toLowerCase()));
    if (bad.length) keepRaw(field, bad.join('|'));
  }
  const sites = cleanUrls(str(r.site_web));
  place.site_web = sites.values;
  if (sites.unread.length) keepRaw('site_web', sites.unread.join('|'));

  for (const [field, from] of [
    ['fiche_acces_libre', 'fiche_acces_libre'],
    ['fiche_acces_libre', 'accessibilite'],
    ['prise_rdv', 'prise_rdv'],
  ] as const) {
    const raw = str(r[from]);
    if (!raw || place[field]) continue;
    const url = cleanUrl(raw);
    if (url) place[field] = url;
    else keepRaw(from, raw);
  }

  for (const field of ['complement_adresse', 'horaires', 'presentation_resume', 'presentation_detail', 'structure_parente'] as const) {
    const value = str(r[field]);
    if (value) place[field] = value;
  }
  const source = str(r.source) || options.source;
  if (source) place.source = source;

  const date = str(r.date_maj);
  if (/^\d{4}-\d{2}-\d{2}/.test(date) && !date.startsWith('1970-01-01')) place.date_maj = date.slice(0, 10);
  else if (date) keepRaw('date_maj', date);

  for (const t of splitValues(str(r.typologie))) uniquePush(place.typologie, t.toUpperCase());
  for (const field of ['autres_formations_labels', 'labels_autres'] as const) {
    for (const t of splitValues(str(r[field]))) uniquePush(place.autres_formations_labels, t);
  }
  for (const [from, target] of SOURCES) {
    for (const token of splitValues(str(r[from]))) {
      const mapped = mapToken(token, target);
      if (mapped) uniquePush(place[mapped[0]], mapped[1]);
      else keepRaw(from, token);
    }
  }
  // "Fabriques de Territoire" was a national label in 2022 and is a training label in v1: routed by mapToken.

  if (Object.keys(unread).length) place.unread = unread;
  return place;
}

/**
 * Normalises an array of records of the national standard (v1.0.2 or the 2022 exports). Records that
 * cannot be used are skipped and counted, with their index, id and reason; so are duplicates (same
 * id, or same name, address and postal code as an earlier record). Never throws on a record's content.
 */
export function normalisePlaces(records: unknown[], options: { source?: string } = {}): NormaliseResult {
  const places: Place[] = [];
  const reasons: NormaliseResult['reasons'] = [];
  const ids = new Set<string>();
  const keys = new Set<string>();
  records.forEach((record, index) => {
    const result = normalisePlace(record, options);
    const rawId = record && typeof record === 'object' ? str((record as Record<string, unknown>).id) : '';
    const reject = (reason: RejectReason) => reasons.push(rawId ? { index, id: rawId, reason } : { index, reason });
    if (typeof result === 'string') return reject(result);
    const key = `${fold(result.nom)}|${fold(result.adresse)}|${result.code_postal}`;
    if (ids.has(result.id)) return reject('duplicate-id');
    if (keys.has(key)) return reject('duplicate');
    ids.add(result.id);
    keys.add(key);
    places.push(result);
  });
  return { places, accepted: places.length, rejected: reasons.length, reasons };
}

/**
 * The place as a record of the standard v1.0.2: multi-valued fields joined by `|`, absent values
 * omitted, coordinates as numbers. What the server stores and serves (`GET /v1/places`).
 */
export function toStandardRecord(place: Place): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(place)) {
    if (key === 'unread' || value === undefined || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length && (MULTI_VALUED_FIELDS as readonly string[]).includes(key)) out[key] = value.join('|');
    } else if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}
