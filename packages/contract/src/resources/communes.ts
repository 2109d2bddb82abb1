import * as z from 'zod/mini';

/** A commune of the Métropole du Grand Paris, as served by `GET /v1/communes`. */
export const CommuneSchema = z.object({
  /** Code INSEE (code officiel géographique), e.g. "93066"; Paris is one commune, "75056". */
  code: z.string().check(z.regex(/^\d[\dAB]\d{3}$/)),
  /** Official name, e.g. "Saint-Denis". */
  nom: z.string(),
  /** Postal codes; some are shared by several communes (94440, 94520) and Paris has 21. */
  codesPostaux: z.array(z.string().check(z.regex(/^\d{5}$/))),
  /** Département code, e.g. "93". */
  departement: z.string(),
  /** Population from the official list, null when unknown. */
  population: z.nullable(z.int()),
});
export type Commune = z.infer<typeof CommuneSchema>;

export const CommuneListSchema = z.array(CommuneSchema);
export type CommuneList = z.infer<typeof CommuneListSchema>;
