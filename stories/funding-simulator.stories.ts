import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@npt/funding-simulator/define.js';
import type { NptFundingSimulator } from '@npt/funding-simulator';

interface Args {
  api: string;
  lang: string;
  applyUrl: string;
  values: Record<string, string>;
}

/** Types into the simulator's fields as a person would, once it has rendered. */
async function fill(el: NptFundingSimulator, values: Record<string, string>, commit: boolean) {
  await el.updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const input = el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) continue;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (commit) input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/npt-funding-simulator',
  tags: ['autodocs'],
  args: { api: '', lang: 'fr', applyUrl: '', values: {} },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the API; rules from `{api}/funding-rules`.' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    applyUrl: { control: 'text', description: 'Participation form page; the link carries the figures.' },
  },
  render: ({ api, lang, applyUrl, values }) => {
    const el = document.createElement('npt-funding-simulator') as NptFundingSimulator;
    el.noUrlState = true;
    if (api) el.api = api;
    if (applyUrl) el.applyUrl = applyUrl;
    el.lang = lang;
    void fill(el, values, true);
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};

export const Filled: Story = {
  args: {
    values: { 'people-2024': '600', 'people-2025': '1 200', 'people-2026': '2 000', 'project-cost': '150 000' },
    applyUrl: '/candidater.html',
  },
};

export const Capped: Story = {
  args: { values: { 'people-2024': '9 500', 'people-2025': '12 000', 'people-2026': '4 000', 'project-cost': '650 000' } },
};

export const InvalidInput: Story = {
  args: { values: { 'people-2024': 'douze', 'people-2025': '-40', 'people-2026': '12,5', 'project-cost': '1e12' } },
};

export const RulesFromApi: Story = {
  args: { api: './fixtures/v1', values: { 'people-2027': '900' } },
};

export const ApiDown: Story = {
  args: { api: './fixtures/no-such-api', values: { 'people-2024': '300' } },
};

export const English: Story = {
  args: { lang: 'en', values: { 'people-2024': '1,200', 'people-2026': '20,000' } },
};
