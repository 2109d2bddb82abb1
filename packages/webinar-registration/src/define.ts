import { define, NptConfigElement } from '@npt/ui';
import { NptWebinarRegistration } from './npt-webinar-registration.js';

// <npt-config> first: widgets already in the page then find their provider when they upgrade.
define('npt-config', NptConfigElement);
define('npt-webinar-registration', NptWebinarRegistration);
