import * as z from 'zod/mini';

/** Largest `limit` a list endpoint accepts. */
export const MAX_PAGE_LIMIT = 1000;

/** A page of a list: `items` from `offset`, at most `limit` of them, out of `total` matching. */
export const PageSchema = <T extends z.core.$ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.int().check(z.gte(0)),
    limit: z.int().check(z.gte(0), z.lte(MAX_PAGE_LIMIT)),
    offset: z.int().check(z.gte(0)),
  });

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
