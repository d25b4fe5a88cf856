// @ts-check
// The timeline of a pasted series (several snapshots of one output): one SVG line per TCP state over
// the snapshots, and the same numbers as a table, which is also the chart's text alternative.
// Loaded before panel.js, it registers itself among the panel's views (window.netstatInsightViews.timelineView),
// which panel.js calls when a summary has a timeline.
// Document text (the time lines as printed) goes into the page with textContent only.
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  const WIDTH = 640;
  const HEIGHT = 200;
  const MARGIN = { top: 10, right: 12, bottom: 24, left: 44 };

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {(Node | string)[]} [children]
   */
  function svgElement(tag, attributes = {}, children = []) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
      node.setAttribute(name, value);
    }
    for (const child of children) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /**
   * @param {any} series one series of the netstatInsight/timeline result
   * @param {{ element: Function, label: (key: string, value?: string | number) => string, formatNumber: (value: number) => string, revealOnActivate: Function }} panel
   */
  function render(series, panel) {
    const { element, label, formatNumber, revealOnActivate } = panel;
    // The panel's states, in their order, each with the group its colour comes from.
    const stateOrder = panel.states.map((/** @type {[string, string]} */ [state]) => state);
    /** @type {any[]} */
    const snapshots = series.snapshots;
    const states = stateOrder.filter((state) => snapshots.some((snapshot) => (snapshot.states[state] ?? 0) > 0));
    // Time on the x axis when every snapshot has one; else the snapshots side by side.
    const timed = snapshots.every((snapshot) => typeof snapshot.elapsedSeconds === 'number');
    const xs = snapshots.map((snapshot, index) => (timed ? snapshot.elapsedSeconds : index));
    const maxX = Math.max(1, ...xs);
    const maxY = Math.max(1, ...snapshots.flatMap((snapshot) => states.map((state) => snapshot.states[state] ?? 0)));
    const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
    const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
    const x = (/** @type {number} */ value) => MARGIN.left + (value / maxX) * plotWidth;
    const y = (/** @type {number} */ value) => MARGIN.top + plotHeight - (value / maxY) * plotHeight;

    const titleId = `timeline-title-${series.kind.format}`;
    const svg = svgElement('svg', { class: 'timeline-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': titleId }, [
      svgElement('title', { id: titleId }, [label('timelineChart', series.name)]),
      svgElement('line', { class: 'timeline-axis', x1: String(MARGIN.left), y1: String(y(0)), x2: String(WIDTH - MARGIN.right), y2: String(y(0)) }),
      svgElement('line', { class: 'timeline-axis', x1: String(MARGIN.left), y1: String(MARGIN.top), x2: String(MARGIN.left), y2: String(y(0)) }),
      svgElement('text', { class: 'timeline-tick', x: String(MARGIN.left - 4), y: String(MARGIN.top + 8), 'text-anchor': 'end' }, [formatNumber(maxY)]),
      svgElement('text', { class: 'timeline-tick', x: String(MARGIN.left - 4), y: String(y(0)), 'text-anchor': 'end' }, ['0']),
      svgElement('text', { class: 'timeline-tick', x: String(WIDTH - MARGIN.right), y: String(HEIGHT - 6), 'text-anchor': 'end' }, [
        timed ? label('timelineSeconds', formatNumber(Math.round(maxX))) : label('timelineSnapshots', formatNumber(snapshots.length)),
      ]),
    ]);
    for (const state of states) {
      const points = snapshots.map((snapshot, index) => `${x(xs[index]).toFixed(1)},${y(snapshot.states[state] ?? 0).toFixed(1)}`).join(' ');
      svg.append(svgElement('polyline', { class: `timeline-line state-${state}`, points, 'data-state': state }));
      snapshots.forEach((snapshot, index) => {
        svg.append(svgElement('circle', { class: `timeline-point state-${state}`, cx: x(xs[index]).toFixed(1), cy: y(snapshot.states[state] ?? 0).toFixed(1), r: '2.5' }));
      });
    }
    const legend = element(
      'ul',
      { class: 'timeline-legend' },
      states.map((state) => element('li', {}, [element('span', { class: `timeline-swatch state-${state}` }), state])),
    );

    const rows = snapshots.map((snapshot, index) => {
      const row = element('tr', { class: 'clickable', tabindex: '0', 'data-snapshot': String(index) }, [
        element('td', { class: 'name timeline-label' }, [snapshot.label === '' ? label('line', snapshot.startLine + 1) : snapshot.label]),
        element('td', { class: 'number' }, [formatNumber(snapshot.total)]),
        ...states.map((state) => element('td', { class: 'number' }, [formatNumber(snapshot.states[state] ?? 0)])),
      ]);
      revealOnActivate(row, snapshot.startLine);
      return row;
    });
    const table = element('div', { class: 'table-scroll' }, [
      element('table', { class: 'timeline-table' }, [
        element('caption', { class: 'muted' }, [label('timelineTable')]),
        element('thead', {}, [
          element('tr', {}, [element('th', {}, [label('timelineTime')]), element('th', { class: 'number' }, [label('tcpColumn')]), ...states.map((state) => element('th', { class: 'number' }, [state]))]),
        ]),
        element('tbody', {}, rows),
      ]),
    ]);
    return element('section', { class: 'timeline', 'data-format': series.kind.format }, [
      element('h2', {}, [label('timelineHeading', series.name), ' · ', element('span', { class: 'muted' }, [label('timelineCount', formatNumber(snapshots.length))])]),
      element('div', { class: 'timeline-figure' }, [svg, legend]),
      table,
    ]);
  }

  const views = /** @type {any} */ (window).netstatInsightViews ?? {};
  views.timelineView = render;
  /** @type {any} */ (window).netstatInsightViews = views;
})();
