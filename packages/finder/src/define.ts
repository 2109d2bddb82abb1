import { define } from '@npt/ui';
import { NptFinder } from './npt-finder.js';

define('npt-finder', NptFinder);
