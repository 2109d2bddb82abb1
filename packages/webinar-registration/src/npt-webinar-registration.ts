import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { Webinar } from '@npt/contract';
import { FocusController, formStyles, NptElement, themeStyles, TranslationController } from '@npt/ui';
import type { WebinarApi } from './api.js';
import { renderConfirmation } from './confirmation/confirmation.js';
import { NptRegistrationCancelEvent, NptRegistrationErrorEvent, NptRegistrationSuccessEvent } from './events.js';
import type { Booked, RegistrationForm, RegistrationFormOptions } from './form/registration-form.js';
import { bookingUrl, readBookingRef, withoutBooking, type BookingRef } from './manage/booking-link.js';
import type { ManageController, ManageOptions } from './manage/manage-controller.js';
import { webinarStyles } from './npt-webinar-registration.styles.js';
import { visitorTimeZone } from './session-time.js';
import { renderSessions, type SessionContext } from './sessions/sessions-list.js';
import { selectSessions } from './sessions/select.js';
import { fr } from './translations/fr.js';
import type { WebinarStrings } from './translations/strings.js';
import { VERSION } from './generated/version.js';

type View = { kind: 'sessions' } | { kind: 'form' } | { kind: 'done'; booked: Booked } | { kind: 'manage' };

/**
 * @tagname npt-webinar-registration
 * @summary Lists the programme's upcoming webinars, registers a person (or puts them on the waiting list),
 * and, on the page its e-mails link to, shows and cancels their booking.
 *
 * @fires npt-registration-success - A person registered or joined the waiting list; `detail`: `webinarId`, `status`, `position`.
 * @fires npt-registration-error - A registration or cancellation failed; `detail`: `webinarId`, `kind`.
 * @fires npt-registration-cancel - A person cancelled their booking; `detail`: `webinarId`, `status` (what it was).
 *
 * @csspart sessions - The list of sessions.
 * @csspart session - One session.
 * @csspart when - A session's date and times.
 * @csspart seats - Seats left, or "full: waiting list open".
 * @csspart form-view - The registration form and its heading.
 * @csspart form - The `<form>`.
 * @csspart field - Each field.
 * @csspart label - Field labels and legends.
 * @csspart hint - Field hints.
 * @csspart error - Inline errors.
 * @csspart error-summary - The list of fields to correct.
 * @csspart essentials - What happens to the data, before the consent and the button.
 * @csspart submit - The submit button.
 * @csspart confirmation - What was booked, with the calendar and managing links.
 * @csspart calendar - The "add to my calendar" link.
 * @csspart manage-link - The link to manage the booking.
 * @csspart manage - The booking, on the managing page.
 * @csspart join-link - The meeting link (registered people only).
 * @csspart cancel - The "cancel my registration" button.
 * @csspart api-down - The message when the API cannot be reached, with "Réessayer".
 *
 * @cssprop [--npt-color-primary=#000091] Buttons and links.
 * @cssprop [--npt-color-warning=#b34000] The waiting-list notes.
 * @cssprop [--npt-font-family=Marianne, system-ui, sans-serif] Text font.
 */
export class NptWebinarRegistration extends NptElement {
  static version = VERSION;
  static override styles = [themeStyles, formStyles, webinarStyles];

  /** Base URL of the programme's API, e.g. `https://api.example.fr/v1` (else the enclosing `<npt-config api>`, else `/v1`). */
  @property({ attribute: 'api' }) api = '';

  /** Only this session (its id; several ids separated by spaces also work). */
  @property({ attribute: 'webinar' }) webinar = '';

  /** Only the sessions of this theme, e.g. `financement`. */
  @property({ attribute: 'theme' }) theme = '';

  /** The data-protection notice, linked beside the consent. */
  @property({ attribute: 'notice-url' }) noticeUrl = '';

  /** The visitor's time zone (IANA name); by default the browser's. Their own time shows beside Paris time when it differs. */
  @property({ attribute: 'visitor-time-zone' }) visitorTimeZone = visitorTimeZone() ?? '';

  @state() private view: View = { kind: 'sessions' };
  @state() private ref: BookingRef | undefined;

