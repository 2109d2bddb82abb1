// @npt/ui: what every widget shares: base element and locale, guarded registration, theme tokens,
// form pieces, formatting and URL state.
export * from './locale.js';
export * from './npt-element.js';
export * from './define-element.js';
export * from './theme.styles.js';
export * from './form.js';
export * from './focus.js';
export * from './form.styles.js';
export * from './format.js';
export * from './url-state.js';
export * from './translations.js';
export * from './config-context.js';
