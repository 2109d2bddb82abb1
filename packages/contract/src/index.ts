// @npt/contract: the API's zod schemas and the programme's pure domain logic. No DOM, no Lit:
// the widgets and the server import the same code.
export * from './funding-rules.js';
export * from './funding.js';
export * from './parse-number.js';
export * from './problem.js';
export * from './limits.js';
export * from './simulation-handoff.js';
export * from './resources.js';
export * from './places/index.js';
export * from './opening-hours/index.js';
