import type { nothing, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Problem } from '@npt/contract';
import type { Locale } from '../locale.js';
import { formatNumber } from '../format.js';
import { FocusController } from '../focus.js';
import { Announcer } from './announcer.js';
import { renderErrorSummary, type SummaryError } from './error-summary.js';
import { formMessages, type FieldIssue, type FormMessages } from './messages.js';
import { getPath, pathToId, setPath, type Values } from './paths.js';
import { problemFieldIssues } from './problem-errors.js';
import { checkValues, type Checked, type NumberFields, type SafeParser } from './validate.js';

/** Whether `path` is one of `paths` or inside one of them (`structures.0.siret` is inside `structures`). */
const under = (path: string, paths: readonly string[]) => paths.some((q) => path === q || path.startsWith(q + '.'));

export interface FormHost extends ReactiveControllerHost, HTMLElement {
  /** The widget's language (NptElement has it); French without it. */
  readonly locale?: Locale;
}

export interface FormOptions<T> {
  /** The values of an empty form: strings for text and number fields, booleans, arrays for groups. */
  initial: Values;
  /** The contract's schema (zod or zod/mini); a function when it depends on the values or the step. */
  schema?: SafeParser<T> | (() => SafeParser<T> | undefined);
  /** Whole-number fields by path pattern (`people.*`), typed the French way and read before the schema. */
  numbers?: NumberFields;
  /** Prefix of every element id, when two forms share a shadow root. */
  idPrefix?: string;
  /** Messages replacing the foundation's, per locale (a field needing its own wording uses `field()`). */
  messages?: (locale: Locale) => Partial<FormMessages>;
}

/** What the form knows of a rendered field: its label (for messages) and its own wording, if any. */
export interface FieldInfo {
  label: string;
  type?: string;
  /** A message of the field's own, for an issue code (e.g. the SIRET's "14 chiffres, sur l'avis de situation"). */
  message?: (issue: FieldIssue) => string | undefined;
}

/**
 * The state of one form: values, touched, dirty, errors. Errors come from the contract's schema (checked
 * on every change, shown once a field is left or the form submitted) and from the server's problem+json
 * (`applyProblem`); both are said in the person's language, naming the field. Renderers (`textField`…)
 * read and write it; the widget renders `summary()` above its `<form>` and `liveRegion()` once.
 */
export class FormController<T = Values> implements ReactiveController {
  values: Values;
  readonly touched = new Set<string>();
  /** True after a submit was attempted: every error shows. */
  submitted = false;
  /** The fields rendered, in order (the summary follows it). Renderers register them. */
  readonly fields = new Map<string, FieldInfo>();
  readonly focus: FocusController;
  readonly announcer: Announcer;
  private checked: Checked<T> = { data: undefined, issues: {}, input: {} };
  private server: Record<string, FieldIssue> = {};
  private readonly listeners = new Set<(values: Values) => void>();
  /** Called when a submit or the server found errors (the steps controller goes to the first step in error). */
  readonly problemListeners = new Set<() => void>();
  /** The fields the last render drew: the summary lists only those, so that every link lands on a field. */
  private onScreen: Set<string> | undefined;
  private drawing = new Set<string>();

  constructor(
    readonly host: FormHost,
    private readonly options: FormOptions<T>,
  ) {
    this.values = options.initial;
    this.focus = new FocusController(host);
    this.announcer = new Announcer(host);
    host.addController(this);
    this.check();
  }

  hostConnected(): void {}

  hostUpdate(): void {
    this.drawing = new Set();
  }

  hostUpdated(): void {
    const before = this.onScreen;
    this.onScreen = this.drawing;
    // Another step, a field shown or hidden: the summary, drawn above the fields, is drawn again.
    if (before && (before.size !== this.drawing.size || [...before].some((p) => !this.drawing.has(p)))) this.host.requestUpdate();
  }

  /** Messages in the host's language, with the widget's own replacements. */
  get messages(): FormMessages {
    const locale = this.locale;
    return { ...formMessages(locale, () => this.host.requestUpdate()), ...this.options.messages?.(locale) };
  }

  /** The host's language. */
  get locale(): Locale {
    return this.host.locale ?? 'fr';
  }

  /** True once a value differs from the initial ones. */
  get dirty(): boolean {
    return JSON.stringify(this.values) !== JSON.stringify(this.options.initial);
  }

