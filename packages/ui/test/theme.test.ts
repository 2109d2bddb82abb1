// The theme's host isolation against a page that styles everything, including the widget's own element.
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { NptElement, define } from '../src/index.js';
import { themeStyles } from '../src/theme.styles.js';

class ThemeProbe extends NptElement {
  static override styles = [themeStyles];
  override render() {
    return litHtml`<h2>Titre</h2>
      <p>Texte <span>imbriqué</span></p>`;
  }
}
define('npt-theme-probe', ThemeProbe);

const styleOf = (el: Element, selector: string) => getComputedStyle(el.shadowRoot!.querySelector(selector)!);

describe('themeStyles on a page whose `*` rule also matches the widget element', () => {
  let sheet: HTMLStyleElement;
  const pageCss = (css: string) => {
    sheet = document.createElement('style');
    sheet.textContent = css;
    document.head.append(sheet);
  };
  afterEach(() => {
    sheet?.remove();
    document.documentElement.style.removeProperty('font-size');
  });

  it('a small size, a box model and a line height on `*` do not reach inside: the text stays at least the browser size', async () => {
    pageCss('* { font-size: 12px; box-sizing: content-box; line-height: 3 }');
    const el = await fixture<ThemeProbe>(html`<npt-theme-probe></npt-theme-probe>`);
    expect(getComputedStyle(el).boxSizing, 'the page rule does apply to the element').to.equal('content-box');
    const p = styleOf(el, 'p');
    expect([p.fontSize, p.lineHeight, p.boxSizing]).to.deep.equal(['16px', '24px', 'border-box']);
    expect(styleOf(el, 'p span').boxSizing).to.equal('border-box');
    expect(styleOf(el, 'h2').fontSize).to.equal('22px');
  });

  it("still follows the site's root text size (its 'A+'), the title keeping its scale", async () => {
    pageCss('* { font-size: 12px; box-sizing: content-box }');
    document.documentElement.style.fontSize = '200%';
    const el = await fixture<ThemeProbe>(html`<npt-theme-probe></npt-theme-probe>`);
    expect(styleOf(el, 'p').fontSize).to.equal('32px');
    expect(styleOf(el, 'h2').fontSize).to.equal('44px');
  });

  it('a junk --npt-color-primary costs the buttons their colour, not their border', async () => {
    pageCss(':root { --npt-color-primary: junk }');
    const el = await fixture<ThemeProbe>(html`<npt-theme-probe></npt-theme-probe>`);
    el.shadowRoot!.append(Object.assign(document.createElement('button'), { textContent: 'OK' }));
    const button = styleOf(el, 'button');
    expect([button.borderTopStyle, button.borderTopWidth]).to.deep.equal(['solid', '1px']);
  });

  it('--npt-font-size, the theming API, still sets the size', async () => {
    pageCss('* { font-size: 12px } :root { --npt-font-size: 18px }');
    const el = await fixture<ThemeProbe>(html`<npt-theme-probe></npt-theme-probe>`);
    expect(styleOf(el, 'p').fontSize).to.equal('18px');
  });
});
