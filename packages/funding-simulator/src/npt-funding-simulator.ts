import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { computeFunding, DEFAULT_FUNDING_RULES, type FundingResult, type FundingRules } from '@npt/contract';
import {
  NptElement,
  focusErrorSummary,
  formStyles,
  formatMoney,
  formatNumber,
  formatPercent,
  readUrlParams,
  renderErrorSummary,
  renderField,
  renderLiveRegion,
  themeStyles,
  TranslationController,
  withUrlParams,
  writeUrlParams,
} from '@npt/ui';
import { renderChart } from './chart.js';
import { NptRulesLoadEvent, NptSimulationChangeEvent } from './events.js';
import { inputsToParams, paramsToInputs, peopleKey, PROJECT_COST_KEY, readInputs, type RawInputs, type ReadInputs } from './inputs.js';
import { simulatorStyles } from './npt-funding-simulator.styles.js';
import { fr } from './translations/fr.js';
import type { SimulatorStrings } from './translations/strings.js';
import { VERSION } from './generated/version.js';

/**
 * @tagname npt-funding-simulator
 * @summary Lets a commune estimate the funding it can expect from "Numérique pour tous" before applying.
 *
 * @fires npt-simulation-change - The inputs give a new complete estimate; `detail` is the whole result.
 * @fires npt-rules-load - The funding rules are known; `detail.source` is `api` or `bundled` (with `error` when the API failed).
 *
 * @csspart form - The form holding the inputs.
 * @csspart field - Each labelled field.
 * @csspart label - Field labels.
 * @csspart hint - Field hints.
 * @csspart error - Inline errors.
 * @csspart error-summary - The list of fields to correct, shown after a failed submit.
 * @csspart results - The estimate: table, chart, project grant.
 * @csspart table - The table of amounts per year.
 * @csspart chart - The bar chart (decorative: the table carries the same data).
 * @csspart assumption - The statement of the cap assumption.
 * @csspart notice - Where the rules come from (API, bundled, fallback).
 * @csspart apply - The "apply with these figures" link.
 * @csspart print - The print button.
 *
 * @cssprop [--npt-color-primary=#000091] Buttons, links and bars.
 * @cssprop [--npt-color-warning=#b34000] The "capped" notes and the fallback notice.
 * @cssprop [--npt-font-family=Marianne, system-ui, sans-serif] Text font.
 */
export class NptFundingSimulator extends NptElement {
  static version = VERSION;
  static override styles = [themeStyles, formStyles, simulatorStyles];

  /** Base URL of the programme's API (for example `https://api.example.fr/v1`); the rules are read from `{api}/funding-rules`. Without it (and without an enclosing `<npt-config api>`), the bundled rules apply. */
  @property({ attribute: 'api' }) api = '';

  /** Page of the participation form; the "apply" link carries the simulated figures as `sim.*` query parameters. No link without it. */
  @property({ attribute: 'apply-url' }) applyUrl = '';

  /** Prefix of the query parameters that hold the inputs in the page URL. */
  @property({ attribute: 'url-prefix' }) urlPrefix = 'sim.';

  /** Keep the inputs out of the page URL. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  @state() private raw: RawInputs = { people: {}, projectCost: '' };
  @state() private touched = new Set<string>();
  @state() private submitted = false;
  @state() private announcement = '';

  private read!: ReadInputs;
  private result!: FundingResult;
  private lastEmitted = '';

  private readonly rulesTask = new Task(this, {
    task: async ([api], { signal }): Promise<FundingRules> => {
      if (!api) return DEFAULT_FUNDING_RULES;
      const { loadRules } = await import('./load-rules.js');
      return loadRules(api, signal);
    },
    args: () => [this.apiBase(this.api)] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.noUrlState) this.raw = paramsToInputs(readUrlParams(this.urlPrefix), this.rules);
  }

  /** The rules in force: the API's once loaded, the bundled ones before and when the API fails. */
  get rules(): FundingRules {
    return this.rulesTask.value ?? DEFAULT_FUNDING_RULES;
  }

  private readonly strings = new TranslationController<SimulatorStrings>(this, fr, {
    en: () => import('./translations/en.js').then((m) => m.en),
  });

