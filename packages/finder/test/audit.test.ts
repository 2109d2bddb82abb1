// What the accessibility audit of <npt-finder> found (issue #14), each as a person meets it: focus kept
// on busy buttons, the list a few Tab presses away, suggestions announced, no filter that leads nowhere,
// 320 px, the site's text size, forced colours, the toggle on wide screens, plain French (IBM Equal Access
// runs on every state in packages/testing/test/equal-access.test.ts). The places are written here, so each
// figure is known.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { FAKE_API, fakeApi, expectAccessible, nb, $, $$ } from '@npt/testing';
import '../src/define.js';
import type { NptFinder } from '../src/npt-finder.js';

const active = (el: NptFinder) => el.shadowRoot!.activeElement as HTMLElement | null;
const live = (el: NptFinder) => nb($(el, '[aria-live="polite"]').textContent);

/** Six places in two communes; services and fees chosen so that most options of the standard match nothing. */
const PLACES = Array.from({ length: 6 }, (_, i) => ({
  id: `p${i}`,
  nom: `Espace numérique ${i}`,
  adresse: `${i + 1} rue de Paris`,
  commune: i < 4 ? 'Montreuil' : 'Pantin',
  code_postal: i < 4 ? '93100' : '93500',
  code_insee: i < 4 ? '93048' : '93055',
  latitude: i < 4 ? 48.861 + i * 0.002 : 48.894,
  longitude: i < 4 ? 2.44 : 2.409,
  horaires: 'Mo-Sa 09:00-12:00,14:30-18:00',
  services: i % 2 ? 'Aide aux démarches administratives' : 'Accès internet et matériel informatique',
  frais_a_charge: i === 5 ? 'Payant' : 'Gratuit',
  dispositif_programmes_nationaux: i === 0 ? 'France Services' : '',
  source: 'conseiller-numerique',
}));

async function mount(attrs: string, width = '', wait = true): Promise<NptFinder> {
  await fakeApi([{ path: '/places.json', body: PLACES }], false);
  const wrapper = await fixture(
    `<div style="${width ? `width: ${width}` : ''}"><npt-finder no-url-state src="${FAKE_API}/places.json" ${attrs}></npt-finder></div>`,
  );
  const el = wrapper.querySelector('npt-finder') as NptFinder;
  if (wait) await el.ready();
  return el;
}

