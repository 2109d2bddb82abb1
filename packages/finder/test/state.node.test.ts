// The finder's URL state and offline commune search, without a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePlaces } from '@npt/contract';
import { looksLikeAddress, matchCommunes } from '../src/search/suggestions.js';
import { communeOptions } from '../src/search/commune-options.js';
import { decodeState, DEFAULT_RADIUS, encodeState, parsePreset, parsePresetToggles, type FinderState } from '../src/state.js';

test('the whole state round-trips through URL parameters', () => {
  const state: FinderState = {
    point: { lat: 48.86385, lon: 2.44851, label: 'Montreuil', kind: 'commune' },
    commune: '93048',
    radiusKm: 10,
    filters: { services: ['Aide aux démarches administratives', 'Accès internet et matériel informatique'], frais_a_charge: ['Gratuit'] },
    openNow: true,
    openSaturday: false,
    bbox: [2.4, 48.8, 2.5, 48.9],
    selected: 'lieu|42',
  };
  const params = encodeState(state);
  assert.deepEqual(params.services, '0.7');
  const back = decodeState(Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => !!e[1])));
  assert.deepEqual(back, state);
  // "any distance" is kept apart from "no radius given" (which means the default).
  assert.equal(decodeState(encodeState({ ...state, radiusKm: undefined }) as Record<string, string>).radiusKm, undefined);
});

test('malformed parameters are ignored, never thrown', () => {
  const s = decodeState({ at: '91,500', commune: '<script>', rayon: '-3', services: '0.x.99.', zone: '1,2,3', ouvert: 'oui' });
  assert.equal(s.point, undefined);
  assert.equal(s.commune, undefined);
  assert.equal(s.radiusKm, DEFAULT_RADIUS);
  assert.deepEqual(s.filters, { services: ['Aide aux démarches administratives'] });
  assert.equal(s.bbox, undefined);
  assert.equal(s.openNow, false);
  assert.deepEqual(decodeState({}).filters, {});
});

test('presets: known fields and values only', () => {
  assert.deepEqual(parsePreset('services:Aide aux démarches administratives|Inconnu; frais_a_charge : Gratuit; nimporte:quoi'), {
    services: ['Aide aux démarches administratives'],
    frais_a_charge: ['Gratuit'],
  });
  assert.deepEqual(parsePreset('frais_a_charge:Gratuit|Payant'), { frais_a_charge: ['Gratuit', 'Payant'] });
  assert.deepEqual(parsePreset(null), {});
});

test('commune search: names without case, accents or hyphens, postal codes, communes of the data', () => {
  const { places } = normalisePlaces([{ id: '1', nom: 'Médiathèque', adresse: '1 rue', commune: 'COGNAC', code_postal: '16100' }]);
  const options = communeOptions(places);
  assert.equal(matchCommunes(options, 'saint denis')[0]!.nom, 'Saint-Denis');
  assert.equal(matchCommunes(options, 'ST OUEN')[0]!.nom, 'Saint-Ouen-sur-Seine');
  assert.equal(matchCommunes(options, 'creteil')[0]!.nom, 'Créteil');
  assert.deepEqual(
    matchCommunes(options, '94440')
      .map((c) => c.nom)
      .sort(),
    ['Marolles-en-Brie', 'Santeny', 'Villecresnes'],
  );
  assert.equal(matchCommunes(options, 'cognac')[0]!.codesPostaux[0], '16100');
  assert.deepEqual(matchCommunes(options, 'x'), []);
  assert.equal(looksLikeAddress('12 rue de Paris'), true);
  assert.equal(looksLikeAddress('avenue Foch Paris'), true);
  assert.equal(looksLikeAddress('93100'), false);
  assert.equal(looksLikeAddress('Montreuil'), false);
});

test('"around me" goes into the URL rounded to about 100 m; an address keeps its precision', () => {
  const me = encodeState({
    filters: {},
    openNow: false,
    openSaturday: false,
    point: { lat: 48.863812, lon: 2.448517, label: 'Ma position', kind: 'me' },
  });
  assert.equal(me.at, '48.864,2.449');
  const address = encodeState({
    filters: {},
    openNow: false,
    openSaturday: false,
    point: { lat: 48.863812, lon: 2.448517, label: '1 rue', kind: 'address' },
  });
  assert.equal(address.at, '48.86381,2.44852');
});

test("a link without a radius takes the widget's radius, not the library default", () => {
  assert.equal(decodeState({ commune: '93048' }, 2).radiusKm, 2);
  assert.equal(decodeState({ commune: '93048' }).radiusKm, DEFAULT_RADIUS);
  assert.equal(decodeState({ commune: '93048', rayon: 'tout' }, 2).radiusKm, undefined);
});

test('presets can turn on "open now" and "open on Saturday"', () => {
  assert.deepEqual(parsePresetToggles('services:Aide aux démarches administratives; ouvert'), { openNow: true, openSaturday: false });
  assert.deepEqual(parsePresetToggles(' Samedi ;frais_a_charge:Gratuit'), { openNow: false, openSaturday: true });
  assert.deepEqual(parsePresetToggles(null), { openNow: false, openSaturday: false });
});
