// The opening-hours parser against the npm `opening_hours` package as an oracle, on every string of the
// samples (on the real corpus in opening-hours.real-data.test.ts), plus its own cases and its size.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRealData, openingHoursCorpus } from '@npt/testing/real-data';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import OpeningHoursOracle from 'opening_hours';
import {
  isOpenAt,
  isOpenOnWeekday,
  isPublicHoliday,
  nextChange,
  parseOpeningHours,
  rangesOn,
  weekSchedule,
  type OpeningHours,
} from '../src/index.js';

const corpus = openingHoursCorpus();
const parse = (s: string): OpeningHours => {
  const oh = parseOpeningHours(s);
  assert.ok(oh, `should parse: ${s}`);
  return oh;
};
/** A local instant: 2025-03-03 is a Monday, in a week without public holiday or clock change. */
const at = (day: number, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2025, 2, 3 + day, h, m);
};

/** Instants over one week: every 15 minutes, plus one minute either side of each boundary we know of. */
function sampleInstants(oh: OpeningHours): Date[] {
  const out: Date[] = [];
  for (let day = 0; day < 7; day++) {
    for (let m = 0; m < 1440; m += 15) out.push(new Date(2025, 2, 3 + day, 0, m + 7));
    for (const [s, e] of weekSchedule(oh)[day]!.ranges) {
      for (const m of [s - 1, s, e - 1, e]) out.push(new Date(2025, 2, 3 + day, 0, m));
    }
  }
  return out;
}

test('agrees with the opening_hours package on every corpus string it accepts', () => {
  let accepted = 0;
  let agreeingStrings = 0;
  let instants = 0;
  let agreeingInstants = 0;
  let weightedAccepted = 0;
  const total = corpus.reduce((n, c) => n + c.occurrences, 0);
  const disagreements: string[] = [];
  const refused: string[] = [];
  for (const { horaires, occurrences } of corpus) {
    const ours = parseOpeningHours(horaires);
    if (!ours) {
      refused.push(horaires);
      continue;
    }
    accepted++;
    weightedAccepted += occurrences;
    let oracle: OpeningHoursOracle;
    try {
      oracle = new OpeningHoursOracle(horaires, null, 0);
    } catch (e) {
      disagreements.push(`${horaires}: the oracle refuses it (${String(e).split('\n')[0]})`);
      continue;
    }
    let all = true;
    for (const t of sampleInstants(ours)) {
      instants++;
      const expected = oracle.getState(t);
      if (isOpenAt(ours, t) === expected) agreeingInstants++;
      else if (all) {
        all = false;
        disagreements.push(`${horaires}: at ${t.toString()} oracle says ${expected ? 'open' : 'closed'}`);
      }
    }
    if (all) agreeingStrings++;
  }
  console.log(
    `opening hours corpus: ${corpus.length} distinct strings (${total} records); accepted ${accepted} ` +
      `(${((100 * weightedAccepted) / total).toFixed(1)} % of records), shown raw ${refused.length}; ` +
      `agreement with the opening_hours package: ${agreeingStrings}/${accepted} strings ` +
      `(${((100 * agreeingStrings) / accepted).toFixed(2)} %), ${agreeingInstants}/${instants} instants ` +
      `(${((100 * agreeingInstants) / instants).toFixed(3)} %)`,
  );
  console.log(`shown raw: ${refused.map((s) => JSON.stringify(s)).join(', ')}`);
  assert.deepEqual(disagreements, []);
  // The samples carry broken hours on purpose: the share read is a figure of the real corpus only.
  if (isRealData()) assert.ok(accepted / corpus.length > 0.9, 'reads the bulk of the corpus');
  else assert.ok(accepted > 0 && refused.length > 0);
});

test('refuses what it cannot read rather than guessing; nonsense is not "open 24 h"', () => {
  for (const s of [
    '',
    '   ',
    'Tu 18:00-18:00',
    'Sa 11:00-11:00,17:00-17:00',
    'Mo 09:15-12:30-13:45',
    'Mo-Fr 9h-12h30',
    'Sa 17:00',
    'Mo 14-17',
    'Mo-Fr 09:00-12:00 || "sur rendez-vous"',
    'Jan-Mar Mo 10:00-12:00',
    'Mo-Fr "sur rendez-vous"',
    'Mo-Fr 09:60-12:00',
    'Mo-PH 10:00-12:00',
    'SH off',
  ]) {
    assert.equal(parseOpeningHours(s), null, JSON.stringify(s));
  }
  // The corpus's own example of an empty range, inside an otherwise readable string.
  assert.equal(parseOpeningHours('Mo-Fr 15:30-18:00; We 09:30-11:30,14:30-18:30; Sa 11:00-11:00,17:00-17:00'), null);
});

