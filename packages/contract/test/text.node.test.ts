import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { hasControlCharacters, paragraphs, text } from '../src/resources/text.js';

// What a forger slips into a name to rewrite the e-mail around it: line breaks, a right-to-left override,
// zero-width characters, NUL, a soft hyphen (Cf), an isolate, a BOM inside the text.
const SMUGGLED = [
  'Bob\nVotre inscription est annulée',
  'Bob\u202Etxet',
  'Bo\u200Bb',
  'Bob\u0000',
  'Bo\u00ADb',
  'Bob\u2066x\u2069',
  'B\uFEFFob',
  // Not Cc or Cf, yet a line break in mail readers, no character at all, an invisible letter.
  'Bob\u2028Votre inscription est annulée',
  'Bob\u2029x',
  'Bob\uDC00',
  'Bob\u3164',
  'Bob\r\n',
];

test('text() refuses control, format and bidirectional characters, keeps every letter people write', () => {
  const name = text(200);
  for (const value of SMUGGLED.slice(0, -1)) assert.equal(z.safeParse(name, value).success, false, JSON.stringify(value));
  assert.equal(z.parse(name, 'Bob\r\n'), 'Bob', 'trailing line breaks are trimmed, not refused');
  for (const value of ['Zoë Lefèvre-Ñúñez', 'Đặng Thị Ngọc', 'محمد', '李小龙', "O'Connor", 'Jean–Marie «Jojo»']) {
    assert.equal(z.parse(name, value), value);
  }
});

test('paragraphs() allows line breaks and tabs only', () => {
  const area = paragraphs(2000);
  assert.equal(z.parse(area, 'Ligne 1\r\nLigne 2\n\tLigne 3'), 'Ligne 1\r\nLigne 2\n\tLigne 3');
  for (const value of ['a\u202Eb', 'a\u200Db', 'a\u0007b', 'a\u2028b', 'a\uD800b'])
    assert.equal(z.safeParse(area, value).success, false, JSON.stringify(value));
  assert.equal(z.safeParse(paragraphs(10, { allowEmpty: true }), '  ').success, true);
  assert.equal(hasControlCharacters('a\nb'), true);
  assert.equal(hasControlCharacters('a\nb', { multiline: true }), false);
});
