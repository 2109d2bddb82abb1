import { html } from 'lit';
import { textField } from '@npt/ui';
import type { FormView } from '../view.js';

export function renderContactStep(v: FormView) {
  const { form: f, t } = v;
  return html`<fieldset class="group-plain">
      <legend>${t.signerLegend}</legend>
      ${textField(f, 'signerName', { label: t.signerName, required: true, autocomplete: 'off' })}
      ${textField(f, 'signerRole', { label: t.signerRole, hint: t.signerRoleHint, required: true, autocomplete: 'off' })}
    </fieldset>
    <fieldset class="group-plain">
      <legend>${t.contactLegend}</legend>
      ${textField(f, 'contactName', { label: t.contactName, required: true, autocomplete: 'name' })}
      ${textField(f, 'role', { label: t.contactRole, required: true, autocomplete: 'organization-title' })}
      ${textField(f, 'email', { label: t.email, hint: t.emailHint, type: 'email', required: true, autocomplete: 'email' })}
      ${textField(f, 'phone', {
        label: t.phone,
        hint: t.phoneHint,
        type: 'tel',
        required: true,
        autocomplete: 'tel',
        message: (issue) => (issue.code === 'invalid' || issue.code === 'server' ? t.phoneInvalid : undefined),
      })}
    </fieldset>`;
}
