import { textareaField } from '@npt/ui';
import type { FormView } from '../view.js';

export const renderCommentsStep = (v: FormView) =>
  textareaField(v.form, 'message', { label: v.t.message, hint: v.t.messageHint, maxLength: 5000 });
