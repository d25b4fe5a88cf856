import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DisplayLanguage } from '../../server/src/core/i18n/localized';
import { createLanguageService } from '../../server/src/core/languageService';
import { settingsFrom } from '../../server/src/core/settings';
import { CAPTURE_COMMANDS, FIXTURE_FILE_NAMES, type Truth } from '../support/realSockets';
import { truthScenarios } from '../unit/support/fixtures';
import { markdownOf, ServerConnection } from './support/serverConnection';

/**
 * The committed real captures through the server (over stdio, or in a Web Worker with
 * `npm run test:lsp:browser`): its counts are the kernel's (truth.json, read from /proc at capture time),
 * and its diagnostics, quick fixes and hovers are the core's own, so the server, whichever its transport,
 * judges as the core does in-process.
 */
const REAL = join(__dirname, '..', 'fixtures', 'real');
const SCENARIOS = truthScenarios();
/** Commands whose output lists UDP sockets too. */
const WITH_UDP: ReadonlySet<string> = new Set(['ss -tuan', 'netstat -tunap']);
/** How ss spells the states of the hover checks (netstat prints them as they are named). */
const SS_STATE_WORDS = ['LISTEN', 'ESTAB', 'SYN-SENT', 'FIN-WAIT-2', 'CLOSE-WAIT', 'TIME-WAIT'];

const core = createLanguageService();
const read = (...parts: string[]) => readFileSync(join(REAL, ...parts), 'utf8');
const shape = (diagnostics: Diagnostic[]) => diagnostics.map((diagnostic) => ({ code: diagnostic.code, range: diagnostic.range, message: diagnostic.message, severity: diagnostic.severity }));

/** The core's judgement of a document, with the settings the server makes of an empty configuration. */
function coreView(uri: string, text: string, language: DisplayLanguage) {
  const document = TextDocument.create(uri, 'netstat', 1, text);
  const settings = settingsFrom(undefined, language);
  const parsed = core.parse(document);
  return { document, settings, parsed, diagnostics: core.doValidation(document, parsed, settings) };
}

for (const language of ['en', 'zh-cn'] as const) {
  describe(`language server on the real captures (locale ${language})`, function () {
    this.timeout(120_000);
    let server: ServerConnection;

    before(async () => {
      server = new ServerConnection();
      await server.initialize(language);
    });

    after(async () => {
      strictEqual(server.stderr, '');
      strictEqual(await server.shutdown(), 0);
    });

    for (const scenario of SCENARIOS) {
      it(`${scenario}: every tool's output counts what /proc held, with the core's diagnostics`, async () => {
        const truth = JSON.parse(read(scenario, 'truth.json')) as Truth;
        await Promise.all(
          CAPTURE_COMMANDS.map(async (command) => {
            const uri = `file:///captures/${language}/${scenario}/${FIXTURE_FILE_NAMES[command]}`;
            const text = read(scenario, FIXTURE_FILE_NAMES[command]);
            const published = await server.open(uri, 'netstat', text);
            const summary = await server.summary(uri);
            ok(summary, `${command}: a summary`);
            deepStrictEqual(summary.states, truth.tcp, `${command}: TCP sockets per state`);
            strictEqual(summary.total, truth.tcpTotal, `${command}: TCP total`);
            strictEqual(summary.protocols.udp, WITH_UDP.has(command) ? truth.udp : 0, `${command}: UDP sockets`);
            deepStrictEqual(shape(published.diagnostics), shape(coreView(uri, text, language).diagnostics), `${command}: diagnostics`);
            server.close(uri);
          }),
        );
      });
    }

    it('close-wait-leak: offers the core\'s quick fixes for its diagnostics, and hovers each state as the core does', async () => {
      const uri = `file:///captures/${language}/close-wait-leak/ss-tanp.ss`;
      const text = read('close-wait-leak', 'ss-tanp.txt');
      const published = await server.open(uri, 'netstat', text);
      const view = coreView(uri, text, language);
      ok(published.diagnostics.some((diagnostic) => diagnostic.code === 'state.close-wait-buildup'), 'the leak is reported');
      for (const diagnostic of published.diagnostics) {
        deepStrictEqual(await server.codeActions(uri, [diagnostic]), core.getCodeActions(uri, [diagnostic], view.settings.language), `actions for ${diagnostic.code}`);
      }
      const lines = text.split('\n');
      let hovered = 0;
      for (const word of SS_STATE_WORDS) {
        const line = lines.findIndex((row) => row.startsWith(`${word} `));
        if (line < 0) {
          continue;
        }
        const position = { line, character: 1 };
        const expected = core.doHover(view.document, position, view.parsed, view.settings, { uri });
        deepStrictEqual(markdownOf(await server.hover(uri, line, 1)), markdownOf(expected ?? null), `hover over ${word}`);
        hovered++;
      }
      ok(hovered >= 3, `hovered ${hovered} states`);
      server.close(uri);
    });
  });
}
