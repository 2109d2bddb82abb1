// The finder's pure decisions, without a browser: the search it starts with (presets, shared link,
// hidden groups), what clearing the filters leaves, which options are offered, the empty state's ways
// out (each tried on a real index before it is offered), the heading, and French words and numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalisePlaces, PlaceIndex, type FacetCounts } from '@npt/contract';
import { activeFilterCount, clearedFilters, hiddenGroups, initialSearch, offeredOptions } from '../src/filters/filter-state.js';
import { resultsHeading } from '../src/results/heading.js';
import { waysOut } from '../src/results/ways-out.js';
import { orientationSheetHtml } from '../src/sheet/print-sheet.js';
import type { FinderState } from '../src/state.js';
import { en } from '../src/translations/en.js';
import { fr } from '../src/translations/fr.js';

const empty: FinderState = { filters: {}, openNow: false, openSaturday: false };
const PRESET = 'frais_a_charge:Gratuit; services:Aide aux démarches administratives; samedi';

test('initial search: presets, a shared link that names filters or not, hidden groups kept as fixed', () => {
  const start = initialSearch({ preset: PRESET, hideFilters: '', radius: 5 }, {});
  assert.deepEqual(start.search, {
    filters: { frais_a_charge: ['Gratuit'], services: ['Aide aux démarches administratives'] },
    radiusKm: 5,
    openNow: false,
    openSaturday: true,
  });
  assert.equal(start.text, '');
  // A link to a commune that names no filter keeps the presets, and shows the commune in the box.
  const link = initialSearch(
    { preset: PRESET, hideFilters: '', radius: 5 },
    { at: '48.86,2.44', q: 'Montreuil', type: 'commune', commune: '93048' },
  );
  assert.deepEqual(link.search.filters, start.search.filters);
  assert.equal(link.search.openSaturday, true);
  assert.equal(link.text, 'Montreuil');
  // A link that names filters replaces the presets, except in the groups the webmaster hid.
  const named = initialSearch({ preset: PRESET, hideFilters: 'frais_a_charge, open-saturday', radius: 10 }, { publics: '0', frais: '1' });
  assert.deepEqual(named.search.filters.frais_a_charge, ['Gratuit']);
  assert.equal(named.search.filters.services, undefined);
  assert.equal(named.search.openSaturday, true);
  assert.equal(named.search.radiusKm, 10);
  assert.equal(hiddenGroups('all').size, 8);
});

test('clearing the filters keeps only what the webmaster fixed', () => {
  const hidden = hiddenGroups('frais_a_charge,open-now');
  const state: FinderState = {
    ...empty,
    filters: { frais_a_charge: ['Gratuit'], services: ['Aide aux démarches administratives'] },
    openNow: true,
    openSaturday: true,
  };
  assert.equal(activeFilterCount(state, hidden), 2);
  assert.deepEqual(clearedFilters(state, PRESET, hidden), { filters: { frais_a_charge: ['Gratuit'] }, openNow: true, openSaturday: false });
  assert.equal(activeFilterCount({ ...state, ...clearedFilters(state, PRESET, hidden) }, hidden), 0);
});

test('options that would give no place are not offered, unless already ticked', () => {
  const counts = {
    services: { 'Aide aux démarches administratives': 3, 'Accès internet et matériel informatique': 0 },
  } as unknown as FacetCounts;
  assert.deepEqual(offeredOptions('services', counts), [{ value: 'Aide aux démarches administratives', rank: 0, count: 3 }]);
  const ticked = offeredOptions('services', counts, ['Accès internet et matériel informatique']);
  assert.deepEqual(
    ticked.map((o) => [o.rank, o.count]),
    [
      [0, 3],
      [7, 0],
    ],
  );
});

// Two places 3 km apart in Montreuil, one free, one paying; a third without coordinates in Pantin.
const { places } = normalisePlaces([
  {
    id: 'a',
    nom: 'A',
    adresse: '1 rue A',
    commune: 'Montreuil',
    code_postal: '93100',
    code_insee: '93048',
    latitude: 48.861,
    longitude: 2.44,
    frais_a_charge: 'Gratuit',
  },
  {
    id: 'b',
    nom: 'B',
    adresse: '1 rue B',
    commune: 'Montreuil',
    code_postal: '93100',
    code_insee: '93048',
    latitude: 48.861,
    longitude: 2.481,
    frais_a_charge: 'Payant',
  },
  { id: 'c', nom: 'C', adresse: '1 rue C', commune: 'Pantin', code_postal: '93500', code_insee: '93055', frais_a_charge: 'Payant' },
]);
const index = new PlaceIndex(places);
const count = (s: FinderState) =>
  index.search({
    point: s.point,
    radiusKm: s.point ? s.radiusKm : undefined,
    commune: s.commune,
    bbox: s.bbox,
    filters: s.filters,
    openNow: s.openNow,
    openSaturday: s.openSaturday,
    now: new Date(),
  }).order.length;
