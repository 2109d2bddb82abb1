import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@npt/webinar-registration/define.js';
import type { NptWebinarRegistration } from '@npt/webinar-registration';

interface Args {
  api: string;
  lang: string;
  webinar: string;
  theme: string;
  visitorTimeZone: string;
  /** Open the form of this session once the list is there. */
  open: string;
}

/** Clicks a session's button as a person would, once the list has rendered. */
async function openForm(el: NptWebinarRegistration, id: string) {
  for (let i = 0; i < 50; i++) {
    const button = el.shadowRoot?.querySelector<HTMLButtonElement>(`li[data-id="${id}"] button`);
    if (button) return button.click();
    await new Promise((r) => setTimeout(r, 100));
  }
}

const meta: Meta<Args> = {
  title: 'Widgets/npt-webinar-registration',
  tags: ['autodocs'],
  args: { api: './fixtures/v1', lang: 'fr', webinar: '', theme: '', visitorTimeZone: 'Europe/Paris', open: '' },
  argTypes: {
    api: { control: 'text', description: 'Base URL of the API: sessions from `{api}/webinars`, communes from `{api}/communes`.' },
    lang: { control: 'inline-radio', options: ['fr', 'en'] },
    webinar: { control: 'text', description: 'Only this session (its id).' },
    theme: { control: 'text', description: 'Only the sessions of this theme.' },
    visitorTimeZone: { control: 'text', description: 'The visitor’s time zone (by default the browser’s).' },
  },
  render: ({ api, lang, webinar, theme, visitorTimeZone, open }) => {
    const el = document.createElement('npt-webinar-registration');
    el.api = api;
    el.lang = lang;
    el.webinar = webinar;
    el.theme = theme;
    el.noticeUrl = '#notice';
    el.visitorTimeZone = visitorTimeZone;
    if (open) void openForm(el, open);
    return el;
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Sessions: Story = {};

export const VisitorInMontreal: Story = { args: { visitorTimeZone: 'America/Toronto' } };

export const OneTheme: Story = { args: { theme: 'financement' } };

export const RegistrationForm: Story = { args: { open: 'decouvrir-le-programme' } };

export const FullSessionForm: Story = { args: { open: 'financements' } };

export const NoUpcomingSession: Story = { args: { api: './fixtures/webinars-empty' } };

export const ApiDown: Story = { args: { api: './fixtures/no-such-api' } };

export const English: Story = { args: { lang: 'en', visitorTimeZone: 'America/Toronto' } };
