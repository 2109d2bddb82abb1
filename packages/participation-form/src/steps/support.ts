// Support towards digital autonomy: people per year (prefilled from the simulator) with the funding
// estimate from the contract's rules, the prescribers and the mediation structures.
import { html, nothing } from 'lit';
import { computeFunding, PRESCRIBER_KINDS, STRUCTURE_STATUSES, parseFrenchInteger } from '@npt/contract';
import { formatMoney, formatNumber, numberField, radioGroup, repeatable, selectField, textField } from '@npt/ui';
import { emptyPrescriber, emptyStructure } from '../request.js';
import type { FormView } from '../view.js';

function renderEstimate(v: FormView) {
  const people: Record<number, number> = {};
  for (const { year } of v.rules.years) {
    const raw = v.form.get(`expectedPeople.${year}`);
    const parsed = parseFrenchInteger(typeof raw === 'string' ? raw : '');
    if (parsed.ok) people[year] = parsed.value;
  }
  const result = computeFunding({ people }, v.rules);
  return html`<div class="estimate" part="estimate" aria-live="polite">
    <p>${v.t.estimate(formatMoney(result.total, v.locale))}</p>
    ${result.years.some((y) => y.capped) ? html`<p class="note">${v.t.estimateCapped}</p>` : nothing}
  </div>`;
}

export function renderSupportStep(v: FormView) {
  const { form: f, t, locale } = v;
  return html`<fieldset class="group-plain">
      <legend>${t.peopleLegend}</legend>
      ${v.fromSimulator ? html`<p class="hint">${t.fromSimulator}</p>` : nothing}
      <div class="years">
        ${v.rules.years.map((y) =>
          numberField(f, `expectedPeople.${y.year}`, {
            label: t.peopleLabel(y.year),
            hint: t.peopleHint(formatNumber(y.maxPeople, locale)),
            required: true,
          }),
        )}
      </div>
      ${renderEstimate(v)}
    </fieldset>
    <fieldset class="group-plain">
      <legend>${t.prescribersLegend}</legend>
      <p class="hint">${t.prescribersHint}</p>
      ${repeatable(f, 'prescribers', {
        legend: (i) => t.prescriber(i + 1),
        empty: emptyPrescriber,
        item: (i, base) =>
          html`${textField(f, `${base}.organisation`, { label: t.prescriberOrganisation(i + 1), required: true, autocomplete: 'off' })}
          ${selectField(f, `${base}.kind`, {
            label: t.prescriberKind(i + 1),
            required: true,
            placeholder: t.choose,
            options: PRESCRIBER_KINDS.map((k) => ({ value: k, label: t.kinds[k] })),
          })}
          ${textField(f, `${base}.email`, { label: t.prescriberEmail(i + 1), type: 'email', required: true, autocomplete: 'off' })}`,
        addLabel: t.addPrescriber,
        removeLabel: (i) => t.removePrescriber(i + 1),
        removed: (i) => t.prescriberRemoved(i + 1),
        max: 50,
      })}
    </fieldset>
    <fieldset class="group-plain">
      <legend>${t.structuresLegend}</legend>
      <p class="hint">${t.structuresHint}</p>
      ${repeatable(f, 'structures', {
        legend: (i) => t.structure(i + 1),
        empty: emptyStructure,
        item: (i, base) =>
          html`${textField(f, `${base}.name`, { label: t.structureName(i + 1), required: true, autocomplete: 'off' })}
          ${radioGroup(f, `${base}.status`, {
            label: t.structureStatus(i + 1),
            required: true,
            inline: true,
            options: STRUCTURE_STATUSES.map((s) => ({ value: s, label: t.statuses[s] })),
          })}
          ${textField(f, `${base}.siret`, {
            label: t.siret(i + 1),
            hint: t.siretHint,
            required: true,
            inputmode: 'numeric',
            autocomplete: 'off',
            message: (issue) => (issue.code === 'invalid' || issue.code === 'server' ? t.siretInvalid : undefined),
          })}
          ${textField(f, `${base}.address`, { label: t.address(i + 1), required: true, autocomplete: 'off' })}
          ${numberField(f, `${base}.peoplePerYear`, { label: t.structurePeople(i + 1), required: true })}`,
        addLabel: t.addStructure,
        removeLabel: (i) => t.removeStructure(i + 1),
        removed: (i) => t.structureRemoved(i + 1),
        max: 50,
      })}
    </fieldset>`;
}
