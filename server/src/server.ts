import {
  CodeActionKind,
  createConnection,
  type Connection,
  DidChangeConfigurationNotification,
  type InitializeParams,
  type InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LanguageSetting, resolveLanguage } from './core/i18n/localized';
import { createLanguageService, type ParsedDocument } from './core/languageService';
import { type InsightSettings, settingsFrom } from './core/settings';
import { SummaryRequest } from './protocol';

/**
 * The LSP adapter: it owns the connection, the open documents, settings and caches, and hands the
 * work to the pure language service in core/.
 */

/** Wait this long after the last keystroke before re-validating (as VS Code's own JSON server does). */
const VALIDATION_DELAY_MS = 200;

const connection: Connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createLanguageService();

let editorLocale: string | undefined;
let canPullConfiguration = false;
let canRegisterConfigurationChanges = false;
const settingsByUri = new Map<string, Promise<InsightSettings>>();
const parseCache = new Map<string, { version: number; languageId: string; parsed: ParsedDocument }>();
const pendingValidation = new Map<string, NodeJS.Timeout>();

connection.onInitialize((params: InitializeParams): InitializeResult => {
  editorLocale = params.locale;
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  canRegisterConfigurationChanges = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
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
});

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  for (const document of documents.all()) {
    scheduleValidation(document, 0);
  }
});

function settingsFor(uri: string): Promise<InsightSettings> {
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = (canPullConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: 'netstatInsight' })
      : Promise.resolve(undefined)
    ).then(
      (raw: unknown) => settingsFrom(raw, resolveLanguage(languageSettingOf(raw), editorLocale)),
      () => settingsFrom(undefined, resolveLanguage(undefined, editorLocale)),
    );
    settingsByUri.set(uri, settings);
  }
  return settings;
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
  const parsed = service.parse(document);
  parseCache.set(document.uri, { version: document.version, languageId: document.languageId, parsed });
  return parsed;
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

async function validate(uri: string, version: number): Promise<void> {
  const document = documents.get(uri);
  if (!document || document.version !== version) {
    return;
  }
  try {
    const settings = await settingsFor(uri);
    const current = documents.get(uri);
    if (!current || current.version !== version) {
      return;
    }
    const diagnostics = service.doValidation(current, parsedDocument(current), settings);
    await connection.sendDiagnostics({ uri, version, diagnostics });
  } catch (error) {
    connection.console.error(`Validation of ${uri} failed: ${describeError(error)}`);
  }
}

documents.onDidOpen((event) => scheduleValidation(event.document, 0));
documents.onDidChangeContent((event) => scheduleValidation(event.document));
documents.onDidClose((event) => {
  clearTimeout(pendingValidation.get(event.document.uri));
  pendingValidation.delete(event.document.uri);
  parseCache.delete(event.document.uri);
  settingsByUri.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

connection.onHover(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) {
    return null;
  }
  try {
    const settings = await settingsFor(document.uri);
    if (token.isCancellationRequested) {
      return null;
    }
    const line = params.position.line;
    const lineText = document
      .getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } })
      .replace(/\r?\n$|\r$/, '');
    return service.doHover(lineText, params.position, parsedDocument(document), settings) ?? null;
  } catch (error) {
    connection.console.error(`Hover in ${document.uri} failed: ${describeError(error)}`);
    return null;
  }
});

connection.onCodeAction((params) => service.getCodeActions(params.textDocument.uri, params.context.diagnostics));

connection.onRequest(SummaryRequest.type, async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) {
    return null;
  }
  const settings = await settingsFor(document.uri);
  if (token.isCancellationRequested) {
    return null;
  }
  return service.getSummary(document, parsedDocument(document), settings);
});

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

documents.listen(connection);
connection.listen();
