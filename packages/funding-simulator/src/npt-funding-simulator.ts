import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import {
  computeFunding,
  DEFAULT_FUNDING_RULES,
  fundingPeriod,
  MAX_PEOPLE_PER_YEAR,
  MAX_PROJECT_COST,
  SIMULATION_PREFIX,
  encodeSimulation,
  simulationHref,
  type FundingResult,
  type FundingRules,
} from '@npt/contract';
import {
  FormController,
  NptElement,
  fieldStyles,
  formatMoney,
  formatNumber,
  formatPercent,
  numberField,
  readUrlParams,
  themeStyles,
  TranslationController,
  writeUrlParams,
} from '@npt/ui';
import { renderChart } from './chart.js';
import { NptRulesLoadEvent, NptSimulationChangeEvent } from './events.js';
import { simulatorStyles } from './npt-funding-simulator.styles.js';
import { fr } from './translations/fr.js';
import type { SimulatorStrings } from './translations/strings.js';
import { VERSION } from './generated/version.js';

/** The typed figures: people by year, and the project cost, as the person typed them. */
interface Figures {
  people: Record<number, string>;
  projectCost: string;
}

const NUMBERS = { 'people.*': { max: MAX_PEOPLE_PER_YEAR }, projectCost: { max: MAX_PROJECT_COST } };

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
 * @csspart table - The table of amounts per year (in a scrolling region on narrow screens).
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
  static override styles = [themeStyles, fieldStyles, simulatorStyles];

  /** Base URL of the programme's API (for example `https://api.example.fr/v1`); the rules are read from `{api}/funding-rules`. Without it (and without an enclosing `<npt-config api>`), the bundled rules apply. */
  @property({ attribute: 'api' }) api = '';

  /** Page of the participation form; the "apply" link carries the simulated figures as `sim.*` query parameters. No link without it. */
  @property({ attribute: 'apply-url' }) applyUrl = '';

  /** Prefix of the query parameters that hold the inputs in the page URL. */
  @property({ attribute: 'url-prefix' }) urlPrefix = SIMULATION_PREFIX;

  /** Keep the inputs out of the page URL. */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  private readonly form = new FormController(this, {
    initial: { people: {}, projectCost: '' } satisfies Figures,
    numbers: NUMBERS,
    messages: () => ({ tooBig: () => this.t.tooLarge, errorSummaryTitle: this.t.errorSummaryTitle }),
  });

  private result!: FundingResult;
  /** Whether the table overflows its region (narrow screens): only then can the region take focus to scroll by keyboard. */
  private tableScrolls = false;
  private readonly resize = new ResizeObserver(() => {
    const region = this.renderRoot.querySelector('.table-scroll');
    const scrolls = !!region && region.scrollWidth > region.clientWidth;
    if (scrolls !== this.tableScrolls) {
      this.tableScrolls = scrolls;
      this.requestUpdate();
    }
  });
  private lastEmitted = '';

  private readonly rulesTask = new Task(this, {
    task: async ([api], { signal }): Promise<FundingRules> => {
      if (!api) return DEFAULT_FUNDING_RULES;
      const { loadRules } = await import('./load-rules.js');
      return loadRules(api, signal);
    },
    args: () => [this.apiBase(this.api)] as const,
  });

  private readonly strings = new TranslationController<SimulatorStrings>(this, fr, {
    en: () => import('./translations/en.js').then((m) => m.en),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    void this.updateComplete.then(() => {
      const region = this.renderRoot.querySelector('.table-scroll');
      if (!region || !this.isConnected) return;
      this.resize.observe(region);
      this.resize.observe(region.querySelector('table')!);
    });
  }

  /**
   * Restores the figures from the page URL and keeps it in step. Done at the first update, not on connection:
   * a property set before the tag was defined (a framework rendering before the loader defines it) is only
   * applied by Lit then, and `noUrlState` must be known before the URL is read or written.
   */
  private startUrlState(): void {
    if (this.noUrlState) return;
    const params = readUrlParams(this.urlPrefix);
    const people: Record<number, string> = {};
    for (const [key, value] of Object.entries(params)) if (/^\d{4}$/.test(key)) people[Number(key)] = value;
    this.form.reset({ people, projectCost: params.cost ?? '' } satisfies Figures);
    this.form.onChange(() => writeUrlParams(this.urlPrefix, encodeSimulation(this.figures)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  /** The rules in force: the API's once loaded, the bundled ones before and when the API fails. */
  get rules(): FundingRules {
    return this.rulesTask.value ?? DEFAULT_FUNDING_RULES;
  }

  private get t(): SimulatorStrings {
    return this.strings.t;
  }

  /** Resolves once the strings of the current language are loaded (English is a separate chunk). */
  get translationsReady(): Promise<void> {
    return this.strings.ready();
  }

  private get figures(): Figures {
    return this.form.values as unknown as Figures;
  }

  /** Years left empty, and years whose figure cannot be read: the table says which. */
  private status(year: number): 'empty' | 'error' | null {
    if (this.form.issues[`people.${year}`]) return 'error';
    return (this.figures.people[year] ?? '').trim() === '' ? 'empty' : null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) this.startUrlState();
    const input = this.form.input as { people?: Record<number, number | undefined>; projectCost?: number };
    this.result = computeFunding({ people: input.people ?? {}, projectCost: input.projectCost }, this.rules);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (Object.keys(this.form.issues).length > 0) return;
    const key = JSON.stringify(this.result);
    if (key !== this.lastEmitted) {
      this.lastEmitted = key;
      this.dispatchEvent(new NptSimulationChangeEvent(this.result));
    }
  }

  override render() {
    const t = this.t;
    const f = this.form;
    const loc = this.locale;
    return html`
      <h2 class="title">${t.title}</h2>
      <p class="intro">${t.intro}</p>
      ${this.renderNotice()} ${f.summary()}
      <form part="form" novalidate @submit=${(e: SubmitEvent) => this.onSubmit(e)} @change=${() => this.announce()}>
        <fieldset class="group">
          <legend>${t.peopleLegend}</legend>
          <div class="years">
            ${this.rules.years.map((y) => numberField(f, `people.${y.year}`, { label: t.peopleLabel(y.year), hint: t.peopleHint(formatNumber(y.maxPeople, loc)) }))}
          </div>
        </fieldset>
        <fieldset class="group">
          <legend>${t.projectLegend}</legend>
          ${numberField(f, 'projectCost', {
            label: t.projectLabel,
            hint: t.projectHint(formatPercent(this.rules.project.share, loc), formatMoney(this.rules.project.max, loc)),
          })}
        </fieldset>
        <button type="submit" class="no-print">${t.submit}</button>
      </form>
      ${this.renderResults()} ${f.liveRegion()}
    `;
  }

  private renderNotice() {
    const t = this.t;
    const period = fundingPeriod(DEFAULT_FUNDING_RULES);
    const text = this.rulesTask.render({
      initial: () => t.rulesBundled(period),
      pending: () => t.rulesLoading,
      complete: () => (this.apiBase(this.api) ? t.rulesFromApi : t.rulesBundled(period)),
      error: () => t.rulesFallback(period),
    });
    const fallback = this.rulesTask.status === TaskStatus.ERROR;
    return html`<p part="notice" class="notice ${fallback ? 'notice--fallback' : ''}" role=${fallback ? 'alert' : 'status'}>${text}</p>`;
  }

  private renderResults() {
    const t = this.t;
    const loc = this.locale;
    const { years, total, project, capScope } = this.result;
    const partial = years.some((y) => this.status(y.year));
    const costError = this.form.issues.projectCost;
    return html`<section part="results" class="results" aria-labelledby="results-title">
      <h3 id="results-title">${t.resultTitle}</h3>
      <div class="layout">
        <div class="table-scroll" role="region" aria-labelledby="table-caption" tabindex=${this.tableScrolls ? '0' : nothing}>
          <table part="table">
            <caption id="table-caption">
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
                const s = this.status(y.year);
                const said = s === 'error' ? t.toCorrect : s === 'empty' ? t.notEntered : null;
                return html`<tr class=${y.capped ? 'capped' : ''}>
                  <th scope="row">${y.year}</th>
                  <td>${said ?? formatNumber(y.people, loc)}</td>
                  <td>
                    ${said ? '—' : formatNumber(y.counted, loc)}
                    ${y.capped ? html`<span class="cap-note">${t.cappedNote(formatNumber(y.maxPeople, loc), capScope)}</span>` : nothing}
                  </td>
                  <td>${formatMoney(y.perPerson, loc)}</td>
                  <td>${said ? '—' : formatMoney(y.amount, loc)}</td>
                </tr>`;
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colspan="4">${partial ? t.totalPartial : t.total(years.length)}</th>
                <td class="total">${formatMoney(total, loc)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        ${renderChart(years, (y) => (this.status(y.year) ? '—' : formatMoney(y.amount, loc)))}
      </div>
      <p part="assumption" class="assumption">${capScope === 'commune' ? t.assumptionCommune : t.assumptionProgramme}</p>
      <h3>${t.projectTitle}</h3>
      ${
        project && !costError
          ? html`<dl class="project">
              <dt>${t.projectCost}</dt>
              <dd>${formatMoney(project.cost, loc)}</dd>
              <dt>${t.projectGrant}</dt>
              <dd class="grant">${formatMoney(project.grant, loc)}</dd>
              <dd class="rule">
                ${project.rule === 'ceiling' ? t.projectRuleCeiling(formatMoney(project.max, loc)) : t.projectRuleShare(formatPercent(project.share, loc))}
              </dd>
            </dl>`
          : html`<p>${costError ? t.toCorrect : t.noProject}</p>`
      }
      <p class="disclaimer">${t.disclaimer}</p>
      <div class="actions no-print">
        ${this.applyUrl ? html`<a part="apply" class="button" href=${this.applyHref()}>${t.apply}</a>` : nothing}
        <button part="print" type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
      </div>
    </section>`;
  }

  private applyHref(): string {
    try {
      return simulationHref(new URL(this.applyUrl, location.href).toString(), this.figures);
    } catch {
      return this.applyUrl;
    }
  }

  private onSubmit(e: SubmitEvent) {
    e.preventDefault();
    // A failed check focuses the summary and says how many fields to correct; otherwise the result is said.
    if (this.form.validate()) this.announce();
  }

  /** Says the whole result, every time (the same total twice is still said), or how many fields to correct. */
  private announce() {
    const wrong = Object.keys(this.form.issues).length;
    if (wrong > 0) return this.form.announcer.announce(this.form.messages.errorCount(wrong));
    const { total, project, years } = this.result;
    const loc = this.locale;
    const complete = !years.some((y) => this.status(y.year));
    this.form.announcer.announce(
      this.t.announceResult(formatMoney(total, loc), complete ? years.length : null, project ? formatMoney(project.grant, loc) : null),
    );
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
