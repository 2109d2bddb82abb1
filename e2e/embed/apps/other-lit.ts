// The host site's own Lit component, in the site's own bundle: a second copy of Lit on the page
// (its own version registries and its own "lit-html" Trusted Types policy), loaded before the widgets.
import { LitElement, css, html } from 'lit';

class HostGreeting extends LitElement {
  static override properties = { name: {} };
  static override styles = css`
    p {
      margin: 0;
      font-weight: bold;
    }
  `;
  name = '';
  override render() {
    return html`<p>Bonjour ${this.name}</p>`;
  }
}
customElements.define('host-greeting', HostGreeting);
