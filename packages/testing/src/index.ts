// @npt/testing: what every package's tests share. Browser-safe; real data is in '@npt/testing/real-data'.
export { FAKE_API, fakeApi, fakeApiHits, type FakeRoute } from './fake-api.js';
export { SAMPLE_FIGURES, SERVICE_NOT_OFFERED, samplePlaceRecords, samplePlacesUrl, type SampleName } from './places.js';
export { validApplication, type ParticipationApplication } from './application.js';
export { expectAccessible } from './accessible.js';
export { upgradedLate } from './late-upgrade.js';
export { $, $$, nb } from './shadow.js';
