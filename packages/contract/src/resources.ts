// Schemas of the API resources other than places and funding rules: communes, participations,
// webinars, registrations, pages. Owned by the server issue (#3); the participation form and webinar
// widgets refine them. Browser code imports these through zod/mini.
export * from './resources/communes.js';
export * from './resources/participations.js';
export * from './resources/participation-rules.js';
export * from './resources/antispam.js';
export * from './resources/siret.js';
export * from './resources/phone.js';
export * from './resources/webinars.js';
export * from './resources/pagination.js';
export { PHONE_PATTERN, INSEE_PATTERN } from './resources/text.js';
export { MGP_COMMUNES } from './generated/communes.js';
