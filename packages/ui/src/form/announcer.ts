import { ifDefined } from 'lit/directives/if-defined.js';
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region: screen readers announce its text when it changes. Keep it rendered at all times
 * (an element inserted with its text is often not announced) and change only the message.
 */
export function renderLiveRegion(message: string, id?: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id=${ifDefined(id)}>${message}</div>`;
}

/**
 * What the live region says. The same sentence twice in a row is still announced (a second submit with
 * the same total): the text alternates a trailing no-break space, a change screen readers notice but do
 * not read.
 */
export class Announcer implements ReactiveController {
  message = '';
  private flip = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  announce(message: string): void {
    this.flip = !this.flip;
    this.message = message + (this.flip ? '' : '\u00a0');
    this.host.requestUpdate();
  }

  render(id?: string): TemplateResult {
    return renderLiveRegion(this.message, id);
  }
}
