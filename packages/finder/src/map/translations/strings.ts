import type { MapUnavailableReason } from '../support.js';

/** Every text of the map, one implementation per language. */
export interface MapStrings {
  /** Name of the map canvas, which pans with the arrow keys and zooms with + and -. */
  canvas: string;
  /** Name of the group of on-screen markers. */
  markers: string;
  /** Accessible name of a place marker. */
  place: (name: string, address: string) => string;
  /** Accessible name of a cluster marker, which zooms in when activated. */
  cluster: (count: number) => string;
  /** Accessible name of a marker of several places at one point, which lists them. */
  stack: (count: number) => string;
  /** Title of the list of places at one point. */
  stackTitle: (count: number) => string;
  close: string;
  searchArea: string;
  loading: string;
  /** One line saying why the map is not shown; the list still works. */
  unavailable: Record<MapUnavailableReason, string>;
  /** maplibre's own texts (controls and the cooperative-gesture hint). */
  maplibre: Record<string, string>;
}
