import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { computeFunding, computeProjectGrant, DEFAULT_FUNDING_RULES, FundingRulesSchema, parseFrenchInteger } from '@npt/contract';

const year = (people: Record<number, number>, y: number) => computeFunding({ people }).years.find((r) => r.year === y)!;

describe('funding rules', () => {
  it('are the programme page figures, as data that passes its own schema', () => {
    assert.deepEqual(
      DEFAULT_FUNDING_RULES.years.map((y) => [y.year, y.perPerson, y.maxPeople]),
      [
        [2024, 100, 8000],
        [2025, 70, 10000],
        [2026, 50, 16000],
      ],
    );
    assert.deepEqual(DEFAULT_FUNDING_RULES.project, { share: 0.5, max: 200000 });
    assert.equal(z.safeParse(FundingRulesSchema, DEFAULT_FUNDING_RULES).success, true);
  });

  it('rejects rules that make no sense', () => {
    assert.equal(z.safeParse(FundingRulesSchema, { years: [], project: { share: 0.5, max: 1 } }).success, false);
    assert.equal(
      z.safeParse(FundingRulesSchema, { years: [{ year: 2024, perPerson: -1, maxPeople: 1 }], project: { share: 0.5, max: 1 } }).success,
      false,
    );
    assert.equal(
      z.safeParse(FundingRulesSchema, { years: [{ year: 2024, perPerson: 1, maxPeople: 1 }], project: { share: 1.5, max: 1 } }).success,
      false,
    );
    const parsed = z.parse(FundingRulesSchema, { years: [{ year: 2024, perPerson: 1, maxPeople: 1 }], project: { share: 0.5, max: 1 } });
    assert.equal(parsed.capScope, 'programme');
  });
});

describe('computeFunding: per-person support, below, at and over each cap', () => {
  for (const rule of DEFAULT_FUNDING_RULES.years) {
    it(`${rule.year}: ${rule.perPerson} € per person, at most ${rule.maxPeople} people`, () => {
      const below = year({ [rule.year]: rule.maxPeople - 1 }, rule.year);
      assert.deepEqual([below.counted, below.amount, below.capped], [rule.maxPeople - 1, (rule.maxPeople - 1) * rule.perPerson, false]);
      const at = year({ [rule.year]: rule.maxPeople }, rule.year);
      assert.deepEqual([at.counted, at.amount, at.capped], [rule.maxPeople, rule.maxPeople * rule.perPerson, false]);
      const over = year({ [rule.year]: rule.maxPeople + 1 }, rule.year);
      assert.deepEqual(
        [over.people, over.counted, over.amount, over.capped],
        [rule.maxPeople + 1, rule.maxPeople, rule.maxPeople * rule.perPerson, true],
      );
    });
  }

  it('sums the three years and counts a missing year as nobody', () => {
    const r = computeFunding({ people: { 2024: 500, 2026: 20000 } });
    assert.deepEqual(
      r.years.map((y) => y.amount),
      [50000, 0, 800000],
    );
    assert.equal(r.total, 850000);
    assert.equal(r.project, null);
    assert.equal(r.capScope, 'programme');
  });

  it('applies rules served by the API rather than constants', () => {
    const rules = {
      years: [{ year: 2027, perPerson: 33.33, maxPeople: 3 }],
      project: { share: 0.3, max: 1000 },
      capScope: 'commune' as const,
    };
    const r = computeFunding({ people: { 2027: 3 }, projectCost: 10000 }, rules);
    assert.equal(r.years[0]!.amount, 99.99);
    assert.deepEqual(r.project, { cost: 10000, grant: 1000, rule: 'ceiling', share: 0.3, max: 1000 });
    assert.equal(r.capScope, 'commune');
  });
});

describe('computeProjectGrant: 50 % of the cost, at most 200 000 €', () => {
  const rule = DEFAULT_FUNDING_RULES.project;
  it('pays half below 400 000 €', () => {
    assert.deepEqual(computeProjectGrant(150000, rule), { cost: 150000, grant: 75000, rule: 'share', share: 0.5, max: 200000 });
    assert.equal(computeProjectGrant(399999.98, rule).grant, 199999.99);
  });
  it('pays exactly the ceiling at 400 000 €, by the share rule', () => {
    assert.deepEqual(computeProjectGrant(400000, rule), { cost: 400000, grant: 200000, rule: 'share', share: 0.5, max: 200000 });
  });
  it('caps at 200 000 € over 400 000 €', () => {
    assert.deepEqual(computeProjectGrant(400001, rule), { cost: 400001, grant: 200000, rule: 'ceiling', share: 0.5, max: 200000 });
    assert.equal(computeProjectGrant(5_000_000, rule).grant, 200000);
  });
  it('pays nothing for a zero cost', () => {
    assert.equal(computeProjectGrant(0, rule).grant, 0);
  });
});

describe('parseFrenchInteger', () => {
  const ok = (raw: string) => {
    const r = parseFrenchInteger(raw);
    assert.ok(r.ok, `${raw} should parse`);
    return r.value;
  };
  const err = (raw: string, max?: number) => {
    const r = parseFrenchInteger(raw, max);
    assert.ok(!r.ok, `${raw} should not parse`);
    return r.error;
  };
  it('reads plain and French-grouped numbers', () => {
    assert.equal(ok('8000'), 8000);
    assert.equal(ok(' 8 000 '), 8000);
    assert.equal(ok('8\u202f000'), 8000);
    assert.equal(ok('8\u00a0000'), 8000);
    assert.equal(ok('8.000'), 8000);
    assert.equal(ok('1 250 000'), 1250000);
    assert.equal(ok('450 000 €'), 450000);
    assert.equal(ok('0'), 0);
    assert.equal(ok('-0'), 0);
  });
  it('names what is wrong, never NaN nor a silent zero', () => {
    assert.equal(err(''), 'empty');
    assert.equal(err('   '), 'empty');
    assert.equal(err('abc'), 'notANumber');
    assert.equal(err('12a'), 'notANumber');
    assert.equal(err('8 00'), 'notANumber');
    assert.equal(err('1e12'), 'notANumber');
    assert.equal(err('-5'), 'negative');
    assert.equal(err('12,5'), 'decimal');
    assert.equal(err('12.5'), 'decimal');
    assert.equal(err('99999999999999999999'), 'tooLarge');
    assert.equal(err('1000001', 1_000_000), 'tooLarge');
  });
});
