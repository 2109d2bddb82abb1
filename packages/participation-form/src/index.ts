export { NptParticipationForm } from './npt-participation-form.js';
export { NptSubmitSuccessEvent, NptSubmitErrorEvent, NptStepChangeEvent } from './events.js';
export { initialValues, stepIds, stepOfPath, shape, withSimulation, STEP_IDS, STEP_PATHS, type StepId } from './request.js';
export { formSchema } from './validation.js';
export { matchCommunes, communeLabel } from './communes.js';
export type { ParticipationStrings } from './translations/strings.js';
