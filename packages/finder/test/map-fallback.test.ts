// The map's ways of failing: each leaves the finder a list and one line saying why, never a blank box.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { fakeApi, FAKE_API, samplePlacesUrl } from '@npt/testing';
import { canShowMap, loadFinderMap, whenVisible, type MapPlace } from '../src/map/support.js';
import type { NptFinderMap } from '../src/map/finder-map.js';

const places: MapPlace[] = [
  { id: 'a', name: 'Médiathèque', address: '14 boulevard Rouget-de-Lisle, 93100 Montreuil', lat: 48.8627, lon: 2.4418 },
];
const background = { id: 'background', type: 'background', paint: { 'background-color': '#eeeeee' } };

before(async () => {
  await fakeApi([
    { path: '/broken-style.json', status: 404, body: { title: 'not found' } },
    { path: '/invalid-style.json', raw: '{"version": 8, "sources": ' },
    {
      path: '/raster-style.json',
      body: {
        version: 8,
        // A tile server that refuses connections (the discard port of this machine: nothing leaves it).
        sources: { tiles: { type: 'raster', tiles: ['http://127.0.0.1:9/{z}/{x}/{y}.png'], tileSize: 256 } },
        layers: [background, { id: 'tiles', type: 'raster', source: 'tiles' }],
      },
    },
    { path: '/ok-style.json', body: { version: 8, sources: {}, layers: [background] } },
  ]);
});

/** Mounts the map after loading its chunk the way the finder does. */
async function mount(style: string, timeout?: number): Promise<NptFinderMap> {
  expect(await loadFinderMap()).to.deep.equal({ ok: true });
  const el = await fixture<NptFinderMap>(
    html`<npt-finder-map lang="fr" map-style=${style} load-timeout=${timeout ?? 20000} style="height: 300px"></npt-finder-map>`,
  );
  el.places = places;
  return el;
}

function withoutWebGL2<T>(run: () => Promise<T>): Promise<T> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, and called with its canvas below
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    return type === 'webgl2' ? null : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
  return run().finally(() => (HTMLCanvasElement.prototype.getContext = original));
}

describe('map support and fallbacks', () => {
  it('canShowMap says yes here (WebGL 2 through SwiftShader) and no without WebGL 2', async () => {
    expect(canShowMap()).to.deep.equal({ ok: true });
    await withoutWebGL2(async () => {
      expect(canShowMap()).to.deep.equal({ ok: false, reason: 'no-webgl' });
      // The chunk is not even requested.
      expect(await loadFinderMap()).to.deep.equal({ ok: false, reason: 'no-webgl' });
    });
  });

  it('without WebGL 2 the element itself says why in one line', async () => {
    await loadFinderMap();
    await withoutWebGL2(async () => {
      const el = document.createElement('npt-finder-map');
      el.mapStyle = `${FAKE_API}/ok-style.json`;
      const event = oneEvent(el, 'npt-map-unavailable');
      const parent = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
      parent.append(el);
      const { detail } = await event;
      expect(detail.reason).to.equal('no-webgl');
      await el.updateComplete;
      expect(el.getAttribute('unavailable')).to.equal('no-webgl');
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.textContent).to.contain('les lieux restent dans la liste');
      expect(el.map).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });

  it('a style that does not load makes the map unavailable (reason "style")', async () => {
    const el = await mount(`${FAKE_API}/broken-style.json`);
    const { detail } = await oneEvent(el, 'npt-map-unavailable');
    expect(detail.reason).to.equal('style');
    expect(detail.message).to.equal('Le fond de carte n’a pas pu être chargé : les lieux restent dans la liste.');
  });

  it('a style that is not JSON makes the map unavailable (reason "style")', async () => {
    const el = await mount(`${FAKE_API}/invalid-style.json`);
    const { detail } = await oneEvent(el, 'npt-map-unavailable');
    expect(detail.reason).to.equal('style');
  });

  it('tiles that keep failing make the map unavailable (reason "tiles")', async () => {
    const el = await mount(`${FAKE_API}/raster-style.json`);
    const { detail } = await oneEvent(el, 'npt-map-unavailable');
    expect(detail.reason).to.equal('tiles');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('images de la carte');
  });

  it('gives up after load-timeout when the first frame never comes', async () => {
    const el = await mount(`${FAKE_API}/ok-style.json`, 1);
    const { detail } = await oneEvent(el, 'npt-map-unavailable');
    expect(detail.reason).to.equal('timeout');
  });

  it('speaks English when the page does', async () => {
    await loadFinderMap();
    const el = await fixture<NptFinderMap>(html`<npt-finder-map lang="en" map-style=${`${FAKE_API}/broken-style.json`}></npt-finder-map>`);
    const { detail } = await oneEvent(el, 'npt-map-unavailable');
    expect(detail.message).to.equal('The base map could not be loaded: the places are still in the list.');
  });

  it('whenVisible waits for the element to enter the viewport', async () => {
    const spacer = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 300vh"></div>
        <p>map</p>
      </div>`,
    );
    const target = spacer.querySelector('p')!;
    let visible = false;
    const done = whenVisible(target, { rootMargin: '0px' }).then(() => (visible = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(visible).to.be.false;
    target.scrollIntoView();
    await done;
    expect(visible).to.be.true;
  });
});

describe('<npt-finder> when the map cannot be shown', () => {
  it('without WebGL 2 stays a full list and says why in one line', async () => {
    await import('../src/define.js');
    await withoutWebGL2(async () => {
      const IDF = await samplePlacesUrl('metropole');
      const wrapper = await fixture(
        html`<div style="width: 1200px"><npt-finder lang="fr" src=${IDF} communes="93048" no-url-state></npt-finder></div>`,
      );
      const finder = wrapper.querySelector('npt-finder')!;
      await finder.ready();
      await waitUntil(() => finder.shadowRoot!.textContent!.includes('WebGL absent'), 'the finder says why the map is missing');
      expect(finder.shadowRoot!.querySelector('npt-finder-map')).to.equal(null);
      expect(finder.shadowRoot!.querySelectorAll('[part~="result"], li.result, ol li').length).to.be.greaterThan(0);
      await expect(finder).to.be.accessible();
    });
  });
});
