import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { FormController } from './form-controller.js';

export interface Step {
  /** Stable name ("structures"). */
  id: string;
  /** Shown in "Étape 2 sur 4 : Structures". */
  title: string;
  /** The value paths this step asks for: checked before going on. */
  paths: readonly string[];
}

export interface StepsOptions {
  steps: () => readonly Step[];
  /**
   * Let the browser's back button go to the previous step: each step gets a history entry
   * (`?<param>=2`, a number, never a value typed). Off on host pages that own their URL.
   */
  urlState?: () => boolean;
  /** Query parameter of the step number. */
  param?: string;
}

/**
 * A form in steps, one question topic each: "Étape 2 sur 4 : Structures" as a heading that takes focus
 * on every change, each step checked before the next (the summary takes focus when it is not), back
 * without losing a value, and the browser's back button stepping back when the page allows URL state.
 */
export class StepsController implements ReactiveController {
  index = 0;
  private readonly onPop = (e: PopStateEvent) => {
    // Without URL state the history is the host page's (its router): none of its moves is a step.
    if (!this.urlState) return;
    const n = Number((e.state as Record<string, unknown> | null)?.[this.param] ?? 1) - 1;
    this.go(Math.min(Math.max(0, n), this.index));
  };

  constructor(
    private readonly form: FormController<unknown>,
    private readonly o: StepsOptions,
  ) {
    form.host.addController(this);
    // An error on a field of an earlier step (the server's, or a whole-form check): back to that step,
    // where its summary links work.
    form.problemListeners.add(() => {
      const wrong = form.errorFields();
      const first = this.steps.findIndex((step) => wrong.some((f) => step.paths.some((q) => f === q || f.startsWith(q + '.'))));
      if (first >= 0 && first !== this.index) this.index = first;
    });
  }

  private get param(): string {
    return this.o.param ?? 'step';
  }

  private get urlState(): boolean {
    return this.o.urlState?.() ?? false;
  }

  get steps(): readonly Step[] {
    return this.o.steps();
  }

  get current(): Step {
    return this.steps[this.index];
  }

  get isLast(): boolean {
    return this.index === this.steps.length - 1;
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPop);
  }

  private restored = false;
  /**
   * The step in the URL, read at the first update and not on connection: the host's properties set before its
   * tag was defined (`noUrlState` from a framework) are only applied by Lit then.
   */
  hostUpdate(): void {
    if (this.restored) return;
    this.restored = true;
    if (!this.urlState) return;
    // A reload on "?step=3" (values back from the draft) stays on step 3 when steps 1 and 2 are complete;
    // otherwise it starts at the first step to complete, and the URL says so.
    const url = new URL(location.href);
    const wanted = Number(url.searchParams.get(this.param) ?? 1) - 1;
    let index = 0;
    while (index < Math.min(wanted, this.steps.length - 1) && this.form.isValid(this.steps[index].paths)) index++;
    this.index = index;
    if (wanted > 0 && index !== wanted) {
      if (index === 0) url.searchParams.delete(this.param);
      else url.searchParams.set(this.param, String(index + 1));
      history.replaceState({ ...(history.state as object | null), [this.param]: index + 1 }, '', url);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPop);
  }

  /** Checks this step and goes to the next; false (summary focused) when something is to correct. */
  next(): boolean {
    if (!this.form.validate(this.current.paths)) return false;
    if (this.isLast) return true;
    this.go(this.index + 1);
    if (this.urlState) {
      const url = new URL(location.href);
      url.searchParams.set(this.param, String(this.index + 1));
      history.pushState({ ...(history.state as object | null), [this.param]: this.index + 1 }, '', url);
    }
    return true;
  }

  /** Back one step, values kept; through the browser's history when it holds the step. */
  back(): void {
    if (this.index === 0) return;
    if (this.urlState && (history.state as Record<string, unknown> | null)?.[this.param] === this.index + 1) history.back();
    else this.go(this.index - 1);
  }

  /** Goes to step `index` (0-based) without checking: "Modifier" from a check-your-answers page. */
  go(index: number): void {
    this.index = index;
    // The focused heading is read out: no live-region message on top of it.
    this.form.focus.focusAfterRender(`#${this.form.id('step-heading')}`);
  }

  label(): string {
    return this.form.messages.step(this.index + 1, this.steps.length, this.current.title);
  }

  /** The step's heading: focus lands here on every change. */
  heading(): TemplateResult {
    return html`<h3 class="step-heading" id=${this.form.id('step-heading')} tabindex="-1" part="step-heading">${this.label()}</h3>`;
  }
}
