import * as vscode from 'vscode';
import type { SysctlComparison } from '../../server/src/core/analysis/compareSysctl';
import { CompareRequest, type Comparison, SummaryRequest } from '../../server/src/protocol';
import { pickLanguage, PanelWords } from './panelWords';
import { type ClientProvider, fileNameOf, SummaryPanel } from './summaryPanel';

export const COMPARE_COMMAND = 'netstatInsight.compare';

/** Outputs of a paste worth comparing: socket tables and counters, not a `date` or a route table. */
const COMPARABLE_SECTIONS: ReadonlySet<string> = new Set(['ss', 'netstat-linux', 'netstat-windows', 'netstat-bsd', 'proc-net', 'lsof', 'netstat-statistics', 'ss-summary', 'histogram']);

/** Outputs offered per document: a paste of thousands of commands would make a list nobody can use. */
const MAX_OFFERED_OUTPUTS = 500;

interface Candidate extends vscode.QuickPickItem {
  readonly side?: CompareRequest.Side & { readonly languageId: string; readonly name: string };
  readonly chooseFile?: true;
}

/** What the panel is sent: the comparison, the sides' names, and each sysctl key's summary in the panel's language. */
export interface ComparisonMessage {
  readonly type: 'compare';
  readonly baseName: string;
  readonly otherName: string;
  readonly comparison: Exclude<Comparison, { kind: 'not-comparable' }>;
  /** The view's words (the webview has no l10n API). */
  readonly words: Readonly<Record<string, string>>;
}

/**
 * `netstatInsight.compare`: two QuickPicks (the base, then what to compare it with) over the open
 * netstat and sysctl documents and the outputs of pasted sessions, or a file chosen from disk; the
 * before/after view opens in the State Summary panel. Scripts and tests may pass both sides as
 * `{ base: { uri, startLine? }, other: { uri, startLine? } }`.
 */
export function registerCompareCommand(context: vscode.ExtensionContext, client: ClientProvider): vscode.Disposable {
  return vscode.commands.registerCommand(COMPARE_COMMAND, async (args?: unknown) => {
    const given = sidesOf(args);
    const sides = given ?? (await pickSides(client));
    if (!sides) {
      return;
    }
    for (const side of [sides.base, sides.other]) {
      await vscode.workspace.openTextDocument(vscode.Uri.parse(side.uri));
    }
    const result = await (await client()).sendRequest(CompareRequest.type, { base: sides.base, other: sides.other });
    if (!result) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The documents to compare are no longer open.'));
      return;
    }
    if (result.kind === 'not-comparable') {
      void vscode.window.showWarningMessage(pickLanguage(result.reason));
      return;
    }
    const message: ComparisonMessage = {
      type: 'compare',
      baseName: sideName(sides.base),
      otherName: sideName(sides.other),
      comparison: result.kind === 'sysctl' ? withNotes(result) : result,
      words: compareWords(await PanelWords.load(context.extensionUri)),
    };
    SummaryPanel.showComparison(context, client, message);
  });
}

function sidesOf(args: unknown): { base: CompareRequest.Side; other: CompareRequest.Side } | undefined {
  const value = args as { base?: { uri?: unknown; startLine?: unknown }; other?: { uri?: unknown; startLine?: unknown } } | undefined;
  const side = (candidate: { uri?: unknown; startLine?: unknown } | undefined): CompareRequest.Side | undefined =>
    typeof candidate?.uri === 'string' && (candidate.startLine === undefined || (Number.isInteger(candidate.startLine) && (candidate.startLine as number) >= 0))
      ? { uri: candidate.uri, ...(candidate.startLine === undefined ? {} : { startLine: candidate.startLine as number }) }
      : undefined;
  const base = side(value?.base);
  const other = side(value?.other);
  return base && other ? { base, other } : undefined;
}

async function pickSides(client: ClientProvider): Promise<{ base: CompareRequest.Side; other: CompareRequest.Side } | undefined> {
  const base = await pickSide(client, vscode.l10n.t('Compare: choose the earlier capture (the base)'), undefined);
  if (!base) {
    return undefined;
  }
  const other = await pickSide(client, vscode.l10n.t('Compare {0} with…', base.name), base);
  return other ? { base, other } : undefined;
}