  private readonly focusLater = new FocusController(this);
  private readonly strings = new TranslationController<WebinarStrings>(this, fr, {
    en: () => import('./translations/en.js').then((m) => m.en),
  });

  private readonly sessions = new Task(this, {
    task: async ([api, theme], { signal }) => (await this.client(api)).sessions(theme, signal),
    args: () => [this.apiBase(this.api) || '/v1', this.theme] as const,
  });

  /** The form, from its own chunk, created when a person first chooses a session. */
  private registration: RegistrationForm | undefined;
  private readonly formOptions = (): RegistrationFormOptions => ({
    api: () => this.client(),
    context: () => this.context,
    pageUrl: () => (/^https?:/.test(location.href) ? withoutBooking(location.href) : undefined),
    noticeUrl: () => this.noticeUrl,
    onSuccess: (booked) => {
      this.view = { kind: 'done', booked };
      this.focusLater.focusAfterRender('#done-title');
      const { webinarId, status, position } = booked.registration;
      this.dispatchEvent(new NptRegistrationSuccessEvent({ webinarId, status, ...(position ? { position } : {}) }));
      void this.sessions.run(); // seats changed
    },
    onFailure: (webinar, kind) => {
      this.dispatchEvent(new NptRegistrationErrorEvent({ webinarId: webinar.id, kind }));
      if (kind === 'closed') void this.sessions.run();
    },
    onBack: () => this.showSessions(),
  });

  /** The managing view, from its own chunk, created when the page's address holds a booking. */
  private manage: ManageController | undefined;
  private manageLoading: Promise<ManageController> | undefined;
  private readonly manageOptions = (): ManageOptions => ({
    api: () => this.client(),
    context: () => this.context,
    ref: () => this.ref,
    session: (id) => this.sessions.value?.find((w) => w.id === id),
    sessionsPending: () => this.sessions.status === TaskStatus.PENDING || this.sessions.status === TaskStatus.INITIAL,
    onCancelled: (ref, registration) => {
      this.dispatchEvent(new NptRegistrationCancelEvent({ webinarId: ref.webinarId, status: registration.status }));
      // The link is spent: out of the address bar (and of the history entry).
      history.replaceState(history.state, '', withoutBooking(location.href));
      void this.sessions.run();
    },
    onCancelFailed: (ref) => this.dispatchEvent(new NptRegistrationErrorEvent({ webinarId: ref.webinarId, kind: 'cancel' })),
    onSeeSessions: () => {
      history.replaceState(history.state, '', withoutBooking(location.href));
      this.ref = undefined;
      this.showSessions();
    },
  });

  private loadManage(): Promise<ManageController> {
    return (this.manageLoading ??= import('./manage/manage-controller.js').then(
      (m) => (this.manage = new m.ManageController(this, this.manageOptions())),
    ));
  }

