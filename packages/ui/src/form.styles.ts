/**
 * Styles of the form pieces (form/): fields, hints, inline errors, groups, combobox, repeatable groups,
 * error summary, notices. Buttons and `.visually-hidden` come with themeStyles. Inline errors are
 * scoped to fields, so that a widget's own `.error` box keeps its look. One module per set, so that a
 * widget bundles only the sets it names (a tagged template cannot be marked pure).
 */
import { fieldStyles } from './form/styles/field.styles.js';
import { choiceStyles } from './form/styles/choice.styles.js';
import { formPartsStyles } from './form/styles/parts.styles.js';

export { fieldStyles, choiceStyles, formPartsStyles };
export { comboboxStyles } from './form/styles/combobox.styles.js';

/** Every form style but the combobox's: `[themeStyles, formStyles, …]`; a widget with few pieces takes only `fieldStyles`. */
export const formStyles = [fieldStyles, choiceStyles, formPartsStyles];
