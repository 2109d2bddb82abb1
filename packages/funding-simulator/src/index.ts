export { NptFundingSimulator } from './npt-funding-simulator.js';
export { NptSimulationChangeEvent, NptRulesLoadEvent } from './events.js';
export type { SimulatorStrings } from './translations/strings.js';
