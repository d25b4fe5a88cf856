import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from '../languageServer';
import { ClientSysctlFiles } from './clientSysctlFiles';

/** A dedicated worker's global scope, as far as the server uses it. */
export interface WorkerScope {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void, options?: { once: boolean }): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

/** A message channel as a browser has it (Node's typings, which this project compiles with, differ). */
interface BrowserMessageChannel {
  readonly port1: { onmessage: (() => void) | null; close(): void };
  readonly port2: { postMessage(message: unknown): void };
}

/**
 * Serves the language in a Web Worker, over postMessage to `scope` (vscode.dev, github.dev, any web worker
 * extension host). Part of the shared server bundle, so that the worker's own script (browser/server.ts)
 * stays a loader and the LSP libraries ship once.
 */
export function startWorkerServer(scope: WorkerScope): void {
  const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
  startLanguageServer(connection, { sysctlFiles: new ClientSysctlFiles(connection), nextTurn });
}

/**
 * One turn of the worker's event loop. The connection handles a message in a setTimeout(0) callback, but a
 * chain of nested zero timeouts is clamped to 4 ms each by the browser: a message channel's task is not.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel() as unknown as BrowserMessageChannel;
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