test('weekday ranges and lists, several ranges, overrides, off, additional rules, 24/7', () => {
  const oh = parse('Mo-Fr 09:00-12:00,14:00-18:00; We off; Sa 10:00-12:00 "sur rendez-vous"');
  assert.equal(isOpenAt(oh, at(0, '09:00')), true);
  assert.equal(isOpenAt(oh, at(0, '12:00')), false, 'the end minute is closed');
  assert.equal(isOpenAt(oh, at(0, '13:59')), false);
  assert.equal(isOpenAt(oh, at(2, '10:00')), false, 'We off overrides Mo-Fr');
  assert.equal(isOpenAt(oh, at(5, '11:00')), true);
  assert.equal(isOpenAt(oh, at(6, '11:00')), false);
  assert.equal(weekSchedule(oh)[5]!.comment, 'sur rendez-vous');
  assert.deepEqual(weekSchedule(oh)[0]!.ranges, [
    [540, 720],
    [840, 1080],
  ]);
  assert.equal(isOpenOnWeekday(oh, 5), true);
  assert.equal(isOpenOnWeekday(oh, 2), false);

  const later = parse('Tu-Su 09:00-22:00,09:00-11:30; Th 09:00-11:30; Fr off');
  assert.equal(isOpenAt(later, at(3, '12:00')), false, 'Th overrides Tu-Su');
  assert.equal(isOpenAt(later, at(6, '21:00')), true);

  const added = parse('Mo 10:00-12:00, Mo 14:00-16:00');
  assert.equal(isOpenAt(added, at(0, '15:00')), true);
  assert.equal(isOpenAt(added, at(0, '11:00')), true);

  const wrap = parse('Sa-Mo 10:00-12:00');
  assert.deepEqual(
    [0, 1, 5, 6].map((d) => isOpenAt(wrap, at(d, '11:00'))),
    [true, false, true, true],
  );

  const lists = parse('Mo,We,Fr 08:00-09:00;Tu 13:00-14:00');
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((d) => isOpenOnWeekday(lists, d)),
    [true, true, true, false, true],
  );

  const always = parse('24/7');
  assert.equal(isOpenAt(always, at(6, '03:00')), true);
  assert.equal(nextChange(always, at(6, '03:00')), null);
  assert.equal(isOpenAt(parse('08:00-17:00'), at(6, '09:00')), true, 'no selector means every day');
});

test('ranges past midnight run into the next morning', () => {
  const oh = parse('Fr 20:00-02:00');
  assert.equal(isOpenAt(oh, at(4, '23:00')), true);
  assert.equal(isOpenAt(oh, at(5, '01:30')), true);
  assert.equal(isOpenAt(oh, at(5, '02:00')), false);
  assert.deepEqual(rangesOn(oh, at(5, '10:00')), [[0, 120]]);
});

test('public holidays: the French ones, PH off, PH hours', () => {
  const holidays2025 = ['1-1', '4-21', '5-1', '5-8', '5-29', '6-9', '7-14', '8-15', '11-1', '11-11', '12-25'];
  const found: string[] = [];
  for (let d = new Date(2025, 0, 1); d.getFullYear() === 2025; d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
    if (isPublicHoliday(d)) found.push(`${d.getMonth() + 1}-${d.getDate()}`);
  }
  assert.deepEqual(found, holidays2025);
  assert.equal(isPublicHoliday(new Date(2024, 2, 31)), false, 'Easter Sunday 2024 is not a day off of its own');
  assert.equal(isPublicHoliday(new Date(2024, 3, 1)), true, 'Easter Monday 2024');

  const oh = parse('Mo-Fr 09:00-17:00; PH off');
  const may1 = new Date(2025, 4, 1, 10, 0); // a Thursday
  assert.equal(isOpenAt(oh, may1), false);
  assert.equal(isOpenAt(oh, new Date(2025, 4, 2, 10, 0)), true);
  const phHours = parse('Mo-Fr 09:00-17:00; PH 10:00-12:00');
  assert.equal(isOpenAt(phHours, new Date(2025, 4, 1, 9, 30)), false);
  assert.equal(isOpenAt(phHours, new Date(2025, 4, 1, 11, 0)), true);
  const overridden = parse('PH off; Mo-Fr 09:00-17:00');
  assert.equal(isOpenAt(overridden, may1), true, 'a later rule for the weekday overrides PH off');

  const nominatim = { lat: 48.85, lon: 2.35, address: { country_code: 'fr', state: 'Île-de-France' } };
  for (const s of ['Mo-Fr 09:00-17:00; PH off', 'Mo-Sa 09:00-12:00; PH 10:00-11:00', 'Mo-Fr 09:00-17:00,PH off']) {
    const ours = parse(s);
    const oracle = new OpeningHoursOracle(s, nominatim as never, 0);
    for (let d = 1; d <= 31; d++) {
      for (const h of [9, 10, 16]) {
        const t = new Date(2025, 4, d, h, 30);
        assert.equal(isOpenAt(ours, t), oracle.getState(t), `${s} at ${t.toString()}`);
      }
    }
  }
});

test('nextChange: when it closes, when it opens next', () => {
  const oh = parse('Mo-Fr 09:00-12:00,14:00-18:00');
  assert.deepEqual(nextChange(oh, at(0, '10:00')), at(0, '12:00'));
  assert.deepEqual(nextChange(oh, at(0, '12:30')), at(0, '14:00'));
  assert.deepEqual(nextChange(oh, at(4, '19:00')), at(7, '09:00'), 'Friday evening: Monday morning');
  assert.equal(nextChange(parse('Mo off'), at(0, '10:00')), null);
  // Open until midnight, closed the next morning: it closes at midnight, not at the next day's closing.
  assert.deepEqual(nextChange(parse('Mo 20:00-24:00; Tu 09:00-12:00'), at(0, '21:00')), at(1, '00:00'));
  // Open across midnight: the range's real end.
  assert.deepEqual(nextChange(parse('Fr 20:00-02:00'), at(4, '23:00')), at(5, '02:00'));
  assert.equal(nextChange(parse('Mo-Su 00:00-24:00'), at(2, '12:00')), null);
});

test('the parser and evaluator weigh at most 3 KB gzip', async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('../src/opening-hours/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    target: 'es2022',
  });
  const bytes = gzipSync(out.outputFiles[0]!.contents, { level: 9 }).length;
  console.log(`opening-hours module: ${out.outputFiles[0]!.contents.length} bytes minified, ${bytes} bytes gzip -9`);
  assert.ok(bytes <= 3000, `${bytes} bytes`);
});
