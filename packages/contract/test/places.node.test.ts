// The place normaliser against each dirty case listed in DOMAIN.md, written as small inline records, and
// the exports' round trip (on the project's samples; on the real exports in places.real-data.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeRecords, REAL_PLACE_FILES } from '@npt/testing/real-data';
import { MGP_COMMUNES, cleanPhone, formatPhone, normalisePlace, normalisePlaces, toStandardRecord, type Place } from '../src/index.js';

/** A minimal v1 record; tests override what they exercise. */
const rec = (over: Record<string, unknown> = {}) => ({
  id: 'x1',
  nom: 'Médiathèque',
  commune: 'Montreuil',
  code_postal: '93100',
  adresse: '1 rue de Paris',
  latitude: 48.86,
  longitude: 2.44,
  date_maj: '2024-01-02',
  services: 'Aide aux démarches administratives',
  ...over,
});
const one = (over: Record<string, unknown>): Place => {
  const p = normalisePlace(rec(over));
  assert.equal(typeof p, 'object', `record rejected: ${JSON.stringify(p)}`);
  return p as Place;
};

test('rejects, with a reason, what cannot be used; never throws', () => {
  const r = normalisePlaces([
    null,
    'a string',
    [1, 2],
    rec({ id: 'a', nom: '  ' }),
    rec({ id: 'b', adresse: '', commune: '', code_postal: '', latitude: null, longitude: null }),
    rec({ id: 'c' }),
    rec({ id: 'c', nom: 'Autre lieu' }),
    rec({ id: 'd' }), // same name, address and postal code as "c"
    rec({ id: 'e', nom: 'Seulement des coordonnées', adresse: '', commune: '', code_postal: '' }),
  ]);
  assert.deepEqual(
    r.reasons.map((x) => [x.index, x.reason]),
    [
      [0, 'not-an-object'],
      [1, 'not-an-object'],
      [2, 'not-an-object'],
      [3, 'missing-name'],
      [4, 'missing-location'],
      [6, 'duplicate-id'],
      [7, 'duplicate'],
    ],
  );
  assert.equal(r.reasons[3]!.id, 'a');
  assert.deepEqual(
    r.places.map((p) => p.id),
    ['c', 'e'],
  );
  assert.equal(r.accepted, 2);
  assert.equal(r.rejected, 7);
});

test('places without coordinates are kept; several places may share one point', () => {
  const r = normalisePlaces([
    rec({ id: '1', latitude: undefined, longitude: undefined }),
    rec({ id: '2', nom: 'B', latitude: 'abc', longitude: 2 }),
    rec({ id: '3', nom: 'C', latitude: 0, longitude: 0 }),
    rec({ id: '4', nom: 'D', latitude: '48,85', longitude: '2.35' }),
    rec({ id: '5', nom: 'E', latitude: '48,85', longitude: '2.35' }),
  ]);
  assert.equal(r.accepted, 5);
  const [a, b, c, d, e] = r.places;
  assert.equal(a!.latitude, undefined);
  assert.equal(b!.latitude, undefined);
  assert.equal(b!.unread?.coordonnees, 'abc,2');
  assert.equal(c!.latitude, undefined, '0,0 is not a place');
  assert.deepEqual([d!.latitude, d!.longitude, e!.latitude], [48.85, 2.35, 48.85]);
});

test('pivot: missing, malformed or placeholder', () => {
  assert.equal(one({ pivot: undefined }).pivot, undefined);
  assert.equal(one({ pivot: '00000000000000' }).pivot, undefined);
  assert.equal(one({ pivot: '00000000000000' }).unread, undefined, 'a placeholder is not data');
  assert.equal(one({ pivot: '34106240403159/APE:8790B' }).pivot, '34106240403159');
  assert.equal(one({ pivot: 'W751234567' }).pivot, 'W751234567');
  assert.deepEqual(one({ pivot: 'n/a' }).unread, { pivot: 'n/a' });
});

