// The participation form's values (what the person typed) and how they become the contract's request.
// Pure: no DOM, tested in node.
import { decodeSimulation, hasProject } from '@npt/contract';

/** The steps of the form, in order; "support" and "project" only when their components are chosen. */
export const STEP_IDS = ['commune', 'contact', 'components', 'support', 'project', 'comments', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The value paths each step asks for: checked before the next step, and where a server error sends the person. */
export const STEP_PATHS: Record<StepId, readonly string[]> = {
  commune: ['communeCode'],
  contact: ['signerName', 'signerRole', 'contactName', 'role', 'email', 'phone'],
  components: ['components'],
  support: ['expectedPeople', 'prescribers', 'structures'],
  project: ['projectDescription', 'projectCost'],
  comments: ['message'],
  review: ['consent', 'antispam'],
};

type Values = Record<string, unknown>;

const components = (values: Values): string[] => (Array.isArray(values.components) ? (values.components as string[]) : []);

/** The steps for the components chosen so far. */
export function stepIds(values: Values): StepId[] {
  const chosen = components(values);
  return STEP_IDS.filter((id) => (id === 'support' ? chosen.includes('support') : id === 'project' ? hasProject(chosen) : true));
}

/** The step showing `path` (a server's field error), among `steps`; the last step when none does. */
export function stepOfPath(path: string, steps: readonly StepId[]): number {
  const i = steps.findIndex((id) => STEP_PATHS[id].some((p) => path === p || path.startsWith(`${p}.`)));
  return i < 0 ? steps.length - 1 : i;
}

/** An empty form for the funding rules' years. */
export function initialValues(years: readonly number[]): Values {
  return {
    communeCode: '',
    signerName: '',
    signerRole: '',
    contactName: '',
    role: '',
    email: '',
    phone: '',
    components: [],
    expectedPeople: Object.fromEntries(years.map((y) => [String(y), ''])),
    prescribers: [],
    structures: [],
    projectDescription: '',
    projectCost: '',
    message: '',
    consent: false,
  };
}

export const emptyPrescriber = () => ({ organisation: '', kind: '', email: '' });
export const emptyStructure = () => ({ name: '', status: '', siret: '', address: '', peoplePerYear: '' });

/**
 * The simulator's figures (`sim.*` in the page URL) put into the fields still empty: what the person
 * typed, or restored from a draft, always wins. People figures tick "support" when nothing is ticked yet.
 */
export function withSimulation(values: Values, search: string, years: readonly number[]): Values {
  const sim = decodeSimulation(new URLSearchParams(search), years);
  const people = { ...(values.expectedPeople as Record<string, string>) };
  let filled = false;
  for (const [year, n] of Object.entries(sim.people)) {
    if (!people[year]) {
      people[year] = String(n);
      filled = true;
    }
  }
  const out: Values = { ...values, expectedPeople: people };
  if (sim.projectCost !== undefined && !values.projectCost) out.projectCost = String(sim.projectCost);
  if (filled && components(values).length === 0) out.components = ['support'];
  return out;
}

/** The fields of the components not chosen are not sent (a figure typed then unticked stays in the draft only). */
export function shape(input: Values): Values {
  const chosen = components(input);
  const out: Values = { ...input };
  if (!chosen.includes('support')) {
    delete out.expectedPeople;
    delete out.prescribers;
    delete out.structures;
  }
  if (!hasProject(chosen)) {
    delete out.projectDescription;
    delete out.projectCost;
  }
  return out;
}