  private get t(): SimulatorStrings {
    return this.strings.t;
  }

  /** Resolves once the strings of the current language are loaded (English is a separate chunk). */
  get translationsReady(): Promise<void> {
    return this.strings.ready();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.read = readInputs(this.raw, this.rules);
    this.result = computeFunding(this.read.input, this.rules);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (Object.keys(this.read.errors).length > 0) return;
    const key = JSON.stringify(this.result);
    if (key !== this.lastEmitted) {
      this.lastEmitted = key;
      this.dispatchEvent(new NptSimulationChangeEvent(this.result));
    }
  }

  override render() {
    const t = this.t;
    return html`
      <h2 class="title">${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderNotice()}
      ${renderErrorSummary(t.errorSummaryTitle, this.submitted ? this.summaryErrors() : [], (id) => this.focusField(id))}
      <form part="form" novalidate @submit=${this.onSubmit}>
        <fieldset>
          <legend>${t.peopleLegend}</legend>
          <div class="years">${this.rules.years.map((y) => this.renderNumberField(peopleKey(y.year), t.peopleLabel(y.year), t.peopleHint(formatNumber(y.maxPeople, this.locale)), this.raw.people[y.year] ?? ''))}</div>
        </fieldset>
        <fieldset>
          <legend>${t.projectLegend}</legend>
          ${this.renderNumberField(
            PROJECT_COST_KEY,
            t.projectLabel,
            t.projectHint(formatPercent(this.rules.project.share, this.locale), formatMoney(this.rules.project.max, this.locale)),
            this.raw.projectCost,
          )}
        </fieldset>
        <button type="submit" class="no-print">${t.submit}</button>
      </form>
      ${this.renderResults()} ${renderLiveRegion(this.announcement)}
    `;
  }

  private renderNotice() {
    const t = this.t;
    const text = this.rulesTask.render({
      initial: () => t.rulesBundled,
      pending: () => t.rulesLoading,
      complete: () => (this.apiBase(this.api) ? t.rulesFromApi : t.rulesBundled),
      error: () => t.rulesFallback,
    });
    const fallback = this.rulesTask.status === TaskStatus.ERROR;
    return html`<p part="notice" class="notice ${fallback ? 'notice--fallback' : ''}" role=${fallback ? 'alert' : 'status'}>${text}</p>`;
  }

  private renderNumberField(id: string, label: string, hint: string, value: string) {
    const error = this.visibleError(id);
    return renderField({
      id,
      label,
      hint,
      error,
      control: ({ describedBy, invalid }) =>
        html`<input
          id=${id}
          name=${id}
          type="text"
          inputmode="numeric"
          autocomplete="off"
          .value=${value}
          aria-describedby=${describedBy ?? nothing}
          aria-invalid=${invalid ?? nothing}
          @input=${this.onInput}
          @change=${this.onChange}
        />`,
    });
  }

