import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@npt/participation-form/define.js';
import type { NptParticipationForm, StepId } from '@npt/participation-form';

interface Args {
  lang: string;
  /** The step to show, with the values below. */
  step: StepId;
  values: Record<string, unknown>;
  /** Show the errors of the step, as after "Continuer". */
  errors: boolean;
  /** Show the receipt of a received application. */
  success: boolean;
  /** Show the failure of a submission to an API that does not answer. */
  offline: boolean;
}

const filled = {
  communeCode: '93066',
  signerName: 'Mathieu Hanotin',
  signerRole: 'Maire',
  contactName: 'Awa Diallo',
  role: 'Cheffe de projet inclusion numérique',
  email: 'awa.diallo@example.org',
  phone: '01 49 33 66 66',
  components: ['places', 'support'],
  expectedPeople: { 2024: '1 200', 2025: '300', 2026: '20 000' },
  prescribers: [{ organisation: 'CCAS de Saint-Denis', kind: 'ccas', email: 'ccas@example.org' }],
  structures: [
    {
      name: 'La Poste – espace numérique',
      status: 'public',
      siret: '356 000 000 49837',
      address: '2 place du Caquet, 93200 Saint-Denis',
      peoplePerYear: '150',
    },
  ],
  projectDescription: 'Un lieu de médiation au centre social, six postes.',
  projectCost: '500 000',
  message: 'Nous souhaitons commencer en septembre.',
  consent: true,
};

async function show(el: NptParticipationForm, args: Args) {
  await el.updateComplete;
  if (Object.keys(args.values).length) el.form.reset({ ...el.form.values, ...args.values });
  const index = el.steps.steps.findIndex((s) => s.id === args.step);
  if (index > 0) el.steps.go(index);
  if (args.errors) el.form.validate(el.steps.current.paths);
  if (args.success) {
    // The receipt as the server sends it (stories never reach an API).
    Object.assign(el, {
      sent: { receipt: { reference: 'NPT-2026-000042', receivedAt: '2026-03-12T09:30:00.000Z' }, values: el.form.values },
    });
  }
  if (args.offline) await el.submitter.submit();
}

const meta: Meta<Args> = {
  title: 'Widgets/npt-participation-form',
  tags: ['autodocs'],
  args: { lang: 'fr', step: 'commune', values: {}, errors: false, success: false, offline: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    step: { control: 'select', options: ['commune', 'contact', 'components', 'support', 'project', 'comments', 'review'] },
  },
  render: (args) => {
    localStorage.clear();
    const el = document.createElement('npt-participation-form') as NptParticipationForm;
    el.noUrlState = true;
    // An API that does not exist here: the bundled communes and rules apply.
    el.api = '/no-api';
    el.privacyUrl = '#notice';
    el.lang = args.lang;
    void show(el, args);
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Commune: Story = {};
export const CommuneMissing: Story = { args: { errors: true } };
export const Contact: Story = { args: { step: 'contact', values: { communeCode: '93066' } } };
export const ContactInvalid: Story = {
  args: { step: 'contact', values: { ...filled, email: 'awa.diallo@', phone: '12 34' }, errors: true },
};
export const Components: Story = { args: { step: 'components', values: { ...filled, components: [] } } };
export const SupportFromSimulator: Story = { args: { step: 'support', values: filled } };
export const SupportInvalidSiret: Story = {
  args: { step: 'support', values: { ...filled, structures: [{ ...filled.structures[0], siret: '356 000 000 49838' }] }, errors: true },
};
export const Project: Story = { args: { step: 'project', values: filled } };
export const Comments: Story = { args: { step: 'comments', values: filled } };
export const Review: Story = { args: { step: 'review', values: filled } };
export const ServerDown: Story = { args: { step: 'review', values: filled, offline: true } };
export const Success: Story = { args: { step: 'review', values: filled, success: true } };
export const English: Story = { args: { lang: 'en', step: 'review', values: filled } };
