// @ts-check
// The TCP state machine drawn as SVG from the geometry the extension sends (a `stateDiagram` message,
// made from server/src/core/knowledge/tcpStateDiagram.ts): a box per state with its count, or its
// change in the before/after view, the transitions labelled "event / action", the states with
// findings marked. Loaded before panel.js, which calls it with its own helpers (`ui`).
(function () {
  const SVG = 'http://www.w3.org/2000/svg';
  /** The last `stateDiagram` message: geometry and words in the panel's language. @type {any} */
  let diagram;
  /** The states the followed document's findings concern. @type {{ uri: string, states: string[] } | undefined} */
  let findings;
  let drawings = 0;

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message?.type === 'stateDiagram') {
      diagram = message;
    } else if (message?.type === 'findings') {
      findings = message;
    }
  });

  /**
   * @param {string} tag
   * @param {Record<string, string | number>} [attributes]
   * @param {(Node | string)[]} [children]
   */
  function svg(tag, attributes = {}, children = []) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) {
      node.setAttribute(name, String(value));
    }
    for (const child of children) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /** @param {string} text @param {...(string | number)} values */
  function fill(text, ...values) {
    return values.reduce((filled, value, index) => String(filled).split(`{${index}}`).join(String(value)), text);
  }

  /** @param {number} delta */
  function signed(delta) {
    return delta > 0 ? `+${delta.toLocaleString()}` : delta.toLocaleString();
  }

  /** @param {string} id @param {string} kind */
  function arrowHead(id, kind) {
    return svg('marker', { id, class: `arrow-head ${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, [
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z' }),
    ]);
  }

  /**
   * The diagram, or undefined before the extension has sent its geometry.
   * data.counts: sockets per state (the after side in a comparison); data.deltas: the change per state,
   * in the before/after view; data.firstLines: the line of each state's first row, which a click reveals;
   * data.uri: the document, whose findings are marked.
   * @param {{ counts: Record<string, number>, deltas?: Record<string, number>, firstLines?: Record<string, number>, uri?: string }} data
   * @param {any} ui panel.js's helpers (element, formatNumber, revealOnActivate)
   */
  function render(data, ui) {
    if (!diagram) {
      return undefined;
    }
    const words = diagram.words;
    const marked = new Set(findings && data.uri !== undefined && findings.uri === data.uri ? findings.states : []);
    const id = `state-diagram-${++drawings}`;
    const markers = {
      plain: `${id}-arrow`,
      application: `${id}-arrow-application`,
      missing: `${id}-arrow-missing`,
    };
    const drawing = svg('svg', { viewBox: `0 0 ${diagram.viewBox.width} ${diagram.viewBox.height}`, role: 'group', 'aria-labelledby': `${id}-heading`, 'aria-describedby': `${id}-description` }, [
      svg('defs', {}, [arrowHead(markers.plain, 'plain'), arrowHead(markers.application, 'application'), arrowHead(markers.missing, 'missing')]),
    ]);
    /** The lines of the text alternative, in the drawing's order. @type {string[]} */
    const alternative = [];

    for (const edge of diagram.edges) {
      const missing = edge.missingNote !== undefined && marked.has(edge.from);
      const kind = missing ? 'missing' : edge.byApplication ? 'application' : 'plain';
      const description = fill(words.transition, edge.from, edge.to, edge.lines.join(' '));
      const lines = edge.lines.map((/** @type {string} */ line, /** @type {number} */ index) => svg('tspan', { x: edge.label.x, dy: index === 0 ? 0 : '1.2em' }, [line]));
      const note = missing ? [svg('text', { class: 'missing-note', x: edge.missingNote.x, y: edge.missingNote.y, 'text-anchor': edge.missingNote.anchor }, [words.missingClose])] : [];
      drawing.append(
        svg('g', { class: `edge ${kind}`, 'data-from': edge.from, 'data-to': edge.to, role: 'img', 'aria-label': missing ? `${description} — ${words.missingClose}` : description }, [
          svg('title', {}, [missing ? `${description} — ${words.missingClose}` : description]),
          svg('polyline', { points: edge.points.map((/** @type {number[]} */ point) => point.join(',')).join(' '), 'marker-end': `url(#${markers[kind]})` }),
          svg('text', { x: edge.label.x, y: edge.label.y, 'text-anchor': edge.label.anchor }, lines),
          ...note,
        ]),
      );
      alternative.push(missing ? `${description} — ${words.missingClose}` : description);
    }

    const stateLines = [];
    for (const { state, x, y } of diagram.states) {
      const count = data.counts[state] ?? 0;
      const delta = data.deltas?.[state];
      const firstLine = data.firstLines?.[state];
      const shown = delta === undefined ? fill(words.sockets, ui.formatNumber(count)) : fill(words.change, ui.formatNumber(count - delta), ui.formatNumber(count), signed(delta));
      const description = [`${state}: ${shown}`, marked.has(state) ? words.finding : '', firstLine !== undefined ? words.jump : ''].filter((part) => part !== '').join(', ');
      const classes = ['state', count === 0 && !delta ? 'zero' : '', marked.has(state) ? 'has-finding' : '', firstLine !== undefined ? 'clickable' : ''];
      const countText =
        delta === undefined
          ? svg('text', { class: 'state-count', x, y: y + 15, 'text-anchor': 'middle' }, [ui.formatNumber(count)])
          : svg('text', { class: `state-count ${delta > 0 ? 'delta-up' : delta < 0 ? 'delta-down' : ''}`, x, y: y + 15, 'text-anchor': 'middle' }, [`${ui.formatNumber(count)} (${signed(delta)})`]);
      const group = svg('g', { class: classes.filter((name) => name !== '').join(' '), 'data-state': state, role: firstLine !== undefined ? 'button' : 'img', 'aria-label': description }, [
        svg('title', {}, [description]),
        svg('rect', { x: x - diagram.box.width / 2, y: y - diagram.box.height / 2, width: diagram.box.width, height: diagram.box.height, rx: 6 }),
        svg('text', { class: 'state-name', x, y: y - 3, 'text-anchor': 'middle' }, [state]),
        countText,
      ]);
      if (firstLine !== undefined) {
        group.setAttribute('tabindex', '0');
        ui.revealOnActivate(group, firstLine);
      }
      drawing.append(group);
      stateLines.push(description);
    }

    return ui.element('section', { class: 'state-diagram' }, [
      ui.element('h2', { id: `${id}-heading` }, [words.heading]),
      ui.element('p', { id: `${id}-description`, class: 'muted' }, [words.description]),
      ui.element('figure', {}, [drawing, ...diagram.notes.map((/** @type {string} */ note) => ui.element('figcaption', { class: 'muted' }, [note]))]),
      ui.element('details', { class: 'diagram-text' }, [
        ui.element('summary', {}, [words.asText]),
        ui.element('ul', {}, [...stateLines, ...alternative].map((line) => ui.element('li', {}, [line]))),
      ]),
    ]);
  }

  const views = /** @type {any} */ (window).netstatInsightViews ?? {};
  views.stateDiagram = render;
  /** @type {any} */ (window).netstatInsightViews = views;
})();
