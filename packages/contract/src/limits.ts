/**
 * Bounds of the figures a commune types, shared by the simulator's inputs and the participation schema,
 * so that a figure the simulator accepts is never refused by the application, and the reverse.
 */

/** People supported in one year: more than the Métropole's 7.2 million inhabitants is a typing error. */
export const MAX_PEOPLE_PER_YEAR = 10_000_000;

/** Cost of a places/equipment project in euros: beyond 100 million it is a typing error (the grant stops at 200 000 €). */
export const MAX_PROJECT_COST = 100_000_000;