  private renderResults() {
    const t = this.t;
    const loc = this.locale;
    const { years, total, project } = this.result;
    const errors = this.read.errors;
    const partial = this.read.emptyYears.length > 0 || years.some((y) => errors[peopleKey(y.year)]);
    return html`<section part="results" class="results" aria-labelledby="results-title">
      <h3 id="results-title">${t.resultTitle}</h3>
      <div class="layout">
        <table part="table">
          <caption>
            ${t.tableCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.colYear}</th>
              <th scope="col">${t.colPeople}</th>
              <th scope="col">${t.colCounted}</th>
              <th scope="col">${t.colPerPerson}</th>
              <th scope="col">${t.colAmount}</th>
            </tr>
          </thead>
          <tbody>
            ${years.map((y) => {
              const status = errors[peopleKey(y.year)] ? t.toCorrect : this.read.emptyYears.includes(y.year) ? t.notEntered : null;
              return html`<tr class=${y.capped ? 'capped' : ''}>
                <th scope="row">${y.year}</th>
                <td>${status ?? formatNumber(y.people, loc)}</td>
                <td>
                  ${status ? '—' : formatNumber(y.counted, loc)}
                  ${y.capped ? html`<span class="cap-note">${t.cappedNote(formatNumber(y.maxPeople, loc))}</span>` : nothing}
                </td>
                <td>${formatMoney(y.perPerson, loc)}</td>
                <td>${status ? '—' : formatMoney(y.amount, loc)}</td>
              </tr>`;
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="4">${partial ? t.totalPartial : t.total}</th>
              <td class="total">${formatMoney(total, loc)}</td>
            </tr>
          </tfoot>
        </table>
        ${renderChart(years, (y) => (errors[peopleKey(y.year)] || this.read.emptyYears.includes(y.year) ? '—' : formatMoney(y.amount, loc)))}
      </div>
      <p part="assumption" class="assumption">${this.rules.capScope === 'commune' ? t.assumptionCommune : t.assumptionProgramme}</p>
      <h3>${t.projectTitle}</h3>
      ${project && !errors[PROJECT_COST_KEY]
        ? html`<dl class="project">
            <dt>${t.projectCost}</dt>
            <dd>${formatMoney(project.cost, loc)}</dd>
            <dt>${t.projectGrant}</dt>
            <dd class="grant">${formatMoney(project.grant, loc)}</dd>
            <dd class="rule">${project.rule === 'ceiling' ? t.projectRuleCeiling(formatMoney(project.max, loc)) : t.projectRuleShare(formatPercent(project.share, loc))}</dd>
          </dl>`
        : html`<p>${errors[PROJECT_COST_KEY] ? t.toCorrect : t.noProject}</p>`}
      <p class="disclaimer">${t.disclaimer}</p>
      <div class="actions no-print">
        ${this.applyUrl ? html`<a part="apply" class="button" href=${this.applyHref()}>${t.apply}</a>` : nothing}
        <button part="print" type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
      </div>
    </section>`;
  }

  private applyHref(): string {
    try {
      return withUrlParams('sim.', inputsToParams(this.raw), new URL(this.applyUrl, location.href).toString());
    } catch {
      return this.applyUrl;
    }
  }

  private visibleError(id: string): string | undefined {
    const error = this.read.errors[id];
    return error && (this.submitted || this.touched.has(id)) ? this.t.errors[error] : undefined;
  }

  private summaryErrors() {
    return Object.entries(this.read.errors).map(([id, error]) => ({ id, message: `${this.fieldLabel(id)} : ${this.t.errors[error]}` }));
  }

  private fieldLabel(id: string): string {
    return id === PROJECT_COST_KEY ? this.t.projectLabel : this.t.peopleLabel(Number(id.slice('people-'.length)));
  }

  private focusField(id: string) {
    this.renderRoot.querySelector<HTMLInputElement>(`#${id}`)?.focus();
  }

  private onInput(e: InputEvent) {
    const input = e.target as HTMLInputElement;
    const raw = { people: { ...this.raw.people }, projectCost: this.raw.projectCost };
    if (input.name === PROJECT_COST_KEY) raw.projectCost = input.value;
    else raw.people[Number(input.name.slice('people-'.length))] = input.value;
    this.raw = raw;
    if (!this.noUrlState) writeUrlParams(this.urlPrefix, inputsToParams(raw));
  }

  private onChange(e: Event) {
    this.touched = new Set(this.touched).add((e.target as HTMLInputElement).name);
    this.announce();
  }

  private async onSubmit(e: SubmitEvent) {
    e.preventDefault();
    this.submitted = true;
    this.announce();
    await this.updateComplete;
    if (Object.keys(this.read.errors).length > 0) focusErrorSummary(this.shadowRoot);
  }

  /** Says the total, or how many fields to correct, from the reading the last render used (as the result does). */
  private announce() {
    const n = Object.keys(this.read.errors).length;
    this.announcement = n > 0 ? this.t.announceErrors(n) : this.t.announceTotal(formatMoney(this.result.total, this.locale));
  }

  protected override firstUpdated(): void {
    // The rules' origin is an integrator's concern (monitoring a fallback), so it is an event too.
    void this.rulesTask.taskComplete.then(
      () => this.dispatchEvent(new NptRulesLoadEvent({ source: this.apiBase(this.api) ? 'api' : 'bundled' })),
      (error: unknown) => this.dispatchEvent(new NptRulesLoadEvent({ source: 'bundled', error: String(error) })),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-funding-simulator': NptFundingSimulator;
  }
}
