import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ServerConnection } from './support/serverConnection';

const FIXTURES = join(__dirname, '..', 'fixtures');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');

/** A pasted session of real captures: several outputs, each a section the server may re-read alone. */
const SESSION = [
  '[root@web1 ~]# ss -tanp',
  fixture('real/close-wait-leak/ss-tanp.txt').trimEnd(),
  '[root@web1 ~]# netstat -antp',
  fixture('real/time-wait-storm/netstat-antp.txt').trimEnd(),
  fixture('samples/pasted-session.txt'),
].join('\n');

/** Where `needle` first occurs at or after line `fromLine`. */
function find(document: TextDocument, needle: string, fromLine = 0): Position {
  const text = document.getText();
  const offset = text.indexOf(needle, document.offsetAt({ line: fromLine, character: 0 }));
  ok(offset >= 0, `"${needle}" is in the document`);
  return document.positionAt(offset);
}

const lineStart = (line: number): Position => ({ line, character: 0 });
const insert = (at: Position, text: string): TextDocumentContentChangeEvent => ({ range: { start: at, end: at }, text });
const replace = (start: Position, end: Position, text: string): TextDocumentContentChangeEvent => ({ range: { start, end }, text });

/** Edits as an editor sends them, each computed on the text the previous ones left. */
const EDITS: { readonly name: string; readonly changes: (document: TextDocument) => TextDocumentContentChangeEvent[][] }[] = [
  {
    name: 'a state word retyped in the first output',
    changes: (document) => {
      const start = find(document, 'CLOSE-WAIT');
      return [[replace(start, { line: start.line, character: start.character + 10 }, 'ESTAB     ')]];
    },
  },
  {
    name: 'a row of the second output duplicated',
    changes: (document) => {
      const { line } = find(document, 'TIME_WAIT');
      return [[insert(lineStart(line + 1), `${document.getText({ start: lineStart(line), end: lineStart(line + 1) })}`)]];
    },
  },
  {
    name: 'the netstat header deleted, then typed back (two versions sent at once)',
    changes: (document) => {
      const { line } = find(document, 'Proto Recv-Q');
      const header = document.getText({ start: lineStart(line), end: lineStart(line + 1) });
      return [[replace(lineStart(line), lineStart(line + 1), '')], [insert(lineStart(line), header)]];
    },
  },
  {
    name: 'a prompt typed in the middle of the first output, splitting it',
    changes: (document) => [[insert(lineStart(find(document, 'ESTAB').line + 3), '[root@web1 ~]# ss -tan\n')]],
  },
  {
    name: 'one event with two changes, the second above the first',
    changes: (document) => {
      const late = find(document, 'LISTEN', find(document, 'netstat -antp').line);
      const early = find(document, 'ESTAB');
      return [[insert(lineStart(late.line), 'tcp        0      0 10.0.0.5:443            10.0.0.9:51000          CLOSE_WAIT  4242/api-server\n'), replace(early, { line: early.line, character: early.character + 5 }, 'SYN-SENT')]];
    },
  },
  {
    name: 'a character typed at the end of a row, then deleted (two versions sent at once)',
    changes: (document) => {
      const { line } = find(document, 'TIME_WAIT');
      const end = document.positionAt(document.offsetAt(lineStart(line + 1)) - 1);
      return [[insert(end, 'x')], [replace(end, { line: end.line, character: end.character + 1 }, '')]];
    },
  },
  {
    name: 'a selection across two outputs deleted',
    changes: (document) => {
      const prompt = find(document, '[root@web1 ~]# netstat -antp');
      return [[replace(lineStart(prompt.line - 3), lineStart(prompt.line + 3), '')]];
    },
  },
  {
    name: 'the whole text replaced',
    changes: () => [[{ text: SESSION }]],
  },
];

describe('incremental edits (server over stdio)', function () {
  this.timeout(60000);
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    await server.initialize('en');
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  /** Diagnostics and summary of `uri` at `version`, with the URI and version taken out so two documents compare. */
  async function judgement(uri: string, version: number, published: Promise<{ version?: number; diagnostics: unknown[] }>) {
    const { version: publishedVersion, diagnostics } = await published;
    strictEqual(publishedVersion, version);
    const summary = await server.summary(uri);
    strictEqual(summary?.version, version);
    // The version is the one thing that differs by design.
    return JSON.parse(JSON.stringify({ diagnostics, summary: { ...summary, version: undefined } }).split(uri).join('<document>')) as unknown;
  }

  it('gives after each edit the diagnostics and summary of a fresh open of the same text', async () => {
    const uri = 'file:///tmp/edited-session.txt';
    let document = TextDocument.create(uri, 'netstat', 1, SESSION);
    const first = await judgement(uri, 1, server.open(uri, 'netstat', SESSION));
    ok(JSON.stringify(first).includes('state.close-wait-buildup'), 'the session starts with a finding to keep or lose');

    for (const [index, edit] of EDITS.entries()) {
      const events = edit.changes(document);
      const finalVersion = document.version + events.length;
      const published = server.nextDiagnostics(uri, finalVersion);
      for (const contentChanges of events) {
        document = TextDocument.update(document, contentChanges, document.version + 1);
        void server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
      }
      const edited = await judgement(uri, finalVersion, published);

      const freshUri = `file:///tmp/fresh-${index}.txt`;
      const fresh = await judgement(freshUri, 1, server.open(freshUri, 'netstat', document.getText()));
      server.close(freshUri);
      deepStrictEqual(edited, fresh, edit.name);
    }
  });
});
