import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@npt/finder/define.js';
import type { NptFinder } from '@npt/finder';

// Fictional places written for the stories (never copied from real data), served as data: URLs or by a
// small fetch stand-in: stories never touch the network.
const SERVICES = [
  'Aide aux démarches administratives',
  'Maîtrise des outils numériques du quotidien',
  'Accès internet et matériel informatique',
  'Insertion professionnelle via le numérique',
];
const HOURS = [
  'Mo-Fr 09:00-12:00,14:00-18:00',
  'Tu-Sa 10:00-18:00',
  'Mo,We,Fr 14:00-17:00; Sa 10:00-12:00 "sur rendez-vous"',
  'Mo-Fr 9h-17h',
  '',
];
const COMMUNES: Array<[string, string, number, number]> = [
  ['Montreuil', '93100', 48.8638, 2.4485],
  ['Vincennes', '94300', 48.8474, 2.4392],
  ['Bagnolet', '93170', 48.8691, 2.4181],
  ['Paris', '75020', 48.8634, 2.3987],
];
const places = Array.from({ length: 28 }, (_, i) => {
  const [commune, code_postal, lat, lon] = COMMUNES[i % COMMUNES.length]!;
  return {
    id: `story-${i}`,
    nom: `${['Médiathèque', 'Espace numérique', 'Maison de quartier', 'Centre social'][i % 4]} n° ${i + 1}`,
    adresse: `${1 + i} rue de la République`,
    commune,
    code_postal,
    latitude: lat + ((i * 37) % 17) / 1000 - 0.008,
    longitude: lon + ((i * 53) % 19) / 1000 - 0.009,
    telephone: i % 3 ? `01 48 70 ${String(10 + i).padStart(2, '0')} 00` : '+33',
    courriels: i % 2 ? `contact${i}@example.fr` : '',
    horaires: HOURS[i % HOURS.length],
    services: SERVICES.filter((_, k) => (i + k) % 3 !== 0).join('|'),
    frais_a_charge: i % 5 ? 'Gratuit' : 'Payant',
    publics_specifiquement_adresses: i % 4 ? '' : 'Seniors|Jeunes',
    dispositif_programmes_nationaux: i % 3 ? 'Conseillers numériques' : 'France Services',
    date_maj: '2025-01-15',
    source: 'Lieux fictifs (Storybook)',
  };
});
const dataUrl = (body: unknown) => `data:application/json,${encodeURIComponent(JSON.stringify(body))}`;
const PLACES = dataUrl(places);

// A source that never answers, for the loading state.
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) =>
  (input instanceof Request ? input.url : String(input as string | URL)).includes('/story-never/')
    ? new Promise<Response>(() => {})
    : realFetch(input, init);

interface Args {
  src: string;
  lang: string;
  mode: 'resident' | 'prescripteur';
  search: string;
  filters: string[];
  radius: string;
  open: boolean;
  hideFilters: string;
  preset: string;
}

/** Acts as a person would, once the places are there: search, filters, open the first place. */
async function act(el: NptFinder, args: Args) {
  await el.ready();
  const root = el.shadowRoot!;
  if (args.search) {
    const input = root.querySelector<HTMLInputElement>('#q')!;
    input.value = args.search;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await el.updateComplete;
  }
  if (args.radius) {
    const select = root.querySelector<HTMLSelectElement>('[part="radius"]')!;
    select.value = args.radius;
    select.dispatchEvent(new Event('change'));
  }
  // The filters are collapsed at first: a story that ticks some shows them.
  if (args.filters.length) root.querySelector('details')!.open = true;
  for (const id of args.filters) {
    const box = root.querySelector<HTMLInputElement>(`#${id}`);
    if (!box) continue;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await el.updateComplete;
  }
  if (args.open) root.querySelector<HTMLAnchorElement>('.list > li a')?.click();
}

const meta: Meta<Args> = {
  title: 'Widgets/npt-finder',
  tags: ['autodocs'],
  args: { src: PLACES, lang: 'fr', mode: 'resident', search: '', filters: [], radius: '', open: false, hideFilters: '', preset: '' },
  argTypes: {
    src: { control: 'text', description: 'URL of a JSON file in the national standard (v1.0.2 or 2022 exports).' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    mode: { control: 'inline-radio', options: ['resident', 'prescripteur'] },
    hideFilters: { control: 'text', description: 'Filter groups to hide (`services,frais_a_charge,open-now`…).' },
  },
  render: (args) => {
    const el = document.createElement('npt-finder') as NptFinder;
    el.noUrlState = true;
    el.noMap = true;
    el.geocoderUrl = 'none';
    el.src = args.src;
    el.mode = args.mode;
    el.lang = args.lang;
    if (args.hideFilters) el.hideFilters = args.hideFilters;
    if (args.preset) el.preset = args.preset;
    void act(el, args);
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Every place of the source, by commune then name, before any search. */
export const AllPlaces: Story = {};

/** A commune chosen in the search box: places sorted by distance from it. */
export const NearACommune: Story = { args: { search: 'Montreuil' } };

/** Filters with their counts: free places offering help with online procedures, open on Saturday. */
export const Filtered: Story = { args: { search: 'Montreuil', filters: ['f-services-0', 'f-frais_a_charge-0', 'f-open-saturday'] } };

/** Nothing matches (a webmaster's preset that no place offers): the list offers only the ways out that give places. */
export const NoResult: Story = {
  args: { search: 'Montreuil', radius: '1', preset: 'services:Acquisition de matériel informatique à prix solidaire' },
};

/** The sheet of a place: hours per day with today highlighted, contact, directions, copy link. */
export const PlaceSheet: Story = { args: { open: true } };

/** Prescriber mode: the sheet offers a note and prints an orientation sheet. */
export const Prescriber: Story = { args: { mode: 'prescripteur', open: true } };

/** While the places load: a skeleton, announced politely. */
export const Loading: Story = { args: { src: '/story-never/places.json' } };

/** The source is down (here, a file that is not JSON): a clear message and a retry. */
export const SourceDown: Story = { args: { src: 'data:application/json,this is not json' } };

/** A webmaster presets and hides filters. */
export const HiddenFilters: Story = { args: { hideFilters: 'frais_a_charge,dispositif_programmes_nationaux,open-now' } };

/** In English, following the page's or the element's `lang`. */
export const English: Story = { args: { lang: 'en', search: 'Vincennes' } };
