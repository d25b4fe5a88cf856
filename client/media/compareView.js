// @ts-check
// The before/after view of `netstatInsight.compare` (a `compare` message): states as bars side by
// side, the state diagram with each state's change, the listeners that came and went, the ports,
// peers and processes that moved most and the counters that changed; for sysctl files, the keys.
// Every text from a document goes in through textContent (ui.element), never as HTML.
(function () {
  /** The sides compared last: a new comparison starts at the top of the page, a redraw of it stays where the reader is. */
  let shown = '';

  /** @param {number} delta */
  function signed(delta) {
    return delta > 0 ? `+${delta.toLocaleString()}` : delta.toLocaleString();
  }

  /** @param {number} delta */
  function deltaClass(delta) {
    return delta > 0 ? 'delta-up' : delta < 0 ? 'delta-down' : 'muted';
  }

  /** @param {string} text @param {...(string | number)} values */
  function fill(text, ...values) {
    return values.reduce((filled, value, index) => String(filled).split(`{${index}}`).join(String(value)), text);
  }

  /**
   * A table of rows, or the word for none.
   * @param {any} ui @param {string} id @param {string[]} columns @param {(string | Node)[][]} rows @param {string} none
   * @param {boolean[]} numeric which columns hold numbers
   */
  function table(ui, id, columns, rows, none, numeric) {
    if (rows.length === 0) {
      return ui.element('p', { class: 'muted' }, [none]);
    }
    const cell = (/** @type {string} */ tag, /** @type {number} */ index, /** @type {(string | Node)} */ content) =>
      ui.element(tag, numeric[index] ? { class: 'number' } : {}, [content]);
    return ui.element('div', { class: 'table-scroll' }, [
      ui.element('table', { id }, [
        ui.element('thead', {}, [ui.element('tr', {}, columns.map((column, index) => cell('th', index, column)))]),
        ui.element('tbody', {}, rows.map((row) => ui.element('tr', {}, row.map((content, index) => cell('td', index, content))))),
      ]),
    ]);
  }

  /** @param {any} ui @param {number} delta */
  function deltaCell(ui, delta) {
    return ui.element('span', { class: deltaClass(delta) }, [signed(delta)]);
  }

  /** @param {any} ui @param {any} words @param {any} side */
  function sideText(ui, words, side) {
    return [side.command ?? '', fill(words.lines, ui.formatNumber(side.startLine + 1), ui.formatNumber(side.endLine + 1)), side.time ?? ''].filter((part) => part !== '').join(' · ');
  }

  /**
   * Each state's count before and after, as two bars on one scale.
   * @param {any} ui @param {any} words @param {any} comparison
   */
  function stateBars(ui, words, comparison) {
    const max = Math.max(1, ...ui.states.map(([/** @type {string} */ state]) => Math.max(comparison.states[state].base, comparison.states[state].other)));
    const bar = (/** @type {number} */ count, /** @type {string} */ family, /** @type {string} */ side) => {
      const inner = ui.element('div', { class: `bar family-${family} ${side}` });
      inner.style.width = `${(count / max) * 100}%`;
      return ui.element('div', { class: 'bar-track' }, [inner]);
    };
    const rows = ui.states.map(([/** @type {string} */ state, /** @type {string} */ family]) => {
      const change = comparison.states[state];
      return ui.element('div', { class: `compare-row${change.base === 0 && change.other === 0 ? ' zero' : ''}`, 'data-state': state, role: 'listitem', 'aria-label': `${state}: ${change.base} → ${change.other} (${signed(change.delta)})` }, [
        ui.element('span', { class: 'state-name' }, [state]),
        ui.element('div', { class: 'bars' }, [bar(change.base, family, 'before'), bar(change.other, family, 'after')]),
        ui.element('span', { class: 'number' }, [`${ui.formatNumber(change.base)} → ${ui.formatNumber(change.other)}`]),
        ui.element('span', { class: `number ${deltaClass(change.delta)}` }, [signed(change.delta)]),
      ]);
    });
    return ui.element('div', { class: 'compare-chart', role: 'list' }, [
      ui.element('div', { class: 'compare-legend muted', 'aria-hidden': 'true' }, [
        ui.element('span', {}, []),
        ui.element('div', {}, [ui.element('span', { class: 'legend-before' }, [words.base]), ' ', ui.element('span', { class: 'legend-after' }, [words.other])]),
      ]),
      ...rows,
    ]);
  }

  /** @param {any} ui @param {any} words @param {any[]} listeners @param {number} count */
  function listenerList(ui, words, listeners, count, id) {
    const items = listeners.map((listener) =>
      ui.element('li', {}, [ui.element('code', {}, [`${String(listener.address).includes(':') ? `[${listener.address}]` : listener.address}:${listener.port}`]), listener.process ? ` ${listener.process}` : '']),
    );
    if (count > listeners.length) {
      items.push(ui.element('li', { class: 'muted' }, [fill(words.more, ui.formatNumber(count - listeners.length))]));
    }
    return items.length ? ui.element('ul', { id, class: 'listener-list' }, items) : ui.element('p', { id, class: 'muted' }, [words.none]);
  }

  /** @param {any} ui @param {any} words @param {any} comparison */
  function dumpView(ui, words, comparison) {
    const counts = Object.fromEntries(Object.entries(comparison.states).map(([state, change]) => [state, /** @type {any} */ (change).other]));
    const deltas = Object.fromEntries(Object.entries(comparison.states).map(([state, change]) => [state, /** @type {any} */ (change).delta]));
    const diagram = ui.views.stateDiagram?.({ counts, deltas }, ui);
    const movers = (/** @type {string} */ id, /** @type {string} */ heading, /** @type {string} */ column, /** @type {any[]} */ entries) =>
      ui.element('section', {}, [
        ui.element('h2', {}, [heading]),
        table(ui, id, [column, words.base, words.other, words.change], entries.map((entry) => [String(entry.key), ui.formatNumber(entry.base), ui.formatNumber(entry.other), deltaCell(ui, entry.delta)]), words.none, [false, true, true, true]),
      ]);
    const listeners = comparison.listeners;
    return [
      ui.element('section', {}, [
        ui.element('h2', {}, [words.states]),
        ui.element('p', { class: 'totals' }, [
          `${words.total}: `,
          ui.element('span', { id: 'compare-total', class: 'total' }, [`${ui.formatNumber(comparison.total.base)} → ${ui.formatNumber(comparison.total.other)}`]),
          ' ',
          ui.element('span', { class: deltaClass(comparison.total.delta) }, [`(${signed(comparison.total.delta)})`]),
        ]),
        stateBars(ui, words, comparison),
      ]),
      ...(diagram ? [diagram] : []),
      ui.element('div', { class: 'columns' }, [
        ui.element('section', {}, [ui.element('h2', {}, [words.listenersAdded]), listenerList(ui, words, listeners.added, listeners.addedCount, 'listeners-added')]),
        ui.element('section', {}, [ui.element('h2', {}, [words.listenersRemoved]), listenerList(ui, words, listeners.removed, listeners.removedCount, 'listeners-removed')]),
      ]),
      ui.element('div', { class: 'columns' }, [
        movers('compare-ports', words.ports, words.port, comparison.ports),
        movers('compare-hosts', words.hosts, words.host, comparison.hosts),
        movers('compare-processes', words.processes, words.process, comparison.processes),
      ]),
      ui.element('section', {}, [
        ui.element('h2', {}, [words.counters]),
        table(
          ui,
          'compare-counters',
          [words.counter, words.base, words.other, words.change, words.perSecond],
          comparison.counters.map((/** @type {any} */ counter) => [
            counter.name,
            ui.formatNumber(counter.base),
            ui.formatNumber(counter.other),
            deltaCell(ui, counter.delta),
            counter.perSecond === undefined ? '' : counter.perSecond.toLocaleString(undefined, { maximumFractionDigits: 2 }),
          ]),
          words.noCounters,
          [false, true, true, true, true],
        ),
      ]),
    ];
  }

  /** @param {any} ui @param {any} words @param {any} comparison */
  function sysctlView(ui, words, comparison) {
    const { changed, added, removed, changedCount, addedCount, removedCount } = comparison.sysctl;
    if (changedCount + addedCount + removedCount === 0) {
      return [ui.element('p', { class: 'muted' }, [words.sysctlSame])];
    }
    const key = (/** @type {any} */ entry) => ui.element('div', {}, [ui.element('code', {}, [String(entry.key)]), ...(entry.note ? [ui.element('div', { class: 'muted key-note' }, [String(entry.note)])] : [])]);
    const value = (/** @type {string} */ text, /** @type {string} */ kind) => ui.element('span', { class: `sysctl-value ${kind}` }, [String(text)]);
    const part = (/** @type {string} */ id, /** @type {string} */ heading, /** @type {number} */ count, /** @type {string[]} */ columns, /** @type {(string | Node)[][]} */ rows) =>
      ui.element('section', {}, [
        ui.element('h2', {}, [`${heading} (${ui.formatNumber(count)})`]),
        table(ui, id, columns, rows, words.none, columns.map(() => false)),
        ...(count > rows.length ? [ui.element('p', { class: 'muted' }, [fill(words.more, ui.formatNumber(count - rows.length))])] : []),
      ]);
    return [
      part('sysctl-changed', words.sysctlChanged, changedCount, [words.key, words.base, words.other], changed.map((/** @type {any} */ entry) => [key(entry), value(entry.base, 'delta-down'), value(entry.other, 'delta-up')])),
      part('sysctl-added', words.sysctlAdded, addedCount, [words.key, words.value], added.map((/** @type {any} */ entry) => [key(entry), value(entry.value, '')])),
      part('sysctl-removed', words.sysctlRemoved, removedCount, [words.key, words.value], removed.map((/** @type {any} */ entry) => [key(entry), value(entry.value, '')])),
    ];
  }

  /**
   * The nodes of the view.
   * @param {any} message the `compare` message
   * @param {any} ui panel.js's helpers
   */
  function render(message, ui) {
    const words = message.words;
    const comparison = message.comparison;
    const close = ui.element('button', { type: 'button', class: 'close-compare' }, [words.close]);
    close.addEventListener('click', () => ui.post({ type: 'closeCompare' }));
    const header = ui.element('header', { class: 'compare-view' }, [
      ui.element('h1', { id: 'compare-title' }, [`${words.heading}: `, message.baseName, ' → ', message.otherName]),
      close,
    ]);
    if (comparison.kind === 'socket-dump') {
      header.append(
        ui.element('p', { class: 'muted' }, [`${words.base}: ${sideText(ui, words, comparison.base)}`]),
        ui.element('p', { class: 'muted' }, [`${words.other}: ${sideText(ui, words, comparison.other)}`]),
      );
      if (comparison.seconds !== undefined) {
        header.append(ui.element('p', { id: 'compare-seconds' }, [fill(words.seconds, ui.formatNumber(comparison.seconds))]));
      }
    }
    const body = comparison.kind === 'sysctl' ? sysctlView(ui, words, comparison) : dumpView(ui, words, comparison);
    const sides = `${message.baseName}\n${message.otherName}`;
    if (shown !== sides) {
      shown = sides;
      requestAnimationFrame(() => window.scrollTo(0, 0));
    }
    return [header, ui.element('div', { class: 'compare-view' }, body)];
  }

  const views = /** @type {any} */ (window).netstatInsightViews ?? {};
  views.compareView = render;
  /** @type {any} */ (window).netstatInsightViews = views;
})();
