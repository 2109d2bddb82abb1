// <npt-finder> in Chromium, with sample exports (@npt/testing: generated, with the defects of real ones)
// served by the test server, a fake geocoder and a fake API; axe on every state.
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { NptFinder } from '../src/npt-finder.js';
import type { NptDataLoadEvent } from '../src/events.js';
import { fakeApi, FAKE_API, samplePlacesUrl, upgradedLate, nb, $, $$ } from '@npt/testing';

/** A Métropole-wide export (231 places accepted, 9 rejected), and another network's. */
const IDF = await samplePlacesUrl('metropole');
const PACA = await samplePlacesUrl('network');

const names = (el: Element) => $$(el, '.list > li .result-name').map((h) => nb(h.textContent));
const heading = (el: Element) => nb($(el, '.results-heading')?.textContent);

async function mount(attrs: string, wait = true): Promise<NptFinder> {
  const wrapper = await fixture(`<div><npt-finder no-map ${attrs}></npt-finder></div>`);
  const el = wrapper.querySelector('npt-finder') as NptFinder;
  if (wait) await el.ready();
  return el;
}

/** Waits for the place sheet (its code loads on the first opening). */
async function sheetOpen(el: NptFinder) {
  await waitUntil(() => el.shadowRoot!.querySelector('#sheet-title'), 'sheet open', { timeout: 3000 });
  await el.updateComplete;
}

async function type(el: NptFinder, text: string) {
  const input = $<HTMLInputElement>(el, '#q');
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  return input;
}

async function check(el: NptFinder, selector: string, on = true) {
  const box = $<HTMLInputElement>(el, selector);
  box.checked = on;
  box.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

const geoFeature = (label: string, lon: number, lat: number) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, lat] },
  properties: { label, type: 'housenumber', citycode: '93048' },
});

