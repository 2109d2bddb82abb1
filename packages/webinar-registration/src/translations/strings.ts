import type { AccessibilityNeed, WebinarRole } from '@npt/contract';

/** Every text of the webinar registration widget, one implementation per language. */
export interface WebinarStrings {
  title: string;
  loading: string;
  empty: string;
  emptyHint: string;
  apiDown: string;
  retry: string;
  /** "12 places restantes". */
  seatsLeft: (n: number, formatted: string) => string;
  full: string;
  closed: string;
  duration: (d: string) => string;
  register: string;
  registerWaiting: string;
  /** Accessible name of a session's button: "S'inscrire : Découvrir le programme". */
  registerFor: (title: string) => string;
  sessionsLabel: string;

  formTitle: (title: string) => string;
  waitingNotice: string;
  firstName: string;
  lastName: string;
  email: string;
  emailHint: string;
  organisation: string;
  organisationHint: string;
  communesList: string;
  communesFound: (n: number) => string;
  role: string;
  roleRequired: string;
  roles: Record<WebinarRole, string>;
  needs: string;
  needsHint: string;
  needLabels: Record<AccessibilityNeed, string>;
  needsOther: string;
  consent: string;
  essentialsTitle: string;
  essentials: string;
  noticeLink: string;
  submit: string;
  submitWaiting: string;
  back: string;
  honeypot: string;
  alreadyRegistered: string;
  closedNow: string;

  registeredTitle: string;
  waitingTitle: string;
  /** "Vous êtes 3e sur la liste d'attente." */
  position: (rank: string) => string;
  registeredText: string;
  waitingText: string;
  emailSent: (email: string) => string;
  addToCalendar: string;
  manageLink: string;
  manageHint: string;
  another: string;

  manageTitle: string;
  loadingBooking: string;
  statusRegistered: string;
  joinLink: string;
  joinHint: string;
  noJoinLinkYet: string;
  waitingNoLink: string;
  sessionOver: string;
  cancel: string;
  confirmCancel: (title: string) => string;
  confirmCancelWaiting: string;
  confirmCancelYes: string;
  confirmCancelNo: string;
  cancelling: string;
  cancelled: string;
  cancelFailed: string;
  unknownBooking: string;
  unknownBookingHint: string;
  seeSessions: string;
}
