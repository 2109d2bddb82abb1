// Seeds an empty database with the demonstration data: generated places and four upcoming webinars.
// Each part is seeded only when its table is empty, so a restart never duplicates or overwrites anything.
import { normalisePlaces } from '@npt/contract';
import type { Db } from '../db/connect.js';
import { countPlaces, upsertPlaces } from '../services/places.js';
import { createWebinar, type WebinarInput } from '../services/webinars.js';
import { DEMO_SOURCE, generateDemoRecords } from './places.js';

const DEMO_PLACE_COUNT = 240;

/**
 * Four sessions 2, 4, 6 and 3 weeks after `now`, at 10:00 or 13:00 Paris time in winter (an hour later in
 * summer: the times are set in UTC), each with a theme; the small question-and-answer session (3 seats)
 * shows the waiting list on the demo site after a few registrations. The meeting links are examples.
 */
export function demoWebinars(now = new Date()): WebinarInput[] {
  const at = (days: number, hourUtc: number, minutes = 0) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hourUtc, minutes));
    return d.toISOString();
  };
  return [
    {
      id: 'decouvrir-le-programme',
      title: 'Découvrir « Numérique pour tous » (démonstration)',
      description: 'Les trois volets du programme, le calendrier et comment une commune y participe. Session de démonstration.',
      startsAt: at(14, 9),
      endsAt: at(14, 10),
      capacity: 100,
      theme: 'programme',
      joinUrl: 'https://visio.example.org/npt-decouvrir',
    },
    {
      id: 'financements',
      title: 'Financer ses lieux et son équipement (démonstration)',
      description: "Le Fonds Innover dans la Ville, l'aide par personne accompagnée et le simulateur. Session de démonstration.",
      startsAt: at(28, 9),
      endsAt: at(28, 10, 30),
      capacity: 50,
      theme: 'financement',
      joinUrl: 'https://visio.example.org/npt-financements',
    },
    {
      id: 'prescripteurs',
      title: 'Prescripteurs et structures de médiation (démonstration)',
      description: 'Organiser le parcours local avec le Hub Francil’IN. Session de démonstration.',
      startsAt: at(42, 12),
      endsAt: at(42, 13),
      capacity: 30,
      theme: 'parcours',
      joinUrl: 'https://visio.example.org/npt-prescripteurs',
    },
    {
      id: 'questions-reponses',
      title: 'Questions-réponses sur la candidature (démonstration)',
      description:
        'Une heure pour poser vos questions sur le formulaire de participation, en petit groupe. Session de démonstration à 3 places.',
      startsAt: at(21, 12),
      endsAt: at(21, 13),
      capacity: 3,
      theme: 'programme',
      joinUrl: 'https://visio.example.org/npt-questions',
    },
  ];
}

export interface SeedReport {
  places: { accepted: number; rejected: number } | null;
  webinars: number;
}

export async function seedIfEmpty(db: Db, now = new Date()): Promise<SeedReport> {
  const report: SeedReport = { places: null, webinars: 0 };
  if ((await countPlaces(db)) === 0) {
    const result = normalisePlaces(generateDemoRecords(DEMO_PLACE_COUNT), { source: 'demo' });
    await upsertPlaces(db, result.places, DEMO_SOURCE);
    report.places = { accepted: result.accepted, rejected: result.rejected };
  }
  const { n } = await db
    .selectFrom('webinars')
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(n) === 0) {
    for (const webinar of demoWebinars(now)) await createWebinar(db, webinar);
    report.webinars = demoWebinars(now).length;
  }
  return report;
}
