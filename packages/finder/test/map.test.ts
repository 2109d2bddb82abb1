// <npt-finder-map> in real Chromium (WebGL 2 through SwiftShader), with a local style served by the
// test server: no request leaves the machine.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { fakeApi, FAKE_API } from '@npt/testing';
import '../src/map/finder-map.js';
import type { NptFinderMap } from '../src/map/finder-map.js';
import type { MapPlace } from '../src/map/support.js';

const localStyle = {
  version: 8,
  sources: {
    base: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: '© Fond de test' },
  },
  layers: [
    { id: 'background', type: 'background', paint: { 'background-color': '#e8eef2' } },
    { id: 'base', type: 'circle', source: 'base' },
  ],
};
const STYLE = `${FAKE_API}/style.json`;

/** Three places in Montreuil, two sharing one point, one in Vincennes, one far in Saint-Denis. */
const places: MapPlace[] = [
  { id: 'a', name: 'Médiathèque Robert-Desnos', address: '14 boulevard Rouget-de-Lisle, 93100 Montreuil', lat: 48.8627, lon: 2.4418 },
  { id: 'b', name: 'Maison de quartier', address: '5 rue de Paris, 93100 Montreuil', lat: 48.8555, lon: 2.4275 },
  { id: 'c', name: 'CCAS de Montreuil', address: '5 rue de Paris, 93100 Montreuil', lat: 48.8555, lon: 2.4275 },
  { id: 'd', name: 'Espace numérique de Vincennes', address: '1 rue de Fontenay, 94300 Vincennes', lat: 48.8473, lon: 2.4379 },
  { id: 'e', name: 'Point numérique de Saint-Denis', address: '2 place Victor-Hugo, 93200 Saint-Denis', lat: 48.9362, lon: 2.3574 },
];

before(async () => {
  await fakeApi([{ path: '/style.json', body: localStyle }]);
});

async function mount(list: MapPlace[] = places, size = 'height: 400px; width: 600px'): Promise<NptFinderMap> {
  const el = await fixture<NptFinderMap>(html`<npt-finder-map lang="fr" map-style=${STYLE} style=${size}></npt-finder-map>`);
  el.places = list;
  await oneEvent(el, 'npt-map-ready');
  return el;
}

function markerButtons(el: NptFinderMap): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.npt-marker')];
}

