import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message } from 'vscode-jsonrpc';
import { type ServerTransport, useTransport } from './serverConnection';

/**
 * `npm run test:lsp:browser`: the protocol tests of test/lsp again, each server the browser build's
 * (server/out/browser/server.js, which loads server/out/languageServer.js) in a Web Worker of headless
 * chromium, served from 127.0.0.1 and driven over postMessage as the browser client drives it. Loaded by
 * mocha as a root hook plugin (--require) before the test files.
 */

const ROOT = join(__dirname, '..', '..', '..');
/** What the page may load: the worker's script and the server bundle it imports. */
const SERVED: ReadonlyMap<string, string> = new Map([
  ['/server/out/browser/server.js', join(ROOT, 'server', 'out', 'browser', 'server.js')],
  ['/server/out/languageServer.js', join(ROOT, 'server', 'out', 'languageServer.js')],
]);
const CHROMIUM = '/usr/bin/chromium';

/** What the page's script sees (this project compiles with Node's typings, which have no DOM). */
interface PageWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message: string; filename: string; lineno: number }) => void) | null;
}
interface PageWindow {
  workers?: Map<number, PageWorker>;
  fromWorker(id: number, message: unknown): Promise<void>;
  workerFailed(id: number, error: string): Promise<void>;
}
declare const window: PageWindow;
declare const Worker: new (url: string) => PageWorker;

interface Session {
  readonly http: Server;
  readonly origin: string;
  readonly browser: Browser;
  readonly page: Page;
}

/** Messages from each worker, by the worker's id, to its transport. */
const receivers = new Map<number, { deliver(message: Message): void; fail(error: string): void }>();
let nextWorker = 0;
let session: Promise<Session> | undefined;

async function startSession(): Promise<Session> {
  const http = createServer((request, response) => {
    const file = SERVED.get(request.url ?? '');
    if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>netstat-insight server in a worker</title>');
    } else if (file) {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(file));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS } = (await import(pathToFileURL(join(ROOT, 'scripts', 'lib', 'codeServer.mjs')).href)) as { CHROMIUM_ARGS: string[] };
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage();
  await page.exposeFunction('fromWorker', (id: number, message: Message) => receivers.get(id)?.deliver(message));
  await page.exposeFunction('workerFailed', (id: number, error: string) => receivers.get(id)?.fail(error));
  await page.goto(`${origin}/`);
  console.log(`  (each server of these tests runs in a Web Worker of headless chromium ${browser.version()}, loaded from ${origin})`);
  return { http, origin, browser, page };
}

/** A new server in a Web Worker of the shared page. */
function workerTransport(): ServerTransport {
  const id = nextWorker++;
  let errors = '';
  let callback: DataCallback | undefined;
  const early: Message[] = [];
  const started = (session ??= startSession()).then(async ({ page, origin }) => {
    await page.evaluate(
      ({ id, origin }) => {
        const worker = new Worker(`${origin}/server/out/browser/server.js`);
        (window.workers ??= new Map()).set(id, worker);
        worker.onmessage = (event) => void window.fromWorker(id, event.data);
        worker.onerror = (event) => void window.workerFailed(id, `${event.message} (${event.filename}:${event.lineno})`);
        // The first message says where the server bundle is; LSP follows (client/src/browser/languageClient.ts does the same).
        worker.postMessage({ netstatInsightServerScript: `${origin}/server/out/languageServer.js` });
      },
      { id, origin },
    );
    return page;
  });
  receivers.set(id, {
    deliver: (message) => (callback ? callback(message) : early.push(message)),
    fail: (error) => {
      errors += `${error}\n`;
    },
  });

  class WorkerReader extends AbstractMessageReader {
    listen(listener: DataCallback): Disposable {
      callback = listener;
      early.splice(0).forEach(listener);
      return { dispose: () => (callback = undefined) };
    }
  }
  /** Messages leave in the order written: each waits for the one before it. */
  let sent: Promise<void> = started.then(() => undefined);
  class WorkerWriter extends AbstractMessageWriter {
    write(message: Message): Promise<void> {
      sent = sent.then(async () => {
        const page = await started;
        await page.evaluate(({ id, message }) => window.workers?.get(id)?.postMessage(message), { id, message });
      });
      return sent;
    }
    end(): void {}
  }
  return {
    reader: new WorkerReader(),
    writer: new WorkerWriter(),
    // A worker has no exit code: it has ended cleanly when it answered shutdown and threw nothing; the browser client then terminates it, as here.
    async ended() {
      const page = await started;
      await page.evaluate((id) => {
        window.workers?.get(id)?.terminate();
        window.workers?.delete(id);
      }, id);
      receivers.delete(id);
      return errors === '' ? 0 : 1;
    },
    errors: () => errors,
  };
}

export const mochaHooks = {
  beforeAll(this: Mocha.Context): void {
    if (!existsSync(CHROMIUM)) {
      // Reported, not failed: the machine lacks the browser (scripts/bootstrap.mjs installs Debian's chromium).
      console.log(`  skipped: no ${CHROMIUM} to run the browser build's server in`);
      this.skip();
    }
    for (const file of SERVED.values()) {
      if (!existsSync(file)) {
        throw new Error(`${file} is missing: run \`npm run build\` first`);
      }
    }
    useTransport(workerTransport);
  },
  async afterAll(): Promise<void> {
    const running = await session;
    session = undefined;
    await running?.browser.close();
    running?.http.close();
  },
};
