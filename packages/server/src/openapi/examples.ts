// Request and response examples of the document, by operationId. A test checks each against its schema
// and sends each request example to the server, so that an example an integrator copies works.
import { DEFAULT_FUNDING_RULES, MGP_COMMUNES } from '@npt/contract';

interface Example {
  summary: string;
  value: unknown;
}
interface OperationExamples {
  /** Examples of the JSON request body. */
  request?: Record<string, Example>;
  /** Examples of a success answer, by status. */
  responses?: Record<string, Record<string, Example>>;
}

const place = {
  id: 'mediation-numerique-93066-0001',
  pivot: '21930066600013',
  nom: 'Espace public numérique de la médiathèque',
  commune: 'Saint-Denis',
  code_postal: '93200',
  code_insee: '93066',
  adresse: '4 place de la Légion d’honneur',
  latitude: 48.9362,
  longitude: 2.3574,
  telephone: '+33123456789',
  horaires: 'Tu-Fr 10:00-18:00; Sa 10:00-13:00',
  typologie: 'BIB',
  services: 'Prendre en main un ordinateur|Réaliser des démarches administratives avec un accompagnement',
  frais_a_charge: 'Gratuit',
  modalites_acces: 'Se présenter|Téléphoner',
  date_maj: '2026-01-15',
  source: 'Métropole du Grand Paris',
};

const webinar = {
  id: 'decouvrir-le-programme-2026-03',
  title: 'Découvrir Numérique pour tous',
  description: 'Le programme, ses trois volets et le financement, en une heure, avec vos questions.',
  startsAt: '2026-03-12T09:30:00.000Z',
  endsAt: '2026-03-12T10:30:00.000Z',
  capacity: 100,
  seatsLeft: 37,
  waitingCount: 0,
  status: 'open',
};

const registered = {
  token: 'k3J9x2Qw7LmN4pR8sT1vY6zA',
  webinarId: webinar.id,
  status: 'registered',
};

export const OPERATION_EXAMPLES: Record<string, OperationExamples> = {
  listCommunes: {
    responses: { '200': { firstTwo: { summary: 'The first two of the 130 communes', value: MGP_COMMUNES.slice(0, 2) } } },
  },
  getFundingRules: {
    responses: { '200': { default: { summary: 'The programme’s rules by default', value: DEFAULT_FUNDING_RULES } } },
  },
  listPlaces: {
    responses: { '200': { onePage: { summary: 'A page of one place', value: { items: [place], total: 1, limit: 50, offset: 0 } } } },
  },
  getPlace: {
    responses: { '200': { place: { summary: 'A library’s public digital space', value: place } } },
  },
  submitParticipation: {
    request: {
      support: {
        summary: 'A commune joins the "support" component',
        value: {
          communeCode: '93066',
          signerName: 'Camille Martin',
          signerRole: 'Adjointe au numérique',
          contactName: 'Sami Benali',
          role: 'Chargé de mission inclusion numérique',
          email: 'inclusion.numerique@ville-saint-denis.fr',
          phone: '01 49 33 60 00',
          components: ['support'],
          expectedPeople: { '2024': 0, '2025': 120, '2026': 200 },
          consent: true,
          antispam: { fillMs: 184000 },
        },
      },
    },
    responses: {
      '201': {
        receipt: {
          summary: 'The application’s reference',
          value: { reference: 'NPT-2026-000123', receivedAt: '2026-03-02T09:30:00.000Z' },
        },
      },
    },
  },
  getAntispamChallenge: {
    responses: {
      '200': {
        challenge: {
          summary: 'A challenge of about a second of work',
          value: {
            parameters: {
              algorithm: 'PBKDF2/SHA-256',
              cost: 1000,
              expiresAt: 1773307800,
              keyLength: 32,
              keyPrefix: 'a272e4503dda7fd242ad052fffe23c14',
              keySignature: '3e71cda68c185fd2c18fcc9423f7d82c4805978726bf68e38f6c8a3c9d1446bc',
              nonce: '0c31fbaba49ef78b4233afc534427c3b',
              salt: 'da8b2638715bbb1d28a523f86a2c33be',
            },
            signature: 'e2ad48b0f49ee3dd6e743d26a95414115e9303fb79272b3508c48d1e783541b3',
          },
        },
      },
    },
  },
  listWebinars: {
    responses: { '200': { one: { summary: 'One upcoming session', value: [webinar] } } },
  },
  registerForWebinar: {
    request: {
      mediator: {
        summary: 'A mediator registers',
        value: {
          firstName: 'Léa',
          lastName: 'Durand',
          email: 'lea.durand@example.org',
          organisation: 'Montreuil',
          communeCode: '93048',
          role: 'mediator',
          needs: ['captions'],
          consent: true,
          antispam: { fillMs: 45000 },
        },
      },
    },
    responses: {
      '201': {
        registered: { summary: 'A seat was free', value: registered },
        waiting: { summary: 'The session is full: on the waiting list', value: { ...registered, status: 'waiting', position: 3 } },
      },
    },
  },
  getRegistration: {
    responses: {
      '200': {
        registered: {
          summary: 'A registered person, with the meeting link',
          value: { ...registered, joinUrl: 'https://visio.example.org/npt-2026-03' },
        },
      },
    },
  },
  getWebinarCalendar: {
    responses: {
      '200': {
        ics: {
          summary: 'The session as an event',
          value:
            'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Numerique pour tous//FR\r\nBEGIN:VEVENT\r\nUID:decouvrir-le-programme-2026-03@numerique-pour-tous.metropolegrandparis.fr\r\nDTSTART:20260312T093000Z\r\nDTEND:20260312T103000Z\r\nSUMMARY:Découvrir Numérique pour tous\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
        },
      },
    },
  },
  exportParticipations: {
    responses: {
      '200': {
        csv: {
          summary: 'The header row and one application',
          value: '\uFEFFreference,received_at,commune_code,commune\r\nNPT-2026-000123,2026-03-02T09:30:00.000Z,93066,Saint-Denis\r\n',
        },
      },
    },
  },
  exportParticipationPrescribers: {
    responses: {
      '200': {
        csv: {
          summary: 'One prescriber of one application',
          value:
            '\uFEFFreference,commune_code,position,organisation,kind,email\r\nNPT-2026-000123,93066,1,CCAS de Saint-Denis,ccas,ccas@ville-saint-denis.fr\r\n',
        },
      },
    },
  },
  exportParticipationStructures: {
    responses: {
      '200': {
        csv: {
          summary: 'One structure of one application',
          value:
            '\uFEFFreference,commune_code,position,name,status,siret,address,people_per_year\r\nNPT-2026-000123,93066,1,Association Lien numérique,associative,73282932000074,2 rue de la République 93200 Saint-Denis,150\r\n',
        },
      },
    },
  },
  exportWebinarRegistrations: {
    responses: {
      '200': {
        csv: {
          summary: 'The header row and one registration',
          value:
            '\uFEFFname,email,organisation,status,registered_at\r\nLéa Durand,lea.durand@example.org,Montreuil,registered,2026-03-01T08:00:00.000Z\r\n',
        },
      },
    },
  },
};
