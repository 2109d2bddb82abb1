// The pure parts of the forms foundation: no DOM (node), so each rule is tested on its own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { checkValues } from '../src/form/validate.js';
import { formMessagesFr } from '../src/form/messages.js';
import { formMessagesEn } from '../src/form/messages-en.js';
import { problemFieldIssues } from '../src/form/problem-errors.js';
import { DraftStore } from '../src/form/draft-store.js';
import { classifyFailure } from '../src/form/submit-controller.js';
import { submitMessagesFr } from '../src/form/submit-messages.js';
import { submitMessagesEn } from '../src/form/submit-messages-en.js';
import { getPath, pathToId, setPath } from '../src/form/paths.js';

const Schema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(10)),
  email: z.email(),
  phone: z.optional(z.string().check(z.regex(/^0\d{9}$/))),
  people: z.int().check(z.gte(1)),
  topics: z.array(z.string()).check(z.minLength(1)),
  structures: z.array(z.object({ siret: z.string().check(z.regex(/^\d{14}$/)) })),
  consent: z.literal(true),
});

const empty = { name: '', email: '', phone: '', people: '', topics: [], structures: [{ siret: '123' }], consent: false };

describe('schema → field issues → messages', () => {
  it('turns every zod issue into a code the form words itself, on dotted paths', () => {
    const { data, issues } = checkValues(empty, Schema, { people: {} });
    assert.equal(data, undefined);
    assert.deepEqual(issues, {
      name: { code: 'required' },
      email: { code: 'required' },
      people: { code: 'required' },
      topics: { code: 'choose' },
      'structures.0.siret': { code: 'format' },
      consent: { code: 'consent' },
    });
  });

  it('reads French numbers before the schema, and keeps the reader’s reason', () => {
    for (const [typed, expected] of [
      ['8 000', 8000],
      ['8.000', 8000],
      ['8\u202f000', 8000],
      ['8\u00a0000', 8000],
    ] as const) {
      const { data } = checkValues(
        { ...empty, name: 'A', email: 'a@b.fr', people: typed, topics: ['x'], structures: [], consent: true },
        Schema,
        { people: {} },
      );
      assert.equal(data?.people, expected, typed);
    }
    assert.deepEqual(checkValues({ people: '12,5' }, undefined, { people: {} }).issues, { people: { code: 'decimal' } });
    assert.deepEqual(checkValues({ people: '-3' }, undefined, { people: {} }).issues, { people: { code: 'negative' } });
    assert.deepEqual(checkValues({ people: '90' }, undefined, { people: { max: 50 } }).issues, { people: { code: 'tooBig', limit: 50 } });
    assert.deepEqual(checkValues({ p: { 2024: 'x', 2025: '' } }, undefined, { 'p.*': {} }).issues, { 'p.2024': { code: 'notANumber' } });
  });

  it('an empty optional text is "not given", not a format error; too long says the limit', () => {
    const { issues } = checkValues({ ...empty, name: 'x'.repeat(11), phone: '  ' }, Schema, { people: {} });
    assert.equal(issues.phone, undefined);
    assert.deepEqual(issues.name, { code: 'tooLong', limit: 10 });
  });

  it('says each issue in French and English, naming the field, never zod’s English', () => {
    for (const m of [formMessagesFr, formMessagesEn]) {
      for (const code of [
        'required',
        'email',
        'tel',
        'format',
        'tooShort',
        'tooLong',
        'tooSmall',
        'tooBig',
        'choose',
        'consent',
        'invalid',
        'server',
      ] as const) {
        const text = m[code]('Nom du contact', '10');
        assert.match(text, /Nom du contact/, `${code} names the field`);
        assert.doesNotMatch(text, /Invalid input|expected (string|number)|received|Too (small|big)/i);
      }
    }
    assert.equal(
      formMessagesFr.email('Adresse e-mail', ''),
      '« Adresse e-mail » : indiquez une adresse e-mail valide, par exemple nom@commune.fr.',
    );
    assert.equal(formMessagesFr.step(2, 4, 'Structures'), 'Étape 2 sur 4 : Structures');
  });
});

describe('server problem → fields', () => {
  const known = (p: string) => ['email', 'structures', 'structures.0.siret'].includes(p);
  it('lands each error on its field, nested paths included, and keeps the rest apart', () => {
    const { fields, other } = problemFieldIssues(
      {
        errors: [
          { path: 'structures.0.siret', message: 'Invalid string' },
          { path: 'email', message: 'Invalid email' },
          { path: 'structures.1.name', message: 'Too small' },
          { path: 'antispam', message: 'Unrecognized key' },
        ],
      },
      known,
    );
    assert.deepEqual(fields, { 'structures.0.siret': { code: 'server' }, email: { code: 'server' }, structures: { code: 'server' } });
    assert.deepEqual(other, ['Unrecognized key']);
  });
  it('no errors, no fields', () => {
    assert.deepEqual(problemFieldIssues(undefined, known), { fields: {}, other: [] });
  });
});

