import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { FindSysctlFilesRequest, ReadWorkspaceFileRequest, type SummaryResult } from '../../../server/src/protocol';
import { DiskSysctlFiles } from '../../../server/src/workspaceSysctlFiles';

const SERVER = join(__dirname, '..', '..', '..', 'server', 'out', 'server.js');

/** How the test reaches a server: its messages both ways, how it ends, and what it complained of. */
export interface ServerTransport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  /** Resolves with the exit code once the server has ended after its exit notification. */
  ended(): Promise<number | null>;
  /** What the server wrote to stderr, or the errors its worker threw. */
  errors(): string;
}

/** The built desktop server as a Node process over stdio. */
function serverProcess(): ServerTransport {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { reader: new StreamMessageReader(child.stdout!), writer: new StreamMessageWriter(child.stdin!), ended: () => exited, errors: () => stderr };
}

let startTransport: () => ServerTransport = serverProcess;

/** Runs every ServerConnection made from now on over `start` (test/lsp/support/inBrowserWorker.ts: a Web Worker). */
/**
 * True when the servers run as Node processes over stdio, where a test's notifications reach the server
 * within a fraction of a millisecond; a browser worker's are relayed through the page, taking longer.
 */
export function overStdio(): boolean {
  return startTransport === serverProcess;
}

export function useTransport(start: () => ServerTransport): void {
  startTransport = start;
}

/**
 * A built server started and driven as an editor would: initialize with a locale, answer its
 * workspace/configuration requests from `settings`, and collect published diagnostics. It runs as a
 * Node process over stdio unless the test run chose another transport (useTransport).
 */
export class ServerConnection {
  readonly connection: MessageConnection;
  private readonly transport: ServerTransport;
  /** The `netstatInsight` settings section handed to the server when it asks. */
  settings: Record<string, unknown> = {};
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: { uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  /** Answers the browser server's file requests from the disk, as the browser client does from the editor's file system. */
  private readonly workspaceFiles = new DiskSysctlFiles();

  constructor() {
    this.transport = startTransport();
    this.connection = createMessageConnection(this.transport.reader, this.transport.writer);
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings),
    );
    this.connection.onRequest(FindSysctlFilesRequest.type, async (params) => {
      await this.workspaceFiles.setFolders(params.folders);
      const found: string[] = [];
      for await (const file of this.workspaceFiles.walk()) {
        if (!file.link) {
          found.push(file.uri);
        }
      }
      return found;
    });
    this.connection.onRequest(ReadWorkspaceFileRequest.type, async (params) => {
      const read = await this.workspaceFiles.read(params.uri, false);
      return read && 'text' in read ? read.text : null;
    });
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && (params.version === undefined || params.version >= waiter.version)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.connection.listen();
  }

  async initialize(locale: string): Promise<InitializeResult> {
    const result = await this.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      locale,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** Opens a document and resolves with its first diagnostics. */
  open(uri: string, languageId: string, text: string, version = 1): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    return published;
  }

  /** Replaces the whole text and resolves with the diagnostics of the new version. */
  change(uri: string, version: number, text: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return published;
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The full hover text at a position, as the explain command asks for it. */
  async fullHover(uri: string, line: number, character: number): Promise<string | null> {
    return this.connection.sendRequest('netstatInsight/fullHover', { textDocument: { uri }, position: { line, character } });
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  summary(uri: string): Promise<SummaryResult | null> {
    return this.connection.sendRequest('netstatInsight/summary', { textDocument: { uri } });
  }

  codeActions(uri: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics } });
  }

  /** What the server wrote to stderr (or its worker threw): empty unless something went wrong. */
  get stderr(): string {
    return this.transport.errors();
  }

  async shutdown(): Promise<number | null> {
    await this.connection.sendRequest('shutdown');
    await this.connection.sendNotification('exit');
    const code = await this.transport.ended();
    this.connection.dispose();
    return code;
  }
}

export function markdownOf(hover: Hover | null): string {
  if (!hover) {
    return '';
  }
  const contents = hover.contents;
  return typeof contents === 'object' && 'value' in contents ? contents.value : JSON.stringify(contents);
}

/**
 * A server started before the suite's tests and shut down (cleanly) after them; the suite reads it
 * through the returned function once its tests run.
 */
export function serverForSuite(locale: string): () => ServerConnection {
  let server: ServerConnection | undefined;
  before(async () => {
    server = new ServerConnection();
    await server.initialize(locale);
  });
  after(async () => {
    if (server && (await server.shutdown()) !== 0) {
      throw new Error(`the server exited with an error: ${server.stderr}`);
    }
  });
  return () => server!;
}
