// "Check your answers": everything typed, step by step, each with a "Modifier" link to its step; the
// essentials of the data-protection notice and the consent just before the submit button. The same
// summary, without the links, is the printable receipt.
import { html, nothing, type TemplateResult } from 'lit';
import { checkboxField, formatMoney, formatNumber } from '@npt/ui';
import { parseFrenchInteger, type ParticipationComponent, type PrescriberKind, type StructureStatus } from '@npt/contract';
import { stepIds, type StepId } from '../request.js';
import { communeName } from './commune.js';
import type { FormView } from '../view.js';

type Values = Record<string, unknown>;
type Row = [string, unknown];

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function number(v: FormView, raw: unknown, money = false): string {
  const parsed = parseFrenchInteger(str(raw));
  if (!parsed.ok) return str(raw);
  return money ? formatMoney(parsed.value, v.locale) : formatNumber(parsed.value, v.locale);
}

function rows(v: FormView, id: StepId, values: Values): Row[] {
  const t = v.t;
  switch (id) {
    case 'commune':
      return [[t.communeLabel, communeName(v, values.communeCode)]];
    case 'contact':
      return [
        [t.signerName, values.signerName],
        [t.signerRole, values.signerRole],
        [t.contactName, values.contactName],
        [t.contactRole, values.role],
        [t.email, values.email],
        [t.phone, values.phone],
      ];
    case 'components':
      return [
        [
          t.componentsLabel,
          html`<ul>
            ${(values.components as ParticipationComponent[]).map((c) => html`<li>${t.components[c].label}</li>`)}
          </ul>`,
        ],
      ];
    case 'support': {
      const prescribers = (values.prescribers ?? []) as Array<{ organisation: string; kind: PrescriberKind; email: string }>;
      const structures = (values.structures ?? []) as Array<{
        name: string;
        status: StructureStatus;
        siret: string;
        address: string;
        peoplePerYear: string;
      }>;
      return [
        ...v.rules.years.map((y): Row => [t.peopleLabel(y.year), number(v, (values.expectedPeople as Values | undefined)?.[y.year])]),
        [
          t.prescribersLegend,
          prescribers.length
            ? html`<ul>
                ${prescribers.map((p) => html`<li>${p.organisation} (${t.kinds[p.kind] ?? p.kind}), ${p.email}</li>`)}
              </ul>`
            : t.none,
        ],
        [
          t.structuresLegend,
          structures.length
            ? html`<ul>
                ${structures.map(
                  (s) =>
                    html`<li>
                      ${s.name} (${t.statuses[s.status] ?? s.status}), SIRET ${s.siret}, ${s.address}, ${number(v, s.peoplePerYear)} / an
                    </li>`,
                )}
              </ul>`
            : t.none,
        ],
      ];
    }
    case 'project':
      return [
        [t.projectDescription, values.projectDescription],
        [t.projectCost, number(v, values.projectCost, true)],
      ];
    case 'comments':
      return [[t.message, str(values.message) || t.none]];
    default:
      return [];
  }
}

/** Every answer by step; with `edit`, each step has a "Modifier" link that goes back to it. */
export function renderSummary(v: FormView, values: Values, edit?: (index: number) => void): TemplateResult {
  const ids = stepIds(values).filter((id) => id !== 'review');
  return html`<div class="summary" part="summary">
    ${ids.map(
      (id, index) =>
        html`<section class="summary-part">
          <div class="summary-head">
            <h4>${v.t.steps[id]}</h4>
            ${
              edit
                ? html`<a
                    href="#"
                    class="edit no-print"
                    @click=${(e: Event) => {
                      e.preventDefault();
                      edit(index);
                    }}
                    >${v.t.edit}<span class="visually-hidden"> : ${v.t.steps[id]}</span></a
                  >`
                : nothing
            }
          </div>
          <dl>
            ${rows(v, id, values).map(
              ([label, value]) =>
                html`<div>
                  <dt>${label}</dt>
                  <dd>${value}</dd>
                </div>`,
            )}
          </dl>
        </section>`,
    )}
  </div>`;
}

export function renderReviewStep(v: FormView) {
  const { t } = v;
  return html`<p>${t.reviewIntro}</p>
    ${renderSummary(v, v.form.values, (i) => v.steps.go(i))}
    <section class="privacy" part="privacy" aria-labelledby="privacy-title">
      <h4 id="privacy-title">${t.privacyTitle}</h4>
      <ul>
        ${t.privacyEssentials.map((line) => html`<li>${line}</li>`)}
      </ul>
      ${v.privacyUrl ? html`<p><a href=${v.privacyUrl} target="_blank" rel="noopener">${t.privacyLink}</a></p>` : nothing}
    </section>
    ${checkboxField(v.form, 'consent', { label: t.consent, required: true })}`;
}
