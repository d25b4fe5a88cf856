import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import type { ServerScriptMessage } from '../../../server/src/browser/server';
import { CLIENT_ID, clientOptions } from '../clientOptions';
import { serveWorkspaceFiles } from './workspaceFiles';

/** The browser entry of the server, and the language server bundle it loads (shared with the desktop server). */
const SERVER_ENTRY = ['server', 'out', 'browser', 'server.js'];
const SERVER_SCRIPT = ['server', 'out', 'languageServer.js'];

/** Schemes a worker script can be loaded from as it is. */
const WORKER_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'file']);

/** A Web Worker as the extension host has it (this project compiles with Node's typings, which have none). */
interface BrowserWorker {
  postMessage(message: unknown): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;
declare const URL: { createObjectURL(blob: unknown): string };
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;

/** Starts the language server in a Web Worker and a client for it (vscode.dev, github.dev, code-server). */
export async function startLanguageClient(context: vscode.ExtensionContext): Promise<LanguageClient> {
  const entry = vscode.Uri.joinPath(context.extensionUri, ...SERVER_ENTRY);
  const script = vscode.Uri.joinPath(context.extensionUri, ...SERVER_SCRIPT);
  const worker = new Worker(await workerUrl(entry), { name: 'netstat-insight-server' });
  const first: ServerScriptMessage = { netstatInsightServerScript: await workerUrl(script) };
  worker.postMessage(first);
  const client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Netstat Insight'), clientOptions(), worker);
  context.subscriptions.push(...serveWorkspaceFiles(client));
  await client.start();
  return client;
}

/**
 * An address a worker can load `uri` from. vscode.dev and github.dev serve an extension over https, and
 * that address works as it is. Installed on a VS Code Server (code-server, Remote SSH's web client) the
 * extension lies on the server behind a vscode-remote: URI, from which the web worker extension host
 * refuses to start a worker: the script is read through the editor's file system and served from a blob.
 */
async function workerUrl(uri: vscode.Uri): Promise<string> {
  if (WORKER_SCHEMES.has(uri.scheme)) {
    return uri.toString(true);
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}
