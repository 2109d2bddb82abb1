import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validApplication } from '@npt/testing';
import * as z from 'zod/mini';
import {
  CommuneListSchema,
  MGP_COMMUNES,
  PageSchema,
  ParticipationReceiptSchema,
  ParticipationRequestSchema,
  RegistrationRequestSchema,
  RegistrationSchema,
  WebinarSchema,
} from '@npt/contract';

// Equal to the official extraction: communes.real-data.test.ts.
test('MGP_COMMUNES is the list of the Métropole: 130 communes', () => {
  assert.equal(MGP_COMMUNES.length, 130);
  assert.ok(CommuneListSchema.safeParse(MGP_COMMUNES).success);
  const byCode = new Map(MGP_COMMUNES.map((c) => [c.code, c]));
  assert.equal(byCode.get('75056')?.codesPostaux.length, 21);
  assert.equal(byCode.get('93066')?.nom, 'Saint-Denis');
  assert.equal(byCode.has('93059'), false, 'Pierrefitte-sur-Seine is a commune déléguée of Saint-Denis since 2025');
});

const participation = validApplication();

test('ParticipationRequest accepts a complete application and trims text', () => {
  const r = ParticipationRequestSchema.safeParse({ ...participation, contactName: '  Awa Diallo ' });
  assert.ok(r.success, JSON.stringify(r.error?.issues));
  assert.equal(r.data.contactName, 'Awa Diallo');
});

test('ParticipationRequest is strict and refuses what a form must not send', () => {
  const bad = (patch: Record<string, unknown>) => ParticipationRequestSchema.safeParse({ ...participation, ...patch }).success;
  assert.equal(bad({ extra: 1 }), false, 'unknown key');
  assert.equal(bad({ consent: false }), false, 'consent is required');
  assert.equal(bad({ components: [] }), false, 'at least one component');
  assert.equal(bad({ components: ['places', 'places'] }), false, 'component twice');
  assert.equal(bad({ components: ['coffee'] }), false, 'unknown component');
  assert.equal(bad({ expectedPeople: { 2024: -1, 2025: 0, 2026: 0 } }), false, 'negative people');
  assert.equal(bad({ expectedPeople: { 2024: 1.5, 2025: 0, 2026: 0 } }), false, 'fractional people');
  // Any year is a key (the rules may add years; the admin export lists them all); a key must be a year.
  assert.equal(bad({ expectedPeople: { 24: 1, 2025: 0, 2026: 0 } }), false, 'a key that is not a year');
  assert.equal(bad({ email: 'not-an-email' }), false);
  assert.equal(bad({ phone: '12' }), false);
  assert.equal(bad({ communeCode: 'Saint-Denis' }), false);
  assert.equal(bad({ contactName: '   ' }), false, 'blank name');
  for (const phone of ['0123456789', '01.23.45.67.89', '+33 1 23 45 67 89', '+33123456789']) {
    assert.equal(bad({ phone }), true, phone);
  }
  // The project's description and cost are asked only with "places" or "equipment"; the message never.
  const { projectCost: _c, projectDescription: _d, message: _m, ...minimal } = validApplication({ components: ['support'] });
  assert.ok(ParticipationRequestSchema.safeParse(minimal).success, 'project fields and message are optional for "support" alone');
  assert.equal(ParticipationRequestSchema.safeParse({ ...minimal, components: ['places'] }).success, false, 'required with "places"');
});

test('ParticipationReceipt has the human reference format', () => {
  assert.ok(ParticipationReceiptSchema.safeParse({ reference: 'NPT-2026-000123', receivedAt: '2026-01-05T10:00:00.000Z' }).success);
  assert.equal(ParticipationReceiptSchema.safeParse({ reference: '123', receivedAt: '2026-01-05T10:00:00Z' }).success, false);
});

test('webinar, registration request and registration schemas', () => {
  const webinar = {
    id: 'w1',
    title: 'Découvrir le programme',
    description: '…',
    startsAt: '2026-03-12T09:30:00.000Z',
    endsAt: '2026-03-12T10:30:00.000Z',
    capacity: 10,
    seatsLeft: 0,
    waitingCount: 3,
    status: 'waiting-list',
  };
  assert.ok(WebinarSchema.safeParse(webinar).success);
  assert.equal(WebinarSchema.safeParse({ ...webinar, seatsLeft: -1 }).success, false);
  const reg = {
    firstName: 'Léa',
    lastName: 'Martin',
    email: 'lea@example.org',
    organisation: 'CCAS de Montreuil',
    role: 'mediator',
    consent: true,
    antispam: { fillMs: 9000 },
  };
  assert.ok(RegistrationRequestSchema.safeParse(reg).success);
  assert.equal(RegistrationRequestSchema.safeParse({ ...reg, admin: true }).success, false, 'strict');
  assert.equal(RegistrationRequestSchema.safeParse({ ...reg, consent: undefined }).success, false);
  assert.ok(RegistrationSchema.safeParse({ token: 'x'.repeat(32), webinarId: 'w1', status: 'waiting', position: 2 }).success);
  assert.equal(RegistrationSchema.safeParse({ token: 'x'.repeat(32), webinarId: 'w1', status: 'cancelled' }).success, false);
});

test('PageSchema wraps any item schema and bounds limit', () => {
  const Page = PageSchema(z.object({ id: z.string() }));
  assert.ok(Page.safeParse({ items: [{ id: 'a' }], total: 1, limit: 20, offset: 0 }).success);
  assert.equal(Page.safeParse({ items: [{ id: 1 }], total: 1, limit: 20, offset: 0 }).success, false);
  assert.equal(Page.safeParse({ items: [], total: 0, limit: 5000, offset: 0 }).success, false);
});