async function type(el: NptFinder, text: string) {
  const input = $<HTMLInputElement>(el, '#q');
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('<npt-finder> after the accessibility audit', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fr';
  });
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    await emulateMedia({ forcedColors: 'none' });
  });

  describe('focus stays where the person is (RGAA 12.8, 7.1)', () => {
    it('on "Rechercher" while the address is looked up', async () => {
      await fakeApi([{ path: '/geo', body: { type: 'FeatureCollection', features: [] }, delay: 600 }]);
      const el = await mount(`no-map geocoder-url="${FAKE_API}/geo"`);
      await type(el, '3 rue Inconnue');
      const submit = $<HTMLButtonElement>(el, 'form [type="submit"]');
      submit.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(nb($(el, '[part="notice"]').textContent)).to.equal('Recherche de l’adresse…');
      expect(submit.getAttribute('aria-disabled')).to.equal('true');
      expect(active(el)).to.equal(submit);
      await waitUntil(() => nb($(el, '[part="notice"]').textContent).includes('Aucune adresse trouvée'), 'done', { timeout: 3000 });
      expect(active(el)).to.equal(submit);
    });

    it('on "Autour de moi" while the position is awaited', async () => {
      const geo = navigator.geolocation;
      let answer: PositionCallback | undefined;
      geo.getCurrentPosition = (ok) => void (answer = ok);
      try {
        const el = await mount('no-map geocoder-url="none"');
        const button = $<HTMLButtonElement>(el, '[part~="around-me"]');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(nb(button.textContent)).to.equal('Localisation en cours…');
        expect(active(el)).to.equal(button);
        await sendKeys({ press: 'Enter' }); // a second press while busy does nothing
        answer!({ coords: { latitude: 48.861, longitude: 2.44 } } as GeolocationPosition);
        await el.updateComplete;
        expect(active(el)).to.equal(button);
        expect(nb($(el, '.results-heading').textContent)).to.equal('6 lieux près de ma position, du plus proche au plus éloigné');
        expect(button.querySelector('svg')).to.exist;
        expect(button.textContent).not.to.contain('⌖');
      } finally {
        // The instance's stand-in goes; the prototype's method is back.
        delete (geo as { getCurrentPosition?: unknown }).getCurrentPosition;
      }
    });

    it('on "Effacer les filtres" in the filter panel', async () => {
      const el = await mount('no-map');
      $<HTMLElement>(el, 'summary').click();
      await el.updateComplete;
      $<HTMLInputElement>(el, '#f-frais_a_charge-2').click();
      await el.updateComplete;
      const clear = $<HTMLButtonElement>(el, '[part~="clear-filters"]');
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect($$(el, '.list > li').length).to.equal(6);
      expect(clear.getAttribute('aria-disabled')).to.equal('true');
      expect(active(el)).to.equal(clear);
    });
  });

  it('reaches the first place in at most 5 Tab presses from the search box (RGAA 12.7)', async () => {
    for (const width of ['1000px', '320px']) {
      const el = await mount('no-map', width);
      $<HTMLInputElement>(el, '#q').focus();
      let presses = 0;
      while (!active(el)?.closest('.list') && presses < 60) {
        await sendKeys({ press: 'Tab' });
        presses++;
      }
      expect(presses, `at ${width}`).to.be.at.most(5);
      expect(nb(active(el)?.textContent)).to.equal('Espace numérique 0');
    }
  });

  it('announces the suggestions and how to choose one', async () => {
    const el = await mount('geocoder-url="none"');
    await type(el, 'mont');
    const options = $$(el, '[role="option"]').length;
    expect(options).to.be.greaterThan(1);
    expect(live(el)).to.equal(`${options} communes proposées, flèches haut et bas pour choisir`);
    await type(el, 'pantin');
    expect(live(el)).to.equal('1 commune proposée, flèches haut et bas pour choisir');
  });

  it('offers no filter option that gives no place, and only ways out that give places', async () => {
    const el = await mount('');
    const offered = $$(el, '.filters input[type="checkbox"]').map((c) =>
      nb(el.shadowRoot!.querySelector(`label[for="${c.id}"]`)!.textContent),
    );
    expect(
      offered.every((label) => !/\(0\)$/.test(label)),
      offered.join(' | '),
    ).to.equal(true);
    expect(offered).to.include('Payant (1)');
    expect($(el, '#f-services-8')).to.equal(null);
    // A shared link with a filter and a radius that find nothing: widening finds the paying place in Pantin.
    history.replaceState(
      null,
      '',
      `${location.pathname}?lieux.at=48.861,2.44&lieux.type=address&lieux.q=1 rue de Paris&lieux.rayon=1&lieux.frais=2`,
    );
    try {
      const linked = (await fixture(`<div><npt-finder src="${FAKE_API}/places.json"></npt-finder></div>`)).querySelector('npt-finder')!;
      await linked.ready();
      expect(nb($(linked, '[part="empty"]').textContent)).to.contain('Aucun lieu ne correspond');
      expect($$(linked, '[part="empty"] button').map((b) => nb(b.textContent))).to.deep.equal(['Élargir à 5 km', 'Effacer les filtres']);
      await expectAccessible(linked);
      $$<HTMLButtonElement>(linked, '[part="empty"] button')[0]!.click();
      await linked.updateComplete;
      expect($$(linked, '.list > li').length).to.equal(1);
      expect(active(linked)?.id).to.equal('results-heading');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('fits 320 px without a horizontal scroll, the search box keeping its width', async () => {
    const el = await mount('no-map', '320px');
    const finder = $(el, '.finder');
    expect(finder.scrollWidth).to.be.at.most(320);
    expect($(el, '#q').getBoundingClientRect().width).to.be.at.least(200);
  });

  it("follows the site's text size, and never shrinks below the browser's", async () => {
    const el = await mount('no-map');
    const size = () => parseFloat(getComputedStyle($(el, '.finder')).fontSize);
    document.documentElement.style.fontSize = '200%';
    expect(size()).to.equal(32);
    document.documentElement.style.fontSize = '62.5%';
    expect(size()).to.equal(16);
  });

  it('in forced colours, the chosen suggestion and the pressed view keep a visible state', async () => {
    await fakeApi([{ path: '/style.json', body: { version: 8, sources: {}, layers: [] } }], false);
    const el = await mount(`geocoder-url="none" map-style="${FAKE_API}/style.json"`, '400px');
    await emulateMedia({ forcedColors: 'active' });
    await type(el, 'mont');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const [chosen, other] = $$(el, '[role="option"]');
    const look = (e: Element) => {
      const s = getComputedStyle(e);
      return `${s.backgroundColor} ${s.color} ${s.borderTopWidth}`;
    };
    expect(chosen!.classList.contains('active')).to.equal(true);
    expect(look(chosen!)).not.to.equal(look(other!));
    const [list, map] = $$(el, '.view-toggle button');
    expect(list!.getAttribute('aria-pressed')).to.equal('true');
    expect(look(list!)).not.to.equal(look(map!));
  });

  it('shows the "Liste / Carte" toggle on narrow screens only', async () => {
    await fakeApi([{ path: '/style.json', body: { version: 8, sources: {}, layers: [] } }], false);
    const wide = await mount(`map-style="${FAKE_API}/style.json"`, '1000px');
    expect(getComputedStyle($(wide, '.view-toggle')).display).to.equal('none');
    const narrow = await mount(`map-style="${FAKE_API}/style.json"`, '400px');
    expect(getComputedStyle($(narrow, '.view-toggle')).display).to.equal('flex');
  });

  it('writes hours the French way, and words jargon for residents', async () => {
    const el = await mount('no-map');
    expect(nb($(el, '.results-heading').textContent)).to.equal('6 lieux, classés par commune, de A à Z');
    const programmes = $$(el, '.filters fieldset').find((f) => f.querySelector('#f-dispositif_programmes_nationaux-5'))!;
    expect(nb(programmes.querySelector('legend')!.textContent)).to.equal('Lieux reconnus par l’État');
    expect(nb(programmes.querySelector('.hint')!.textContent)).to.contain('France Services, conseillers numériques');
    $<HTMLAnchorElement>(el, '.list > li a').click();
    await waitUntil(() => el.shadowRoot!.querySelector('#sheet-title'), 'sheet open', { timeout: 3000 });
    expect(nb($$(el, '.week tbody tr')[0]!.textContent)).to.match(/^lundi( \(aujourd’hui\))? 9 h – 12 h, 14 h 30 – 18 h$/);
    expect(nb($(el, '.sheet').textContent)).to.contain('Informations fournies par le programme Conseiller numérique');
  });
});
