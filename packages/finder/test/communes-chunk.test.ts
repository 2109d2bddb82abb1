// <npt-finder>'s commune list comes in a chunk of its own (with the places normaliser): the search box must
// not lose what is typed before it arrived. A file of its own: a fresh page, where the chunk is not loaded yet.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { NptFinder } from '../src/npt-finder.js';
import { fakeApi, FAKE_API, samplePlacesUrl, $ } from '@npt/testing';

const IDF = await samplePlacesUrl('metropole');
const options = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[role="option"]')].map((o) => (o.textContent ?? '').replace(/\s+/g, ' ').trim());

function keystroke(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

describe('<npt-finder> commune chunk', () => {
  it('typing before the communes arrived still suggests, for the latest text', async () => {
    const wrapper = await fixture(`<div><npt-finder no-map no-url-state geocoder-url="none" src="${IDF}"></npt-finder></div>`);
    const el = wrapper.querySelector('npt-finder') as NptFinder;
    const loaded = () => performance.getEntriesByType('resource').some((r) => /places-data/.test(r.name));
    expect(loaded(), 'the chunk has not arrived yet').to.equal(false);
    const input = $<HTMLInputElement>(el, '#q');
    input.focus();
    // Three keystrokes at once: the first two would offer Montfermeil, Montrouge…
    keystroke(input, 'mo');
    keystroke(input, 'montr');
    keystroke(input, 'montreuil');
    await waitUntil(() => options(el).length > 0, 'suggestions shown', { timeout: 5000 });
    expect(options(el)).to.deep.equal(['Montreuil (93100)']);
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await el.ready();
    await el.updateComplete;
    expect(options(el), 'still the latest text once the places came').to.deep.equal(['Montreuil (93100)']);
    expect(input.value).to.equal('montreuil');
    await expect(el).to.be.accessible();
  });

  it('source down: the Métropole communes are still offered', async () => {
    await fakeApi([{ path: '/down.json', status: 503, body: { title: 'down' }, headers: { 'cache-control': 'no-store' } }]);
    const wrapper = await fixture(
      `<div><npt-finder no-map no-url-state geocoder-url="none" src="${FAKE_API}/down.json"></npt-finder></div>`,
    );
    const el = wrapper.querySelector('npt-finder') as NptFinder;
    await el.ready();
    expect($(el, '[part="error"]')).to.not.equal(null);
    const input = $<HTMLInputElement>(el, '#q');
    input.focus();
    keystroke(input, '9300');
    await waitUntil(() => options(el).length > 0, 'suggestions shown', { timeout: 5000 });
    expect(options(el)).to.include('Bobigny (93000)');
    await expect(el).to.be.accessible();
  });
});