  /** The checked values (numbers read, schema applied) when the whole form is valid, else undefined. */
  get data(): T | undefined {
    return this.checked.data;
  }

  /** The values as read, before the schema: empty texts undefined, number fields as numbers (undefined when unreadable). */
  get input(): Values {
    return this.checked.input;
  }

  /** Every current issue by path, shown or not (the simulator reads them to mark its table). */
  get issues(): Readonly<Record<string, FieldIssue>> {
    return { ...this.checked.issues, ...this.server };
  }

  /** Whether the fields under `paths` have no issue, without showing anything (a step reached by a reload). */
  isValid(paths: readonly string[]): boolean {
    return !Object.keys(this.issues).some((p) => under(p, paths));
  }

  get(path: string): unknown {
    return getPath(this.values, path);
  }

  /** Sets a value (as the person types); the server's error on that field goes, the draft is saved. */
  set(path: string, value: unknown): void {
    this.values = setPath(this.values, path, value);
    delete this.server[path];
    this.check();
    this.listeners.forEach((fn) => fn(this.values));
    this.host.requestUpdate();
  }

  /**
   * Removes item `index` of the list at `path` (a repeatable group's "remove"): what was left and the
   * server's errors follow their items, so the next items keep theirs and a new one starts clean.
   */
  removeItem(path: string, index: number): void {
    const list = (this.get(path) as unknown[] | undefined) ?? [];
    const prefix = path + '.';
    const moved = (p: string): string | undefined => {
      if (!p.startsWith(prefix)) return p;
      const rest = p.slice(prefix.length);
      const i = parseInt(rest, 10);
      return i === index ? undefined : i < index ? p : prefix + (i - 1) + rest.slice(String(i).length);
    };
    const touched = [...this.touched];
    this.touched.clear();
    for (const p of touched) {
      const q = moved(p);
      if (q !== undefined) this.touched.add(q);
    }
    const server: Record<string, FieldIssue> = {};
    for (const [p, issue] of Object.entries(this.server)) {
      const q = moved(p);
      if (q !== undefined) server[q] = issue;
    }
    this.server = server;
    this.set(
      path,
      list.filter((_, j) => j !== index),
    );
  }

  /** The field was left: its error, if any, shows from now on. */
  blur(path: string): void {
    if (this.touched.has(path)) return;
    this.touched.add(path);
    this.host.requestUpdate();
  }

  /** Replaces every value (a restored draft, "Recommencer"); touched and errors start again. */
  reset(values: Values = this.options.initial): void {
    this.values = values;
    this.touched.clear();
    this.server = {};
    this.submitted = false;
    this.check();
    this.listeners.forEach((fn) => fn(this.values));
    this.host.requestUpdate();
  }

