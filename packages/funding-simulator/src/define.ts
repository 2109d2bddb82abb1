import { define } from '@npt/ui';
import { NptFundingSimulator } from './npt-funding-simulator.js';

define('npt-funding-simulator', NptFundingSimulator);
