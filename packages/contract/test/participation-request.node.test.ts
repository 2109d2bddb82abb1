// The participation request as the form and the server both read it: SIRET keys (La Poste included),
// French phone numbers, components and the fields each one requires.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validApplication } from '@npt/testing';
import { isFrenchPhone, isValidSiret, normalisePhone, ParticipationRequestSchema } from '../src/index.js';

test('SIRET: Luhn key, typed with spaces or dots; La Poste establishments by the sum of their digits', () => {
  assert.equal(isValidSiret('73282932000074'), true);
  assert.equal(isValidSiret('732 829 320 00074'), true);
  assert.equal(isValidSiret('732.829.320.00074'), true);
  assert.equal(isValidSiret('73282932000075'), false, 'wrong key');
  assert.equal(isValidSiret('7328293200007'), false, '13 digits');
  assert.equal(isValidSiret('7328293200007A'), false);
  // La Poste: not Luhn-valid, digit sum 45, a multiple of 5.
  assert.equal(isValidSiret('35600000049837'), true);
  assert.equal(isValidSiret('35600000049838'), false);
  assert.equal(isValidSiret('35600000000048'), true, "La Poste's head office passes Luhn");
  // The same digit-sum rule does not apply to any other SIREN.
  assert.equal(isValidSiret('12345678901234'), false);
});

test('French phone numbers: usual forms accepted and stored as 01 23 45 67 89', () => {
  for (const typed of [
    '01 23 45 67 89',
    '01.23.45.67.89',
    '0123456789',
    '+33 1 23 45 67 89',
    '+33123456789',
    '+33 (0)1 23 45 67 89',
    '0033 1 23 45 67 89',
    '01-23-45-67-89',
  ]) {
    assert.equal(isFrenchPhone(typed), true, typed);
    assert.equal(normalisePhone(typed), '01 23 45 67 89', typed);
  }
  for (const typed of ['', '+33', '012345678', '01234567890', '+44 20 7946 0958', '00 23 45 67 89', 'O1 23 45 67 89']) {
    assert.equal(isFrenchPhone(typed), false, typed);
  }
});

// The shared valid application (@npt/testing), with a phone written the international way to check its normalisation.
const valid = validApplication({ phone: '+33 1 49 33 66 66' });

test('a full request parses, with the phone and the SIRET normalised', () => {
  const r = ParticipationRequestSchema.safeParse(valid);
  assert.equal(r.success, true, JSON.stringify(r.error?.issues));
  assert.equal(r.data!.phone, '01 49 33 66 66');
  assert.equal(r.data!.structures![0]!.siret, '73282932000074');
});

test('each component requires its own fields; strict objects everywhere', () => {
  const paths = (body: unknown) => (ParticipationRequestSchema.safeParse(body).error?.issues ?? []).map((i) => i.path.join('.'));
  const { expectedPeople, projectDescription, projectCost, ...bare } = valid;
  void expectedPeople;
  void projectDescription;
  void projectCost;
  assert.deepEqual(paths({ ...bare, components: ['support'] }).sort(), ['expectedPeople']);
  assert.deepEqual(paths({ ...bare, components: ['equipment'] }).sort(), ['projectCost', 'projectDescription']);
  assert.deepEqual(paths({ ...valid, components: [] }), ['components']);
  assert.deepEqual(paths({ ...valid, structures: [{ ...valid.structures![0], siret: '73282932000075' }] }), ['structures.0.siret']);
  assert.deepEqual(paths({ ...valid, prescribers: [{ ...valid.prescribers![0], kind: 'mairie' }] }), ['prescribers.0.kind']);
  assert.deepEqual(paths({ ...valid, structures: [{ ...valid.structures![0], extra: 1 }] }), ['structures.0']);
  assert.deepEqual(paths({ ...valid, phone: '12345' }), ['phone']);
  assert.deepEqual(paths({ ...valid, antispam: { website: '' } }), ['antispam.fillMs']);
  assert.deepEqual(paths({ ...valid, consent: false }), ['consent']);
});
