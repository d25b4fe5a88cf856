// @ts-check
// The State Summary webview. Every text that comes from the document (process names, hosts) is put
// in the page with textContent, never as HTML: a process can be named "<img src=x onerror=…>".
(function () {
  // @ts-ignore acquireVsCodeApi is injected by VS Code into webviews.
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('summary'));

  const STATES = [
    ['LISTEN', 'listening'],
    ['SYN_SENT', 'opening'],
    ['SYN_RECV', 'opening'],
    ['ESTABLISHED', 'open'],
    ['FIN_WAIT1', 'closing'],
    ['FIN_WAIT2', 'closing'],
    ['CLOSE_WAIT', 'waiting'],
    ['CLOSING', 'closing'],
    ['LAST_ACK', 'closing'],
    ['TIME_WAIT', 'waiting'],
    ['CLOSED', 'closed'],
  ];
  const PROTOCOLS = ['tcp', 'udp', 'raw', 'unix', 'other'];

  /** Views of their own scripts (stateDiagram.js, compareView.js), loaded before this one. */
  const views = /** @type {any} */ (window).netstatInsightViews ?? {};

  /** @type {Record<string, string>} */
  let labels = {};
  /** @type {any} */
  let lastMessage;
  /** The rows of the diagnostic whose "show these rows" action opened the panel. @type {any} */
  let focusedRows;

  /**
   * @param {string} tag
   * @param {Record<string, string>} [attributes]
   * @param {(Node | string)[]} [children]
   */
  function element(tag, attributes = {}, children = []) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      node.setAttribute(name, value);
    }
    for (const child of children) {
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  /**
   * The label `key` with `{0}` filled in. split/join, not String.prototype.replace: a replacement
   * string reads `$&`, `$'` and `` $` `` as patterns, and a service or process may be named so.
   * @param {string} key @param {string | number} [value]
   */
  function label(key, value) {
    const text = labels[key] ?? key;
    return value === undefined ? text : text.split('{0}').join(String(value));
  }

  /** The badge of counts a pasted histogram aggregated: they have no rows to jump to. */
  function aggregatedBadge() {
    return element('span', { class: 'badge aggregated', title: label('aggregatedNote') }, [label('aggregated')]);
  }

  /** @param {number} value */
  function formatNumber(value) {
    return value.toLocaleString();
  }

  /** @param {Record<string, number>} states */
  function stateBreakdown(states) {
    return Object.entries(states)
      .sort((a, b) => b[1] - a[1])
      .map(([state, count]) => `${state} ${formatNumber(count)}`)
      .join(' · ');
  }

  /** @param {any} summary */
  function stateChart(summary) {
    const max = Math.max(1, ...STATES.map(([state]) => summary.states[state] ?? 0));
    const rows = STATES.map(([state, family]) => {
      const count = summary.states[state] ?? 0;
      const bar = element('div', { class: `bar family-${family}` });
      bar.style.width = `${(count / max) * 100}%`;
      const firstLine = summary.firstLineByState[state];
      const name = element('span', { class: 'state-name', title: label(`family${family[0].toUpperCase()}${family.slice(1)}`) }, [state]);
      const row = element('div', { class: `state-row${count === 0 ? ' zero' : ''}`, 'data-state': state, role: 'listitem' }, [
        name,
        element('div', { class: 'bar-track' }, [bar]),
        element('span', { class: 'state-count' }, [formatNumber(count)]),
      ]);
      if (firstLine !== undefined) {
        row.classList.add('clickable');
        row.tabIndex = 0;
        revealOnActivate(row, firstLine);
      }
      return row;
    });
    return element('div', { class: 'chart', role: 'list' }, rows);
  }

  /** @param {any} summary */
  function protocolTable(summary) {
    const body = PROTOCOLS.filter((protocol) => summary.protocols[protocol] > 0 || protocol === 'tcp' || protocol === 'udp').map((protocol) =>
      element('tr', { 'data-protocol': protocol }, [
        element('td', {}, [protocol.toUpperCase()]),
        element('td', { class: 'number' }, [formatNumber(summary.protocols[protocol] ?? 0)]),
      ]),
    );
    return element('table', { id: 'protocols' }, [
      element('thead', {}, [element('tr', {}, [element('th', {}, [label('protocol')]), element('th', { class: 'number' }, [label('sockets')])])]),
      element('tbody', {}, body),
    ]);
  }

  /**
   * @param {string} id
   * @param {string} heading
   * @param {string} column
   * @param {any[]} entries
   * @param {(entry: any) => (string | Node)[]} name
   */
  function rankedTable(id, heading, column, entries, name, aggregated = false) {
    const rows = entries.length
      ? entries.map((entry) =>
          element('tr', {}, [
            element('td', { class: 'name' }, name(entry)),
            element('td', { class: 'number' }, [formatNumber(entry.total)]),
            element('td', { class: 'breakdown' }, [stateBreakdown(entry.states)]),
          ]),
        )
      : [element('tr', {}, [element('td', { colspan: '3', class: 'muted' }, [label('none')])])];
    return element('section', {}, [
      element('h2', {}, aggregated ? [heading, ' ', aggregatedBadge()] : [heading]),
      element('div', { class: 'table-scroll' }, [element('table', { id }, [
        element('thead', {}, [
          element('tr', {}, [
            element('th', {}, [column]),
            element('th', { class: 'number' }, [label('sockets')]),
            element('th', {}, [label('states')]),
          ]),
        ]),
        element('tbody', {}, rows),
      ])]),
    ]);
  }

  /**
   * A click, Enter or Space on `node` shows `line` in the editor.
   * @param {HTMLElement} node
   * @param {number} line
   */
  function revealOnActivate(node, line) {
    const reveal = () => vscode.postMessage({ type: 'reveal', line });
    node.addEventListener('click', reveal);
    node.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        reveal();
      }
    });
  }

  /** The diagnostic's rows, listed above the summary; each reveals its line. */
  function diagnosticRows() {
    const items = focusedRows.rows.map((/** @type {{line: number, text: string}} */ row) => {
      const item = element('li', { class: 'clickable', tabindex: '0', title: label('line', row.line + 1) }, [
        element('span', { class: 'line-number' }, [String(row.line + 1)]),
        element('code', {}, [row.text]),
      ]);
      revealOnActivate(item, row.line);
      return item;
    });
    const hide = element('button', { type: 'button', class: 'hide-rows' }, [label('clearRows')]);
    hide.addEventListener('click', () => {
      focusedRows = undefined;
      render();
    });
    const section = element('section', { id: 'diagnostic-rows' }, [
      element('h2', {}, [focusedRows.label, ' · ', element('span', { class: 'muted' }, [label('diagnosticRows', formatNumber(focusedRows.total))]), ' ', hide]),
      element('ol', { class: 'row-list' }, items),
    ]);
    if (focusedRows.total > focusedRows.rows.length) {
      section.append(element('p', { class: 'muted' }, [label('moreRows', formatNumber(focusedRows.total - focusedRows.rows.length))]));
    }
    return section;
  }

  /**
   * One row per command output of a pasted session; a click reveals where it starts.
   * @param {any[]} sections
   */
  function sectionTable(sections) {
    const rows = sections.map((section, index) => {
      const row = element('tr', { 'data-section': String(index), class: 'clickable', tabindex: '0' }, [
        element('td', { class: 'name' }, [
          element('div', { class: 'section-name' }, section.aggregated ? [section.command ?? section.formatName, ' ', aggregatedBadge()] : [section.command ?? section.formatName]),
          element('div', { class: 'muted breakdown' }, [
            [section.command ? section.formatName : '', stateBreakdown(section.states)].filter((part) => part !== '').join(' · '),
          ]),
        ]),
        element('td', { class: 'number lines' }, [`${formatNumber(section.startLine + 1)}–${formatNumber(section.endLine + 1)}`]),
        element('td', { class: 'number section-total' }, [formatNumber(section.total)]),
      ]);
      revealOnActivate(row, section.startLine);
      return row;
    });
    return element('section', {}, [
      element('h2', {}, [label('sections', formatNumber(sections.length))]),
      element('div', { class: 'table-scroll' }, [
        element('table', { id: 'sections' }, [
          element('thead', {}, [
            element('tr', {}, [
              element('th', {}, [label('output')]),
              element('th', { class: 'number' }, [label('lineRange')]),
              element('th', { class: 'number' }, [label('tcpColumn')]),
            ]),
          ]),
          element('tbody', {}, rows),
        ]),
      ]),
    ]);
  }

  /**
   * The kernel log messages of the paste, one row per kind; a click reveals the first line of that kind.
   * Names, times and ports come from the document or the server: textContent only, through element().
   * @param {any[]} kinds
   */
  function kernelMessageTable(kinds) {
    const rows = kinds.map((entry) => {
      const when = entry.firstTime === undefined ? '' : entry.firstTime === entry.lastTime ? entry.firstTime : `${entry.firstTime} – ${entry.lastTime}`;
      const details = [when, entry.subjects ? entry.subjects.join(', ') : '', entry.suppressed === undefined ? '' : label('kernelSuppressed', formatNumber(entry.suppressed))];
      const row = element('tr', { 'data-kernel-kind': entry.kind, class: 'clickable', tabindex: '0' }, [
        element('td', { class: 'name' }, [
          element('div', {}, [entry.name]),
          element('div', { class: 'muted breakdown' }, [details.filter((part) => part !== '').join(' · ')]),
        ]),
        element('td', { class: 'number lines' }, [entry.firstLine === entry.lastLine ? formatNumber(entry.firstLine + 1) : `${formatNumber(entry.firstLine + 1)}–${formatNumber(entry.lastLine + 1)}`]),
        element('td', { class: 'number kernel-count' }, [formatNumber(entry.count)]),
      ]);
      revealOnActivate(row, entry.firstLine);
      return row;
    });
    return element('section', {}, [
      element('h2', {}, [label('kernelMessages')]),
      element('div', { class: 'table-scroll' }, [
        element('table', { id: 'kernel-messages' }, [
          element('thead', {}, [
            element('tr', {}, [
              element('th', {}, [label('kernelMessage')]),
              element('th', { class: 'number' }, [label('lineRange')]),
              element('th', { class: 'number' }, [label('kernelCount')]),
            ]),
          ]),
          element('tbody', {}, rows),
        ]),
      ]),
    ]);
  }

  /** @param {any} message */
  function renderSummary(message) {
    const summary = message.summary;
    const header = element('header', {}, [
      element('h1', { id: 'doc-title' }, [message.fileName]),
      element('p', { class: 'totals' }, [
        element('span', { id: 'total-count', class: 'total' }, [formatNumber(summary.total)]),
        // A series' totals are its latest snapshot's; the families are counted over the whole paste, so they are left out.
        summary.series
          ? ` ${label('total')} · ${label('lines', formatNumber(summary.lineCount))}`
          : ` ${label('total')} · ${label('ipv4')} ${formatNumber(summary.families.ipv4)} · ${label('ipv6')} ${formatNumber(summary.families.ipv6)} · ${label('lines', formatNumber(summary.lineCount))}`,
      ]),
    ]);
    const formatNames = [...new Set(summary.sections.filter((section) => section.total > 0).map((section) => section.formatName))];
    if (formatNames.length) {
      header.append(element('p', { class: 'muted' }, [label('formats', formatNames.join(', '))]));
    }
    // A histogram's counts are never added to others (the latest one stands for the document).
    const socketOutputs = summary.sections.filter((/** @type {{ total: number, aggregated?: unknown }} */ section) => section.total > 0 && !section.aggregated).length;
    if (summary.series) {
      header.append(element('p', { id: 'series-totals', class: 'muted' }, [label('seriesTotals', formatNumber(summary.series.snapshots))]));
    } else if (socketOutputs > 1) {
      header.append(element('p', { id: 'sum-of-outputs', class: 'muted' }, [label('sumOfOutputs', formatNumber(socketOutputs))]));
    }
    // lsof's counts look complete but cannot be: say why TIME_WAIT is missing before anyone relies on it.
    if (summary.formats.includes('lsof')) {
      header.append(element('p', { id: 'lsof-note', class: 'muted' }, [label('lsofNote')]));
    }
    const aggregated = summary.aggregated ?? {};
    if (summary.aggregated) {
      header.append(element('p', { id: 'aggregated-note', class: 'muted' }, [aggregatedBadge(), ' ', label('aggregatedNote')]));
    }
    if (summary.unparsedLines > 0) {
      header.append(element('p', { id: 'unparsed-lines', class: 'warning' }, [label('unparsed', formatNumber(summary.unparsedLines))]));
    }
    const states = element('section', {}, [element('h2', {}, aggregated.states !== undefined ? [label('heading'), ' ', aggregatedBadge()] : [label('heading')])]);
    if (summary.total === 0) {
      states.append(element('p', { class: 'muted' }, [label('noTcp')]));
    }
    states.append(stateChart(summary));
    const diagram = views.stateDiagram?.({ counts: summary.states, firstLines: summary.firstLineByState, uri: summary.uri }, ui);
    // A series of snapshots drawn over time, by media/timelineView.js.
    const timelines = message.timeline && views.timelineView ? message.timeline.series.map((/** @type {any} */ series) => views.timelineView(series, ui)) : [];
    const zoneNotes = message.timeline ? message.timeline.zoneNotes.map((/** @type {string} */ note) => element('p', { class: 'muted timeline-zone' }, [label('timelineZone', note)])) : [];
    root.replaceChildren(
      header,
      states,
      ...(diagram ? [diagram] : []),
      ...timelines,
      ...zoneNotes,
      ...(summary.sections.length > 1 ? [sectionTable(summary.sections)] : []),
      ...(summary.kernelMessages?.length ? [kernelMessageTable(summary.kernelMessages)] : []),
      element('div', { class: 'columns' }, [
        element('section', {}, [element('h2', {}, [label('protocols')]), protocolTable(summary)]),
        rankedTable('top-local-ports', label('topLocalPorts'), label('port'), summary.topLocalPorts, (entry) =>
          entry.listening ? [entry.port, ' ', element('span', { class: 'badge' }, [label('listening')])] : [entry.port],
          aggregated.ports !== undefined,
        ),
        rankedTable('top-remote-hosts', label('topRemoteHosts'), label('host'), summary.topRemoteHosts, (entry) => [entry.host], aggregated.hosts !== undefined),
        rankedTable('top-processes', label('topProcesses'), label('process'), summary.topProcesses, (entry) => [
          entry.name,
          entry.pids.length ? element('span', { class: 'muted' }, [` (${entry.pids.slice(0, 5).join(', ')}${entry.pids.length > 5 ? ', …' : ''})`]) : '',
          // Windows netstat -b names the services inside svchost.exe.
          entry.services ? element('div', { class: 'muted' }, [label('services', entry.services.join(', '))]) : '',
        ], aggregated.processes !== undefined),
      ]),
    );
    if (focusedRows && focusedRows.uri === summary.uri) {
      header.after(diagnosticRows());
    }
    vscode.setState({ uri: summary.uri });
  }

  /**
   * A `sysctl -a` capture: the values that differ from the kernel defaults, each revealing its line.
   * Keys and values come from the document: textContent only, through element().
   * @param {any} message
   */
  function renderSysctlChanges(message) {
    /** @type {{ key: string, value: string, default: string, line: number }[]} */
    const values = Array.isArray(message.values) ? message.values : [];
    const header = element('header', {}, [
      element('h1', { id: 'doc-title' }, [String(message.fileName)]),
      element('p', { class: 'totals' }, [
        element('span', { id: 'sysctl-change-count', class: 'total' }, [formatNumber(values.length)]),
        ` ${label('sysctlChanges')}`,
      ]),
      element('p', { class: 'muted' }, [label('sysctlChangesNote')]),
    ]);
    const rows = values.map((entry) => {
      const row = element('tr', { class: 'clickable', tabindex: '0', title: label('line', Number(entry.line) + 1) }, [
        element('td', { class: 'name' }, [element('code', {}, [String(entry.key)])]),
        element('td', { class: 'sysctl-value' }, [String(entry.value)]),
        element('td', { class: 'sysctl-value muted' }, [String(entry.default)]),
      ]);
      revealOnActivate(row, Number(entry.line));
      return row;
    });
    const table = values.length
      ? element('div', { class: 'table-scroll' }, [
          element('table', { id: 'sysctl-changes' }, [
            element('thead', {}, [
              element('tr', {}, [element('th', {}, [label('sysctlKey')]), element('th', {}, [label('sysctlValue')]), element('th', {}, [label('sysctlDefault')])]),
            ]),
            element('tbody', {}, rows),
          ]),
        ])
      : element('p', { class: 'muted' }, [label('sysctlNoChanges')]);
    root.replaceChildren(header, element('section', {}, [table]));
    vscode.setState({ uri: message.uri });
  }

  /** @param {string} reason */
  function renderEmpty(reason) {
    root.replaceChildren(element('p', { class: 'muted empty' }, [reason]));
  }

  function render() {
    if (!lastMessage) {
      return;
    }
    if (lastMessage.type === 'summary') {
      renderSummary(lastMessage);
    } else if (lastMessage.type === 'sysctlChanges') {
      renderSysctlChanges(lastMessage);
    } else if (lastMessage.type === 'empty') {
      renderEmpty(lastMessage.reason);
    } else if (lastMessage.type === 'compare' && views.compareView) {
      root.replaceChildren(...views.compareView(lastMessage, ui));
    }
  }

  /** What the other views may use of this script. */
  const ui = { element, label, formatNumber, revealOnActivate, views, states: STATES, post: (/** @type {unknown} */ message) => vscode.postMessage(message) };

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message?.type === 'labels') {
      labels = message.labels;
      render();
    } else if (message?.type === 'summary' || message?.type === 'sysctlChanges' || message?.type === 'empty' || message?.type === 'compare') {
      lastMessage = message;
      render();
    } else if (message?.type === 'rows') {
      focusedRows = message;
      render();
    } else if (message?.type === 'stateDiagram' || message?.type === 'findings') {
      // stateDiagram.js keeps what these carry; the page is drawn again with it.
      render();
    }
  });

  vscode.postMessage({ type: 'ready' });
})();
