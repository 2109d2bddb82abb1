// A valid participation application (POST /v1/participations), typed by the contract's schema so that
// a field the schema adds or renames fails the type check here, in one place, rather than in each test.
import type * as z from 'zod/mini';
import type { ParticipationRequestSchema } from '@npt/contract';

export type ParticipationApplication = z.input<typeof ParticipationRequestSchema>;

/** A commune's application that the contract accepts; spread it and override what a test exercises. */
export function validApplication(over: Partial<ParticipationApplication> = {}): ParticipationApplication {
  return {
    communeCode: '93066',
    signerName: 'Mathieu Hanotin',
    signerRole: 'Maire',
    contactName: 'Awa Diallo',
    role: 'Cheffe de projet inclusion numérique',
    email: 'awa.diallo@example.org',
    phone: '01 23 45 67 89',
    components: ['places', 'support'],
    expectedPeople: { 2024: 120, 2025: 300, 2026: 450 },
    prescribers: [{ organisation: 'CCAS de Saint-Denis', kind: 'ccas', email: 'ccas@example.org' }],
    structures: [
      {
        name: 'Association Voisins numériques',
        status: 'associative',
        siret: '732 829 320 00074',
        address: '12 rue de la République, 93200 Saint-Denis',
        peoplePerYear: 150,
      },
    ],
    projectDescription: 'Deux nouveaux lieux de médiation en 2025, équipés de six postes chacun.',
    projectCost: 85000,
    message: 'Deux nouveaux lieux en 2025.',
    consent: true,
    // A person takes more than the minimum fill time (MIN_FILL_MS), and leaves the honeypot empty.
    antispam: { fillMs: 45_000 },
    ...over,
  };
}
