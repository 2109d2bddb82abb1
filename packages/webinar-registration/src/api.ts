// The webinar endpoints the widget calls, through the one API client (timeouts, retries of reads and of
// writes that carry an Idempotency-Key, zod parsing of every answer). A separate chunk on the CDN, loaded
// as the widget connects: the element's first paint does not wait for zod.
import * as z from 'zod/mini';
import { createApiClient, type WriteOptions } from '@npt/api-client';
import {
  CommuneListSchema,
  RegistrationSchema,
  WebinarListSchema,
  type Commune,
  type Registration,
  type RegistrationRequest,
  type WebinarList,
} from '@npt/contract';
import type { BookingRef } from './manage/booking-link.js';

export interface WebinarApi {
  sessions(theme: string, signal?: AbortSignal): Promise<WebinarList>;
  communes(signal?: AbortSignal): Promise<readonly Commune[]>;
  booking(ref: BookingRef, signal?: AbortSignal): Promise<Registration>;
  register(webinarId: string, body: RegistrationRequest, o: WriteOptions): Promise<Registration>;
  cancel(ref: BookingRef, o: WriteOptions): Promise<void>;
}

const enc = encodeURIComponent;
const registrationPath = (ref: BookingRef) => `/webinars/${enc(ref.webinarId)}/registrations/${enc(ref.token)}`;

export function webinarApi(baseUrl: string): WebinarApi {
  const client = createApiClient({ baseUrl, timeoutMs: 10_000, retries: 2 });
  return {
    sessions: (theme, signal) =>
      client.get('/webinars', WebinarListSchema, { ...(signal ? { signal } : {}), query: { theme: theme || undefined } }),
    communes: (signal) => client.get('/communes', CommuneListSchema, signal ? { signal } : {}),
    booking: (ref, signal) => client.get(registrationPath(ref), RegistrationSchema, signal ? { signal } : {}),
    register: (webinarId, body, o) => client.post(`/webinars/${enc(webinarId)}/registrations`, body, RegistrationSchema, o),
    cancel: (ref, o) => client.delete(registrationPath(ref), z.undefined(), o),
  };
}