const at = { lat: 48.861, lon: 2.44, label: 'Place A', kind: 'address' as const };

test('the empty state offers only ways out that give places', () => {
  const hidden = hiddenGroups('');
  const ways = (state: FinderState) =>
    waysOut({ state, preset: '', hidden, count }).map((w) => (w.kind === 'widen' ? `widen ${w.km}` : w.kind));
  // Paying places within 1 km of A: none; B is 3 km away: widening to 5 km (not 2) finds it.
  const paying: FinderState = { ...empty, point: at, radiusKm: 1, filters: { frais_a_charge: ['Payant'] } };
  assert.equal(count(paying), 0);
  assert.deepEqual(ways(paying), ['widen 5', 'clear-filters']);
  // A filter nobody matches: widening never helps, clearing does.
  const none: FinderState = { ...empty, point: at, radiusKm: 1, filters: { frais_a_charge: ['Gratuit sous condition'] } };
  assert.deepEqual(ways(none), ['clear-filters']);
  // A commune searched without a located place, with a filter: all places with the filter kept first.
  const pantinFree: FinderState = { ...empty, commune: '93055', filters: { frais_a_charge: ['Gratuit'] } };
  assert.deepEqual(ways(pantinFree), ['all-places', 'clear-filters']);
  for (const w of waysOut({ state: paying, preset: '', hidden, count })) assert.ok(count(w.state) > 0, w.kind);
  // The webmaster's hidden preset stays: nothing to clear, and no way out when nothing anywhere matches.
  const fixed = waysOut({
    state: { ...empty, filters: { frais_a_charge: ['Gratuit sous condition'] } },
    preset: 'frais_a_charge:Gratuit sous condition',
    hidden: hiddenGroups('frais_a_charge'),
    count,
  });
  assert.deepEqual(fixed, []);
});

test('heading and announcements in plain French, numbers and times the French way', () => {
  const name = [{ key: '93048', nom: 'Montreuil', codesPostaux: ['93100'] }];
  assert.equal(resultsHeading(fr, 4776, empty, name), '4\u202f776 lieux, classés par commune, de A à Z');
  assert.equal(
    resultsHeading(fr, 12, { ...empty, point: { lat: 1, lon: 1, label: 'Ma position', kind: 'me' } }, name),
    '12 lieux près de ma position, du plus proche au plus éloigné',
  );
  assert.equal(resultsHeading(fr, 1, { ...empty, commune: '93048' }, name), '1 lieu près de Montreuil, classés par commune, de A à Z');
  assert.equal(resultsHeading(en, 4776, empty, name), '4,776 places, by town, A to Z');
  assert.equal(fr.suggestionsAnnounced(4, 0), '4 communes proposées, flèches haut et bas pour choisir');
  assert.equal(fr.suggestionsAnnounced(1, 2), '1 commune proposée et 2 adresses proposées, flèches haut et bas pour choisir');
  assert.equal(fr.time(9 * 60), '9 h');
  assert.equal(fr.time(14 * 60 + 30), '14 h 30');
  assert.equal(fr.shownOf(20, 4776), '20 lieux affichés sur 4\u202f776');
});

test('the orientation sheet prints the postal address, and words the referral without a middle dot', () => {
  const [place] = normalisePlaces([
    {
      id: 'x',
      nom: 'Espace X',
      adresse: '3 rue de la Paix',
      complement_adresse: 'Bâtiment B',
      commune: 'Montreuil',
      code_postal: '93100',
      latitude: 48.86,
      longitude: 2.44,
    },
  ]).places;
  const doc = orientationSheetHtml(place!, '', fr, 'fr', new Date(2026, 0, 5));
  const text = doc.replace(/<[^>]+>/g, ' ');
  assert.match(text, /Pour vous y rendre\s+3 rue de la Paix, 93100 Montreuil\s+Bâtiment B/);
  assert.doesNotMatch(doc, /openstreetmap/);
  assert.doesNotMatch(doc, /·/);
});
