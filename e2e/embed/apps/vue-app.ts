// A Vue 3 app rendering the widgets through the loader (npt.js defines them once Vue has put the tags in
// the page): properties are forced with the `.` prefix (the element is not defined yet when Vue renders;
// Lit picks the values up when it upgrades), events listened to with on<Event-name>.
import { createApp, h, ref } from 'vue';
import { host } from './host-widgets.js';

const widgets = host.widgets();
const seen = ref<string[]>([]);

createApp({
  render: () =>
    h('div', [
      h(
        'p',
        { id: 'framework-events' },
        seen.value.length ? `Événements reçus par Vue : ${seen.value.join(', ')}` : 'Aucun événement reçu par Vue',
      ),
      ...widgets.map((w) =>
        h('div', { class: 'widget-box', key: w.tag }, [
          h(w.tag, {
            ...w.attrs,
            ...Object.fromEntries(Object.entries(w.props ?? {}).map(([k, v]) => [`.${k}`, v])),
            ...(w.event
              ? {
                  [`on${w.event[0]!.toUpperCase()}${w.event.slice(1)}`]: (e: Event) => {
                    host.record(w.tag, e.type);
                    if (!seen.value.includes(e.type)) seen.value = [...seen.value, e.type];
                  },
                }
              : {}),
          }),
        ]),
      ),
    ]),
}).mount('#widgets');
