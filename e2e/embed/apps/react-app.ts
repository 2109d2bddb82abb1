// A React 19 app rendering the widgets: React 19 sets a custom element's known properties as properties
// and listens to its events with on<event-name> props. It renders once the elements are defined (their
// files imported), so that React sees the properties (an undefined element only gets attributes).
import { StrictMode, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { host } from './host-widgets.js';

const widgets = host.widgets();
await Promise.all(widgets.map((w) => import(/* @vite-ignore */ `/cdn/latest/${w.file}`)));

function App() {
  const [seen, setSeen] = useState<string[]>([]);
  return createElement(
    'div',
    null,
    createElement(
      'p',
      { id: 'framework-events' },
      seen.length ? `Événements reçus par React : ${seen.join(', ')}` : 'Aucun événement reçu par React',
    ),
    widgets.map((w) =>
      createElement(
        'div',
        { className: 'widget-box', key: w.tag },
        createElement(w.tag, {
          ...w.attrs,
          ...w.props,
          ...(w.event
            ? {
                [`on${w.event}`]: (e: Event) => {
                  host.record(w.tag, e.type);
                  setSeen((s) => (s.includes(e.type) ? s : [...s, e.type]));
                },
              }
            : {}),
        }),
      ),
    ),
  );
}

createRoot(document.getElementById('widgets')!).render(createElement(StrictMode, null, createElement(App)));
