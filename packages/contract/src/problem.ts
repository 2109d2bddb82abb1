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
