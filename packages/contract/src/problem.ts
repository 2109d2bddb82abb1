import * as z from 'zod/mini';

/** RFC 9457 problem details, the body of every API error. */
export const ProblemSchema = z.looseObject({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** Field-level errors of a 400: `path` is the dotted path of the field in the request body. */
  errors: z.optional(z.array(z.object({ path: z.string(), message: z.string() }))),
});
export type Problem = z.infer<typeof ProblemSchema>;

/**
 * Problem `type`s a client can branch on, sent as `urn:npt:problem:<kind>`. The server writes them and
 * the widgets read them with `problemKind`, from this one list.
 */
export const PROBLEM_KINDS = [
  'validation',
  'not-found',
  'payload-too-large',
  'unsupported-media-type',
  'rate-limited',
  'idempotency-key-reused',
  'webinar-closed',
  'already-registered',
  'unauthorized',
  'internal',
  /** 503: the server sheds load for a moment; retry after the `Retry-After` seconds. */
  'overloaded',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

const PROBLEM_URN = 'urn:npt:problem:';

/** The `type` URI of a problem kind: `urn:npt:problem:validation`. */
export const problemType = (kind: ProblemKind): string => PROBLEM_URN + kind;

/** The kind of a problem (or of its `type`), or undefined for a type this contract does not know. */
export function problemKind(problem: { type?: string | undefined } | string | undefined): ProblemKind | undefined {
  const type = typeof problem === 'string' ? problem : problem?.type;
  const kind = type?.startsWith(PROBLEM_URN) ? type.slice(PROBLEM_URN.length) : undefined;
  return (PROBLEM_KINDS as readonly string[]).includes(kind ?? '') ? (kind as ProblemKind) : undefined;
}
