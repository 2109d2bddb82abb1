// The widget's pure decisions: which sessions show, how a managing link reads and is written, which
// communes a few letters suggest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MGP_COMMUNES, type Webinar } from '@npt/contract';
import { bookingUrl, readBookingRef, withoutBooking } from '../src/manage/booking-link.js';
import { joinsWaitingList, selectSessions } from '../src/sessions/select.js';
import { suggestCommunes } from '../src/form/communes.js';

const w = (id: string, startsAt: string, extra: Partial<Webinar> = {}): Webinar => ({
  id,
  title: id,
  description: '',
  startsAt,
  endsAt: startsAt,
  capacity: 10,
  seatsLeft: 10,
  waitingCount: 0,
  status: 'open',
  ...extra,
});
const TOKEN = 'AbC_123-xyzAbC_123-xyz12';

test('sessions: the webmaster’s choice of one session or a theme, soonest first', () => {
  const list = [
    w('b', '2027-02-01T10:00:00Z', { theme: 'financement' }),
    w('a', '2027-01-01T10:00:00Z', { theme: 'programme' }),
    w('c', '2027-03-01T10:00:00Z'),
  ];
  assert.deepEqual(
    selectSessions(list, {}).map((x) => x.id),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    selectSessions(list, { webinar: 'c' }).map((x) => x.id),
    ['c'],
  );
  assert.deepEqual(
    selectSessions(list, { webinar: 'c a' }).map((x) => x.id),
    ['a', 'c'],
  );
  assert.deepEqual(selectSessions(list, { webinar: 'inconnue' }), []);
  assert.deepEqual(
    selectSessions(list, { theme: 'financement' }).map((x) => x.id),
    ['b'],
  );
  assert.equal(joinsWaitingList(w('x', '2027-01-01T10:00:00Z', { seatsLeft: 0, status: 'waiting-list' })), true);
  assert.equal(joinsWaitingList(w('x', '2027-01-01T10:00:00Z')), false);
});

test('managing link: read from the fragment or the query, written in the fragment, removed cleanly', () => {
  assert.deepEqual(readBookingRef(`https://www.ville.fr/webinaires#inscription=decouvrir-le-programme.${TOKEN}`), {
    webinarId: 'decouvrir-le-programme',
    token: TOKEN,
  });
  assert.deepEqual(
    readBookingRef(`https://www.ville.fr/webinaires?page=2&inscription=w.1.${TOKEN}`),
    { webinarId: 'w.1', token: TOKEN },
    'an id with a dot',
  );
  assert.equal(readBookingRef('https://www.ville.fr/webinaires#inscription=abc'), undefined, 'a truncated link');
  assert.equal(readBookingRef('https://www.ville.fr/webinaires'), undefined);
  const url = bookingUrl(`https://www.ville.fr/webinaires?page=2&inscription=old.${TOKEN}#haut`, { webinarId: 'w1', token: TOKEN });
  assert.equal(url, `https://www.ville.fr/webinaires?page=2#inscription=w1.${TOKEN}`);
  assert.equal(withoutBooking(url), 'https://www.ville.fr/webinaires?page=2');
  assert.equal(withoutBooking('https://www.ville.fr/webinaires#haut'), 'https://www.ville.fr/webinaires#haut', 'another fragment stays');
});

test('communes: a name’s start or word, without accents or hyphens, or a postal code; nothing under 2 characters', () => {
  const names = (text: string) => suggestCommunes(MGP_COMMUNES, text).map((c) => c.nom);
  assert.equal(names('montreuil')[0], 'Montreuil');
  assert.ok(names('saint de').includes('Saint-Denis'));
  assert.ok(names('denis').includes('Saint-Denis'), 'a word of the name');
  assert.ok(names('ile saint').includes("L'Île-Saint-Denis") || names('ile saint').some((n) => /Île-Saint-Denis/.test(n)));
  assert.deepEqual(names('93100'), ['Montreuil']);
  assert.deepEqual(names('m'), []);
  assert.deepEqual(names('CCAS de Bellerive'), []);
  assert.ok(names('75').length <= 8);
});
