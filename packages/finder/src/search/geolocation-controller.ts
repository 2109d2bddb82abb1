// "Around me": asks the browser for the person's position, once per click, and says why when it cannot.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

import type { FinderStrings } from '../translations/strings.js';

export class GeolocationController implements ReactiveController {
  /** A position was asked for and has not come yet. */
  locating = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly t: () => FinderStrings,
    private readonly onPosition: (lat: number, lon: number) => void,
    /** Why there is no position, in words for the notice line. */
    private readonly onFailure: (message: string) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A position arriving after the finder left the page is dropped (the callbacks check this).
    this.locating = false;
  }

  locate(): void {
    if (this.locating) return;
    if (!('geolocation' in navigator)) return this.onFailure(this.t().geolocationUnsupported);
    this.locating = true;
    this.host.requestUpdate();
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.done();
        this.onPosition(pos.coords.latitude, pos.coords.longitude);
      },
      (error) => {
        this.done();
        this.onFailure(error.code === error.PERMISSION_DENIED ? this.t().geolocationDenied : this.t().geolocationFailed);
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private done(): void {
    this.locating = false;
    this.host.requestUpdate();
  }
}
