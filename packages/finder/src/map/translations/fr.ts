import { unavailableFr } from '../unavailable.js';
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
  unavailable: unavailableFr,
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
