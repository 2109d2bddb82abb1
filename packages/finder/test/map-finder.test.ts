// The map inside <npt-finder>, on a sample export of the Métropole (@npt/testing),
// with a local style: the map shows the list's places, selection goes both ways, axe passes.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { NptFinder } from '../src/npt-finder.js';
import type { NptFinderMap } from '../src/map/finder-map.js';
import { NptMapSelectEvent } from '../src/map/events.js';
import { fakeApi, FAKE_API, samplePlacesUrl } from '@npt/testing';

const IDF = await samplePlacesUrl('metropole');
const style = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#e8eef2' } }] };

async function mountWithMap(): Promise<{ finder: NptFinder; map: NptFinderMap }> {
  await fakeApi([{ path: '/style.json', body: style }]);
  const wrapper = await fixture(
    `<div style="width: 1200px"><npt-finder lang="fr" src="${IDF}" communes="93048,93066" map-style="${FAKE_API}/style.json" no-url-state></npt-finder></div>`,
  );
  const finder = wrapper.querySelector('npt-finder') as NptFinder;
  await oneEvent(finder, 'npt-map-ready');
  const map = finder.shadowRoot!.querySelector('npt-finder-map') as NptFinderMap;
  return { finder, map };
}

describe('<npt-finder> with its map', () => {
  it('draws the places of the list that have coordinates, each one once', async function () {
    this.timeout(30000);
    const { map } = await mountWithMap();
    expect(map.places.length).to.be.greaterThan(3);
    const features = map.map!.queryRenderedFeatures({ layers: ['npt-points', 'npt-clusters'] });
    const clusters = new Map<number, number>();
    const points = new Set<string>();
    for (const f of features) {
      if (f.properties.cluster) clusters.set(f.properties.cluster_id, f.properties.point_count);
      else points.add(f.properties.id);
    }
    expect(points.size + [...clusters.values()].reduce((a, b) => a + b, 0)).to.equal(map.places.length);
  });

  it('a result chosen with the keyboard in the list is selected and highlighted on the map', async function () {
    this.timeout(30000);
    const { finder, map } = await mountWithMap();
    const link = finder.shadowRoot!.querySelector<HTMLAnchorElement>('li.result a')!;
    const id = link.closest('li')!.dataset.id!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => map.selectedId === id, 'map selection follows the list', { timeout: 3000 });
    await waitUntil(() => !map.map!.isMoving(), 'map moved', { timeout: 5000 });
    await new Promise((r) => {
      map.map!.once('idle', r);
      map.map!.triggerRepaint();
    });
    expect(map.map!.queryRenderedFeatures({ layers: ['npt-selected'] }).map((f) => f.properties.id)).to.deep.equal([id]);
  });

  it('on a narrow screen, a marker chosen in the map view shows its place sheet in the list view', async function () {
    this.timeout(30000);
    await fakeApi([{ path: '/style.json', body: style }]);
    const wrapper = await fixture(
      `<div style="width: 400px"><npt-finder lang="fr" src="${IDF}" communes="93048,93066" map-style="${FAKE_API}/style.json" no-url-state></npt-finder></div>`,
    );
    const finder = wrapper.querySelector('npt-finder') as NptFinder;
    await finder.ready();
    // Narrow: the list shows first; the map loads when the person switches to it.
    const toMap = [...finder.shadowRoot!.querySelectorAll<HTMLButtonElement>('.view-toggle button')].find((b) =>
      b.textContent!.includes('Carte'),
    )!;
    const ready = oneEvent(finder, 'npt-map-ready');
    toMap.click();
    await ready;
    const map = finder.shadowRoot!.querySelector('npt-finder-map') as NptFinderMap;
    const main = finder.shadowRoot!.querySelector<HTMLElement>('.main')!;
    expect(getComputedStyle(main).display).to.equal('none');
    const id = map.places[0]!.id;
    map.dispatchEvent(new NptMapSelectEvent({ id }));
    await waitUntil(() => finder.shadowRoot!.querySelector('[part~="sheet"], .sheet'), 'the sheet opens');
    await finder.updateComplete;
    expect(getComputedStyle(main).display).not.to.equal('none');
    const sheet = finder.shadowRoot!.querySelector<HTMLElement>('[part~="sheet"], .sheet')!;
    expect(sheet.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(sheet.textContent).to.contain(map.places[0]!.name);
  });

  it('is accessible (axe) with the map shown', async function () {
    this.timeout(30000);
    const { finder } = await mountWithMap();
    await expect(finder).to.be.accessible();
  });
});
