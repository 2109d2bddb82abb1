import { html } from 'lit';
import { comboboxField } from '@npt/ui';
import type { FormView } from '../view.js';

export const renderCommuneStep = (v: FormView) =>
  comboboxField(v.form, 'communeCode', v.communeCombo, {
    label: v.t.communeLabel,
    hint: v.t.communeHint,
    listLabel: v.t.communeList,
    required: true,
    message: (issue) => (issue.code === 'required' || issue.code === 'format' ? `${v.t.communeHint}` : undefined),
  });

export const communeName = (v: FormView, code: unknown) => v.communes.find((c) => c.code === code)?.nom ?? html`${code}`;
