// What the embedding tests find in a host page: demo/hosts/host.js (nptHost), journeys.browser.ts
// (nptCheck), axe-core when the test loads it, and the violations a test's init script records.
import type { NptCheck } from './journeys.browser.js';

declare global {
  var nptCheck: NptCheck;
  var nptHost: {
    violations: string[];
    errors: string[];
    events: string[];
    before: string | null;
    snapshot(): string;
  };
  var axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  var __violations: string[];
}
export {};
