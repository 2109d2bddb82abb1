// <npt-webinar-registration> in Chromium against the fake API: every state a person meets, with axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Registration, Webinar } from '@npt/contract';
import { expectAccessible, FAKE_API, fakeApi, upgradedLate, type FakeRoute } from '@npt/testing';
import '../src/define.js';
import { NptWebinarRegistration } from '../src/npt-webinar-registration.js';

const TOKEN = 'AbC_123-xyzAbC_123-xyz12';
const session = (id: string, extra: Partial<Webinar> = {}): Webinar => ({
  id,
  title: `Session ${id}`,
  description: 'Présentation du programme.',
  startsAt: '2026-03-17T13:00:00.000Z',
  endsAt: '2026-03-17T14:30:00.000Z',
  capacity: 30,
  seatsLeft: 12,
  waitingCount: 0,
  status: 'open',
  ...extra,
});
const SESSIONS = [
  session('ouverte'),
  session('complete', {
    seatsLeft: 0,
    waitingCount: 2,
    status: 'waiting-list',
    startsAt: '2026-03-18T13:00:00.000Z',
    endsAt: '2026-03-18T14:00:00.000Z',
  }),
  session('commencee', { status: 'closed', startsAt: '2026-03-19T13:00:00.000Z', endsAt: '2026-03-19T14:00:00.000Z' }),
];
const COMMUNES = [{ code: '93048', nom: 'Montreuil', codesPostaux: ['93100'], departement: '93', population: 111_000 }];

const shadow = (el: NptWebinarRegistration) => el.shadowRoot!;
const text = (el: NptWebinarRegistration) => shadow(el).textContent.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(el: NptWebinarRegistration, selector: string) => shadow(el).querySelector<T>(selector)!;
const byText = (el: NptWebinarRegistration, selector: string, content: string | RegExp) =>
  [...shadow(el).querySelectorAll<HTMLElement>(selector)].find((n) =>
    typeof content === 'string' ? n.textContent.trim() === content : content.test(n.textContent),
  )!;
const until = (el: NptWebinarRegistration, what: string | RegExp) =>
  waitUntil(() => (typeof what === 'string' ? text(el).includes(what) : what.test(text(el))), `"${what}" never showed`, { timeout: 5000 });

async function mount(
  attrs = '',
  routes: FakeRoute[] = [
    { path: '/webinars', body: SESSIONS },
    { path: '/communes', body: COMMUNES },
  ],
) {
  await fakeApi(routes);
  const el = await fixture<NptWebinarRegistration>(
    html`<npt-webinar-registration
      api=${FAKE_API}
      visitor-time-zone="America/Toronto"
      notice-url="/notice"
      .webinar=${attrs}
    ></npt-webinar-registration>`,
  );
  return el;
}

