// The form foundation: one way to build a form (state, renderers, summary, submit, draft, steps).
// One concern per file under form/; see form/README.md.
export * from './form/paths.js';
export * from './form/messages.js';
export * from './form/validate.js';
export * from './form/problem-errors.js';
export * from './form/field.js';
export * from './form/fields.js';
export * from './form/combobox.js';
export * from './form/combobox-field.js';
export * from './form/repeatable.js';
export * from './form/error-summary.js';
export * from './form/announcer.js';
export * from './form/form-controller.js';
export * from './form/draft-store.js';
export * from './form/draft-controller.js';
export * from './form/submit-messages.js';
export * from './form/submit-controller.js';
export * from './form/steps-controller.js';
export * from './form/blank-as-missing.js';
export * from './form/antispam.js';
export * from './form/free-text-combobox-field.js';
