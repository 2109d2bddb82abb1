// Opening hours as the list and the sheet word them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOpeningHours } from '@npt/contract';
import { hoursStatus, weekRows } from '../src/hours.js';
import { fr } from '../src/translations/fr.js';
import { en } from '../src/translations/en.js';

const oh = parseOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00 "sur rendez-vous"')!;
const at = (day: number, h: number, m = 0) => new Date(2025, 2, 3 + day, h, m); // 2025-03-03 is a Monday

test("open or closed now, with when it changes and today's hours", () => {
  assert.deepEqual(hoursStatus(oh, at(0, 10), fr), { open: true, text: 'Ouvert jusqu’à 12 h', today: '9 h – 12 h, 14 h – 18 h' });
  assert.equal(hoursStatus(oh, at(0, 8), fr).text, 'Fermé, ouvre aujourd’hui à 9 h');
  assert.equal(hoursStatus(oh, at(0, 12, 30), fr).text, 'Fermé, ouvre aujourd’hui à 14 h');
  assert.equal(hoursStatus(oh, at(5, 13), fr).text, 'Fermé, ouvre lundi à 9 h');
  assert.equal(hoursStatus(oh, at(6, 13), fr).today, 'fermé');
  assert.equal(hoursStatus(oh, at(4, 19), en).text, 'Closed, opens Saturday at 10:00');
  assert.equal(hoursStatus(parseOpeningHours('24/7')!, at(2, 3), fr).text, 'Ouvert 24 h/24');
});

test("the week, Monday first, with the rules' comments", () => {
  const rows = weekRows(oh, fr);
  assert.equal(rows.length, 7);
  assert.deepEqual(rows[0], { day: 'lundi', hours: '9 h – 12 h, 14 h – 18 h' });
  assert.deepEqual(rows[5], { day: 'samedi', hours: '10 h – 12 h', comment: 'sur rendez-vous' });
  assert.deepEqual(rows[6], { day: 'dimanche', hours: 'fermé' });
  assert.equal(weekRows(parseOpeningHours('Fr 20:00-02:00')!, fr)[4]!.hours, '20 h – 2 h');
  assert.equal(weekRows(parseOpeningHours('Mo 08:30-14:00,14:30-24:00')!, fr)[0]!.hours, '8 h 30 – 14 h, 14 h 30 – 24 h');
  assert.equal(weekRows(parseOpeningHours('Mo 08:30-14:00,14:30-24:00')!, en)[0]!.hours, '08:30 – 14:00, 14:30 – 24:00');
});
