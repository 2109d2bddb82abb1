import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  decodeSimulation,
  encodeSimulation,
  FUNDING_YEARS,
  fundingPeriod,
  hasSimulation,
  MAX_PEOPLE_PER_YEAR,
  MAX_PROJECT_COST,
  ParticipationRequestSchema,
  PROBLEM_KINDS,
  problemKind,
  problemType,
  simulationHref,
} from '@npt/contract';

describe('simulation handoff', () => {
  it('round-trips the figures and keeps the host page’s own parameters and hash', () => {
    const href = simulationHref('https://ville.example/candidater?from=sim&sim.2023=9&page=2#form', {
      people: { 2024: '1 200', 2025: 300, 2026: '' },
      projectCost: '90000',
    });
    const url = new URL(href);
    assert.equal(url.searchParams.get('from'), 'sim');
    assert.equal(url.searchParams.get('page'), '2');
    assert.equal(url.hash, '#form');
    assert.equal(url.searchParams.has('sim.2023'), false, 'stale figures of the host URL go');
    assert.equal(url.searchParams.has('sim.2026'), false, 'an empty figure is left out');
    assert.deepEqual(decodeSimulation(href, FUNDING_YEARS), { people: { 2024: 1200, 2025: 300 }, projectCost: 90000 });
    assert.equal(hasSimulation(href), true);
    assert.equal(hasSimulation('https://ville.example/candidater?from=sim'), false);
  });

  it('drops what does not read as a whole number within the shared limits, and years the rules do not know', () => {
    const params = new URLSearchParams({
      'sim.2024': 'abc',
      'sim.2025': String(MAX_PEOPLE_PER_YEAR + 1),
      'sim.2026': '8.000',
      'sim.2031': '5',
      'sim.cost': String(MAX_PROJECT_COST + 1),
    });
    assert.deepEqual(decodeSimulation(params, FUNDING_YEARS), { people: { 2026: 8000 } });
  });

  it('encodes with un-prefixed keys, empty as undefined', () => {
    assert.deepEqual(encodeSimulation({ people: { 2024: ' 5 ' }, projectCost: undefined }), { 2024: '5', cost: undefined });
  });
});

describe('shared limits and years', () => {
  it('the participation schema accepts what the simulator accepts, up to the same bounds', () => {
    // Issues on one path only, whatever the rest of the (partial) body.
    const issueAt = (body: object, path: string) =>
      (ParticipationRequestSchema.safeParse(body).error?.issues ?? []).some((i) => i.path.join('.') === path);
    assert.equal(issueAt({ projectCost: MAX_PROJECT_COST }, 'projectCost'), false);
    assert.equal(issueAt({ projectCost: MAX_PROJECT_COST + 1 }, 'projectCost'), true);
    assert.equal(issueAt({ expectedPeople: { 2024: MAX_PEOPLE_PER_YEAR } }, 'expectedPeople.2024'), false);
    assert.equal(issueAt({ expectedPeople: { 2024: MAX_PEOPLE_PER_YEAR + 1 } }, 'expectedPeople.2024'), true);
    assert.deepEqual(FUNDING_YEARS, [2024, 2025, 2026]);
    assert.equal(fundingPeriod(), '2024-2026');
    assert.equal(
      fundingPeriod({ years: [{ year: 2027, perPerson: 1, maxPeople: 1 }], project: { share: 0, max: 0 }, capScope: 'programme' }),
      '2027-2027',
    );
  });
});

describe('problem kinds', () => {
  it('map to and from their urn type; an unknown type is no kind', () => {
    for (const kind of PROBLEM_KINDS) assert.equal(problemKind({ type: problemType(kind) }), kind);
    assert.equal(problemType('already-registered'), 'urn:npt:problem:already-registered');
    assert.equal(problemKind('urn:npt:problem:nope'), undefined);
    assert.equal(problemKind({ type: 'about:blank' }), undefined);
    assert.equal(problemKind(undefined), undefined);
  });
});