describe('<npt-finder>', () => {
  const initialUrl = location.href;
  beforeEach(() => {
    document.documentElement.lang = 'fr';
  });
  afterEach(() => history.replaceState(null, '', initialUrl));

  it('shows a skeleton while loading, then every place of the file by commune, and reports the counts', async () => {
    await fakeApi([{ path: '/slow.json', raw: '[]', headers: { 'content-type': 'application/json' }, delay: 400 }]);
    const slow = await mount(`src="${FAKE_API}/slow.json" no-url-state`, false);
    await slow.updateComplete;
    expect($$(slow, '.skeleton').length).to.be.greaterThan(0);
    expect(nb(slow.shadowRoot!.textContent)).to.contain('Chargement des lieux');
    await expect(slow).to.be.accessible();

    const wrapper = await fixture(`<div></div>`);
    const el = document.createElement('npt-finder') as NptFinder;
    el.setAttribute('no-map', '');
    el.setAttribute('no-url-state', '');
    el.setAttribute('src', IDF);
    const loaded = oneEvent(el, 'npt-data-load') as Promise<NptDataLoadEvent>;
    wrapper.append(el);
    const { detail } = await loaded;
    expect([detail.accepted, detail.rejected, detail.shown]).to.deep.equal([231, 9, 231]);
    expect(new Set(detail.reasons.map((r) => r.reason))).to.deep.equal(new Set(['duplicate', 'missing-name']));
    await el.ready();
    expect(heading(el)).to.equal('231 lieux, classés par commune, de A à Z');
    expect($$(el, '.list > li').length).to.equal(20, 'first page');
    const communes = $$(el, '.list > li .address').map((a) => nb(a.textContent).replace(/^.*\d{5} /, ''));
    expect(communes[0]!.localeCompare(communes[19]!, 'fr')).to.be.at.most(0);
    await expect(el).to.be.accessible();
  });

  it('restricts a regional file to the territory given by communes=', async () => {
    const el = await mount(`src="${IDF}" communes="93048,92012" no-url-state page-size="50"`);
    const addresses = $$(el, '.list > li .address').map((a) => nb(a.textContent));
    expect(addresses.length).to.be.greaterThan(1);
    for (const a of addresses) expect(a).to.match(/(93100 Montreuil|92100 Boulogne-Billancourt)$/);
    expect(heading(el)).to.match(new RegExp(`^${addresses.length} lieux`));
  });

  it('honours properties set before the tag was defined (a framework before the loader): no URL state, territory, page size', async () => {
    const linked = `${location.pathname}?lieux.at=48.861,2.44&lieux.type=address&lieux.q=1 rue de Paris&lieux.rayon=1`;
    history.replaceState(null, '', linked);
    const wrapper = await fixture('<div></div>');
    const el = await upgradedLate<NptFinder>(
      NptFinder,
      { src: IDF, communes: '93048,92012', pageSize: 50, noUrlState: true, noMap: true },
      wrapper,
    );
    await el.ready();
    expect($<HTMLInputElement>(el, '#q').value, 'the URL is not read').to.equal('');
    expect(`${location.pathname}${decodeURIComponent(location.search)}`, 'nor written').to.equal(linked);
    const addresses = $$(el, '.list > li .address').map((a) => nb(a.textContent));
    for (const a of addresses) expect(a).to.match(/(93100 Montreuil|92100 Boulogne-Billancourt)$/);
    const count = Number(/^(\d+) lieux/.exec(heading(el))?.[1]);
    expect(addresses.length).to.equal(Math.min(count, 50));
    expect($(el, '[part="map"]')).to.equal(null);
  });

  it('source down: a clear message and a retry that works', async () => {
    // no-store, as servers send on errors: the test server's responses are otherwise cacheable.
    await fakeApi([{ path: '/places.json', status: 503, body: { title: 'down' }, headers: { 'cache-control': 'no-store' } }]);
    const el = await mount(`src="${FAKE_API}/places.json" no-url-state`);
    const error = $(el, '[part="error"]');
    expect(nb(error.textContent)).to.contain('La liste des lieux n’a pas pu être chargée');
    expect(error.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    await fakeApi([
      {
        path: '/places.json',
        body: [
          {
            id: 'a',
            nom: 'Espace numérique',
            adresse: '1 rue A',
            commune: 'Montreuil',
            code_postal: '93100',
            latitude: 48.86,
            longitude: 2.44,
          },
        ],
      },
    ]);
    $<HTMLButtonElement>(el, '[part~="retry"]').click();
    await waitUntil(() => names(el).length === 1, 'reloaded', { timeout: 5000 });
    expect(names(el)).to.deep.equal(['Espace numérique']);
  });

  it('reads the programme API (api=) page by page, with the territory as a query parameter', async () => {
    const records = (await (await fetch(IDF)).json()).slice(0, 30);
    await fakeApi([{ path: '/v1/places', body: { items: records, total: records.length, limit: 1000, offset: 0 } }]);
    const el = await mount(`api="${FAKE_API}/v1" no-url-state`);
    expect(heading(el)).to.match(/^\d+ lieux/);
    expect(names(el).length).to.equal(20);
  });

  it('pages through the API as long as it has more (whatever page size the server chooses)', async () => {
    const all = Array.from({ length: 5 }, (_, i) => ({
      id: `p${i}`,
      nom: `Lieu ${i}`,
      adresse: `${i} rue A`,
      commune: 'Montreuil',
      code_postal: '93100',
    }));
    const seen: string[] = [];
    const realFetch = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input, location.href);
      if (!url.pathname.endsWith('/paged/places')) return realFetch(input, init);
      seen.push(url.search);
      const offset = Number(url.searchParams.get('offset'));
      return new Response(JSON.stringify({ items: all.slice(offset, offset + 2), total: all.length, limit: 2, offset }), {
        headers: { 'content-type': 'application/json' },
      });
    };
    try {
      const el = await mount(`api="/paged" communes="93048" no-url-state`);
      expect(names(el)).to.deep.equal(['Lieu 0', 'Lieu 1', 'Lieu 2', 'Lieu 3', 'Lieu 4']);
      expect(seen).to.deep.equal([0, 2, 4].map((o) => `?limit=1000&offset=${o}&communes=93048`));
    } finally {
      window.fetch = realFetch;
    }
  });

  it('searches a commune offline, with the keyboard, and sorts by distance', async () => {
    const el = await mount(`src="${IDF}" no-url-state geocoder-url="none"`);
    const input = await type(el, 'montreuil');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    const options = $$(el, '[role="option"]').map((o) => nb(o.textContent));
    expect(options[0]).to.equal('Montreuil (93100)');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).to.equal('q-option-0');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(input.value).to.equal('Montreuil (93100)');
    expect(heading(el)).to.match(/^\d+ lieux près de Montreuil, du plus proche au plus éloigné$/);
    const distances = $$(el, '.list > li .distance').map((d) => {
      const m = /à ([\d,]+) (k?m)/.exec(nb(d.textContent))!;
      return Number(m[1]!.replace(',', '.')) * (m[2] === 'km' ? 1000 : 1);
    });
    expect(distances.length).to.be.greaterThan(0);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(distances[distances.length - 1]).to.be.at.most(5000, 'default radius 5 km');
    expect(nb($(el, '.list > li .address').textContent)).to.contain('Montreuil');
  });

  it('finds a postal code', async () => {
    const el = await mount(`src="${IDF}" no-url-state geocoder-url="none"`);
    await type(el, '9310');
    expect($$(el, '[role="option"]').map((o) => nb(o.textContent))).to.include('Montreuil (93100)');
  });

  it('geocodes an address (debounced, superseded requests cancelled) and survives the geocoder failing', async () => {
    await fakeApi([
      {
        path: '/geo',
        body: { type: 'FeatureCollection', features: [geoFeature('12 Rue de Paris 93100 Montreuil', 2.4415, 48.8566)] },
        delay: 50,
      },
    ]);
    const el = await mount(`src="${IDF}" no-url-state geocoder-url="${FAKE_API}/geo"`);
    await type(el, '12 rue');
    await type(el, '12 rue de');
    await type(el, '12 rue de Paris');
    await waitUntil(() => $$(el, '[role="option"]').length > 0, 'address suggested', { timeout: 3000 });
    const hits = await (await fetch('/test-api/__hits')).json();
    const geoHits = Object.entries(hits).find(([k]) => k.endsWith('/geo'))![1];
    expect(geoHits).to.equal(1, 'one request for three keystrokes');
    expect(nb($(el, '[role="option"]').textContent)).to.equal('12 Rue de Paris 93100 Montreuil');
    $<HTMLElement>(el, '[role="option"]').click();
    await el.updateComplete;
    expect(heading(el)).to.match(/près de 12 Rue de Paris 93100 Montreuil/);

    await fakeApi([{ path: '/geo', status: 500, body: { title: 'boom' } }]);
    await type(el, '3 avenue Inconnue');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => nb($(el, '[part="notice"]').textContent).includes('ne répond pas'), 'failure shown', { timeout: 8000 });
    expect(names(el).length).to.be.greaterThan(0, 'the previous results stay');
    await expect(el).to.be.accessible();
  });

  it('an address that is not found says so', async () => {
    await fakeApi([{ path: '/geo', body: { type: 'FeatureCollection', features: [] } }]);
    const el = await mount(`src="${IDF}" no-url-state geocoder-url="${FAKE_API}/geo"`);
    await type(el, '99 rue Nulle Part');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await waitUntil(() => nb($(el, '[part="notice"]').textContent).includes('Aucune adresse trouvée'), 'not found', { timeout: 3000 });
  });

  it('around me: uses the position, and handles a refusal', async () => {
    const geo = navigator.geolocation;
    try {
      geo.getCurrentPosition = (_ok, fail) =>
        fail!({ code: 1, PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3, message: 'denied' } as GeolocationPositionError);
      const el = await mount(`src="${IDF}" no-url-state geocoder-url="none"`);
      $<HTMLButtonElement>(el, '[part~="around-me"]').click();
      await el.updateComplete;
      expect(nb($(el, '[part="notice"]').textContent)).to.contain('Vous n’avez pas autorisé la localisation');
      expect(heading(el)).to.equal('231 lieux, classés par commune, de A à Z');
      geo.getCurrentPosition = (ok) => ok({ coords: { latitude: 48.8638, longitude: 2.4485 } } as GeolocationPosition);
      $<HTMLButtonElement>(el, '[part~="around-me"]').click();
      await el.updateComplete;
      expect(heading(el)).to.match(/près de ma position, du plus proche/);
    } finally {
      // The instance's stand-in goes; the prototype's method is back.
      delete (geo as { getCurrentPosition?: unknown }).getCurrentPosition;
    }
  });

  it('filters combine, show their counts, and clear', async () => {
    const el = await mount(`src="${PACA}" no-url-state page-size="1000"`);
    const total = names(el).length;
    const label = () => nb($(el, 'label[for="f-services-0"]').textContent);
    const announced = Number(/\((\d+)\)/.exec(label())![1]);
    const live = () => nb($(el, '.visually-hidden[aria-live="polite"]').textContent);
    await check(el, '#f-services-0'); // Aide aux démarches administratives
    expect(names(el).length).to.equal(announced);
    expect(heading(el)).to.match(new RegExp(`^${announced} lieux`));
    expect(live()).to.match(new RegExp(`^${announced} lieux`));
    // Each option's count is what checking it gives, given the other filters.
    const count = (id: string) => Number(/\((\d+)\)/.exec(nb($(el, `label[for="${id}"]`).textContent))![1]);
    const free = count('f-frais_a_charge-0');
    await check(el, '#f-frais_a_charge-0'); // Gratuit
    expect(names(el).length).to.equal(free);
    expect(free).to.be.below(announced);
    expect(live()).to.match(new RegExp(`^${free} lieux`));
    expect(nb($(el, 'summary').textContent)).to.equal('Filtres (2 actifs)');
    const saturday = count('f-open-saturday');
    await check(el, '#f-open-saturday');
    expect(names(el).length).to.equal(saturday);
    expect(saturday).to.be.below(free);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="clear-filters"]').click();
    await el.updateComplete;
    expect(names(el).length).to.equal(total);
    expect($<HTMLInputElement>(el, '#f-services-0').checked).to.equal(false);
  });

  it('no result: says so and offers only the ways out that give places', async () => {
    // A service no place of the sample offers is not offered as a filter; a shared link may still name it.
    const offered = await mount(`src="${IDF}" no-url-state`);
    expect($(offered, '#f-services-8')).to.equal(null);
    history.replaceState(null, '', `${location.pathname}?lieux.commune=93048&lieux.services=8`);
    const el = await mount(`src="${IDF}" geocoder-url="none"`);
    expect(names(el)).to.deep.equal([]);
    expect(nb($(el, '[part="empty"]').textContent)).to.contain('Aucun lieu ne correspond');
    expect($<HTMLInputElement>(el, '#f-services-8').checked).to.equal(true, 'a ticked option stays, to be unticked');
    await expect(el).to.be.accessible();
    const buttons = $$(el, '[part="empty"] button').map((b) => nb(b.textContent));
    expect(buttons).to.deep.equal(['Effacer les filtres'], 'no "Voir tous les lieux": nowhere offers the service');
    $$<HTMLButtonElement>(el, '[part="empty"] button')[0]!.click();
    await el.updateComplete;
    expect(names(el).length).to.be.greaterThan(0);
    expect(el.shadowRoot!.activeElement?.id).to.equal('results-heading');
  });

  it('pagination: "show more" adds a page and moves the focus to the first new place', async () => {
    const el = await mount(`src="${IDF}" no-url-state page-size="10"`);
    expect(names(el).length).to.equal(10);
    expect(nb($(el, '.more').textContent)).to.contain('10 lieux affichés sur 231');
    $<HTMLButtonElement>(el, '[part~="show-more"]').click();
    await el.updateComplete;
    expect(names(el).length).to.equal(20);
    expect(el.shadowRoot!.activeElement?.textContent).to.equal(names(el)[10]);
  });

  it('keyboard journey: search, open a sheet, read it, go back to the same place in the list', async () => {
    const el = await mount(`src="${IDF}" no-url-state geocoder-url="none"`);
    $<HTMLInputElement>(el, '#q').focus();
    await sendKeys({ type: 'Pantin' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(heading(el)).to.match(/près de Pantin/);
    // Tab from the search box: submit, around me, radius, then the filters and the list.
    let guard = 0;
    while (!el.shadowRoot!.activeElement?.closest('.list') && guard++ < 80) await sendKeys({ press: 'Tab' });
    const link = el.shadowRoot!.activeElement as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    const name = nb(link.textContent);
    await sendKeys({ press: 'Enter' });
    await sheetOpen(el);
    expect(el.shadowRoot!.activeElement?.id).to.equal('sheet-title');
    expect(nb($(el, '#sheet-title').textContent)).to.equal(name);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[part~="back"]').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nb(el.shadowRoot!.activeElement?.textContent)).to.equal(name);
  });

  it('place sheet: hours per day with today marked, tel:, e-mail, website, directions, last update, copy link', async () => {
    const place = {
      id: 'lieu-1',
      nom: 'Médiathèque Robert-Desnos',
      adresse: '14 boulevard Rouget de Lisle',
      commune: 'Montreuil',
      code_postal: '93100',
      latitude: 48.8617,
      longitude: 2.4433,
      telephone: '01 48 70 64 52',
      courriels: 'mediatheque@example.fr',
      site_web: 'https://www.example.fr/mediatheque',
      prise_rdv: 'https://rdv.example.fr/',
      horaires: 'Mo-Fr 09:00-12:00,14:00-18:00; Sa 10:00-12:00 "sur rendez-vous"',
      services: 'Aide aux démarches administratives|Accès internet et matériel informatique',
      publics_specifiquement_adresses: 'Seniors',
      prise_en_charge_specifique: 'Surdité',
      fiche_acces_libre: 'https://acceslibre.beta.gouv.fr/app/x/',
      date_maj: '2024-03-05',
    };
    await fakeApi([
      {
        path: '/one.json',
        body: [place, { ...place, id: 'raw', nom: 'Horaires illisibles', horaires: 'Mo-Fr 9h-12h30', adresse: '2 rue B' }],
      },
    ]);
    const el = await mount(`src="${FAKE_API}/one.json" no-url-state`);
    const rawItem = $$(el, '.list > li').find((li) => li.textContent!.includes('Horaires illisibles'))!;
    expect(nb(rawItem.querySelector('.hours')!.textContent)).to.equal('Horaires : Mo-Fr 9h-12h30');
    $$<HTMLAnchorElement>(el, '.list > li a')
      .find((a) => a.textContent === place.nom)!
      .click();
    await sheetOpen(el);
    expect($<HTMLAnchorElement>(el, 'a[href^="tel:"]').getAttribute('href')).to.equal('tel:+33148706452');
    expect(nb($(el, 'a[href^="tel:"]').textContent)).to.equal('01 48 70 64 52');
    expect($(el, 'a[href^="mailto:"]').getAttribute('href')).to.equal('mailto:mediatheque@example.fr');
    const directions = $$<HTMLAnchorElement>(el, '.sheet a').find((a) => a.href.includes('openstreetmap.org/directions'))!;
    expect(directions.href).to.contain('48.8617%2C2.4433');
    expect($$(el, '.week tbody tr').length).to.equal(7);
    const todayRow = $(el, '.week tr[aria-current="date"]');
    expect(todayRow).to.exist;
    expect(nb($$(el, '.week tbody tr')[5]!.textContent)).to.equal(
      'samedi 10 h – 12 h (sur rendez-vous)'.replace('samedi', 'samedi' + (new Date().getDay() === 6 ? ' (aujourd’hui)' : '')),
    );
    expect(nb($(el, '.sheet').textContent)).to.contain('Informations mises à jour le 5 mars 2024');
    expect(nb($(el, '.sheet').textContent)).to.contain('Surdité');
    expect($$(el, '.sheet a[target="_blank"]').every((a) => a.textContent!.includes('nouvelle fenêtre'))).to.equal(true);
    await expect(el).to.be.accessible();

    // "Copy link": the page's URL with this place selected, then a failure said in words.
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const copied: string[] = [];
    try {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
      });
      $<HTMLButtonElement>(el, '[part~="copy-link"]').click();
      await waitUntil(() => copied.length === 1, 'the link is copied');
      expect(new URL(copied[0]!).searchParams.get('lieux.lieu')).to.equal('lieu-1');
      await el.updateComplete;
      expect(nb($(el, '.sheet').textContent)).to.contain('Lien copié.');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => Promise.reject(new Error('denied')) },
      });
      $<HTMLButtonElement>(el, '[part~="copy-link"]').click();
      await waitUntil(() => nb($(el, '.sheet').textContent).includes('Le lien n’a pas pu être copié'), 'the failure is said');
      expect(nb($(el, '.sheet').textContent)).not.to.contain('Lien copié.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it("the whole state round-trips through the URL, keeping the host page's own parameters", async () => {
    history.replaceState(null, '', `${location.pathname}?page=contact&lang=fr#haut`);
    const el = await mount(`src="${IDF}" geocoder-url="none"`);
    await type(el, 'Pantin');
    $<HTMLFormElement>(el, 'form').requestSubmit();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '[part="radius"]');
    select.value = '10';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await check(el, '#f-dispositif_programmes_nationaux-5'); // France Services
    const before = names(el);
    $<HTMLAnchorElement>(el, '.list > li a').click();
    await sheetOpen(el);
    const params = new URL(location.href).searchParams;
    expect(params.get('page')).to.equal('contact');
    expect(params.get('lang')).to.equal('fr');
    expect(location.hash).to.equal('#haut');
    expect(params.get('lieux.commune')).to.equal('93055');
    expect(params.get('lieux.rayon')).to.equal('10');
    expect(params.get('lieux.dispositifs')).to.equal('5');
    expect(params.get('lieux.lieu')).to.be.a('string');

    el.remove();
    const again = await mount(`src="${IDF}" geocoder-url="none"`);
    expect(nb($(again, '#sheet-title').textContent)).to.equal(before[0]);
    $<HTMLButtonElement>(again, '[part~="back"]').click();
    await again.updateComplete;
    expect(names(again)).to.deep.equal(before);
    expect($<HTMLInputElement>(again, '#f-dispositif_programmes_nationaux-5').checked).to.equal(true);
    expect($<HTMLSelectElement>(again, '[part="radius"]').value).to.equal('10');
  });

  it('preset and hidden filters set by the webmaster', async () => {
    const el = await mount(
      `src="${PACA}" no-url-state page-size="1000" preset="frais_a_charge:Payant" hide-filters="frais_a_charge,open-now"`,
    );
    expect(names(el).length).to.equal(41, 'the paying places of the sample');
    expect($(el, '#f-frais_a_charge-0')).to.equal(null);
    expect($(el, '#f-open-now')).to.equal(null);
    expect($(el, '#f-open-saturday')).to.exist;
    expect(nb($(el, 'summary').textContent)).to.equal('Filtres');
  });

  it('prescriber mode: prints an orientation sheet with the note, which is neither stored nor sent', async () => {
    const el = await mount(`src="${IDF}" no-url-state mode="prescripteur"`);
    $<HTMLAnchorElement>(el, '.list > li a').click();
    await sheetOpen(el);
    const name = nb($(el, '#sheet-title').textContent);
    const note = $<HTMLTextAreaElement>(el, '#note');
    note.value = 'Venir avec sa carte Vitale <b>mardi</b>';
    note.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await expect(el).to.be.accessible();
    let printed: Window | undefined;
    const frame = (await el.printSheet((w) => (printed = w)))!;
    expect(printed).to.equal(frame.contentWindow);
    const doc = frame.contentDocument!;
    expect(nb(doc.querySelector('h2')!.textContent)).to.equal(name);
    expect(nb(doc.querySelector('.note')!.textContent)).to.equal('Venir avec sa carte Vitale <b>mardi</b>');
    expect(doc.querySelector('.note b')).to.equal(null, 'the note is text, not markup');
    expect(doc.body.textContent).to.contain('Pour vous y rendre');
    expect(location.href).not.to.contain('Vitale');
    expect(JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })).not.to.contain('Vitale');
    frame.remove();
  });

  it('speaks English when the page does', async () => {
    document.documentElement.lang = 'en';
    const el = await mount(`src="${IDF}" no-url-state`);
    await waitUntil(() => heading(el).startsWith('231 places'), 'English strings', { timeout: 3000 });
    expect(nb($(el, 'label[for="q"]').textContent)).to.equal('Town, postcode or address');
    expect(nb($(el, 'label[for="f-services-0"]').textContent)).to.match(/^Help with online admin procedures/);
  });
});
