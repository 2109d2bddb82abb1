import { LitElement, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { configContext } from './config-context.js';
import { LocaleController, type Locale } from './locale.js';

/**
 * Base class of every widget: follows the element's or the page's language and gives the widget its
 * locale. Widgets keep their own string tables (`src/translations/{fr,en}.ts`) and pick one with
 * `this.locale`. It also reads the settings of an enclosing `<npt-config>` (see `apiBase`).
 */
export class NptElement extends LitElement {
  private readonly localeController = new LocaleController(this);
  private readonly config = new ContextConsumer(this, { context: configContext, subscribe: true });

  /** The API base URL in force: the widget's own attribute, else the enclosing `<npt-config>`'s. */
  protected apiBase(own: string): string {
    return own || this.config.value?.api || '';
  }

  /** The language in force, from the `lang` attribute of the element, an ancestor or the page. */
  get locale(): Locale {
    return this.localeController.locale;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.localeController.update();
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.localeController.update();
  }
}
