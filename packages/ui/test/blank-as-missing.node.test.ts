import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { blankAsMissing, dropBlanks } from '../src/form/blank-as-missing.js';
import { checkValues } from '../src/form/validate.js';

test('an empty optional text field is not given; an empty required one is still "required"', () => {
  const schema = blankAsMissing(
    z.strictObject({ name: z.string().check(z.minLength(1)), code: z.optional(z.string().check(z.regex(/^\d{5}$/))) }),
  );
  const ok = checkValues({ name: 'Léa', code: '' }, schema);
  assert.deepEqual([ok.issues, ok.data?.name, ok.data?.code], [{}, 'Léa', undefined]);
  assert.deepEqual(checkValues({ name: '', code: '' }, schema).issues, { name: { code: 'required' } });
  assert.deepEqual(checkValues({ name: 'Léa', code: '12' }, schema).issues, { code: { code: 'format' } });
  assert.deepEqual(dropBlanks({ a: '', b: [{ c: '', d: 'x' }], e: false, f: [] }), { b: [{ d: 'x' }], e: false, f: [] });
});