function typeInto(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

/** Records the bodies the widget POSTs (the fake API keeps only counts). */
function recordPosts(): { bodies: unknown[]; restore: () => void } {
  const original = window.fetch.bind(window);
  const bodies: unknown[] = [];
  window.fetch = (input, init) => {
    if (init?.method === 'POST' && typeof init.body === 'string') bodies.push(JSON.parse(init.body));
    return original(input, init);
  };
  return { bodies, restore: () => (window.fetch = original) };
}

afterEach(() => history.replaceState(null, '', location.pathname));

describe('sessions', () => {
  it('loads, then lists each session with Paris time, the visitor’s time, duration and seats', async () => {
    await fakeApi([{ path: '/webinars', body: SESSIONS, delay: 300 }]);
    const el = await fixture<NptWebinarRegistration>(
      html`<npt-webinar-registration api=${FAKE_API} visitor-time-zone="America/Toronto"></npt-webinar-registration>`,
    );
    expect(text(el)).to.include('Chargement des webinaires…');
    await expectAccessible(el);
    await until(el, 'Session ouverte');
    const cards = [...shadow(el).querySelectorAll('li.session')];
    expect(cards.length).to.equal(3);
    expect(cards[0].querySelector('.when')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'mardi 17 mars 2026, 14 h 00 (heure de Paris), 9 h 00 à Montréal Durée : 1 h 30',
    );
    expect(cards[0].querySelector('.seats')!.textContent).to.equal('12 places restantes');
    expect(cards[1].querySelector('.seats')!.textContent).to.equal('Complet : liste d’attente ouverte');
    expect(cards[1].querySelector('button')!.textContent.trim()).to.equal('S’inscrire sur la liste d’attente');
    expect(cards[2].querySelector('.seats')!.textContent).to.equal('Inscriptions closes : la session a commencé');
    expect(cards[2].querySelector('button'), 'no button once started').to.equal(null);
    await expectAccessible(el);
  });

  it('keeps to one session or a theme when the webmaster says so', async () => {
    const el = await mount('complete');
    await until(el, 'Session complete');
    expect(shadow(el).querySelectorAll('li.session').length).to.equal(1);
  });

  it('says when no session is planned', async () => {
    const el = await mount('', [{ path: '/webinars', body: [] }]);
    await until(el, 'Aucun webinaire n’est prévu pour le moment.');
    await expectAccessible(el);
  });

  it('says when the API is down and offers "Réessayer", which loads the sessions once it is back', async () => {
    const el = await mount('', [{ path: '/webinars', status: 503, body: { title: 'down' } }]);
    await until(el, 'Les webinaires n’ont pas pu être chargés');
    expect($(el, '[part="api-down"]').getAttribute('role')).to.equal('alert');
    await expectAccessible(el);
    await fakeApi([{ path: '/webinars', body: SESSIONS }]);
    byText(el, 'button', 'Réessayer').click();
    await until(el, 'Session ouverte');
  });

  it('speaks English on an English page', async () => {
    await fakeApi([{ path: '/webinars', body: SESSIONS }]);
    const el = await fixture<NptWebinarRegistration>(
      html`<npt-webinar-registration lang="en" api=${FAKE_API} visitor-time-zone="America/Toronto"></npt-webinar-registration>`,
    );
    await el.translationsReady;
    await until(el, '12 seats left');
    expect(text(el)).to.include('2:00 pm (Paris time), 9:00 am in Montreal');
    expect(text(el)).to.include('Full: waiting list open');
  });
});

describe('registration form', () => {
  async function openForm(id = 'ouverte') {
    const el = await mount();
    await until(el, 'Session ouverte');
    (shadow(el).querySelector(`li[data-id="${id}"] button`) as HTMLButtonElement).click();
    await waitUntil(() => shadow(el).querySelector('form'), 'the form never opened', { timeout: 5000 });
    await el.updateComplete;
    return el;
  }

  async function fill(el: NptWebinarRegistration) {
    typeInto($<HTMLInputElement>(el, '#reg-first-name'), 'Léa');
    typeInto($<HTMLInputElement>(el, '#reg-last-name'), 'Martin');
    typeInto($<HTMLInputElement>(el, '#reg-email'), 'lea@example.org');
    typeInto($<HTMLInputElement>(el, '#reg-organisation'), 'Montr');
    await waitUntil(() => shadow(el).querySelector('[role="option"]'), 'no commune suggested', { timeout: 5000 });
    (shadow(el).querySelector('[role="option"]') as HTMLElement).click();
    $<HTMLInputElement>(el, 'input[name="role"][value="mediator"]').click();
    $<HTMLInputElement>(el, 'input[name="needs"][value="captions"]').click();
    $<HTMLInputElement>(el, 'input[name="consent"]').click();
    await el.updateComplete;
  }

  it('moves focus to the form’s heading, shows the data essentials before the button, and the honeypot stays out of reach', async () => {
    const el = await openForm();
    expect(shadow(el).activeElement?.id).to.equal('form-title');
    const essentials = $(el, '[part="essentials"]');
    expect(essentials.compareDocumentPosition($(el, 'button[type="submit"]')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(essentials.querySelector('a')!.getAttribute('href')).to.equal('/notice');
    const honeypot = $<HTMLInputElement>(el, 'input[name="website"]');
    expect(honeypot.tabIndex).to.equal(-1);
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('a failed submit focuses the error summary, which names each field', async () => {
    const el = await openForm();
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    await waitUntil(() => shadow(el).activeElement?.classList.contains('error-summary'), 'summary not focused', { timeout: 5000 });
    const summary = $(el, '.error-summary').textContent;
    for (const label of ['Prénom', 'Nom', 'Adresse e-mail', 'Organisation ou commune', 'Vous êtes']) expect(summary).to.include(label);
    await expectAccessible(el);
  });

  it('"other" need asks which; sends the fields, anti-spam and the page; answers with the waiting-list rank', async () => {
    await fakeApi([
      { path: '/webinars', body: SESSIONS },
      { path: '/communes', body: COMMUNES },
      {
        method: 'POST',
        path: '/webinars/complete/registrations',
        status: 201,
        body: { token: TOKEN, webinarId: 'complete', status: 'waiting', position: 3 } satisfies Registration,
      },
    ]);
    const el = await fixture<NptWebinarRegistration>(html`<npt-webinar-registration api=${FAKE_API}></npt-webinar-registration>`);
    await until(el, 'Session complete');
    (shadow(el).querySelector('li[data-id="complete"] button') as HTMLButtonElement).click();
    await waitUntil(() => shadow(el).querySelector('form'), 'no form', { timeout: 5000 });
    expect(text(el)).to.include('Cette session est complète');
    await fill(el);
    $<HTMLInputElement>(el, 'input[name="needs"][value="other"]').click();
    await el.updateComplete;
    const other = $<HTMLInputElement>(el, '#reg-needs-other');
    expect(other, 'the "other" text field shows').to.be.instanceOf(HTMLInputElement);
    const posts = recordPosts();
    try {
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      await el.updateComplete;
      expect(text(el)).to.include('Précisez votre besoin');
      typeInto(other, 'Pauses régulières');
      const success = oneEvent(el, 'npt-registration-success');
      $<HTMLButtonElement>(el, 'button[type="submit"]').click();
      const event = await success;
      expect(event.detail).to.deep.equal({ webinarId: 'complete', status: 'waiting', position: 3 });
      const body = posts.bodies[0] as Record<string, unknown>;
      expect(body).to.include({
        firstName: 'Léa',
        lastName: 'Martin',
        email: 'lea@example.org',
        organisation: 'Montreuil',
        communeCode: '93048',
        role: 'mediator',
        needsOther: 'Pauses régulières',
        consent: true,
      });
      expect(body.needs).to.deep.equal(['captions', 'other']);
      expect(body.pageUrl).to.equal(location.href.split('#')[0]);
      expect((body.antispam as { fillMs: number }).fillMs).to.be.a('number');
      expect(body).to.not.have.property('website');
    } finally {
      posts.restore();
    }
    await until(el, 'Vous êtes 3e sur la liste d’attente.');
    expect(shadow(el).activeElement?.id).to.equal('done-title');
    expect($(el, '[part="manage-link"]').getAttribute('href')).to.match(new RegExp(`#inscription=complete\\.${TOKEN}$`));
    expect($(el, '[part="calendar"]').getAttribute('href')).to.equal(
      new URL(`${FAKE_API}/webinars/complete/calendar.ics`, location.href).href,
    );
    expect(text(el)).to.include('Un e-mail récapitulatif est envoyé à lea@example.org.');
    await expectAccessible(el);
  });

  it('keeps what was typed in a draft: a reload restores it with "Recommencer"', async () => {
    localStorage.clear();
    const first = await openForm();
    typeInto($<HTMLInputElement>(first, '#reg-first-name'), 'Noé');
    typeInto($<HTMLInputElement>(first, '#reg-email'), 'noe@example.org');
    await new Promise((r) => setTimeout(r, 600)); // the draft is saved after a pause in typing
    first.remove();
    const again = await openForm('complete');
    expect($<HTMLInputElement>(again, '#reg-first-name').value).to.equal('Noé');
    expect($<HTMLInputElement>(again, '#reg-email').value).to.equal('noe@example.org');
    const restart = byText(again, 'button', /Recommencer/);
    expect(restart, 'the restart button').to.be.instanceOf(HTMLButtonElement);
    await expectAccessible(again);
    restart.click();
    await again.updateComplete;
    expect($<HTMLInputElement>(again, '#reg-first-name').value).to.equal('');
    localStorage.clear();
  });

  it('the same e-mail twice: said in words, every value kept, the host page told', async () => {
    await fakeApi([
      { path: '/webinars', body: SESSIONS },
      { path: '/communes', body: COMMUNES },
      {
        method: 'POST',
        path: '/webinars/ouverte/registrations',
        status: 409,
        body: { type: 'urn:npt:problem:already-registered', title: 'Already registered', status: 409 },
        headers: { 'content-type': 'application/problem+json' },
      },
    ]);
    const el = await fixture<NptWebinarRegistration>(html`<npt-webinar-registration api=${FAKE_API}></npt-webinar-registration>`);
    await until(el, 'Session ouverte');
    (shadow(el).querySelector('li[data-id="ouverte"] button') as HTMLButtonElement).click();
    await waitUntil(() => shadow(el).querySelector('form'), 'no form', { timeout: 5000 });
    await fill(el);
    const failed = oneEvent(el, 'npt-registration-error');
    $<HTMLButtonElement>(el, 'button[type="submit"]').click();
    expect((await failed).detail).to.deep.equal({ webinarId: 'ouverte', kind: 'already-registered' });
    await until(el, 'Cette adresse e-mail est déjà inscrite à cette session.');
    expect($<HTMLInputElement>(el, '#reg-email').value).to.equal('lea@example.org');
    await expectAccessible(el);
  });
});

describe('managing a booking', () => {
  const mountManage = async (routes: FakeRoute[]) => {
    history.replaceState(null, '', `${location.pathname}#inscription=ouverte.${TOKEN}`);
    await fakeApi([{ path: '/webinars', body: SESSIONS }, ...routes]);
    return fixture<NptWebinarRegistration>(html`<npt-webinar-registration api=${FAKE_API}></npt-webinar-registration>`);
  };

  it('loads a booking link from the api set before the tag was defined (a framework before the loader), and from it only', async () => {
    history.replaceState(null, '', `${location.pathname}#inscription=ouverte.${TOKEN}`);
    await fakeApi([
      { path: '/webinars', body: SESSIONS },
      {
        path: `/webinars/ouverte/registrations/${TOKEN}`,
        body: { token: TOKEN, webinarId: 'ouverte', status: 'registered', joinUrl: 'https://visio.example.org/x' },
      },
    ]);
    const original = window.fetch.bind(window);
    const asked: string[] = [];
    window.fetch = (input, init) => {
      asked.push(new URL(input instanceof Request ? input.url : String(input), location.href).href);
      return original(input, init);
    };
    try {
      const wrapper = await fixture('<div></div>');
      const el = await upgradedLate<NptWebinarRegistration>(NptWebinarRegistration, { api: FAKE_API }, wrapper);
      await until(el, 'Inscription confirmée : votre place est réservée.');
      const base = new URL(FAKE_API, location.href).href;
      expect(asked.filter((url) => !url.startsWith(base))).to.deep.equal([]);
      await expectAccessible(el);
    } finally {
      window.fetch = original;
    }
  });

  it('shows the booking with the meeting link, and cancels after a confirmation step', async () => {
    const el = await mountManage([
      {
        path: `/webinars/ouverte/registrations/${TOKEN}`,
        body: { token: TOKEN, webinarId: 'ouverte', status: 'registered', joinUrl: 'https://visio.example.org/x' },
      },
      { method: 'DELETE', path: `/webinars/ouverte/registrations/${TOKEN}`, status: 204 },
    ]);
    await until(el, 'Inscription confirmée : votre place est réservée.');
    expect($(el, '[part="join-link"]').getAttribute('href')).to.equal('https://visio.example.org/x');
    expect($(el, '[part="join-link"]').getAttribute('rel')).to.include('noreferrer');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '[part="cancel"]').click();
    await until(el, 'Voulez-vous vraiment annuler votre inscription à « Session ouverte » ?');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('confirm-cancel-question');
    await expectAccessible(el);
    // "No" keeps it.
    byText(el, 'button', 'Non, garder mon inscription').click();
    await el.updateComplete;
    expect(text(el)).to.not.include('Voulez-vous vraiment');
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('cancel');
    $<HTMLButtonElement>(el, '[part="cancel"]').click();
    await el.updateComplete;
    const cancelled = oneEvent(el, 'npt-registration-cancel');
    byText(el, 'button', 'Oui, annuler mon inscription').click();
    expect((await cancelled).detail).to.deep.equal({ webinarId: 'ouverte', status: 'registered' });
    await until(el, 'Votre inscription est annulée.');
    await el.updateComplete;
    // Focus on the message, so that a screen reader says the booking is cancelled (the heading did not change).
    expect(shadow(el).activeElement?.textContent).to.include('Votre inscription est annulée.');
    expect(location.hash).to.equal('');
    await expectAccessible(el);
  });

  it('on the waiting list: the rank, and no meeting link (even were the API to send one)', async () => {
    const el = await mountManage([
      {
        path: `/webinars/ouverte/registrations/${TOKEN}`,
        body: { token: TOKEN, webinarId: 'ouverte', status: 'waiting', position: 2, joinUrl: 'https://visio.example.org/x' },
      },
    ]);
    await until(el, 'Vous êtes 2e sur la liste d’attente.');
    expect(shadow(el).querySelector('[part="join-link"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('a managing link followed within the page: the booking’s heading takes focus once it has loaded', async () => {
    await fakeApi([
      { path: '/webinars', body: SESSIONS },
      { path: `/webinars/ouverte/registrations/${TOKEN}`, body: { token: TOKEN, webinarId: 'ouverte', status: 'registered' } },
    ]);
    const el = await fixture<NptWebinarRegistration>(html`<npt-webinar-registration api=${FAKE_API}></npt-webinar-registration>`);
    await until(el, 'Session ouverte');
    location.hash = `inscription=ouverte.${TOKEN}`;
    await until(el, 'Inscription confirmée : votre place est réservée.');
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('manage-title');
  });

  it('an unknown or cancelled link says so and leads back to the sessions', async () => {
    const el = await mountManage([
      { path: `/webinars/ouverte/registrations/${TOKEN}`, status: 404, body: { title: 'No live registration', status: 404 } },
    ]);
    await until(el, 'Nous ne trouvons pas cette inscription.');
    await expectAccessible(el);
    byText(el, 'button', 'Voir les webinaires').click();
    await until(el, 'Session ouverte');
  });
});
