import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import type { SummaryResult } from '../../server/src/protocol';
import { markdownOf, overStdio, ServerConnection } from './support/serverConnection';

const HEADER = 'State      Recv-Q Send-Q Local Address:Port  Peer Address:Port Process';
const LISTENER = 'LISTEN     0      4096       0.0.0.0:8080       0.0.0.0:*     users:(("api-server",pid=4242,fd=3))';

/**
 * A large `ss -tanp` paste: `rows` connections to port 8080 of one process, cycling through `states`,
 * so that validating it takes many steps of real work.
 */
function bigDump(rows: number, states: readonly string[]): string {
  const lines = [HEADER, LISTENER];
  for (let index = 0; index < rows; index++) {
    const peer = `10.1.${(index >> 8) & 255}.${index & 255}:${20000 + (index % 40000)}`;
    lines.push(`${states[index % states.length].padEnd(10)} 0      0          10.0.0.5:8080 ${peer.padStart(22)} users:(("api-server",pid=4242,fd=${10 + index}))`);
  }
  return `${lines.join('\n')}\n`;
}

const LEAKING = ['ESTAB', 'CLOSE-WAIT', 'ESTAB', 'ESTAB'];
const HEALTHY = ['ESTAB'];

function codes(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

describe('validation in the background (server over stdio)', function () {
  // Big documents on a shared machine: generous, never a timing assertion.
  this.timeout(120000);
  let server: ServerConnection;

  before(async () => {
    server = new ServerConnection();
    await server.initialize('en');
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  // Each test starts with no document open and the usual settings answers, whatever the last one did.
  const opened: string[] = [];
  const answerSettings = (params: { items: unknown[] }) => params.items.map(() => server.settings);
  afterEach(() => {
    server.connection.onRequest('workspace/configuration', answerSettings);
    opened.splice(0).forEach((uri) => server.close(uri));
  });

  function open(uri: string, text: string) {
    opened.push(uri);
    return server.open(uri, 'netstat', text);
  }

  /** Answers the server's next settings request, then runs `afterAnswer` once the answer is on its way. */
  function onNextSettingsRequest(afterAnswer: () => void): void {
    server.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      server.connection.onRequest('workspace/configuration', answerSettings);
      // Written after the answer: the server reads it while it validates with these settings.
      setImmediate(afterAnswer);
      return answerSettings(params);
    });
  }

  /**
   * Runs `sendRequests` when the server next asks for settings, before answering: the requests reach the
   * server ahead of the answer, and so are there from the validation's first step, however fast its steps
   * run on this machine.
   */
  function beforeNextSettingsAnswer(sendRequests: () => void): void {
    server.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
      server.connection.onRequest('workspace/configuration', answerSettings);
      sendRequests();
      return answerSettings(params);
    });
  }

  it('answers a hover and the summary between the steps of a long validation, before its diagnostics', async () => {
    const uri = 'file:///tmp/busy.ss';
    const first = await open(uri, bigDump(40000, LEAKING));
    deepStrictEqual(codes(first.diagnostics), ['state.close-wait-buildup']);

    const order: string[] = [];
    const republished = server.nextDiagnostics(uri, 1).then((params) => {
      order.push('diagnostics');
      return params;
    });
    let answers: Promise<[Hover | null, SummaryResult | null]> | undefined;
    beforeNextSettingsAnswer(() => {
      answers = Promise.all([
        server.hover(uri, 3, 2).then((hover) => {
          order.push('hover');
          return hover;
        }),
        server.summary(uri).then((summary) => {
          order.push('summary');
          return summary;
        }),
      ]);
    });
    // A settings change re-validates the open document (same version, parse already cached).
    await server.changeSettings({});
    const again = await republished;
    ok(answers, 'the server asked for settings before it published');
    const [hover, summary] = await answers;

    deepStrictEqual(order, ['hover', 'summary', 'diagnostics']);
    ok(markdownOf(hover).includes('CLOSE_WAIT'), 'the hover is about the state under the cursor');
    strictEqual(summary?.total, 40001);
    strictEqual(summary?.states.CLOSE_WAIT, 10000);
    deepStrictEqual(codes(again.diagnostics), ['state.close-wait-buildup']);
  });

  it('finishes a validation while hovers keep coming one right after another', async () => {
    const uri = 'file:///tmp/hovered.ss';
    await open(uri, bigDump(40000, LEAKING));
    let published = false;
    const republished = server.nextDiagnostics(uri, 1).then((params) => {
      published = true;
      return params;
    });
    // The server steps aside while requests keep coming. Sixteen hovers are always on their way from the
    // moment it asks for its settings, so there is no gap between them: a validation that waited for the
    // requests to stop would keep these loops going to their cap. No timing is asserted.
    // A step runs between pauses of a few milliseconds: about a thousand hovers are answered meanwhile.
    const HOVER_CAP = 50000;
    let hovers = 0;
    const keepHovering = async () => {
      while (!published && hovers < HOVER_CAP) {
        hovers++;
        ok(markdownOf(await server.hover(uri, 3, 2)).includes('CLOSE_WAIT'), 'each hover is answered about its state');
      }
    };
    let hovering: Promise<unknown> | undefined;
    beforeNextSettingsAnswer(() => {
      hovering = Promise.all(Array.from({ length: 16 }, keepHovering));
    });
    await server.changeSettings({});
    await republished.then(() => hovering);
    ok(published && hovers < HOVER_CAP, `the diagnostics were published while hovers kept coming (${hovers} hovers)`);
    deepStrictEqual(codes((await republished).diagnostics), ['state.close-wait-buildup']);
  });

  it('never publishes the diagnostics of a version that changed while it was being validated', async () => {
    const uri = 'file:///tmp/stale.ss';
    const initial = await open(uri, bigDump(40000, LEAKING));
    deepStrictEqual(codes(initial.diagnostics), ['state.close-wait-buildup']);

    // Version 2 (healthy) is validated at once thanks to a settings change; version 3 (leaking again)
    // arrives right after the server has its settings, while version 2's rules run.
    const published = server.nextDiagnostics(uri, 2);
    const latest = server.nextDiagnostics(uri, 3);
    onNextSettingsRequest(() => {
      void server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 3 },
        contentChanges: [{ text: bigDump(400, LEAKING) }],
      });
    });
    void server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: bigDump(40000, HEALTHY) }],
    });
    await server.changeSettings({});

    const first = await published;
    if (overStdio()) {
      strictEqual(first.version, 3, 'the first publication after version 1 is version 3');
    } else if (first.version === 2) {
      // Relayed through a page, version 3 may reach the worker after version 2's validation ended: version 2's
      // own diagnostics are then the right ones to publish, as long as they are its own.
      deepStrictEqual(codes(first.diagnostics), [], 'version 2 is healthy');
    }
    const third = await latest;
    strictEqual(third.version, 3);
    deepStrictEqual(codes(third.diagnostics), ['state.close-wait-buildup']);
    strictEqual((await server.summary(uri))?.states.CLOSE_WAIT, 100);
  });
});