  private apiClient: { base: string; api: Promise<WebinarApi> } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.readLocation);
    window.addEventListener('popstate', this.readLocation);
    // The first reading waits for the first update (see willUpdate); a widget moved in the page reads it again.
    if (this.hasUpdated) this.readLocation(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.readLocation);
    window.removeEventListener('popstate', this.readLocation);
  }

  /** Resolves once the current language's strings are loaded. */
  get translationsReady(): Promise<void> {
    return this.strings.ready();
  }

  private get t(): WebinarStrings {
    return this.strings.t;
  }

  private get context(): SessionContext {
    return { t: this.t, locale: this.locale, visitorZone: this.visitorTimeZone || undefined };
  }

  private client(base = this.apiBase(this.api) || '/v1'): Promise<WebinarApi> {
    if (this.apiClient?.base !== base) this.apiClient = { base, api: import('./api.js').then((m) => m.webinarApi(base)) };
    return this.apiClient.api;
  }

  /** Absolute URL of the API, for the calendar link (the same resolution as the client's). */
  private calendarUrl(webinarId: string): string {
    const base = (this.apiBase(this.api) || '/v1').replace(/\/$/, '');
    return new URL(`${base}/webinars/${encodeURIComponent(webinarId)}/calendar.ics`, document.baseURI).href;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Not on connection: `api` set as a property before the tag was defined is only applied by Lit now, and a
    // booking link in the URL is loaded from that API.
    if (!this.hasUpdated) this.readLocation(false);
    else if (changed.has('api') && this.ref) this.manage?.load();
  }

  override render() {
    const t = this.t;
    return html`<h2 class="title">${t.title}</h2>
      ${this.renderView()} ${this.registration?.form.liveRegion() ?? ''}`;
  }

  private renderView() {
    const view = this.view;
    if (view.kind === 'manage') return this.manage?.render() ?? html`<p class="loading" role="status">${this.t.loadingBooking}</p>`;
    if (view.kind === 'form' && this.registration?.webinar) return this.registration.render();
    if (view.kind === 'done') {
      const { booked } = view;
      const others = this.offered().filter((w) => w.id !== booked.webinar.id && w.status !== 'closed');
      return renderConfirmation(booked, this.context, {
        calendarUrl: this.calendarUrl(booked.webinar.id),
        manageUrl: bookingUrl(location.href, { webinarId: booked.webinar.id, token: booked.registration.token }),
        ...(others.length ? { onAnother: () => this.showSessions() } : {}),
      });
    }
    return this.renderSessions();
  }

  private renderSessions() {
    const t = this.t;
    return this.sessions.render({
      initial: () => html`<p class="loading" role="status">${t.loading}</p>`,
      pending: () => (this.sessions.value ? this.renderList(this.sessions.value) : html`<p class="loading" role="status">${t.loading}</p>`),
      error: () =>
        html`<div class="api-down" part="api-down" role="alert">
          <p>${t.apiDown}</p>
          <button type="button" @click=${() => void this.sessions.run()}>${t.retry}</button>
        </div>`,
      complete: (list) => this.renderList(list),
    });
  }

  private renderList(list: readonly Webinar[]) {
    const t = this.t;
    const offered = selectSessions(list, { webinar: this.webinar, theme: this.theme });
    if (offered.length === 0) {
      return html`<div class="empty" part="empty" role="status">
        <p>${t.empty}</p>
        <p class="hint">${t.emptyHint}</p>
      </div>`;
    }
    return renderSessions(offered, this.context, (w) => void this.openForm(w));
  }

  private offered(): Webinar[] {
    return selectSessions(this.sessions.value ?? [], { webinar: this.webinar, theme: this.theme });
  }

  private async openForm(webinar: Webinar): Promise<void> {
    if (!this.registration) {
      const { RegistrationForm } = await import('./form/registration-form.js');
      this.registration ??= new RegistrationForm(this, this.formOptions());
    }
    this.registration.open(webinar);
    this.view = { kind: 'form' };
  }

  private showSessions(): void {
    const from = this.view.kind === 'form' ? this.registration?.webinar?.id : undefined;
    this.view = { kind: 'sessions' };
    this.focusLater.focusAfterRender(() =>
      this.renderRoot.querySelector<HTMLElement>(from ? `#session-${CSS.escape(from)} ~ button` : '.title'),
    );
  }

  /** A booking link in the address (fragment or query) opens the managing view. */
  private readonly readLocation = (moveFocus: unknown = true): void => {
    const ref = readBookingRef(location.href);
    if (ref && location.search.includes('inscription=')) {
      // Move a reference found in the query to the fragment: a fragment never leaves in a Referer.
      history.replaceState(history.state, '', bookingUrl(location.href, ref));
    }
    const changed = ref?.token !== this.ref?.token || ref?.webinarId !== this.ref?.webinarId;
    this.ref = ref;
    if (ref && changed) {
      this.view = { kind: 'manage' };
      // Not on arrival: focus stays where the page puts it; after a link followed within the page, it follows
      // (to the widget's title while the booking loads, then to the booking's heading).
      const follow = moveFocus === true || moveFocus instanceof Event;
      // Unless another link replaced this one meanwhile (hashchange and popstate both report each change).
      void this.loadManage().then((manage) => {
        if (this.ref?.token === ref.token) manage.load(follow);
      });
      if (follow) this.focusLater.focusAfterRender('.title');
    } else if (!ref && this.view.kind === 'manage') {
      this.view = { kind: 'sessions' };
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'npt-webinar-registration': NptWebinarRegistration;
  }
}
