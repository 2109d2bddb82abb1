import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = string | (() => HTMLElement | null | undefined);

/**
 * Moves focus after the next render: "focus the error summary", "focus the step heading", "focus the
 * new structure's first field". The element often does not exist yet when the decision is taken, so the
 * controller waits for the host's update, then focuses the element (a selector is looked up in the
 * host's shadow root). An element that cannot take focus gets `tabindex="-1"` first.
 */
export class FocusController implements ReactiveController {
  private pending: Target | undefined;
  private waited = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Focus `target` (a selector in the shadow root, or a function) once the host has rendered. */
  focusAfterRender(target: Target): void {
    this.pending = target;
    this.waited = false;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending;
    if (target === undefined) return;
    const root = this.host.shadowRoot ?? this.host;
    const el = typeof target === 'string' ? root.querySelector<HTMLElement>(target) : target();
    // Not drawn yet when a render leads to another (a step change redraws the error summary): one more try.
    if (!el && !this.waited) {
      this.waited = true;
      this.host.requestUpdate();
      return;
    }
    this.pending = undefined;
    this.waited = false;
    if (!el) return;
    if (el.tabIndex < 0 && !el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus();
  }
}
