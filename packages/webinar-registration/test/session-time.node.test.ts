import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeSessionTime, formatDuration, ordinal, placeOfZone } from '../src/session-time.js';

// 14:00 in Paris on a given day, as the server sends it (UTC).
const at = (iso: string, minutes = 60) => [iso, new Date(Date.parse(iso) + minutes * 60_000).toISOString()] as const;

test('17 March 2026: North America has changed its clocks, Paris has not: a 5-hour gap', () => {
  const [start, end] = at('2026-03-17T13:00:00.000Z');
  for (const zone of ['America/Montreal', 'America/Toronto']) {
    assert.deepEqual(describeSessionTime(start, end, 'fr', zone), {
      date: 'mardi 17 mars 2026',
      time: '14 h 00 (heure de Paris)',
      visitor: '9 h 00 à Montréal',
      duration: '1 h',
    });
  }
  assert.equal(describeSessionTime(start, end, 'en', 'America/Toronto').visitor, '9:00 am in Montreal');
  assert.equal(describeSessionTime(start, end, 'en', 'America/Toronto').time, '2:00 pm (Paris time)');
});

test('the usual 6 hours, before and after both changes; 5 hours again in the last week of October', () => {
  const cases = [
    ['2026-02-12T13:00:00.000Z', 'jeudi 12 février 2026', '14 h 00', '8 h 00'], // both in winter time
    ['2026-03-31T12:00:00.000Z', 'mardi 31 mars 2026', '14 h 00', '8 h 00'], // both in summer time
    ['2026-03-29T08:00:00.000Z', 'dimanche 29 mars 2026', '10 h 00', '4 h 00'], // Paris changed that night
    ['2026-10-25T13:00:00.000Z', 'dimanche 25 octobre 2026', '14 h 00', '9 h 00'], // Paris back to winter, Montréal on 1 November
    ['2026-11-05T13:00:00.000Z', 'jeudi 5 novembre 2026', '14 h 00', '8 h 00'],
  ] as const;
  for (const [instant, date, paris, montreal] of cases) {
    const t = describeSessionTime(instant, instant, 'fr', 'America/Montreal');
    assert.deepEqual([t.date, t.time, t.visitor], [date, `${paris} (heure de Paris)`, `${montreal} à Montréal`], instant);
  }
});

test('the visitor’s time shows only when their clock differs; with the day when that differs too', () => {
  const [start, end] = at('2026-03-17T13:00:00.000Z', 90);
  assert.equal(describeSessionTime(start, end, 'fr', 'Europe/Paris').visitor, undefined);
  assert.equal(describeSessionTime(start, end, 'fr', 'Europe/Brussels').visitor, undefined, 'same clock as Paris');
  assert.equal(describeSessionTime(start, end, 'fr').visitor, undefined, 'time zone unknown');
  assert.equal(describeSessionTime(start, end, 'fr', 'Not/AZone').visitor, undefined, 'a zone Intl does not know');
  assert.equal(describeSessionTime(start, end, 'fr', 'Europe/London').visitor, '13 h 00 à Londres');
  assert.equal(describeSessionTime(start, end, 'fr', 'Indian/Reunion').visitor, '17 h 00 à La Réunion');
  assert.equal(describeSessionTime(start, end, 'fr', 'America/New_York').visitor, '9 h 00 à New York');
  const evening = describeSessionTime('2026-03-17T17:00:00.000Z', end, 'fr', 'Asia/Tokyo');
  assert.equal(evening.visitor, '2 h 00 le mercredi 18 mars 2026 à Tokyo');
  assert.equal(describeSessionTime(start, end, 'fr').duration, '1 h 30');
});

test('dates and durations as French and English readers write them', () => {
  assert.equal(describeSessionTime('2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 'fr').date, 'dimanche 1er mars 2026');
  assert.equal(describeSessionTime('2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 'en').date, 'Sunday, 1 March 2026');
  assert.equal(describeSessionTime('2026-03-01T09:05:00.000Z', '2026-03-01T10:00:00.000Z', 'fr').time, '10 h 05 (heure de Paris)');
  assert.deepEqual(
    [45, 60, 90, 125].map((m) => formatDuration(m, 'fr')),
    ['45 min', '1 h', '1 h 30', '2 h 05'],
  );
  assert.equal(formatDuration(90, 'en'), '1 h 30 min');
  assert.deepEqual(
    [1, 2, 3, 11].map((n) => ordinal(n, 'fr')),
    ['1re', '2e', '3e', '11e'],
  );
  assert.deepEqual(
    [1, 2, 3, 4, 11, 12, 13, 21, 22].map((n) => ordinal(n, 'en')),
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd'],
  );
  assert.equal(placeOfZone('America/Argentina/Buenos_Aires', 'en'), 'in Buenos Aires');
  assert.equal(
    describeSessionTime('2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 'fr', 'UTC').visitor,
    '9 h 00 (temps universel)',
  );
  assert.equal(describeSessionTime('2026-03-01T09:00:00.000Z', '2026-03-01T10:00:00.000Z', 'en', 'Etc/UTC').visitor, '9:00 am (UTC)');
});
