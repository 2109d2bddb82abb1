import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NptFinderMap } from '../packages/finder/src/map/finder-map.js';
import type { MapPlace } from '../packages/finder/src/map/support.js';

// A local style (a plain background) given as a data: URL: stories never fetch tiles from the network.
const localStyle = `data:application/json,${encodeURIComponent(
  JSON.stringify({
    version: 8,
    sources: { base: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, attribution: 'Fond neutre local (Storybook)' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#e8eef2' } },
      { id: 'base', type: 'circle', source: 'base' },
    ],
  }),
)}`;

// The module registers the tag on import, but packages/finder/package.json does not list it in
// `sideEffects`, so a production bundler may drop a bare import: register with the class itself.
if (!customElements.get('npt-finder-map')) customElements.define('npt-finder-map', NptFinderMap);

// Vite pre-bundles maplibre away from its worker file: point the map at the installed one.
const workerUrl = new URL('../node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs', import.meta.url).href;

const few: MapPlace[] = [
  { id: 'a', name: 'Médiathèque Robert-Desnos', address: '14 boulevard Rouget-de-Lisle, 93100 Montreuil', lat: 48.8627, lon: 2.4418 },
  { id: 'b', name: 'Maison de quartier', address: '5 rue de Paris, 93100 Montreuil', lat: 48.8555, lon: 2.4275 },
  { id: 'c', name: 'CCAS de Montreuil', address: '5 rue de Paris, 93100 Montreuil', lat: 48.8555, lon: 2.4275 },
  { id: 'd', name: 'Espace numérique de Vincennes', address: '1 rue de Fontenay, 94300 Vincennes', lat: 48.8473, lon: 2.4379 },
  { id: 'e', name: 'Point numérique de Saint-Denis', address: '2 place Victor-Hugo, 93200 Saint-Denis', lat: 48.9362, lon: 2.3574 },
];

/** Synthetic places spread over the Métropole (a fixed pseudo-random sequence). */
function many(n: number): MapPlace[] {
  let seed = 7;
  const random = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    name: `Lieu de médiation n° ${i + 1}`,
    address: `${1 + (i % 120)} rue de la République`,
    lat: 48.76 + random() * 0.2,
    lon: 2.2 + random() * 0.35,
  }));
}

interface Args {
  places: MapPlace[];
  selectedId: string | null;
  mapStyle: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/npt-finder/map (internal)',
  tags: ['autodocs'],
  args: { places: few, selectedId: null, mapStyle: localStyle, lang: 'fr' },
  argTypes: {
    selectedId: { control: 'inline-radio', options: [null, ...few.map((p) => p.id)] },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    mapStyle: { control: 'text', description: 'maplibre style URL (default in the finder: IGN Plan IGN; here a local style).' },
  },
  render: ({ places, selectedId, mapStyle, lang }) => {
    const el = document.createElement('npt-finder-map') as NptFinderMap;
    el.workerUrl = workerUrl;
    el.mapStyle = mapStyle;
    el.places = places;
    el.selectedId = selectedId;
    el.lang = lang;
    el.style.height = '28rem';
    el.addEventListener('npt-map-select', (e) => (el.selectedId = e.detail.id));
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** A few places in Montreuil, Vincennes and Saint-Denis; two share one address (one marker lists both). */
export const Places: Story = {};

/** A place selected in the list: highlighted, the map moved to it. */
export const Selected: Story = { args: { selectedId: 'e' } };

/** 5 000 places, clustered; Enter on a cluster zooms in. */
export const ManyPlaces: Story = { args: { places: many(5000) } };

/** The style cannot be loaded: one line says why, the finder keeps its list. */
export const Unavailable: Story = { args: { mapStyle: 'data:application/json,not-json' } };

/** In English, following the page or the `lang` attribute. */
export const English: Story = { args: { lang: 'en' } };
