// Request bodies for the tests of the security review and of several processes.
import { RegistrationRequestSchema } from '@npt/contract';

const shape = (RegistrationRequestSchema as unknown as { shape: Record<string, unknown> }).shape;
/** A valid registration body, whatever the version of the form (one name, or first and last names). */
export function person(i: number | string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = { email: `personne.${i}@example.org`, consent: true };
  if ('name' in shape) body.name = `Personne ${i}`;
  if ('firstName' in shape) Object.assign(body, { firstName: 'Personne', lastName: String(i) });
  if ('role' in shape) body.role = 'commune-staff';
  if ('organisation' in shape) body.organisation = 'Mairie de Bellerive';
  if ('antispam' in shape) body.antispam = { fillMs: 8000 };
  return { ...body, ...overrides };
}
/** The name fields of a registration. */
export const nameFields = () => ('name' in shape ? ['name'] : ['firstName', 'lastName']);