/** Waits for the map to settle after a camera move, then for the marker buttons to be rebuilt. */
async function settled(el: NptFinderMap): Promise<void> {
  const map = el.map!;
  await waitUntil(() => !map.isMoving(), 'map still moving', { timeout: 5000 });
  await new Promise<void>((resolve) => {
    if (map.loaded() && !map.isMoving()) map.once('idle', () => resolve());
    else map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

function renderedIds(el: NptFinderMap): { points: string[]; clustered: number } {
  const features = el.map!.queryRenderedFeatures({ layers: ['npt-points', 'npt-clusters'] });
  const points = new Set<string>();
  let clustered = 0;
  const clusters = new Set<number>();
  for (const f of features) {
    if (f.properties.cluster) {
      if (!clusters.has(f.properties.cluster_id)) clustered += f.properties.point_count;
      clusters.add(f.properties.cluster_id);
    } else points.add(f.properties.id);
  }
  return { points: [...points].sort(), clustered };
}

describe('<npt-finder-map>', () => {
  it('renders every place with coordinates, fitted to the results', async () => {
    const el = await mount();
    const { points, clustered } = renderedIds(el);
    expect(points.length + clustered).to.equal(places.length);
    const b = el.map!.getBounds();
    for (const p of places) expect(b.contains([p.lon, p.lat]), p.name).to.be.true;
  });

  it('keeps the person’s view when the same places come again in a new array', async () => {
    const el = await mount();
    el.map!.jumpTo({ center: [2.2, 48.8], zoom: 12 });
    el.places = places.map((p) => ({ ...p }));
    await el.updateComplete;
    await settled(el);
    expect(el.map!.getCenter().lng).to.be.closeTo(2.2, 1e-6);
    // A different result set is fitted again.
    el.places = places.slice(0, 2);
    await el.updateComplete;
    await settled(el);
    expect(el.map!.getBounds().contains([places[0]!.lon, places[0]!.lat])).to.be.true;
    expect(el.map!.getBounds().contains([2.2, 48.8])).to.be.false;
  });

  it('skips places with unusable coordinates and counts them', async () => {
    const dirty = [
      ...places,
      { id: 'z', name: 'Sans coordonnées', address: '', lat: Number.NaN, lon: 2.4 },
      { id: 'y', name: 'Zéro', address: '', lat: 0, lon: 0 },
    ];
    const el = await fixture<NptFinderMap>(html`<npt-finder-map map-style=${STYLE} style="height: 400px; width: 600px"></npt-finder-map>`);
    el.places = dirty;
    const ready = await oneEvent(el, 'npt-map-ready');
    expect(ready.detail).to.deep.equal({ places: places.length, skipped: 2 });
  });

  it('shows the tiles attribution and maplibre stylesheet inside its own shadow root', async () => {
    const el = await mount();
    const attribution = el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib');
    expect(attribution?.textContent).to.contain('© Fond de test');
    // maplibre's CSS applies in the shadow root and not to the page.
    expect(getComputedStyle(el.shadowRoot!.querySelector('.maplibregl-canvas')!).position).to.equal('absolute');
    const probe = document.createElement('div');
    probe.className = 'maplibregl-canvas';
    document.body.append(probe);
    expect(getComputedStyle(probe).position).to.equal('static');
    probe.remove();
  });

  it('gives every on-screen marker an accessible name, in one tab stop', async () => {
    const el = await mount(
      places.filter((p) => p.id !== 'e'),
      'height: 600px; width: 800px',
    );
    el.map!.jumpTo({ center: [2.435, 48.859], zoom: 15 });
    await settled(el);
    const buttons = markerButtons(el);
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(names).to.include('Médiathèque Robert-Desnos, 14 boulevard Rouget-de-Lisle, 93100 Montreuil');
    expect(names).to.include('2 lieux à cette adresse : les afficher');
    expect(buttons.filter((b) => b.tabIndex === 0)).to.have.length(1);
  });

  it('zooms into a cluster on Enter and keeps focus on the map', async () => {
    const el = await mount();
    el.map!.jumpTo({ center: [2.43, 48.87], zoom: 9 });
    await settled(el);
    const cluster = markerButtons(el).find((b) => b.classList.contains('npt-marker--cluster'));
    expect(cluster, 'a cluster marker').to.exist;
    const zoomBefore = el.map!.getZoom();
    cluster!.focus();
    cluster!.click(); // what Enter does on a native button
    await settled(el);
    expect(el.map!.getZoom()).to.be.greaterThan(zoomBefore);
    expect(el.shadowRoot!.activeElement?.classList.contains('npt-marker')).to.be.true;
  });

  it('selects a place from its marker: npt-map-select with its id, marker marked current', async () => {
    const el = await mount();
    el.map!.jumpTo({ center: [places[0]!.lon, places[0]!.lat], zoom: 16 });
    await settled(el);
    const marker = markerButtons(el).find((b) => b.getAttribute('aria-label')!.startsWith('Médiathèque'))!;
    setTimeout(() => marker.click());
    const event = await oneEvent(el, 'npt-map-select');
    expect(event.detail).to.deep.equal({ id: 'a' });
    expect(event.composed && event.bubbles).to.be.true;
    await el.updateComplete;
    expect(marker.getAttribute('aria-current')).to.equal('true');
    await settled(el);
    const selected = el.map!.queryRenderedFeatures({ layers: ['npt-selected'] });
    expect(selected.map((f) => f.properties.id)).to.deep.equal(['a']);
  });

  it('moves to the place selected in the list and highlights it', async () => {
    const el = await mount();
    el.selectedId = 'e';
    await el.updateComplete;
    await settled(el);
    const center = el.map!.getCenter();
    expect(center.lng).to.be.closeTo(2.3574, 0.001);
    expect(center.lat).to.be.closeTo(48.9362, 0.001);
    expect(el.map!.queryRenderedFeatures({ layers: ['npt-selected'] }).map((f) => f.properties.id)).to.deep.equal(['e']);
    const marker = markerButtons(el).find((b) => b.getAttribute('aria-current') === 'true');
    expect(marker?.getAttribute('aria-label')).to.contain('Saint-Denis');
  });

  it('offers "search this area" after the person moves the map, with the visible bbox', async () => {
    const el = await mount();
    expect(el.shadowRoot!.querySelector('.search-area')).to.be.null;
    const canvas = el.map!.getCanvas();
    canvas.focus();
    canvas.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', keyCode: 39, bubbles: true }));
    await settled(el);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.search-area');
    expect(button?.textContent?.trim()).to.equal('Rechercher dans cette zone');
    setTimeout(() => button!.click());
    const { detail } = await oneEvent(el, 'npt-map-area');
    const b = el.map!.getBounds();
    expect(detail.bbox[0]).to.be.closeTo(b.getWest(), 1e-5);
    expect(detail.bbox[3]).to.be.closeTo(b.getNorth(), 1e-5);
    expect(detail.bbox[0]).to.be.lessThan(detail.bbox[2]);
  });

  it('with the keyboard alone: Tab from the map to the markers, arrows between them, Enter selects', async () => {
    const el = await mount(
      places.filter((p) => p.id !== 'e'),
      'height: 600px; width: 800px',
    );
    el.map!.jumpTo({ center: [2.435, 48.859], zoom: 15 });
    await settled(el);
    el.map!.getCanvas().focus();
    // The zoom buttons come after the canvas, then the markers' single tab stop.
    const active = () => el.shadowRoot!.activeElement as HTMLElement | null;
    for (let i = 0; i < 5 && !active()?.classList.contains('npt-marker'); i++) await sendKeys({ press: 'Tab' });
    const first = active()!;
    expect(first.classList.contains('npt-marker'), 'Tab reaches a marker').to.be.true;
    await sendKeys({ press: 'ArrowRight' });
    const second = active()!;
    expect(second).to.not.equal(first);
    expect(second.classList.contains('npt-marker')).to.be.true;
    const center = el.map!.getCenter();
    expect(center.lng, 'arrows move between markers, not the map').to.be.closeTo(2.435, 1e-9);
    // Go to the single place (Médiathèque) and choose it with Enter.
    const target = markerButtons(el).find((b) => b.getAttribute('aria-label')!.startsWith('Médiathèque'))!;
    while (active() !== target) await sendKeys({ press: active() === markerButtons(el).at(-1) ? 'Home' : 'ArrowRight' });
    const selected = oneEvent(el, 'npt-map-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal('a');
    // The highlight redraws and the markers are rebuilt: focus stays on the chosen marker.
    await settled(el);
    expect(active()).to.equal(target);
    // Tab leaves the markers (no trap) for the zoom buttons.
    await sendKeys({ press: 'Tab' });
    expect(active()?.classList.contains('maplibregl-ctrl-zoom-in')).to.be.true;
  });

  it('lists the places sharing one point; choosing one selects it, Escape closes the list', async () => {
    const el = await mount(
      places.filter((p) => p.id !== 'e'),
      'height: 600px; width: 800px',
    );
    el.map!.jumpTo({ center: [2.435, 48.859], zoom: 15 });
    await settled(el);
    const stack = markerButtons(el).find((b) => b.classList.contains('npt-marker--stack'))!;
    stack.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const panel = el.shadowRoot!.querySelector('.stack')!;
    expect(panel.querySelector('h3')!.textContent).to.equal('2 lieux à cette adresse');
    const options = [...panel.querySelectorAll('li button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    // By name, as in the list.
    expect(options).to.deep.equal([
      'CCAS de Montreuil, 5 rue de Paris, 93100 Montreuil',
      'Maison de quartier, 5 rue de Paris, 93100 Montreuil',
    ]);
    expect(el.shadowRoot!.activeElement?.textContent).to.contain('CCAS de Montreuil');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.stack')).to.be.null;
    expect(el.shadowRoot!.activeElement).to.equal(stack);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const ccas = el.shadowRoot!.querySelector<HTMLButtonElement>('.stack li button')!;
    setTimeout(() => ccas.click());
    expect((await oneEvent(el, 'npt-map-select')).detail.id).to.equal('c');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.stack')).to.be.null;
    expect(stack.getAttribute('aria-current')).to.equal('true');
  });

  it('is accessible (axe) once loaded', async () => {
    const el = await mount();
    await expect(el).to.be.accessible();
  });
});