/** One QuickPick; after the base, only documents of its kind are offered, and not the base itself. */
async function pickSide(client: ClientProvider, title: string, base: Candidate['side']): Promise<Candidate['side']> {
  const candidates = (await candidatesOf(client)).filter(
    (candidate) => !candidate.side || !base || (candidate.side.languageId === base.languageId && !(candidate.side.uri === base.uri && candidate.side.startLine === base.startLine)),
  );
  const chooseFile: Candidate = { label: `$(folder-opened) ${vscode.l10n.t('Choose a file…')}`, chooseFile: true };
  const picked = await vscode.window.showQuickPick<Candidate>([...candidates, chooseFile], { title, placeHolder: vscode.l10n.t('A netstat/ss capture, one output of a pasted session, or a sysctl file'), matchOnDescription: true });
  if (!picked?.chooseFile) {
    return picked?.side;
  }
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, title })) ?? [];
  if (!file) {
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(file);
  return { uri: document.uri.toString(), languageId: document.languageId, name: fileNameOf(document.uri) };
}

/** The open netstat and sysctl documents, and each comparable output of a netstat document that holds several. */
async function candidatesOf(client: ClientProvider): Promise<Candidate[]> {
  const candidates: Candidate[] = [];
  for (const document of vscode.workspace.textDocuments) {
    if (document.languageId !== 'netstat' && document.languageId !== 'sysctl') {
      continue;
    }
    const uri = document.uri.toString();
    const name = fileNameOf(document.uri);
    candidates.push({
      label: name,
      description: document.languageId === 'sysctl' ? vscode.l10n.t('sysctl settings') : vscode.l10n.t('whole document'),
      side: { uri, languageId: document.languageId, name },
    });
    if (document.languageId === 'netstat') {
      const summary = await (await client()).sendRequest(SummaryRequest.type, { textDocument: { uri } });
      const sections = (summary?.sections ?? []).filter((section) => COMPARABLE_SECTIONS.has(section.format)).slice(0, MAX_OFFERED_OUTPUTS);
      if (sections.length > 1) {
        for (const section of sections) {
          const where = vscode.l10n.t('{0}, line {1}', name, String(section.startLine + 1));
          candidates.push({
            label: `$(terminal) ${section.command ?? section.formatName}`,
            description: where,
            detail: section.formatName,
            side: { uri, startLine: section.startLine, languageId: document.languageId, name: where },
          });
        }
      }
    }
  }
  return candidates;
}

function sideName(side: CompareRequest.Side & { readonly name?: string }): string {
  const uri = vscode.Uri.parse(side.uri);
  return side.startLine === undefined ? fileNameOf(uri) : vscode.l10n.t('{0}, line {1}', fileNameOf(uri), String(side.startLine + 1));
}

/** Each key's documentation cut to its summary in the panel's language (`note`), which is all the view shows. */
function withNotes(result: SysctlComparison): SysctlComparison {
  const noted = <T extends { readonly description: SysctlComparison['sysctl']['changed'][number]['description'] }>(entry: T) => {
    const { description, ...rest } = entry;
    return { ...rest, description: null, ...(description?.summary ? { note: pickLanguage(description.summary) } : {}) };
  };
  const { changed, added, removed } = result.sysctl;
  return { ...result, sysctl: { ...result.sysctl, changed: changed.map(noted), added: added.map(noted), removed: removed.map(noted) } };
}

/** Every text of the before/after view (client/media/compareView.js). */
function compareWords(words: PanelWords): Record<string, string> {
  return {
    heading: words.t('Before and after'),
    close: words.t('Back to the summary'),
    base: words.t('Before'),
    other: words.t('After'),
    change: words.t('Change'),
    lines: words.t('lines {0}–{1}', '{0}', '{1}'),
    seconds: words.t('{0} s apart', '{0}'),
    total: words.t('All TCP sockets'),
    states: words.t('TCP states'),
    listenersAdded: words.t('Listeners that came'),
    listenersRemoved: words.t('Listeners that went'),
    noListenerChange: words.t('The same listeners on both sides.'),
    more: words.t('… and {0} more', '{0}'),
    ports: words.t('Local ports that moved most'),
    hosts: words.t('Remote hosts that moved most'),
    processes: words.t('Processes that moved most'),
    port: words.t('Port'),
    host: words.t('Host'),
    process: words.t('Process'),
    counters: words.t('Counters that changed'),
    counter: words.t('Counter'),
    perSecond: words.t('Per second'),
    noCounters: words.t('No netstat -s or ss -s counter changed (or only one side has them).'),
    sysctlChanged: words.t('Values that changed'),
    sysctlAdded: words.t('Keys only the second has'),
    sysctlRemoved: words.t('Keys only the first has'),
    sysctlSame: words.t('Every key has the same value on both sides.'),
    key: words.t('Key'),
    value: words.t('Value'),
    none: words.t('none'),
  };
}
