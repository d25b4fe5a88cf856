import type * as ServerBundle from '../serverBundle';
import type { WorkerScope } from './workerServer';

/**
 * The browser entry, the script the client starts a Web Worker from: it loads the shared server bundle
 * (server/out/languageServer.js) and starts it. The client posts that bundle's address as the first message,
 * since this script may run from a blob: URL, against which no relative address resolves; the LSP
 * messages follow.
 */

/** The first message: where the shared server bundle is. */
export interface ServerScriptMessage {
  readonly netstatInsightServerScript: string;
}

declare const self: WorkerScope & {
  importScripts(...urls: string[]): void;
  /** Set by server/out/languageServer.js. */
  NetstatInsightServer?: typeof ServerBundle;
};

self.addEventListener(
  'message',
  (event: { data: unknown }) => {
    const script = (event.data as Partial<ServerScriptMessage> | null)?.netstatInsightServerScript;
    if (typeof script !== 'string') {
      throw new Error('The first message to the netstat-insight server must say where its server bundle is.');
    }
    self.importScripts(script);
    if (!self.NetstatInsightServer) {
      throw new Error(`${script} did not define the netstat-insight language server.`);
    }
    // Started before this event ends, so the connection reads every message after this one.
    self.NetstatInsightServer.startWorkerServer(self);
  },
  { once: true },
);
