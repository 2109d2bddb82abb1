// "Around me": asks the browser for the person's position, once per click, and says why when it cannot.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type LocateFailure = 'unsupported' | 'denied' | 'failed';

export class GeolocationController implements ReactiveController {
  /** A position was asked for and has not come yet. */
  locating = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPosition: (lat: number, lon: number) => void,
    private readonly onFailure: (why: LocateFailure) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // A position arriving after the finder left the page is dropped (the callbacks check this).
    this.locating = false;
  }

  locate(): void {
    if (this.locating) return;
    if (!('geolocation' in navigator)) return this.onFailure('unsupported');
    this.locating = true;
    this.host.requestUpdate();
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        this.done();
        this.onPosition(pos.coords.latitude, pos.coords.longitude);
      },
      (error) => {
        this.done();
        this.onFailure(error.code === error.PERMISSION_DENIED ? 'denied' : 'failed');
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  private done(): void {
    this.locating = false;
    this.host.requestUpdate();
  }
}
