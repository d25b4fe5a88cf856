import {
  CodeActionKind,
  type Connection,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  type RequestType,
  type TextDocumentContentChangeEvent,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LanguageSetting, resolveLanguage } from './core/i18n/localized';
import type { WorkspaceContext } from './core/analysis/sysctlContext';
import { createLanguageService, NETSTAT_LANGUAGE, type ParsedDocument, SYSCTL_LANGUAGE } from './core/languageService';
import { type InsightSettings, settingsFrom, withLanguageOverrides } from './core/settings';
import { CompareRequest, DescribeKeyRequest, FullHoverRequest, NonDefaultValuesRequest, SummaryRequest, TimelineRequest } from './protocol';
import { SYSCTL_FILE_GLOBS } from './sysctlFileBounds';
import { SysctlFileStore, type SysctlFileSource } from './sysctlFileStore';

/**
 * The LSP adapter: it owns the open documents, settings and caches over a connection it is given, and
 * hands the work to the pure language service in core/. The desktop entry (server.ts, a Node process)
 * and the browser entry (browser/server.ts, a Web Worker) each make the connection and call
 * startLanguageServer with what differs between them (ServerPlatform).
 */

/** What the language server needs from where it runs. */
export interface ServerPlatform {
  /** Where the workspace's sysctl files are read from. */
  readonly sysctlFiles: SysctlFileSource;
  /** Resolves in the next turn of the event loop, the kind of turn in which the connection handles a message. */
  nextTurn(): Promise<void>;
}

/** Wait this long after the last keystroke before re-validating (as VS Code's own JSON server does). */
const VALIDATION_DELAY_MS = 200;
/**
 * Validation steps run back to back for this long before requests that came in meanwhile are answered.
 * A hover waits at most one slice; slices of 1 ms measured a p99 about 1.5× that of 0.25 ms, which costs
 * the whole validation a few milliseconds of yielding on a 60,000-socket paste.
 */
const VALIDATION_SLICE_MS = 0.25;
/**
 * While requests keep coming (one came in the last REQUESTS_RECENT_MS: someone moving along the rows, the
 * panel refreshing), a validation runs one step at a time and sleeps this long after each, instead of
 * keeping a core busy: a request then almost always finds the loop idle, and on a two-core machine the
 * editor's own process is not left waiting for a core. Measured in the server on a 60,000-socket paste
 * under back-to-back hovers, p99 0.78 ms with quarter-millisecond slices and a 1 ms pause, 0.13 ms so.
 * The validation then takes half a second instead of a few tens of milliseconds, but only while the
 * requests keep coming, and a step still runs between pauses, so it always ends.
 */
