import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface ComboboxOptions<T> {
  /** Id of the input; the listbox is `${id}-list`, option i `${id}-option-${i}`. */
  id: string;
  /** The options matching the text (synchronous, or a promise: a geocoder). */
  search: (text: string) => readonly T[] | Promise<readonly T[]>;
  /** The text of an option, in the list and in the input once picked. */
  label: (option: T) => string;
  /** A group heading for an option ("Communes", "Adresses"): options come grouped in this order. */
  group?: (option: T) => string;
  onPick: (option: T) => void;
  /** Called for the live region when the list changes: "4 communes proposées…". */
  announce?: (count: number) => void;
}

/**
 * A searchable combobox, ARIA 1.2 "list autocomplete" pattern: the input keeps focus, the arrows move
 * `aria-activedescendant` through a listbox, Enter picks, Escape closes (then clears), and a click never
 * steals focus. The state lives here; `render()` draws it in the host's shadow root.
 */
export class ComboboxController<T> implements ReactiveController {
  text = '';
  options: readonly T[] = [];
  expanded = false;
  active = -1;
  private seq = 0;
  /** The text of the option last picked: typing anything else means nothing is picked any more. */
  private picked: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly o: ComboboxOptions<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get open(): boolean {
    return this.expanded && this.options.length > 0;
  }

  /** The person typed: search, open the list, nothing active. */
  async input(text: string): Promise<void> {
    this.text = text;
    const seq = ++this.seq;
    if (text.trim() === '') {
      // Nothing typed (or cleared with Escape): nothing to offer, nothing to announce.
      this.options = [];
      this.close();
      return;
    }
    const found = await this.o.search(text);
    if (seq !== this.seq) return; // a later keystroke already answered
    this.options = found;
    this.expanded = true;
    this.active = -1;
    this.o.announce?.(found.length);
    this.host.requestUpdate();
  }

  /** Arrow keys, Enter and Escape; returns true when it handled the key. */
  keydown(e: KeyboardEvent): boolean {
    const n = this.options.length;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && n) {
      e.preventDefault();
      this.expanded = true;
      this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active - 1 + n) % n;
      this.host.requestUpdate();
      void this.host.updateComplete.then(() =>
        this.host.shadowRoot?.getElementById(`${this.o.id}-option-${this.active}`)?.scrollIntoView?.({ block: 'nearest' }),
      );
      return true;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      if (this.open) this.close();
      else void this.input('');
      return true;
    }
    if (e.key === 'Enter' && this.open && this.active >= 0) {
      e.preventDefault();
      this.pick(this.options[this.active]);
      return true;
    }
    return false;
  }

  pick(option: T): void {
    this.text = this.picked = this.o.label(option);
    this.close();
    this.o.onPick(option);
  }

  close(): void {
    this.expanded = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** The input and its listbox; pass the field's describedby and invalid state. */
  render(a: {
    describedBy?: string | undefined;
    invalid?: 'true' | undefined;
    listLabel: string;
    /** The text no longer is the option picked (the form clears the value). */
    onUnpick?: () => void;
    required?: boolean;
    onBlur?: () => void;
  }): TemplateResult {
    const { id, group, label } = this.o;
    const open = this.open;
    let last: string | undefined;
    return html`<div class="combo">
      <input
        id=${id}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="${id}-list"
        aria-required=${a.required ? 'true' : nothing}
        aria-describedby=${a.describedBy ?? nothing}
        aria-invalid=${a.invalid ?? nothing}
        aria-activedescendant=${ifDefined(open && this.active >= 0 ? `${id}-option-${this.active}` : undefined)}
        .value=${live(this.text)}
        @input=${(e: Event) => {
          void this.input((e.target as HTMLInputElement).value);
          if (this.text !== this.picked) a.onUnpick?.();
        }}
        @keydown=${(e: KeyboardEvent) => this.keydown(e)}
        @blur=${() => {
          // Typed in full without choosing ("paris" and Tab): the one option with that text is the choice.
          const same = (o: T) => label(o).localeCompare(this.text.trim(), undefined, { sensitivity: 'base' }) === 0;
          const exact = this.text !== this.picked ? this.options.filter(same) : [];
          if (exact.length === 1) this.pick(exact[0]!);
          else this.close();
          a.onBlur?.();
        }}
      />
      <ul id="${id}-list" role="listbox" aria-label=${a.listLabel} part="suggestions" ?hidden=${!open}>
        ${this.options.map((option, i) => {
          const g = group?.(option);
          const heading =
            g !== undefined && g !== last ? html`<li role="presentation" class="group" aria-hidden="true">${g}</li>` : nothing;
          last = g;
          return html`${heading}
            <li
              id="${id}-option-${i}"
              role="option"
              aria-selected=${i === this.active ? 'true' : 'false'}
              class=${i === this.active ? 'active' : ''}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => this.pick(option)}
            >
              ${label(option)}
            </li>`;
        })}
      </ul>
    </div>`;
  }
}
