import * as vscode from 'vscode';
import { type CaptureKind, commandsFor, languageOf } from './capture/captureCommands';
import { captureSnapshot } from './capture/captureSnapshot';
import { nodeCaptureHost } from './capture/nodeCaptureHost';
import { renderSnapshot } from './capture/snapshotText';
import { captureSettings, headerLanguage, showCaptureError } from './captureSettings';
import { SocketWatch } from './socketWatch';

/** Arguments a keybinding or another extension may pass to skip the pick: `{ "kinds": ["sockets", "statistics"] }`. */
interface CaptureArgs {
  readonly kinds?: readonly CaptureKind[];
}

const KINDS: readonly CaptureKind[] = ['sockets', 'statistics', 'sysctl'];

/**
 * The commands that capture this machine: run the local tools in the extension host (under Remote-SSH,
 * in a Dev Container or WSL, that is the remote side) and open what they print. Thin: what runs and
 * how its output reads is decided in ./capture, which knows nothing of the editor.
 */
export function registerSocketCapture(): vscode.Disposable[] {
  const watch = new SocketWatch();
  return [
    watch,
    vscode.commands.registerCommand('netstatInsight.captureSockets', (args?: CaptureArgs) => (refuseUntrusted() ? undefined : captureOnce(args))),
    vscode.commands.registerCommand('netstatInsight.watchSockets', (args?: CaptureArgs) =>
      refuseUntrusted() ? undefined : watch.start(netstatKindsOf(args) ?? ['sockets']),
    ),
    vscode.commands.registerCommand('netstatInsight.stopWatching', () => watch.stop()),
  ];
}

/**
 * Capturing runs programs of this machine. Nothing in a workspace can change which ones (fixed
 * argument vectors, absolute PATH entries only), but Restricted Mode promises that opening a
 * folder runs nothing, and a capture is a deliberate act that can wait for trust.
 */
function refuseUntrusted(): boolean {
  if (vscode.workspace.isTrusted) {
    return false;
  }
  const manage = vscode.l10n.t('Manage Workspace Trust');
  void vscode.window
    .showWarningMessage(
      vscode.l10n.t('Capturing runs ss, netstat or sysctl on this machine, which Netstat Insight does only in a trusted workspace. Trust this workspace to capture.'),
      manage,
    )
    .then((choice) => (choice === manage ? vscode.commands.executeCommand('workbench.trust.manage') : undefined));
  return true;
}

/** Opens one editor per language: sockets and counters in a netstat editor, `sysctl -a` in a sysctl one. Returns their URIs. */
async function captureOnce(args: CaptureArgs | undefined): Promise<string[] | undefined> {
  const kinds = kindsOf(args) ?? (await pickKinds());
  if (kinds === undefined || kinds.length === 0) {
    return undefined;
  }
  const settings = captureSettings();
  const opened: string[] = [];
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Capturing sockets…') }, async () => {
    for (const language of ['netstat', 'sysctl'] as const) {
      const group = kinds.filter((kind) => languageOf(kind) === language);
      if (group.length === 0) {
        continue;
      }
      try {
        const snapshot = await captureSnapshot(group, settings, nodeCaptureHost());
        const document = await vscode.workspace.openTextDocument({ language, content: renderSnapshot(snapshot, headerLanguage(), language) });
        await vscode.window.showTextDocument(document, { preview: false });
        opened.push(document.uri.toString());
      } catch (error) {
        showCaptureError(error);
      }
    }
  });
  return opened;
}

async function pickKinds(): Promise<CaptureKind[] | undefined> {
  const { linuxSocketTool } = captureSettings();
  const labels: Record<CaptureKind, string> = {
    sockets: vscode.l10n.t('Socket table'),
    statistics: vscode.l10n.t('Protocol counters'),
    sysctl: vscode.l10n.t('Kernel settings'),
  };
  const items = KINDS.map((kind) => {
    const commands = commandsFor(kind, process.platform, linuxSocketTool);
    const command = commands.length > 0 ? [commands[0].tool, ...commands[0].args].join(' ') : process.platform === 'linux' ? '/proc' : '—';
    return { label: labels[kind], description: command, picked: kind === 'sockets', capture: kind };
  }).filter((item) => !(item.capture === 'sysctl' && process.platform === 'win32'));
  const picked = await vscode.window.showQuickPick(items, { canPickMany: true, ignoreFocusOut: true, title: vscode.l10n.t('Capture this machine'), placeHolder: vscode.l10n.t('What to capture (sysctl -a opens in its own editor)') });
  return picked?.map((item) => item.capture);
}

function kindsOf(args: CaptureArgs | undefined): CaptureKind[] | undefined {
  const kinds = Array.isArray(args?.kinds) ? KINDS.filter((kind) => args!.kinds!.includes(kind)) : undefined;
  return kinds && kinds.length > 0 ? kinds : undefined;
}

/** A watch appends to one netstat document: sysctl -a has no place there. */
function netstatKindsOf(args: CaptureArgs | undefined): CaptureKind[] | undefined {
  const kinds = kindsOf(args)?.filter((kind) => languageOf(kind) === 'netstat');
  return kinds && kinds.length > 0 ? kinds : undefined;
}
