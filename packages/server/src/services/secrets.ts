// Secrets at rest. A registration token is stored as its SHA-256: it is 192 random bits, so a hash
// without salt cannot be reversed, and a copy of the database (a backup, a dump) cannot cancel or read
// anyone's registration.
import { createHash } from 'node:crypto';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
