// The filter controls: they read from and write to the view state, and call `changed()` after each change.

import { CLAIM_KINDS, SUPPORT_TYPES } from './graph-model.js';
import { EDGE_COLOURS } from './graph-style.js';
import { el, words } from './panel.js';

const $ = (id) => document.getElementById(id);

function checkboxes(container, values, selected, onChange) {
  container.replaceChildren(
    ...values.map((value) => {
      const box = el('input', { type: 'checkbox', value });
      box.checked = !selected || selected.includes(value);
      box.addEventListener('change', () => {
        const checked = [...container.querySelectorAll('input:checked')].map((b) => b.value);
        onChange(checked.length === values.length ? null : checked);
      });
      const swatch = EDGE_COLOURS[value]
        ? el('span', { class: 'swatch', style: `background:${EDGE_COLOURS[value]}` })
        : '';
      return el('label', {}, box, swatch, ` ${words(value)}`);
    }),
  );
}

export function setupControls(state, changed) {
  checkboxes($('kinds'), CLAIM_KINDS, state.kinds, (kinds) => {
    state.kinds = kinds;
    changed();
  });
  checkboxes($('support-types'), SUPPORT_TYPES, state.supportTypes, (types) => {
    state.supportTypes = types;
    changed();
  });
  const bind = (id, property, read, write = (v) => v) => {
    const input = $(id);
    if (input.type === 'checkbox') input.checked = state[property];
    else input.value = write(state[property]);
    input.addEventListener('change', () => {
      state[property] = read(input);
      changed(property);
    });
  };
  bind('min-certainty', 'minCertainty', (i) => i.value);
  bind('roll-up', 'rollUp', (i) => i.checked);
  bind('drafts', 'drafts', (i) => i.checked);
  bind('ties', 'ties', (i) => i.checked);
  bind('depth', 'depth', (i) => Number(i.value), String);
  $('legend-kinds').replaceChildren(
    ...Object.entries(EDGE_COLOURS).map(([kind, colour]) =>
      el(
        'span',
        { class: 'legend-kind' },
        el('span', { class: 'swatch', style: `background:${colour}` }),
        ` ${words(kind)} `,
      ),
    ),
  );
}

/** The time window: two sliders over the months the loaded claims span, and a play button. */
export function setupTimeWindow(state, changed) {
  const from = $('time-from');
  const to = $('time-to');
  let months = [];
  let timer;
  const show = () => {
    $('time-from-label').textContent = months[from.value] ?? '—';
    $('time-to-label').textContent = months[to.value] ?? '—';
  };
  const apply = () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    state.from = Number(from.value) > 0 ? months[from.value] : null;
    state.to = Number(to.value) < months.length - 1 ? months[to.value] : null;
    show();
    changed();
  };
  from.addEventListener('input', apply);
  to.addEventListener('input', apply);
  $('play').addEventListener('click', () => {
    if (timer) return stop();
    $('play').textContent = '⏸ Pause';
    to.value = from.value;
    apply();
    timer = setInterval(() => {
      if (Number(to.value) >= months.length - 1) return stop();
      to.value = Number(to.value) + 1;
      apply();
    }, 600);
  });
  function stop() {
    clearInterval(timer);
    timer = undefined;
    $('play').textContent = '▶ Play forward';
  }
  /** New claims were loaded: the sliders span their months, keeping the window asked for. */
  return function update(newMonths) {
    months = newMonths;
    for (const input of [from, to, $('play')]) input.disabled = months.length < 2;
    from.max = to.max = String(Math.max(0, months.length - 1));
    const index = (value, fallback) => {
      if (!value) return fallback;
      const i = months.findIndex((m) => m >= value);
      return i === -1 ? months.length - 1 : i;
    };
    from.value = String(index(state.from, 0));
    const last = state.to ? months.findLastIndex((m) => m <= state.to) : months.length - 1;
    to.value = String(Math.max(0, last));
    show();
  };
}
