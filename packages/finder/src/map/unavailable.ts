import type { MapUnavailableReason } from './support.js';

// Why the map is not shown, one line per reason. Apart from the map's other strings (which load with the
// map chunk) because the finder says it too when the chunk never loads (no WebGL, blocked by the CSP).

export const unavailableFr: Record<MapUnavailableReason, string> = {
  'no-webgl': 'La carte n’est pas disponible sur ce navigateur (WebGL absent) : les lieux restent dans la liste.',
  'no-worker': 'La carte n’est pas disponible sur ce navigateur : les lieux restent dans la liste.',
  chunk: 'La carte n’a pas pu être chargée : les lieux restent dans la liste.',
  style: 'Le fond de carte n’a pas pu être chargé : les lieux restent dans la liste.',
  tiles: 'Les images de la carte ne se chargent pas : les lieux restent dans la liste.',
  'webgl-lost': 'La carte s’est interrompue : les lieux restent dans la liste.',
  csp: 'La carte est bloquée par la politique de sécurité de ce site : les lieux restent dans la liste.',
  timeout: 'La carte met trop de temps à s’afficher : les lieux restent dans la liste.',
};

export const unavailableEn: Record<MapUnavailableReason, string> = {
  'no-webgl': 'The map is not available in this browser (no WebGL): the places are still in the list.',
  'no-worker': 'The map is not available in this browser: the places are still in the list.',
  chunk: 'The map could not be loaded: the places are still in the list.',
  style: 'The base map could not be loaded: the places are still in the list.',
  tiles: 'The map images do not load: the places are still in the list.',
  'webgl-lost': 'The map stopped: the places are still in the list.',
  csp: 'The map is blocked by this site’s security policy: the places are still in the list.',
  timeout: 'The map is taking too long to show: the places are still in the list.',
};
