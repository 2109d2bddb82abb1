import { html, nothing } from 'lit';
import { computeProjectGrant, parseFrenchInteger } from '@npt/contract';
import { formatMoney, formatPercent, numberField, textareaField } from '@npt/ui';
import type { FormView } from '../view.js';

export function renderProjectStep(v: FormView) {
  const { form: f, t, locale, rules } = v;
  const raw = f.get('projectCost');
  const cost = parseFrenchInteger(typeof raw === 'string' ? raw : '');
  const grant = cost.ok ? computeProjectGrant(cost.value, rules.project) : undefined;
  return html`${textareaField(f, 'projectDescription', { label: t.projectDescription, hint: t.projectDescriptionHint, required: true, maxLength: 2000 })}
    ${numberField(f, 'projectCost', {
      label: t.projectCost,
      hint: t.projectCostHint(formatPercent(rules.project.share, locale), formatMoney(rules.project.max, locale)),
      required: true,
    })}
    <div class="estimate" part="estimate" aria-live="polite">
      ${grant ? html`<p>${t.grant(formatMoney(grant.grant, locale))} ${grant.rule === 'ceiling' ? t.grantCeiling : nothing}</p>` : nothing}
    </div>`;
}
