// What needs the Métropole's 130 communes: the places normaliser (it recognises a record's commune) and
// the search box's commune list. Imported only dynamically (load-places.ts), so the CDN build puts the
// communes in a chunk fetched alongside the places, or on the first keystroke when no places came.
export { normalisePlaces } from '@npt/contract';
export { communeOptions } from './search/commune-options.js';
