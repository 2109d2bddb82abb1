// The participation form's pure parts: finding a commune, steps per component, the simulator's figures,
// what is sent, and the checks the form runs before the server's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mgpCommunes } from '@npt/contract';
import { communeLabel, matchCommunes } from '../src/communes.js';
import { initialValues, shape, stepIds, stepOfPath, withSimulation } from '../src/request.js';
import { formSchema } from '../src/validation.js';

const communes = mgpCommunes();
const names = (text: string) => matchCommunes(text, communes).map((c) => c.nom);

test('communes by name, accents and case ignored, or by postal code', () => {
  assert.deepEqual(names('epinay'), ['Épinay-sur-Seine']);
  assert.deepEqual(names('ÉPINAY SUR'), ['Épinay-sur-Seine']);
  assert.deepEqual(names('93200'), ['Saint-Denis']);
  assert.equal(names('saint')[0]!.startsWith('Saint'), true, 'names starting with the text first');
  assert.ok(names('denis').includes('Saint-Denis'), 'inside a name too');
  assert.ok(names('94').length > 0 && names('94').length <= 8);
  assert.deepEqual(names('l’hay'), ["L'Haÿ-les-Roses"], 'typographic apostrophe, no diaeresis');
  assert.deepEqual(names(''), []);
  assert.deepEqual(names('Marseille'), []);
  assert.equal(communeLabel(communes.find((c) => c.code === '93048')!), 'Montreuil (93100)');
  assert.equal(communeLabel(communes.find((c) => c.code === '75056')!), 'Paris (75001–75020)');
});

test('steps follow the components chosen; a field error goes to its step', () => {
  const values = initialValues([2024, 2025, 2026]);
  assert.deepEqual(stepIds(values), ['commune', 'contact', 'components', 'comments', 'review']);
  assert.deepEqual(stepIds({ ...values, components: ['support'] }), ['commune', 'contact', 'components', 'support', 'comments', 'review']);
  assert.deepEqual(stepIds({ ...values, components: ['equipment', 'support'] }), [
    'commune',
    'contact',
    'components',
    'support',
    'project',
    'comments',
    'review',
  ]);
  const ids = stepIds({ ...values, components: ['equipment', 'support'] });
  assert.equal(ids[stepOfPath('structures.0.siret', ids)], 'support');
  assert.equal(ids[stepOfPath('phone', ids)], 'contact');
  assert.equal(ids[stepOfPath('projectCost', ids)], 'project');
  assert.equal(ids[stepOfPath('antispam.altcha', ids)], 'review');
  assert.equal(ids[stepOfPath('somethingElse', ids)], 'review');
});

test("the simulator's figures fill the empty fields only, and tick support", () => {
  const values = initialValues([2024, 2025, 2026]);
  const filled = withSimulation(values, '?page=3&sim.2024=1%20200&sim.2026=abc&sim.cost=90000', [2024, 2025, 2026]);
  assert.deepEqual(filled.expectedPeople, { 2024: '1200', 2025: '', 2026: '' });
  assert.equal(filled.projectCost, '90000');
  assert.deepEqual(filled.components, ['support']);
  const typed = { ...values, components: ['places'], expectedPeople: { 2024: '50', 2025: '', 2026: '' } };
  const kept = withSimulation(typed, '?sim.2024=1200&sim.2025=300', [2024, 2025, 2026]);
  assert.deepEqual(kept.expectedPeople, { 2024: '50', 2025: '300', 2026: '' });
  assert.deepEqual(kept.components, ['places'], 'what the person chose stays');
});

test('fields of components not chosen are not sent', () => {
  const values = { ...initialValues([2024]), components: ['places'], structures: [{ name: 'x' }], projectCost: '10' };
  const sent = shape(values);
  assert.equal('structures' in sent, false);
  assert.equal('expectedPeople' in sent, false);
  assert.equal(sent.projectCost, '10');
});

test("the form's check: the contract's schema, plus what the chosen components require at every step", () => {
  const base = {
    communeCode: '93066',
    signerName: 'A',
    signerRole: 'Maire',
    contactName: 'B',
    role: 'C',
    email: 'b@example.org',
    phone: '+33 1 23 45 67 89',
    components: ['equipment'],
    consent: true,
  };
  const paths = (input: unknown) => {
    const r = formSchema.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort();
  };
  assert.deepEqual(paths(base), ['projectCost', 'projectDescription']);
  // Even while another field is wrong (the contract would only say it once the rest is valid).
  assert.deepEqual(paths({ ...base, email: 'nope' }), ['email', 'projectCost', 'projectDescription']);
  const ok = formSchema.safeParse({ ...base, projectDescription: 'Vingt postes', projectCost: 30000 });
  assert.equal(ok.success, true);
  assert.equal(ok.success && ok.data.phone, '01 23 45 67 89');
  assert.deepEqual(
    paths({
      ...base,
      components: ['support'],
      expectedPeople: { 2024: 1, 2025: 2, 2026: 3 },
      structures: [{ name: 'S', status: 'public', siret: '12345678901234', address: 'a', peoplePerYear: 1 }],
    }),
    ['structures.0.siret'],
  );
});
