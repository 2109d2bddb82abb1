import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { expectEqualAccess } from '../../testing/src/equal-access.js';
import '../src/define.js';
import { NptFundingSimulator } from '../src/npt-funding-simulator.js';
import type { NptSimulationChangeEvent, NptRulesLoadEvent } from '../src/events.js';
import { fakeApi, FAKE_API, upgradedLate, nb, $ } from '@npt/testing';

const rowOf = (el: Element, year: number) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].find((r) => r.querySelector('th')?.textContent?.trim() === String(year))!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((c) => nb(c.textContent));

async function type(el: NptFundingSimulator, id: string, text: string, commit = true) {
  const input = $<HTMLInputElement>(el, `#${id}`);
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
  return input;
}

async function mount(attrs = '') {
  const wrapper = await fixture(`<div><npt-funding-simulator no-url-state ${attrs}></npt-funding-simulator></div>`);
  const el = wrapper.querySelector('npt-funding-simulator') as NptFundingSimulator;
  await el.updateComplete;
  return el;
}

describe('<npt-funding-simulator>', () => {
  beforeEach(() => {
    document.documentElement.lang = 'fr';
  });

  it('starts empty: one labelled field per year, nothing counted, accessible', async () => {
    const el = await mount();
    for (const year of [2024, 2025, 2026]) {
      const input = $<HTMLInputElement>(el, `#people-${year}`);
      expect(nb($(el, `label[for="people-${year}"]`).textContent)).to.contain(`Personnes accompagnées en ${year}`);
      expect(input.value).to.equal('');
      expect(cells(rowOf(el, year))[0]).to.equal('non renseigné');
    }
    expect(nb($(el, 'tfoot').textContent)).to.contain('0 €');
    expect(nb($(el, '[part="assumption"]').textContent)).to.contain('ensemble du programme');
    expect($(el, 'svg[part="chart"]').getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('computes each year as the person types and fires npt-simulation-change', async () => {
    const el = await mount();
    const events: NptSimulationChangeEvent[] = [];
    el.addEventListener('npt-simulation-change', (e) => events.push(e));
    await type(el, 'people-2024', '500');
    await type(el, 'people-2025', '1 000');
    expect(cells(rowOf(el, 2024))).to.deep.equal(['500', '500', '100 €', '50 000 €']);
    expect(cells(rowOf(el, 2025))).to.deep.equal(['1 000', '1 000', '70 €', '70 000 €']);
    expect(nb($(el, 'tfoot').textContent))
      .to.contain('Total des années renseignées')
      .and.contain('120 000 €');
    const last = events.at(-1)!;
    expect(last.detail.total).to.equal(120000);
    expect(last.detail.years.map((y) => [y.year, y.people, y.counted, y.amount, y.capped])).to.deep.equal([
      [2024, 500, 500, 50000, false],
      [2025, 1000, 1000, 70000, false],
      [2026, 0, 0, 0, false],
    ]);
    await type(el, 'people-2026', '100');
    expect(nb($(el, 'tfoot').textContent))
      .to.contain('Total sur trois ans')
      .and.contain('125 000 €');
    await expect(el).to.be.accessible();
  });

  it('caps the people counted at the yearly maximum and says so', async () => {
    const el = await mount();
    await type(el, 'people-2024', '9000');
    const row = rowOf(el, 2024);
    expect(cells(row)[0]).to.equal('9 000');
    expect(cells(row)[1])
      .to.contain('8 000')
      .and.contain('Limité au plafond du programme : 8 000 personnes au plus cette année, pour toute la Métropole.');
    expect(cells(row)[3]).to.equal('800 000 €');
    expect($(el, 'svg .bar.capped')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('reads French-formatted numbers: "8 000", "8.000", a pasted no-break space', async () => {
    const el = await mount();
    await type(el, 'people-2024', '8.000');
    expect(cells(rowOf(el, 2024))[3]).to.equal('800 000 €');
    const input = $<HTMLInputElement>(el, '#people-2025');
    input.value = '2\u202f000';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await el.updateComplete;
    expect(cells(rowOf(el, 2025))[3]).to.equal('140 000 €');
  });

  for (const [typed, message] of [
    ['abc', 'saisissez un nombre entier, en chiffres'],
    ['-5', 'saisissez un nombre positif'],
    ['12,5', 'sans virgule'],
    ['1e12', 'saisissez un nombre entier, en chiffres'],
    ['999999999999', 'trop grand'],
  ] as const) {
    it(`explains the error of "${typed}" next to its field, never NaN`, async () => {
      const el = await mount();
      const input = await type(el, 'people-2024', typed);
      const error = $(el, '#people-2024-error');
      expect(nb(error.textContent)).to.contain(message);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('people-2024-error');
      expect(cells(rowOf(el, 2024))[0]).to.equal('à corriger');
      expect(el.shadowRoot!.textContent).not.to.contain('NaN');
      await expect(el).to.be.accessible();
    });
  }

  it('on submit with errors, focuses a summary that links to the field', async () => {
    const el = await mount();
    await type(el, 'people-2025', 'douze', false);
    expect(el.shadowRoot!.querySelector('#people-2025-error')).to.equal(null); // not while typing
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'), 'summary takes focus');
    const link = $<HTMLAnchorElement>(el, '.error-summary a');
    expect(nb(link.textContent)).to.contain('Personnes accompagnées en 2025');
    link.click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('people-2025');
    await expect(el).to.be.accessible();
  });

  it('computes the project grant: half the cost, at most 200 000 €', async () => {
    const el = await mount();
    await type(el, 'project-cost', '150 000');
    expect(nb($(el, '.project .grant').textContent)).to.equal('75 000 €');
    expect(nb($(el, '.project .rule').textContent)).to.contain('50 %');
    await type(el, 'project-cost', '500000');
    expect(nb($(el, '.project .grant').textContent)).to.equal('200 000 €');
    expect(nb($(el, '.project .rule').textContent)).to.contain('Plafond de 200 000 €');
  });

  it('uses the rules served by the API', async () => {
    await fakeApi([
      {
        path: '/funding-rules',
        body: { years: [{ year: 2027, perPerson: 40, maxPeople: 20000 }], project: { share: 0.4, max: 100000 }, capScope: 'commune' },
      },
    ]);
    const el = await mount(`api="${FAKE_API}"`);
    await waitUntil(() => el.shadowRoot!.querySelector('#people-2027'), 'the API year appears');
    expect(nb($(el, '[part="notice"]').textContent)).to.contain('fournis par la Métropole');
    await type(el, 'people-2027', '100');
    expect(cells(rowOf(el, 2027))[3]).to.equal('4 000 €');
    expect(nb($(el, '[part="assumption"]').textContent)).to.contain('chaque commune');
    await expect(el).to.be.accessible();
  });

  it('takes its API from an enclosing <npt-config>', async () => {
    await fakeApi([
      { path: '/funding-rules', body: { years: [{ year: 2030, perPerson: 10, maxPeople: 5 }], project: { share: 0.5, max: 1000 } } },
    ]);
    const wrapper = await fixture(
      `<npt-config api="${FAKE_API}"><npt-funding-simulator no-url-state></npt-funding-simulator></npt-config>`,
    );
    const el = wrapper.querySelector('npt-funding-simulator') as NptFundingSimulator;
    await waitUntil(() => el.shadowRoot!.querySelector('#people-2030'), 'the rules come from the configured API');
    expect(nb($(el, '[part="notice"]').textContent)).to.contain('fournis par la Métropole');
  });

  for (const [name, route] of [
    ['is down', { path: '/funding-rules', status: 503, body: { title: 'down' } }],
    ['answers something invalid', { path: '/funding-rules', body: { years: 'soon' } }],
    ['answers invalid JSON', { path: '/funding-rules', raw: '{"years": [', headers: { 'content-type': 'application/json' } }],
  ] as const) {
    it(`falls back to the bundled rules, saying so, when the API ${name}`, async () => {
      await fakeApi([route]);
      const wrapper = await fixture(html`<div></div>`);
      const el = document.createElement('npt-funding-simulator') as NptFundingSimulator;
      el.noUrlState = true;
      el.api = FAKE_API;
      const loaded = oneEvent(el, 'npt-rules-load') as Promise<NptRulesLoadEvent>;
      wrapper.append(el);
      const event = await loaded;
      expect(event.detail.source).to.equal('bundled');
      expect(event.detail.error).to.be.a('string');
      await el.updateComplete;
      expect(nb($(el, '[part="notice"]').textContent)).to.contain('n’ont pas pu être chargés');
      await type(el, 'people-2024', '10');
      expect(cells(rowOf(el, 2024))[3]).to.equal('1 000 €');
      await expect(el).to.be.accessible();
    });
  }

  it('speaks English with lang="en"', async () => {
    const el = await mount('lang="en"');
    await el.translationsReady;
    await el.updateComplete;
    expect(nb($(el, 'h2').textContent)).to.contain('funding simulator');
    await type(el, 'people-2024', '1,200');
    expect(cells(rowOf(el, 2024))).to.deep.equal(['1,200', '1,200', '€100', '€120,000']);
    await expect(el).to.be.accessible();
  });

  it("round-trips the inputs through the page URL, keeping the host's parameters", async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?page=7&sim.2024=1200&sim.cost=90000#anchor`);
    try {
      const el = await fixture<NptFundingSimulator>(html`<npt-funding-simulator apply-url="/candidater?from=sim"></npt-funding-simulator>`);
      expect($<HTMLInputElement>(el, '#people-2024').value).to.equal('1200');
      expect(nb($(el, '.project .grant').textContent)).to.equal('45 000 €');
      await type(el, 'people-2025', '300');
      const url = new URL(location.href);
      expect(url.searchParams.get('page')).to.equal('7');
      expect(url.searchParams.get('sim.2025')).to.equal('300');
      expect(url.hash).to.equal('#anchor');
      const apply = new URL($<HTMLAnchorElement>(el, 'a[part="apply"]').href);
      expect(apply.pathname).to.equal('/candidater');
      expect(apply.searchParams.get('from')).to.equal('sim');
      expect([apply.searchParams.get('sim.2024'), apply.searchParams.get('sim.2025'), apply.searchParams.get('sim.cost')]).to.deep.equal([
        '1200',
        '300',
        '90000',
      ]);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('honours noUrlState set as a property before the tag was defined (a framework before the loader)', async () => {
    const before = location.href;
    history.replaceState(null, '', `${location.pathname}?sim.2024=1200`);
    try {
      const wrapper = await fixture(html`<div></div>`);
      const el = await upgradedLate<NptFundingSimulator>(NptFundingSimulator, { noUrlState: true }, wrapper);
      expect(el.noUrlState).to.equal(true);
      expect($<HTMLInputElement>(el, '#people-2024').value, 'the URL is not read').to.equal('');
      await type(el, 'people-2025', '300');
      expect(location.search, 'nor written').to.equal('?sim.2024=1200');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('survives two copies on one page and a second registration', async () => {
    const wrapper = await fixture(
      html`<div>
        <npt-funding-simulator no-url-state></npt-funding-simulator><npt-funding-simulator no-url-state></npt-funding-simulator>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('npt-funding-simulator')] as NptFundingSimulator[];
    await type(a!, 'people-2024', '10');
    expect(cells(rowOf(a!, 2024))[3]).to.equal('1 000 €');
    expect(cells(rowOf(b!, 2024))[0]).to.equal('non renseigné');
  });
  // Issue #14, item 5: at 320 px the page never scrolls sideways; the table scrolls in its own region.
  it('fits a 320 px screen: no horizontal overflow, the table in a focusable labelled region', async () => {
    await setViewport({ width: 320, height: 720 });
    try {
      const el = await mount();
      await type(el, 'people-2024', '9000');
      await type(el, 'project-cost', '150000');
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
      const host = el.getBoundingClientRect();
      for (const field of el.shadowRoot!.querySelectorAll('.years .field')) {
        expect(field.getBoundingClientRect().right, 'year field inside the widget').to.be.at.most(host.right + 0.5);
      }
      const region = $(el, '.table-scroll');
      expect(region.getAttribute('role')).to.equal('region');
      await waitUntil(() => region.tabIndex === 0, 'the overflowing region takes focus');
      expect(nb(el.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.textContent)).to.contain('estimation par année');
      expect(region.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
      await expect(el).to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // Issue #14, item 9: every submit is announced, with the whole result.
  it('announces the whole result on every submit, project grant included', async () => {
    const el = await mount();
    await type(el, 'people-2024', '1200', false);
    await type(el, 'people-2025', '300', false);
    await type(el, 'people-2026', '100', false);
    await type(el, 'project-cost', '150000', false);
    const live = $(el, '.visually-hidden[aria-live="polite"]');
    const submit = $<HTMLButtonElement>(el, 'button[type="submit"]');
    submit.click();
    await el.updateComplete;
    const first = live.textContent;
    expect(nb(first)).to.equal('Estimation : 146 000 € sur trois ans, plus 75 000 € pour le projet.');
    submit.click();
    await el.updateComplete;
    expect(live.textContent, 'the same result is said again').not.to.equal(first);
    expect(nb(live.textContent)).to.equal(nb(first));
    await type(el, 'people-2026', '', false);
    submit.click();
    await el.updateComplete;
    expect(nb(live.textContent)).to.equal('Estimation : 141 000 € pour les années renseignées, plus 75 000 € pour le projet.');
  });

  // Issue #14, item 10: words a resident or an elected official understands.
  it('says what the Fonds Innover dans la Ville is, avoids "barème", and words the cap as the programme’s', async () => {
    const el = await mount();
    expect(nb($(el, '#project-cost-hint').textContent)).to.contain(
      'Le Fonds Innover dans la Ville est l’aide de la Métropole aux projets de lieux ou d’équipements numériques',
    );
    expect(el.shadowRoot!.textContent!.toLowerCase()).not.to.contain('barème');
    expect(nb($(el, '[part="notice"]').textContent)).to.equal('Montants du programme pour 2024-2026, tels que publiés par la Métropole.');
    await type(el, 'people-2026', '20000');
    const counted = cells(rowOf(el, 2026))[1];
    expect(counted).to.contain('16 000').and.contain('plafond du programme').and.contain('pour toute la Métropole');
    expect(counted).not.to.contain('Plafonné');
  });
  // Issue #14: IBM Equal Access beside axe, empty, filled (capped, project) and with errors shown.
  it('passes IBM Equal Access in every state', async () => {
    // In a page's main landmark, as on a commune's site.
    const wrapper = await fixture(`<main><npt-funding-simulator no-url-state></npt-funding-simulator></main>`);
    const el = wrapper.querySelector('npt-funding-simulator') as NptFundingSimulator;
    await el.updateComplete;
    expect($(el, '.table-scroll').hasAttribute('tabindex'), 'nothing to scroll on a wide screen: not a tab stop').to.equal(false);
    await expectEqualAccess(el);
    await type(el, 'people-2024', '9000');
    await type(el, 'project-cost', '500000');
    await expectEqualAccess(el);
    await type(el, 'people-2025', 'douze');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'));
    await expectEqualAccess(el);
  });
});
