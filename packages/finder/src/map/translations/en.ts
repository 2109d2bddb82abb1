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
  unavailable: {
    'no-webgl': 'The map is not available in this browser (no WebGL): the places are still in the list.',
    'no-worker': 'The map is not available in this browser: the places are still in the list.',
    chunk: 'The map could not be loaded: the places are still in the list.',
    style: 'The base map could not be loaded: the places are still in the list.',
    tiles: 'The map images do not load: the places are still in the list.',
    'webgl-lost': 'The map stopped: the places are still in the list.',
    csp: 'The map is blocked by this site’s security policy: the places are still in the list.',
    timeout: 'The map is taking too long to show: the places are still in the list.',
  },
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
