// Place model, normalisation of the national standard (v1.0.2 and 2022 exports), search logic. Owned by the finder issue (#4).
export * from './model.js';
export { normalisePlace, normalisePlaces, toStandardRecord } from './normalise.js';
export { cleanPhone, formatPhone, cleanEmails, cleanUrl } from './contact.js';
export { findMgpCommune, mgpCommune, mgpCommunes, type CommuneRef } from './communes.js';
export { fold, communeKey, displayCommune } from './text.js';
export * from './search.js';
