import { define, NptConfigElement } from '@npt/ui';
import { NptFinder } from './npt-finder.js';

// <npt-config> first: widgets already in the page then find their provider when they upgrade.
define('npt-config', NptConfigElement);
define('npt-finder', NptFinder);
