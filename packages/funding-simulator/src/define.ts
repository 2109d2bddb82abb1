import { define, NptConfigElement } from '@npt/ui';
import { NptFundingSimulator } from './npt-funding-simulator.js';

// <npt-config> first: widgets already in the page then find their provider when they upgrade.
define('npt-config', NptConfigElement);
define('npt-funding-simulator', NptFundingSimulator);