test('phone numbers outside the pattern are cleaned where the meaning is clear, else kept raw', () => {
  assert.equal(cleanPhone('+330156961470'), '+33156961470');
  assert.equal(cleanPhone('0130926038'), '+33130926038');
  assert.equal(cleanPhone('01 30 92 60 38'), '+33130926038');
  assert.equal(cleanPhone('01.30.92.60.38'), '+33130926038');
  assert.equal(cleanPhone('+33 (0)1 30 92 60 38'), '+33130926038');
  assert.equal(cleanPhone('0033130926038'), '+33130926038');
  assert.equal(cleanPhone('+0147985927'), '+33147985927');
  assert.equal(cleanPhone('+590590123456'), '+590590123456');
  assert.equal(cleanPhone('+33'), undefined);
  assert.equal(cleanPhone('+3315873272'), undefined);
  assert.equal(cleanPhone('accueil'), undefined);
  const p = one({ telephone: '+33' });
  assert.equal(p.telephone, undefined);
  assert.deepEqual(p.unread, { telephone: '+33' });
  assert.equal(formatPhone('+33130926038'), '01 30 92 60 38');
});

test('communes: PARIS 10, upper case, misspelt, CEDEX, disagreeing postal code, outside the Métropole', () => {
  assert.deepEqual(
    [one({ commune: 'PARIS 10', code_postal: '75010' }).commune, one({ commune: 'PARIS 10', code_postal: '75010' }).code_insee],
    ['Paris', '75056'],
  );
  assert.equal(one({ commune: 'CRETEIL', code_postal: '94000' }).commune, 'Créteil');
  assert.equal(one({ commune: 'Joinvile-le-pont', code_postal: '94340' }).code_insee, '94042');
  assert.equal(one({ commune: 'Saint Ouen Sur Seine', code_postal: '93400' }).commune, 'Saint-Ouen-sur-Seine');
  assert.equal(one({ commune: 'BOBIGNY CEDEX', code_postal: '93009' }).commune, 'Bobigny');
  // Name and postal code disagree: the exact name wins within the département.
  assert.equal(one({ commune: 'Montreuil', code_postal: '93200' }).code_insee, '93048');
  // Shared postal code: told apart by the name.
  assert.equal(one({ commune: 'Santeny', code_postal: '94440' }).code_insee, '94070');
  assert.equal(one({ commune: 'Inconnue', code_postal: '94440' }).code_insee, undefined);
  // Pierrefitte-sur-Seine merged into Saint-Denis in 2025.
  assert.equal(one({ commune: 'PIERREFITTE-SUR-SEINE', code_postal: '93380' }).code_insee, '93066');
  // Same names elsewhere in France are not the Métropole's.
  const reunion = one({ commune: 'Saint-Denis', code_postal: '97400', code_insee: '97411' });
  assert.deepEqual([reunion.commune, reunion.code_insee], ['Saint-Denis', '97411']);
  const outside = one({ commune: 'SAINT GERMAIN EN LAYE', code_postal: '78100' });
  assert.deepEqual([outside.commune, outside.code_insee], ['Saint Germain en Laye', undefined]);
  assert.equal(one({ commune: 'MARSEILLE 13', code_postal: '13013' }).commune, 'Marseille');
  assert.equal(one({ code_postal: '1000', commune: 'Bourg' }).code_postal, '01000');
  const badCp = one({ code_postal: 'CEDEX' });
  assert.deepEqual([badCp.code_postal, badCp.unread?.code_postal], ['', 'CEDEX']);
  // Every MGP commune is found from its own name and first postal code.
  for (const c of MGP_COMMUNES)
    assert.equal(one({ commune: c.nom.toUpperCase(), code_postal: c.codesPostaux[0] }).code_insee, c.code, c.nom);
});

