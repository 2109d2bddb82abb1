import type { MapStrings } from './strings.js';

const count = (n: number) => n.toLocaleString('fr-FR');

export const fr: MapStrings = {
  canvas: 'Carte : flèches pour la déplacer, + et − pour zoomer',
  markers: 'Lieux visibles sur la carte (flèches pour passer de l’un à l’autre)',
  place: (name, address) => (address ? `${name}, ${address}` : name),
  cluster: (n) => `Groupe de ${count(n)} lieux : zoomer`,
  stack: (n) => `${count(n)} lieux à cette adresse : les afficher`,
  stackTitle: (n) => `${count(n)} lieux à cette adresse`,
  close: 'Fermer',
  searchArea: 'Rechercher dans cette zone',
  loading: 'Chargement de la carte…',
  unavailable: {
    'no-webgl': 'La carte n’est pas disponible sur ce navigateur (WebGL absent) : les lieux restent dans la liste.',
    'no-worker': 'La carte n’est pas disponible sur ce navigateur : les lieux restent dans la liste.',
    chunk: 'La carte n’a pas pu être chargée : les lieux restent dans la liste.',
    style: 'Le fond de carte n’a pas pu être chargé : les lieux restent dans la liste.',
    tiles: 'Les images de la carte ne se chargent pas : les lieux restent dans la liste.',
    'webgl-lost': 'La carte s’est interrompue : les lieux restent dans la liste.',
    csp: 'La carte est bloquée par la politique de sécurité de ce site : les lieux restent dans la liste.',
    timeout: 'La carte met trop de temps à s’afficher : les lieux restent dans la liste.',
  },
  maplibre: {
    'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources de la carte',
    'AttributionControl.MapFeedback': 'Signaler une erreur de la carte',
    'NavigationControl.ZoomIn': 'Zoomer',
    'NavigationControl.ZoomOut': 'Dézoomer',
    'NavigationControl.ResetBearing': 'Remettre le nord en haut',
    'CooperativeGesturesHandler.WindowsHelpText': 'Utilisez Ctrl + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MacHelpText': 'Utilisez ⌘ + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MobileHelpText': 'Utilisez deux doigts pour déplacer la carte',
  },
};
