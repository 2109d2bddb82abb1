// The steps a person reaches after the first ones, the receipt and the anti-spam fields, in a chunk
// requested as the element connects: the first step draws without waiting for it; "Continuer" waits for
// it, as for the schemas.
export { renderSupportStep } from './support.js';
export { renderProjectStep } from './project.js';
export { renderReviewStep, renderSummary } from './review.js';
export { AntispamController } from '@npt/ui';
export { loadAltcha } from '../altcha.js';
