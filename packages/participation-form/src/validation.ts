// The zod part of the form, loaded apart (a chunk requested as soon as the element connects): the
// contract's schemas that check the values, and the API client that reads the answers with them. The
// form shows and keeps what is typed before it arrives; it waits for it before checking a step.
import { createApiClient } from '@npt/api-client';
import { missingForComponents, ParticipationRequestSchema, type ParticipationComponent, type ParticipationRequest } from '@npt/contract';
import { shape } from './request.js';

import { CommuneListSchema, FundingRulesSchema, ParticipationReceiptSchema } from '@npt/contract';

/** The calls the form makes, with the contract's schemas on every answer. */
export function participationApi(baseUrl: string) {
  const api = createApiClient({ baseUrl });
  return {
    communes: () => api.get('/communes', CommuneListSchema, { retries: 1 }),
    rules: () => api.get('/funding-rules', FundingRulesSchema, { retries: 1 }),
    submit: (body: unknown, o: { idempotencyKey: string; signal: AbortSignal }) =>
      api.post('/participations', body, ParticipationReceiptSchema, o),
  };
}

type Values = Record<string, unknown>;

/** A placeholder for the anti-spam fields while checking: the real ones are set when sending. */
const NO_ANTISPAM = { fillMs: 0 };

interface Issue {
  code: string;
  path: PropertyKey[];
  expected?: string;
}
type Parsed = { success: true; data: ParticipationRequest } | { success: false; error: { issues: readonly Issue[] } };

/**
 * The contract's schema as the form checks it: values shaped for the components chosen, and the fields
 * those components require reported on every check (the contract reports them only once the rest is
 * valid, too late for a form in steps).
 */
export const formSchema = {
  safeParse(input: unknown): Parsed {
    const shaped = shape(input as Values);
    const result = ParticipationRequestSchema.safeParse({ ...shaped, antispam: NO_ANTISPAM });
    const missing: Issue[] = missingForComponents(shaped as { components: ParticipationComponent[] }).map((path) => ({
      code: 'invalid_type',
      expected: 'string',
      path: [path],
    }));
    if (result.success) return missing.length ? { success: false, error: { issues: missing } } : result;
    const issues = result.error.issues as readonly Issue[];
    const reported = new Set(issues.map((i) => i.path.join('.')));
    return { success: false, error: { issues: [...issues, ...missing.filter((i) => !reported.has(i.path.join('.')))] } };
  },
};