describe('submit failures by problem type', () => {
  const http = (status: number, type?: string, errors?: unknown[]) => ({
    kind: 'http',
    status,
    problem: { title: 't', ...(type ? { type: `urn:npt:problem:${type}` } : {}), ...(errors ? { errors } : {}) },
  });
  it('says offline, server down, fields, conflicts, too large and rate limits apart', () => {
    assert.equal(classifyFailure({ kind: 'network' }).kind, 'offline');
    assert.equal(classifyFailure({ kind: 'timeout' }).kind, 'offline');
    assert.equal(classifyFailure(http(503)).kind, 'server');
    assert.equal(classifyFailure(http(400, 'validation', [{ path: 'email', message: 'x' }])).kind, 'fields');
    assert.equal(classifyFailure(http(422, 'validation', [{ path: 'email', message: 'x' }])).kind, 'fields');
    assert.equal(classifyFailure(http(409, 'idempotency-key-reused')).kind, 'key-reused');
    assert.equal(classifyFailure(http(409, 'already-registered')).kind, 'already-registered');
    assert.equal(classifyFailure(http(409, 'webinar-closed')).kind, 'closed');
    assert.equal(classifyFailure(http(413)).kind, 'too-large');
    assert.equal(classifyFailure(http(429, 'rate-limited')).kind, 'rate-limited');
    assert.equal(classifyFailure(new TypeError('boom')).kind, 'other');
    for (const m of [submitMessagesFr, submitMessagesEn])
      for (const text of Object.values(m.failure)) assert.doesNotMatch(text, /\{|Error|HTTP|undefined/);
  });
});

describe('draft store', () => {
  const throwing = {
    getItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
    removeItem: () => {
      throw new DOMException('denied', 'SecurityError');
    },
  };
  const map = () => {
    const m = new Map<string, string>();
    return {
      m,
      storage: {
        getItem: (k: string) => m.get(k) ?? null,
        setItem: (k: string, v: string) => void m.set(k, v),
        removeItem: (k: string) => void m.delete(k),
      },
    };
  };

  it('a throwing storage degrades to memory, without an error', () => {
    const store = new DraftStore<{ a: string }>({ form: 'f', version: 1, page: 'https://x.fr/p', storage: throwing });
    assert.doesNotThrow(() => store.save({ a: '1' }, 'k'));
    assert.deepEqual(store.load()?.values, { a: '1' });
    assert.doesNotThrow(() => store.clear());
    assert.equal(store.load(), null);
  });

  it('a page where reading localStorage itself throws (storage disabled, sandboxed frame) keeps the draft in memory', () => {
    const had = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      const store = new DraftStore<{ a: string }>({ form: 'f', version: 1, page: 'https://x.fr/q' });
      assert.doesNotThrow(() => store.save({ a: '1' }, 'k'));
      assert.deepEqual(store.load()?.values, { a: '1' });
    } finally {
      if (had) Object.defineProperty(globalThis, 'localStorage', had);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });

  it('is namespaced by page, form and version, and expires after 30 days', () => {
    const { m, storage } = map();
    let now = 1_000;
    const store = new DraftStore<{ a: string }>({ form: 'contact', version: 2, page: 'https://ville.fr/aide', storage, now: () => now });
    store.save({ a: 'x' }, 'key-1');
    assert.deepEqual([...m.keys()], ['npt-draft:https://ville.fr/aide:contact:v2']);
    assert.equal(new DraftStore({ form: 'contact', version: 3, page: 'https://ville.fr/aide', storage }).load(), null, 'another version');
    assert.deepEqual(store.load(), { values: { a: 'x' }, key: 'key-1', savedAt: 1_000 });
    now += 29 * 86_400_000;
    assert.equal(store.load()?.key, 'key-1', 'still there after 29 days');
    now += 2 * 86_400_000;
    assert.equal(store.load(), null);
    assert.equal(m.size, 0, 'an expired draft is removed');
  });

  it('a corrupt draft is dropped; saveSoon writes once after the pause', async () => {
    const { m, storage } = map();
    const store = new DraftStore<{ a: string }>({ form: 'f', version: 1, page: 'p', storage, debounceMs: 20 });
    m.set(store.name, '{not json');
    assert.equal(store.load(), null);
    store.saveSoon({ a: '1' }, 'k');
    store.saveSoon({ a: '12' }, 'k');
    assert.equal(m.size, 0);
    await new Promise((r) => setTimeout(r, 40));
    assert.deepEqual(store.load()?.values, { a: '12' });
    store.saveSoon({ a: '123' }, 'k');
    store.flush();
    assert.deepEqual(store.load()?.values, { a: '123' }, 'flush writes what was waiting');
  });
});

describe('paths', () => {
  it('reads and writes nested values without mutating, and derives ids', () => {
    const v = { structures: [{ siret: '1' }] };
    const next = setPath(v, 'structures.1.siret', '2');
    assert.deepEqual(v, { structures: [{ siret: '1' }] });
    assert.equal(getPath(next, 'structures.1.siret'), '2');
    assert.ok(Array.isArray(next.structures));
    assert.equal(pathToId('structures.0.siret'), 'structures-0-siret');
    assert.equal(pathToId('projectCost'), 'project-cost');
  });
});