  /** Calls `fn` after each change of values (the draft store listens). Returns the unsubscribe. */
  onChange(fn: (values: Values) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The element id of a field. */
  id(path: string): string {
    return pathToId(path, this.options.idPrefix);
  }

  /** Registers a rendered field (renderers do it); returns its id. */
  field(path: string, info: FieldInfo): string {
    this.fields.set(path, info);
    this.drawing.add(path);
    return this.id(path);
  }

  /** The message to show under a field, or undefined while it is valid or not yet left. */
  error(path: string): string | undefined {
    const issue = this.visible().get(path);
    return issue && this.say(path, issue);
  }

  /**
   * Checks the fields under `paths` (a step) or the whole form: marks them touched, and when one is in
   * error, announces the count and focuses the error summary after the render. True when valid.
   */
  validate(paths?: readonly string[]): boolean {
    this.check();
    const checked = (p: string) => !paths || under(p, paths);
    if (!paths) this.submitted = true;
    for (const path of this.fields.keys()) if (checked(path)) this.touched.add(path);
    const wrong = Object.keys(this.issues).filter(checked);
    for (const path of wrong) this.touched.add(path);
    this.host.requestUpdate();
    if (wrong.length === 0) return true;
    if (!paths) this.problemListeners.forEach((fn) => fn());
    this.announcer.announce(this.messages.errorCount(this.visible().size));
    this.focus.focusAfterRender(`#${this.id('error-summary')}`);
    return false;
  }

  /**
   * Puts a server's `problem+json` field errors on the fields (nested paths included); returns the
   * messages of errors on no known field, for the widget to show as a form-level message. The summary
   * takes focus, as after a failed submit.
   */
  applyProblem(problem: Pick<Problem, 'errors'>): string[] {
    const known = (p: string) => this.fields.has(p) || getPath(this.values, p) !== undefined;
    const { fields, other } = problemFieldIssues(problem, known);
    // The form's own reading of the field says it better than the server's English, when it has one.
    for (const [path, issue] of Object.entries(fields)) this.server[path] = this.checked.issues[path] ?? issue;
    this.submitted = true;
    this.host.requestUpdate();
    if (Object.keys(fields).length) {
      this.focus.focusAfterRender(`#${this.id('error-summary')}`);
      this.problemListeners.forEach((fn) => fn());
    }
    return other;
  }

  /** The visible errors, in the order of the fields, as summary entries linking to each field. */
  summaryErrors(): SummaryError[] {
    const out: SummaryError[] = [];
    const shown = (path: string) => !this.onScreen || this.onScreen.has(path);
    const all = [...this.visible()];
    // Errors on fields not drawn (an earlier step, a hidden question) stay out, unless they are all there
    // is: then they are listed without links, so that a form refusing to submit still says why.
    const listed = all.some(([path]) => shown(path)) ? all.filter(([path]) => shown(path)) : all;
    for (const [path, issue] of listed) {
      const message = this.say(path, issue);
      const label = this.fields.get(path)?.label ?? path;
      out.push({ id: shown(path) ? this.id(path) : '', message: message.includes(label) ? message : `${label} : ${message}` });
    }
    return out;
  }

  /** The error summary (nothing while there is no visible error); render it above the `<form>`. */
  summary(title = this.messages.errorSummaryTitle): TemplateResult | typeof nothing {
    return renderErrorSummary(title, this.summaryErrors(), (id) => this.focusField(id), this.id('error-summary'));
  }

  /** The form's live region; render it once, outside anything that disappears. */
  liveRegion(): TemplateResult {
    return this.announcer.render();
  }

  /** Moves focus to a field by id (the summary's links); a group's first control has the group's id. */
  focusField(id: string): void {
    const root = this.host.shadowRoot ?? this.host;
    root.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
  }

  private check(): void {
    const schema = typeof this.options.schema === 'function' ? this.options.schema() : this.options.schema;
    this.checked = checkValues(this.values, schema, this.options.numbers);
  }

  /** Issues that show, by the rendered field they belong to (an item's issue lands on its closest field). */
  private visible(): Map<string, FieldIssue> {
    const all = this.issues;
    const out = new Map<string, FieldIssue>();
    const owner = (path: string) => this.owner(path);
    const order = [...this.fields.keys(), ...Object.keys(all)];
    for (const path of order) {
      const issue = all[path];
      const target = issue && owner(path);
      if (!issue || !target || out.has(target)) continue;
      if (this.submitted || this.touched.has(path) || this.touched.has(target) || path in this.server) out.set(target, issue);
    }
    return out;
  }

  /** The rendered field an issue's path shows on. */
  private owner(path: string): string | undefined {
    for (let p = path; p; p = p.slice(0, Math.max(0, p.lastIndexOf('.')))) if (this.fields.has(p)) return p;
    if (!this.fields.size) return path;
    // A rule on a whole group or on the whole body (a schema refinement) shows on its first field
    // rather than nowhere: a form that refuses to submit always says where.
    return [...this.fields.keys()].find((f) => path === '' || f.startsWith(path + '.'));
  }

  /** The fields the current errors show on (the steps controller goes to the first one's step). */
  errorFields(): string[] {
    return Object.keys(this.issues)
      .map((p) => this.owner(p))
      .filter((p): p is string => p !== undefined);
  }

  private say(path: string, issue: FieldIssue): string {
    const info = this.fields.get(path);
    const own = info?.message?.(issue);
    if (own) return own;
    const label = info?.label ?? path;
    const limit = issue.limit === undefined ? '' : formatNumber(issue.limit, this.host.locale ?? 'fr');
    const code =
      issue.code === 'format' && info?.type === 'tel' ? 'tel' : issue.code === 'format' && info?.type === 'email' ? 'email' : issue.code;
    return this.messages[code](label, limit);
  }
}
