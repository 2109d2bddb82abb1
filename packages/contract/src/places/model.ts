// The place model shared by the finder (browser) and the server's import: one typed shape for the
// national standard v1.0.2 and the older 2022 exports (schema v0.1.1).

/**
 * The enumerations of the national standard v1.0.2 (`schema-v1.0.2.json`, field patterns), written as
 * constants. Values are spelt exactly as the schema's patterns accept them, typos included
 * ("Étapes numériques(La Poste)"), so that a record written back validates against the schema.
 */
export const PLACE_ENUMS = {
  services: [
    'Aide aux démarches administratives',
    'Maîtrise des outils numériques du quotidien',
    'Insertion professionnelle via le numérique',
    'Utilisation sécurisée du numérique',
    'Parentalité et éducation avec le numérique',
    'Loisirs et créations numériques',
    'Compréhension du monde numérique',
    'Accès internet et matériel informatique',
    'Acquisition de matériel informatique à prix solidaire',
  ],
  publics_specifiquement_adresses: ['Jeunes', 'Étudiants', 'Familles et/ou enfants', 'Seniors', 'Femmes'],
  prise_en_charge_specifique: [
    'Surdité',
    'Handicaps moteurs',
    'Handicaps mentaux',
    'Illettrisme',
    'Langues étrangères (anglais)',
    'Langues étrangères (autres)',
    'Déficience visuelle',
  ],
  frais_a_charge: ['Gratuit', 'Gratuit sous condition', 'Payant'],
  dispositif_programmes_nationaux: [
    'Aidants Connect',
    'Bibliothèques numérique de référence',
    'Certification PIX',
    'Conseillers numériques',
    'Emmaüs Connect',
    'France Services',
    'Grande école du numérique',
    'La Croix Rouge',
    "Point d'accès numérique CAF",
    'Promeneurs du net',
    'Relais numérique (Emmaüs Connect)',
  ],
  formations_labels: [
    'Formé à « Mon Espace Santé »',
    'Formé à « DUPLEX » (illettrisme)',
    'Arnia/MedNum BFC (Bourgogne-Franche-Comté)',
    'Collectif ressources et acteurs réemploi (Normandie)',
    'Étapes numériques(La Poste)',
    'Fabriques de Territoire',
    'Les Éclaireurs du numérique (Drôme)',
    'Mes Papiers (Métropole de Lyon)',
    'ORDI 3.0',
    'SUD LABS (PACA)',
  ],
  modalites_acces: [
    'Se présenter',
    'Téléphoner',
    'Contacter par mail',
    'Prendre un RDV en ligne',
    "Ce lieu n'accueille pas de public",
    'Envoyer un mail avec une fiche de prescription',
  ],
  modalites_accompagnement: ['En autonomie', 'Accompagnement individuel', 'Dans un atelier collectif', 'À distance'],
  itinerance: ['Itinérant', 'Fixe'],
} as const;

/** A field of the standard whose values come from an enumeration. */
export type EnumField = keyof typeof PLACE_ENUMS;

/** Multi-valued fields of v1.0.2 (values separated by `|` in a record). */
export const MULTI_VALUED_FIELDS = [
  'typologie',
  'courriels',
  'site_web',
  'services',
  'publics_specifiquement_adresses',
  'prise_en_charge_specifique',
  'frais_a_charge',
  'dispositif_programmes_nationaux',
  'formations_labels',
  'autres_formations_labels',
  'modalites_acces',
  'modalites_accompagnement',
  'itinerance',
] as const;
export type MultiValuedField = (typeof MULTI_VALUED_FIELDS)[number];

/** Single-valued text fields of v1.0.2 besides the required ones. */
export const OPTIONAL_TEXT_FIELDS = [
  'pivot',
  'complement_adresse',
  'telephone',
  'horaires',
  'presentation_resume',
  'presentation_detail',
  'source',
  'structure_parente',
  'date_maj',
  'fiche_acces_libre',
  'prise_rdv',
] as const;
export type OptionalTextField = (typeof OPTIONAL_TEXT_FIELDS)[number];

/**
 * A mediation place, normalised. Field names are the standard's (v1.0.2). Multi-valued fields are
 * arrays (empty when absent); single-valued optional fields are absent rather than empty.
 */
export interface Place {
  /** The record's own id (as a string), or a stable id derived from its name and address when it has none. */
  id: string;
  nom: string;
  /** Street address; may be empty when the record only has coordinates. */
  adresse: string;
  /** Commune name (the official name when the commune is one of the Métropole's; `PARIS 10` becomes `Paris`). */
  commune: string;
  /** Five-digit postal code, or empty when the record has none that reads. */
  code_postal: string;
  /** Code INSEE, from the record or, in the Métropole, derived from the commune name and postal code. */
  code_insee?: string;
  /** WGS84; both present or both absent. */
  latitude?: number;
  longitude?: number;
  /** SIRET (14 digits) or RNA (W + 9 characters); absent when missing or a placeholder (`00000000000000`). */
  pivot?: string;
  complement_adresse?: string;
  /** International format without spaces (`+33180059880`); absent when the record's number cannot be read (kept in `unread`). */
  telephone?: string;
  /** OpenStreetMap `opening_hours` text, as found (read it with `parseOpeningHours`). */
  horaires?: string;
  presentation_resume?: string;
  presentation_detail?: string;
  source?: string;
  structure_parente?: string;
  /** ISO date `YYYY-MM-DD`; absent when missing or a placeholder (1970-01-01). */
  date_maj?: string;
  /** URL of the place's acceslibre sheet. */
  fiche_acces_libre?: string;
  /** URL of an online booking page. */
  prise_rdv?: string;
  typologie: string[];
  courriels: string[];
  site_web: string[];
  services: string[];
  publics_specifiquement_adresses: string[];
  prise_en_charge_specifique: string[];
  frais_a_charge: string[];
  dispositif_programmes_nationaux: string[];
  formations_labels: string[];
  autres_formations_labels: string[];
  modalites_acces: string[];
  modalites_accompagnement: string[];
  itinerance: string[];
  /**
   * Values the normaliser could not read or map to the standard, by the record's own field name, as
   * found (e.g. `{ telephone: '+33', services: 'Créer et développer mon entreprise' }`). Absent when all was read.
   */
  unread?: Record<string, string>;
}

/** Why a record was skipped. */
export type RejectReason = 'not-an-object' | 'missing-name' | 'missing-location' | 'duplicate-id' | 'duplicate';

export interface NormaliseResult {
  places: Place[];
  accepted: number;
  rejected: number;
  reasons: Array<{ index: number; id?: string; reason: RejectReason }>;
}
