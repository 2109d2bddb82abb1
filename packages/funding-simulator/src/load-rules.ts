import { FundingRulesSchema, type FundingRules } from '@npt/contract';
import { createApiClient } from '@npt/api-client';

/**
 * Reads the funding rules from the programme's API, parsed with the contract's schema. Loaded on demand
 * (a separate chunk on the CDN) only when the widget has an `api`: the HTTP client and zod stay out of
 * the pages that use the bundled rules.
 */
export function loadRules(api: string, signal: AbortSignal): Promise<FundingRules> {
  return createApiClient({ baseUrl: api, timeoutMs: 8000, retries: 1 }).get('/funding-rules', FundingRulesSchema, { signal });
}