const REQUEST_PAUSE_MS = 3;
/** Requests answered this recently count as "still coming": longer than an editor's round trip. */
const REQUESTS_RECENT_MS = 3.5;
/** Serves the language over `connection` until it closes. */
export function startLanguageServer(connection: Connection, platform: ServerPlatform): void {
  /** When the last request from the editor came in. */
  let lastRequestAt = Number.NEGATIVE_INFINITY;

  function requestArrived(): void {
    lastRequestAt = performance.now();
  }

  /**
   * Per open document, what the edits since its cached parse touched: the first line, and how many
   * characters at the start and at the end of the text they left alone. The next parse re-reads from
   * there and reuses the rest of the previous one, without comparing the two texts.
   */
  const editsSinceParse = new Map<string, { firstChangedLine: number; changes: number; unchanged: { prefix: number; suffix: number; inserted?: string } }>();
  /**
   * TextDocuments applies every didChange, whatever its version. Versions only grow (LSP), so a change
   * that does not raise the version is a replay or arrived out of order: applying it would put old text
   * (or edits meant for other text) under a version the parse cache already holds. It is ignored.
   */
  const documents = new TextDocuments<TextDocument>({
    create: TextDocument.create,
    update(document, changes, version) {
      if (version <= document.version) {
        connection.console.warn(`Ignored a change to ${document.uri} with version ${version}, not newer than ${document.version}.`);
        return document;
      }
      // One change at a time: each is in the coordinates its predecessors left.
      let updated = document;
      for (const change of changes) {
        noteEdit(updated, change);
        updated = TextDocument.update(updated, [change], version);
      }
      return updated;
    },
  });
  /**
   * Edits apply one after another, so no line above the smallest start line was touched by any of them,
   * no character before the smallest start offset, and none in the shortest stretch after an edit's end
   * to the end of the text. A change without a range replaces the whole text.
   */
  function noteEdit(document: TextDocument, change: TextDocumentContentChangeEvent): void {
    const edits = editsSinceParse.get(document.uri) ?? { firstChangedLine: Number.MAX_SAFE_INTEGER, changes: 0, unchanged: { prefix: Number.MAX_SAFE_INTEGER, suffix: Number.MAX_SAFE_INTEGER } };
    const range = 'range' in change ? change.range : undefined;
    const line = range?.start?.line;
    edits.changes++;
    if (range && typeof line === 'number' && Number.isInteger(line) && line >= 0) {
      edits.firstChangedLine = Math.min(edits.firstChangedLine, line);
      edits.unchanged.prefix = Math.min(edits.unchanged.prefix, document.offsetAt(range.start));
      edits.unchanged.suffix = Math.min(edits.unchanged.suffix, document.getText().length - document.offsetAt(range.end));
      // With one change the text between the unchanged ends is its own: the re-scan reads it without the whole new text.
      edits.unchanged.inserted = edits.changes === 1 ? change.text : undefined;
    } else {
      edits.unchanged.inserted = undefined;
      edits.firstChangedLine = 0;
      edits.unchanged.prefix = 0;
      edits.unchanged.suffix = 0;
    }
    editsSinceParse.set(document.uri, edits);
  }

  /** The version each open document's content was last reported at, so an ignored change is not re-validated. */
  const contentVersions = new Map<string, number>();
  const service = createLanguageService();

  let editorLocale: string | undefined;
  let canPullConfiguration = false;
  let canRegisterConfigurationChanges = false;
  /**
   * Settings per workspace folder and language: VS Code resolves a resource's settings from its workspace
   * folder and its language's overrides, never from the file itself, so a document opened beside another
   * takes the settings already asked for instead of a round trip to the editor (which, busy sending a big
   * paste, answered late). A change of configuration clears them.
   */
  const settingsByScope = new Map<string, Promise<InsightSettings>>();
  const parseCache = new Map<string, { version: number; languageId: string; parsed: ParsedDocument }>();
  const pendingValidation = new Map<string, ReturnType<typeof setTimeout>>();
  /**
   * The validation under way for each document. A newer one (a new version, new settings) takes its place,
   * and the older stops at its next step without publishing.
   */
  const runningValidations = new Map<string, object>();
  /** Sysctl files of the workspace folders: dump rules compare with their values (port range, somaxconn…). */
  const workspaceSysctl = new SysctlFileStore(platform.sysctlFiles);
  let workspaceFolderUris: string[] = [];
  let canWatchFiles = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    editorLocale = params.locale;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRegisterConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    workspaceFolderUris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', '/', '=', ' '] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'netstat-insight' },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration && canRegisterConfigurationChanges) {
      connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'netstatInsight' })
        .catch((error: unknown) => connection.console.error(`Could not register for configuration changes: ${describeError(error)}`));
    }
    if (canWatchFiles) {
      connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: SYSCTL_FILE_GLOBS.map((globPattern) => ({ globPattern })) })
        .catch((error: unknown) => connection.console.error(`Could not watch sysctl files: ${describeError(error)}`));
    }
    workspaceSysctl.scan(workspaceFolderUris).then(revalidateSocketDumps, (error: unknown) =>
      connection.console.error(`Reading the workspace's sysctl files failed: ${describeError(error)}`),
    );
  });

  connection.onDidChangeWatchedFiles(async (params) => {
    await Promise.all(params.changes.map((change) => workspaceSysctl.refresh(change.uri)));
    revalidateSocketDumps();
  });

  /**
   * Socket dumps are judged against sysctl values, and sysctl files against each other (which file's
   * line wins), so both are re-checked when a sysctl file changes.
   */
  function revalidateSocketDumps(): void {
    for (const document of documents.all()) {
      if (document.languageId === NETSTAT_LANGUAGE || document.languageId === SYSCTL_LANGUAGE) {
        scheduleValidation(document);
      }
    }
  }

  /** The workspace's sysctl values, the open sysctl documents' current text taking precedence. */
  function workspaceContext(): WorkspaceContext {
    // Only sysctl documents: parsing every open dump here would redo (or bring forward) their own work.
    const open = documents
      .all()
      .filter((document) => document.languageId === SYSCTL_LANGUAGE)
      .map((document) => ({ uri: document.uri, parsed: parsedDocument(document) }))
      .flatMap(({ uri, parsed }) => (parsed.kind === 'sysctl' ? [{ uri, file: parsed.file }] : []));
    return workspaceSysctl.context(open);
  }

  connection.onDidChangeConfiguration(() => {
    settingsByScope.clear();
    for (const document of documents.all()) {
      scheduleValidation(document, 0);
    }
  });

  function settingsFor(uri: string): Promise<InsightSettings> {
    const languageId = documents.get(uri)?.languageId;
    const scope = `${languageId ?? ''}\n${workspaceFolderOf(uri) ?? ''}`;
    let settings = settingsByScope.get(scope);
    if (!settings) {
      // The `[<language>]` section carries per-language overrides, which a plain scopeUri does not apply.
      settings = (canPullConfiguration
        ? connection.workspace
            .getConfiguration([{ scopeUri: uri, section: 'netstatInsight' }, { scopeUri: uri, section: `[${languageId}]` }])
            .then(([section, overrides]: unknown[]) => withLanguageOverrides(section, languageId ? overrides : undefined))
        : Promise.resolve(undefined)
      ).then(
        (raw: unknown) => settingsFrom(raw, resolveLanguage(languageSettingOf(raw), editorLocale)),
        () => settingsFrom(undefined, resolveLanguage(undefined, editorLocale)),
      );
      settingsByScope.set(scope, settings);
    }
    return settings;
  }

  /** The workspace folder `uri` lies in (the innermost, when folders nest), or undefined. */
  function workspaceFolderOf(uri: string): string | undefined {
    let found: string | undefined;
    for (const folder of workspaceFolderUris) {
      const prefix = folder.endsWith('/') ? folder : `${folder}/`;
      if (uri.startsWith(prefix) && (found === undefined || folder.length > found.length)) {
        found = folder;
      }
    }
    return found;
  }

  function languageSettingOf(raw: unknown): LanguageSetting | undefined {
    const docs = (raw as { docs?: { language?: unknown } } | undefined)?.docs;
    return typeof docs?.language === 'string' ? (docs.language as LanguageSetting) : undefined;
  }

  /** The parse of the document's current version, computed once per version. */
  function parsedDocument(document: TextDocument): ParsedDocument {
    const cached = parseCache.get(document.uri);
    if (cached && cached.version === document.version && cached.languageId === document.languageId) {
      return cached.parsed;
    }
    const edits = editsSinceParse.get(document.uri);
    const previous = cached && cached.languageId === document.languageId && edits !== undefined ? { parsed: cached.parsed, ...edits } : undefined;
    const parsed = service.parse(document, previous);
    parseCache.set(document.uri, { version: document.version, languageId: document.languageId, parsed });
    editsSinceParse.delete(document.uri);
    return parsed;
  }

  /**
   * An edit leaves the editor's new text as V8's pair of the old halves and the insert, which is copied flat
   * on its first full read (milliseconds for a big paste): by the rules' first decoded row, or the next
   * keystroke's update. A re-scan after one change reads only the stretch around it (spanAfterEdit in the
   * core), so the copy is made once the document has been still for a moment: after the summary panel's
   * request that follows a change, inside the validation's debounce, so on the way to neither.
   */
  const FLATTEN_DELAY_MS = 50;
  const pendingFlatten = new Map<string, ReturnType<typeof setTimeout>>();

  function flattenWhenStill(document: TextDocument): void {
    clearTimeout(pendingFlatten.get(document.uri));
    pendingFlatten.set(
      document.uri,
      setTimeout(() => {
        pendingFlatten.delete(document.uri);
        if (documents.get(document.uri) === document) {
          void document.getText().charCodeAt(0);
        }
      }, FLATTEN_DELAY_MS),
    );
  }

  function scheduleValidation(document: TextDocument, delay = VALIDATION_DELAY_MS): void {
    clearTimeout(pendingValidation.get(document.uri));
    pendingValidation.set(
      document.uri,
      setTimeout(() => {
        pendingValidation.delete(document.uri);
        void validate(document.uri, document.version);
      }, delay),
    );
  }

  /**
   * Gives the requests that arrived during a validation step their answers before the next step. The
   * connection handles a message in one turn of the event loop and writes its answer in the next: after
   * three turns both are done, where a single one would run the next step first.
   */
  async function letRequestsThrough(): Promise<void> {
    for (let turn = 0; turn < 3; turn++) {
      await platform.nextTurn();
    }
  }

  /**
   * Runs the rules one step per macrotask, so that hovers and the summary panel's requests are answered
   * while a big paste is validated; stops as soon as the result would be stale (newer version, newer run,
   * closed document), which is never published.
   */
  async function validate(uri: string, version: number): Promise<void> {
    const run = {};
    runningValidations.set(uri, run);
    const isCurrent = () => runningValidations.get(uri) === run && documents.get(uri)?.version === version;
    try {
      if (!isCurrent()) {
        return;
      }
      const settings = await settingsFor(uri);
      const current = documents.get(uri);
      if (!current || !isCurrent()) {
        return;
      }
      const parsed = parsedDocument(current);
      // TextDocument finds its line starts on first need (an incremental edit, a line's text) in one pass
      // over the text, ~15 ms for a 60,000-line paste: done here, in the background, the first keystroke
      // after an open does not wait for it (later edits keep them up to date).
      void current.lineCount;
      await letRequestsThrough();
      if (!isCurrent()) {
        return;
      }
      const diagnostics: Diagnostic[] = [];
      let sliceStarted = performance.now();
      const stale = { get isCancellationRequested() { return !isCurrent(); } };
      for (const step of service.validationSteps(current, parsed, settings, parsed.kind === 'none' ? undefined : workspaceContext(), stale)) {
        diagnostics.push(...step);
        // Steps are a fraction of a millisecond each; yielding after every one cost more than the steps,
        // unless requests are coming (see REQUEST_PAUSE_MS).
        const now = performance.now();
        if (now - sliceStarted >= VALIDATION_SLICE_MS || now - lastRequestAt < REQUESTS_RECENT_MS) {
          await letRequestsThrough();
          if (performance.now() - lastRequestAt < REQUESTS_RECENT_MS) {
            await new Promise((resolve) => setTimeout(resolve, REQUEST_PAUSE_MS));
          }
          if (!isCurrent()) {
            return;
          }
          sliceStarted = performance.now();
        }
      }
      await connection.sendDiagnostics({ uri, version, diagnostics });
    } catch (error) {
      connection.console.error(`Validation of ${uri} failed: ${describeError(error)}`);
    } finally {
      if (runningValidations.get(uri) === run) {
        runningValidations.delete(uri);
      }
    }
  }

  // No immediate run on open: TextDocuments reports the opened text as a change as well, and the
  // debounce lets the requests that follow an open (the summary panel's, a hover) be answered first.
  documents.onDidOpen((event) => {
    // An open without a close before it starts the document afresh, whatever version it carries.
    parseCache.delete(event.document.uri);
    editsSinceParse.delete(event.document.uri);
    contentVersions.delete(event.document.uri);
    scheduleValidation(event.document);
    // Asked now, so the answer is in by the time the summary panel's request has parsed the document.
    void settingsFor(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    if (contentVersions.get(event.document.uri) === event.document.version) {
      return;
    }
    contentVersions.set(event.document.uri, event.document.version);
    scheduleValidation(event.document);
    flattenWhenStill(event.document);
    if (event.document.languageId === SYSCTL_LANGUAGE) {
      revalidateSocketDumps();
    }
  });
  documents.onDidClose((event) => {
    if (event.document.languageId === SYSCTL_LANGUAGE) {
      revalidateSocketDumps();
    }
    clearTimeout(pendingValidation.get(event.document.uri));
    pendingValidation.delete(event.document.uri);
    clearTimeout(pendingFlatten.get(event.document.uri));
    pendingFlatten.delete(event.document.uri);
    runningValidations.delete(event.document.uri);
    parseCache.delete(event.document.uri);
    editsSinceParse.delete(event.document.uri);
    contentVersions.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onHover(async (params, token) => {
    requestArrived();
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      return null;
    }
    try {
      const settings = await settingsFor(document.uri);
      if (token.isCancellationRequested) {
        return null;
      }
      const workspace = document.languageId === SYSCTL_LANGUAGE ? workspaceContext() : undefined;
      return service.doHover(document, params.position, parsedDocument(document), settings, { uri: document.uri, workspace, cancel: token }) ?? null;
    } catch (error) {
      connection.console.error(`Hover in ${document.uri} failed: ${describeError(error)}`);
      return null;
    }
  });

  connection.onCompletion(async (params, token) => {
    requestArrived();
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      return [];
    }
    try {
      const settings = await settingsFor(document.uri);
      if (token.isCancellationRequested) {
        return [];
      }
      const list = service.doCompleteList(document, params.position, parsedDocument(document), settings, token);
      // The plain array unless the list was capped: only then must the editor know to ask again.
      return list.isIncomplete ? list : list.items;
    } catch (error) {
      connection.console.error(`Completion in ${document.uri} failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onCodeAction(async (params) => {
    requestArrived();
    // Clients have sent a null context, or none: that is a request with no diagnostics, not an error.
    const diagnostics: unknown = params.context?.diagnostics;
    if (!Array.isArray(diagnostics) || diagnostics.length === 0) {
      return [];
    }
    try {
      const settings = await settingsFor(params.textDocument.uri);
      return service.getCodeActions(params.textDocument.uri, diagnostics, settings.language);
    } catch (error) {
      connection.console.error(`Code actions in ${params.textDocument.uri} failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onDocumentSymbol(async (params, token) => {
    requestArrived();
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      return null;
    }
    const settings = await settingsFor(document.uri);
    return token.isCancellationRequested ? null : service.findDocumentSymbols(parsedDocument(document), settings);
  });

  connection.onFoldingRanges((params) => {
    requestArrived();
    const document = documents.get(params.textDocument.uri);
    return document ? service.getFoldingRanges(document, parsedDocument(document)) : null;
  });

  connection.onRequest(SummaryRequest.type, async (params, token) => {
    requestArrived();
    const document = documents.get(params.textDocument.uri);
    if (!document) {
      return null;
    }
    // The settings are asked for first and awaited last: the client answers while the document is parsed
    // (the parse is kept per version, so asking again after the wait costs nothing unless an edit came in).
    const settings = settingsFor(document.uri);
    parsedDocument(document);
    const resolved = await settings;
    if (token.isCancellationRequested) {
      return null;
    }
    return service.getSummary(document, parsedDocument(document), resolved);
  });

  connection.onRequest(DescribeKeyRequest.type, (params) => {
    requestArrived();
    return typeof params?.key === 'string' ? service.describeKey(params.key) : null;
  });

  /**
   * A request about one open document, answered from its parse and settings: null when the document is
   * not open here or the request was cancelled while the settings were fetched.
   */
  function onDocumentRequest<R>(
    type: RequestType<{ readonly textDocument: { readonly uri: string } }, R | null, void>,
    answer: (parsed: ParsedDocument, settings: InsightSettings) => R | null,
  ): void {
    connection.onRequest(type, async (params, token) => {
      requestArrived();
      const document = typeof params?.textDocument?.uri === 'string' ? documents.get(params.textDocument.uri) : undefined;
      if (!document) {
        return null;
      }
      const settings = await settingsFor(document.uri);
      return token.isCancellationRequested ? null : answer(parsedDocument(document), settings);
    });
  }

  onDocumentRequest(NonDefaultValuesRequest.type, (parsed, settings) => service.getNonDefaultValues(parsed, settings)?.values.slice() ?? null);
  onDocumentRequest(TimelineRequest.type, (parsed, settings) => service.getTimeline(parsed, settings));

  connection.onRequest(FullHoverRequest.type, async (params, token) => {
    requestArrived();
    const document = typeof params?.textDocument?.uri === 'string' ? documents.get(params.textDocument.uri) : undefined;
    const { line, character } = params?.position ?? {};
    if (!document || !Number.isInteger(line) || !Number.isInteger(character) || line < 0 || line >= document.lineCount || character < 0) {
      return null;
    }
    const settings = await settingsFor(document.uri);
    if (token.isCancellationRequested) {
      return null;
    }
    const hover = service.doHover(document, { line, character }, parsedDocument(document), { ...settings, hoverDetail: 'full' }, { cancel: token });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : null;
  });

  connection.onRequest(CompareRequest.type, async (params, token) => {
    requestArrived();
    const sides = [params?.base, params?.other].map((side) => {
      const document = typeof side?.uri === 'string' ? documents.get(side.uri) : undefined;
      const startLine = side?.startLine;
      return document && (startLine === undefined || (Number.isInteger(startLine) && startLine >= 0)) ? { document, startLine } : undefined;
    });
    const [base, other] = sides;
    if (!base || !other) {
      return null;
    }
    const settings = await settingsFor(base.document.uri);
    if (token.isCancellationRequested) {
      return null;
    }
    const side = ({ document, startLine }: { document: TextDocument; startLine?: number }) => ({ parsed: parsedDocument(document), startLine });
    return service.compare(side(base), side(other), settings);
  });

  function describeError(error: unknown): string {
    return error instanceof Error ? (error.stack ?? error.message) : String(error);
  }

  documents.listen(connection);
  connection.listen();
}
