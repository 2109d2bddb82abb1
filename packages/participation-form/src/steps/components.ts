import { checkboxGroup } from '@npt/ui';
import { PARTICIPATION_COMPONENTS } from '@npt/contract';
import type { FormView } from '../view.js';

export const renderComponentsStep = (v: FormView) =>
  checkboxGroup(v.form, 'components', {
    label: v.t.componentsLabel,
    hint: v.t.componentsHint,
    required: true,
    options: PARTICIPATION_COMPONENTS.map((c) => ({ value: c, label: v.t.components[c].label, hint: v.t.components[c].hint })),
  });
