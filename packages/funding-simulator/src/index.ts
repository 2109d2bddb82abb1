export { NptFundingSimulator } from './npt-funding-simulator.js';
export { NptSimulationChangeEvent, NptRulesLoadEvent } from './events.js';
export { readInputs, inputsToParams, paramsToInputs, type RawInputs } from './inputs.js';
export type { SimulatorStrings } from './translations/strings.js';