test('2022 fields: free-text services, conditions, labels, publics, accessibilité, courriel', () => {
  const p = one({
    services:
      "Prendre en main un ordinateur;Créer et développer mon entreprise;S'équiper en matériel informatique;Accompagner les démarches de santé",
    conditions_acces:
      "Gratuit sous condition : La gratuité est conditionnée à des critères (situation familiale, convention avec un organisme social...);Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
    labels_nationaux: 'CNFS;Fabriques de Territoire;APTIC',
    publics_accueillis: "Seniors (+ 65 ans);Surdité;Adultes;Personnes en situation d'illettrisme",
    modalites_accompagnement:
      "Seul : j'ai accès à du matériel et une connexion;Avec de l'aide : je suis accompagné seul dans l'usage du numérique",
    accessibilite: 'https://acceslibre.beta.gouv.fr/app/x/',
    courriel: 'Contact@Example.fr',
    labels_autres: 'Label local',
  });
  assert.deepEqual(p.services, ['Maîtrise des outils numériques du quotidien', 'Acquisition de matériel informatique à prix solidaire']);
  assert.deepEqual(p.frais_a_charge, ['Gratuit sous condition']);
  assert.deepEqual(p.dispositif_programmes_nationaux, ['Conseillers numériques']);
  assert.deepEqual(p.formations_labels, ['Fabriques de Territoire']);
  assert.deepEqual(p.publics_specifiquement_adresses, ['Seniors']);
  assert.deepEqual(p.prise_en_charge_specifique, ['Surdité', 'Illettrisme']);
  assert.deepEqual(p.modalites_accompagnement, ['En autonomie', 'Accompagnement individuel']);
  assert.equal(p.fiche_acces_libre, 'https://acceslibre.beta.gouv.fr/app/x/');
  assert.deepEqual(p.courriels, ['contact@example.fr']);
  assert.deepEqual(p.autres_formations_labels, ['Label local']);
  assert.deepEqual(p.unread, {
    services: 'Créer et développer mon entreprise|Accompagner les démarches de santé',
    conditions_acces: "Accepte le Pass numérique : Il est possible d'utiliser un Pass numérique pour accéder au lieu",
    labels_nationaux: 'APTIC',
    publics_accueillis: 'Adultes',
  });
});

test("v1 fields: split on |, the schema's own typos and case differences are read", () => {
  const p = one({
    services: 'Comprehension du monde numerique|maîtrise des outils numériques du quotidien|Inconnu',
    formations_labels: 'Étapes numériques (La Poste)',
    typologie: 'tiers_lieux|ASSO',
    courriels: 'a@b.fr|pas un courriel',
    site_web: 'https://a.fr/|www.b.fr',
    itinerance: 'Itinérant|Fixe',
    date_maj: '1970-01-01',
  });
  assert.deepEqual(p.services, ['Compréhension du monde numérique', 'Maîtrise des outils numériques du quotidien']);
  assert.deepEqual(p.formations_labels, ['Étapes numériques(La Poste)']);
  assert.deepEqual(p.typologie, ['TIERS_LIEUX', 'ASSO']);
  assert.deepEqual(p.courriels, ['a@b.fr']);
  assert.deepEqual(p.site_web, ['https://a.fr/', 'https://www.b.fr']);
  assert.deepEqual(p.itinerance, ['Itinérant', 'Fixe']);
  assert.equal(p.date_maj, undefined, '1970-01-01 is a placeholder');
  assert.deepEqual(p.unread, { courriels: 'pas|un|courriel', services: 'Inconnu', date_maj: '1970-01-01' });
});

test('a record without id gets a stable one', () => {
  const a = one({ id: undefined });
  const b = one({ id: undefined });
  assert.equal(a.id, b.id);
  assert.notEqual(a.id, one({ id: undefined, nom: 'Autre' }).id);
  assert.equal(one({ id: 42 }).id, '42');
});

test('toStandardRecord writes a v1.0.2 record that normalises back to the same place', () => {
  for (const name of REAL_PLACE_FILES) {
    const { places } = normalisePlaces(placeRecords(name));
    for (const p of places) {
      const record = toStandardRecord(p);
      for (const value of Object.values(record)) assert.ok(typeof value === 'string' || typeof value === 'number');
      if (p.services.length) assert.equal(record.services, p.services.join('|'));
      const back = normalisePlace(record) as Place;
      const { unread: _ignored, ...expected } = p;
      assert.deepEqual(back, expected, p.id);
    }
  }
});
