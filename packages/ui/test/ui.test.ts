import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NptElement, define, formatMoney, formatNumber, formatDistance, readUrlParams, withUrlParams, toLocale } from '../src/index.js';

class LangProbe extends NptElement {
  static version = '1.0.0';
  override render() {
    return litHtml`<p>${this.locale === 'en' ? 'Hello' : 'Bonjour'}</p>`;
  }
}
define('npt-lang-probe', LangProbe);

const text = (el: Element) => el.shadowRoot!.textContent!.trim();

describe('@npt/ui', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  it('speaks French by default and follows its own lang attribute', async () => {
    document.documentElement.lang = '';
    const el = await fixture<LangProbe>(html`<npt-lang-probe></npt-lang-probe>`);
    expect(text(el)).to.equal('Bonjour');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(el)).to.equal('Hello');
  });

  it("follows an ancestor's and the page's language, live", async () => {
    document.documentElement.lang = 'en-GB';
    const wrapper = await fixture(html`<div><npt-lang-probe></npt-lang-probe></div>`);
    const el = wrapper.querySelector('npt-lang-probe') as LangProbe;
    expect(text(el)).to.equal('Hello');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal('Bonjour');
  });

  it('maps language tags to supported locales', () => {
    expect(toLocale('fr-FR')).to.equal('fr');
    expect(toLocale('EN_us')).to.equal('en');
    expect(toLocale('de')).to.equal('fr');
    expect(toLocale(undefined)).to.equal('fr');
  });

  it('tolerates a second registration and warns only when versions differ', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      expect(() => define('npt-lang-probe', LangProbe)).not.to.throw();
      expect(warnings).to.have.length(0);
      class Other extends NptElement {
        static version = '2.0.0';
      }
      expect(() => define('npt-lang-probe', Other)).not.to.throw();
      expect(warnings).to.have.length(1);
      expect(String((warnings[0] as unknown[])[0])).to.contain('2.0.0');
      expect(customElements.get('npt-lang-probe')).to.equal(LangProbe);
    } finally {
      console.warn = original;
    }
  });

  it('formats money, numbers and distances the French way', () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatMoney(800000, 'fr').replace(nbsp, ' ')).to.equal('800 000 €');
    expect(formatMoney(12.5, 'fr').replace(nbsp, ' ')).to.equal('12,50 €');
    expect(formatMoney(800000, 'en')).to.equal('€800,000');
    expect(formatNumber(16000, 'fr').replace(nbsp, ' ')).to.equal('16 000');
    expect(formatDistance(347, 'fr')).to.equal('350 m');
    expect(formatDistance(1234, 'fr')).to.equal('1,2 km');
  });

  it("keeps the host page's own query parameters and hash in the URL state", () => {
    const href = 'https://ville.example/page?id=42&sim.2024=10#top';
    expect(readUrlParams('sim.', href)).to.deep.equal({ '2024': '10' });
    const next = new URL(withUrlParams('sim.', { '2024': '900', '2025': undefined, cost: '1000' }, href));
    expect(next.searchParams.get('id')).to.equal('42');
    expect(next.searchParams.get('sim.2024')).to.equal('900');
    expect(next.searchParams.has('sim.2025')).to.equal(false);
    expect(next.searchParams.get('sim.cost')).to.equal('1000');
    expect(next.hash).to.equal('#top');
  });
});

describe('<npt-config>', () => {
  class ApiProbe extends NptElement {
    static override properties = { api: { type: String } };
    declare api: string;
    constructor() {
      super();
      this.api = '';
    }
    override render() {
      return litHtml`<p>${this.apiBase(this.api) || '(none)'}</p>`;
    }
  }
  before(async () => {
    const { NptConfigElement } = await import('../src/index.js');
    define('npt-config', NptConfigElement);
    define('npt-api-probe', ApiProbe);
  });

  it("gives its API to the widgets inside it, follows changes, and a widget's own api wins", async () => {
    const config = await fixture(
      html`<npt-config api="/v1"
        ><div><npt-api-probe></npt-api-probe><npt-api-probe api="/other"></npt-api-probe></div
      ></npt-config>`,
    );
    const [inherits, own] = [...config.querySelectorAll('npt-api-probe')] as ApiProbe[];
    await inherits!.updateComplete;
    expect(text(inherits!)).to.equal('/v1');
    expect(text(own!)).to.equal('/other');
    config.setAttribute('api', '/v2');
    await (config as LitElementLike).updateComplete;
    await inherits!.updateComplete;
    expect(text(inherits!)).to.equal('/v2');
    const alone = await fixture<ApiProbe>(html`<npt-api-probe></npt-api-probe>`);
    expect(text(alone)).to.equal('(none)');
  });
});

type LitElementLike = Element & { updateComplete: Promise<unknown> };
