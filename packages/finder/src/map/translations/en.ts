import { unavailableEn } from '../unavailable.js';
import type { MapStrings } from './strings.js';

const count = (n: number) => n.toLocaleString('en-GB');

export const en: MapStrings = {
  canvas: 'Map: arrow keys to move it, + and - to zoom',
  markers: 'Places shown on the map (arrow keys to go from one to the next)',
  place: (name, address) => (address ? `${name}, ${address}` : name),
  cluster: (n) => `Group of ${count(n)} places: zoom in`,
  stack: (n) => `${count(n)} places at this address: list them`,
  stackTitle: (n) => `${count(n)} places at this address`,
  close: 'Close',
  searchArea: 'Search this area',
  loading: 'Loading the map…',
  unavailable: unavailableEn,
  maplibre: {
    'AttributionControl.ToggleAttribution': 'Show or hide the map sources',
    'AttributionControl.MapFeedback': 'Report a map error',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Reset north',
    'CooperativeGesturesHandler.WindowsHelpText': 'Use Ctrl + scroll to zoom the map',
    'CooperativeGesturesHandler.MacHelpText': 'Use ⌘ + scroll to zoom the map',
    'CooperativeGesturesHandler.MobileHelpText': 'Use two fingers to move the map',
  },
};
