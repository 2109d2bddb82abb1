// Response schemas the routes share in the document.
import * as z from 'zod';

/** The answer of a conditional GET when the client's copy is current (`If-None-Match`): no body. */
export const NotModified = z.undefined().describe('Not modified: the copy the client holds (If-None-Match) is current.');
