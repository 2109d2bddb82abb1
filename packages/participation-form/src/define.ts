import { define, NptConfigElement } from '@npt/ui';
import { NptParticipationForm } from './npt-participation-form.js';

// <npt-config> first: widgets already in the page then find their provider when they upgrade.
define('npt-config', NptConfigElement);
define('npt-participation-form', NptParticipationForm);
