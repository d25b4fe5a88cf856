import * as vscode from 'vscode';
import { BOX, DIAGRAM_EDGES, DIAGRAM_NOTES, DIAGRAM_STATES, FINDING_STATES, MISSING_CLOSE, VIEW_BOX } from '../../server/src/core/knowledge/tcpStateDiagram';
import type { Localized } from '../../server/src/core/i18n/localized';
import { panelLanguages, pickLanguage, type PanelWords } from './panelWords';

/**
 * The TCP state diagram for the webview (client/media/stateDiagram.js): the core's geometry with its
 * texts in the panel's language, and the words the drawing says around it.
 */
export function stateDiagramMessage(words: PanelWords) {
  return {
    type: 'stateDiagram' as const,
    viewBox: VIEW_BOX,
    box: BOX,
    states: DIAGRAM_STATES,
    edges: DIAGRAM_EDGES.map((edge) => ({
      from: edge.from,
      to: edge.to,
      points: edge.points,
      label: edge.label,
      // "event / action" per language: one language on two lines, both on a line each.
      lines: labelLines(edge.event, edge.action),
      byApplication: edge.byApplication === true,
      missingNote: edge.missingNote,
    })),
    notes: DIAGRAM_NOTES.map(pickLanguage),
    words: {
      heading: words.t('TCP state machine'),
      description: words.t('The TCP state machine with the number of sockets in each state. Transitions read "event / action".'),
      missingClose: pickLanguage(MISSING_CLOSE),
      sockets: words.t('{0} sockets', '{0}'),
      finding: words.t('has a finding'),
      jump: words.t('click to go to its first row'),
      transition: words.t('{0} → {1}: {2}', '{0}', '{1}', '{2}'),
      asText: words.t('The diagram as text'),
      change: words.t('{0} → {1} ({2})', '{0}', '{1}', '{2}'),
    },
  };
}

export type StateDiagramMessage = ReturnType<typeof stateDiagramMessage>;

function labelLines(event: Localized, action: Localized): string[] {
  const languages = panelLanguages();
  return languages.length === 1 ? [event[languages[0]], `/ ${action[languages[0]]}`] : languages.map((language) => `${event[language]} / ${action[language]}`);
}

/** The TCP states the document's current diagnostics are about, for the diagram to mark (the codes are ours alone). */
export function findingStatesOf(uri: vscode.Uri): string[] {
  const states = new Set<string>();
  for (const diagnostic of vscode.languages.getDiagnostics(uri)) {
    const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
    if (code !== undefined) {
      FINDING_STATES.get(String(code))?.forEach((state) => states.add(state));
    }
  }
  return [...states];
}
