// The loader's logic in Chromium, with a fake import: which files it asks for, when, and how often.
import { expect } from '@open-wc/testing';
import { createLoader } from '../src/autoload.js';

const widgets = { 'npt-alpha': 'npt-alpha.js', 'npt-beta': 'npt-beta.js' };
const base = 'https://cdn.example.fr/npt/1.2.3/';
const tick = () => new Promise((r) => setTimeout(r, 0));

function setup() {
  const loaded: string[] = [];
  const errors: string[] = [];
  let fail = false;
  const loader = createLoader({
    widgets,
    base,
    load: (url) => {
      loaded.push(url);
      return fail ? Promise.reject(new Error('offline')) : Promise.resolve();
    },
    onError: (tag) => errors.push(tag),
  });
  const root = document.createElement('div');
  document.body.append(root);
  return { loader, loaded, errors, root, failNext: (v: boolean) => (fail = v) };
}

describe('npt.js loader', () => {
  it('asks for a widget file once, from its own folder, only for the tags of its table in the page', async () => {
    const { loader, loaded, root } = setup();
    root.append(document.createElement('npt-alpha'), document.createElement('npt-alpha'), document.createElement('npt-other'));
    await loader.discover(root);
    await loader.discover(root);
    expect(loaded).to.deep.equal([`${base}npt-alpha.js`]);
    root.remove();
  });

  it('sees tags added later, deep in added subtrees, and in an opted-in shadow root only', async () => {
    const { loader, loaded, root } = setup();
    loader.observe(root);
    const wrap = document.createElement('section');
    wrap.append(document.createElement('npt-beta'));
    root.append(wrap);
    await tick();
    expect(loaded).to.deep.equal([`${base}npt-beta.js`]);

    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    root.append(host);
    shadow.append(document.createElement('npt-alpha'));
    await tick();
    expect(loaded, 'a shadow root not opted in is not searched').to.have.length(1);
    loader.observe(shadow);
    await tick();
    expect(loaded).to.deep.equal([`${base}npt-beta.js`, `${base}npt-alpha.js`]);
    root.remove();
  });

  it('never asks for an already defined tag, and tries again after a failed load', async () => {
    const { loader, loaded, errors, root, failNext } = setup();
    customElements.define('npt-defined-here', class extends HTMLElement {});
    const l2 = createLoader({ widgets: { 'npt-defined-here': 'x.js' }, base, load: (u) => (loaded.push(u), Promise.resolve()) });
    root.append(document.createElement('npt-defined-here'));
    await l2.discover(root);
    expect(loaded).to.deep.equal([]);

    failNext(true);
    root.append(document.createElement('npt-beta'));
    await loader.discover(root);
    expect(errors).to.deep.equal(['npt-beta']);
    failNext(false);
    await loader.discover(root);
    expect(loaded).to.deep.equal([`${base}npt-beta.js`, `${base}npt-beta.js`]);
    expect([...loader.requested]).to.deep.equal(['npt-beta']);
    root.remove();
  });
});
