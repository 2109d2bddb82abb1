import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextProvider, createContext } from '@lit/context';
import { VERSION } from './generated/version.js';

/** Settings a page gives every widget inside an `<npt-config>`. */
export interface NptConfig {
  /** Base URL of the programme's API, used by widgets that have no `api` attribute of their own. */
  api?: string | undefined;
}

/**
 * The context key is a string, not a symbol: each widget is its own bundle, and a provider from one
 * bundle must answer the requests of another (the context protocol compares keys with ===).
 */
export const configContext = createContext<NptConfig | undefined>('npt-config');

/**
 * @tagname npt-config
 * @summary Shares settings with the widgets inside it, so that a page with several widgets sets its API once.
 *
 * @slot - The widgets.
 */
export class NptConfigElement extends LitElement {
  static version = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the programme's API for the widgets inside, e.g. `https://api.example.fr/v1`. A widget's own `api` wins. */
  @property({ attribute: 'api' }) api = '';

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  protected override willUpdate(): void {
    this.provider.setValue({ api: this.api || undefined });
  }

  override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-config': NptConfigElement;
  }
}
