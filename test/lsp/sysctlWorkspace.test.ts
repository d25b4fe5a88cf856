import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { NonDefaultValuesRequest } from '../../server/src/protocol';
import { markdownOf, ServerConnection } from './support/serverConnection';

const FIXTURES = join(__dirname, '..', 'fixtures');

/**
 * A real folder laid out like a machine's /etc and /usr/lib, opened as the workspace: the server reads
 * the files on disk and tells each open file which of its lines another file overrides.
 */
describe('language server over stdio: sysctl files of a workspace, and what a host changed', function () {
  this.timeout(60000);
  let server: ServerConnection;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'sysctl-workspace-'));
    mkdirSync(join(folder, 'etc', 'sysctl.d'), { recursive: true });
    mkdirSync(join(folder, 'usr', 'lib', 'sysctl.d'), { recursive: true });
    writeFileSync(join(folder, 'etc', 'sysctl.conf'), '# local\nnet.core.somaxconn = 8192\nvm.swappiness = 10\n');
    writeFileSync(join(folder, 'etc', 'sysctl.d', '99-zz-web.conf'), 'net.core.somaxconn = 16384\n');
    writeFileSync(join(folder, 'usr', 'lib', 'sysctl.d', '60-tuned.conf'), 'vm.swappiness = 30\nnet.ipv4.tcp_fin_timeout = 20\n');
    server = new ServerConnection();
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).toString(),
      workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'machine' }],
      locale: 'en',
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    await server.connection.sendNotification('initialized', {});
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
    rmSync(folder, { recursive: true, force: true });
  });

  /** Diagnostics of an open file once the workspace scan has been taken into account (it runs after initialize). */
  async function settled(uri: string, version: number, done: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    for (;;) {
      const params = await server.nextDiagnostics(uri, version);
      if (done(params)) {
        return params;
      }
    }
  }

  it('marks the line another file overrides, naming the tool whose order decides, with the winning line in related information', async () => {
    const uri = pathToFileURL(join(folder, 'etc', 'sysctl.conf')).toString();
    const text = readFileSync(join(folder, 'etc', 'sysctl.conf'), 'utf8');
    const opened = settled(uri, 1, (params) => params.diagnostics.some((d) => d.code === 'sysctl.overridden-by-other-file'));
    void server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sysctl', version: 1, text } });
    const { diagnostics } = await opened;
    const overridden = diagnostics.filter((d) => d.code === 'sysctl.overridden-by-other-file');
    deepStrictEqual(overridden.map((d) => [d.range.start.line, d.severity]), [[1, 3]]);
    ok(overridden[0].message.includes('with systemd-sysctl (at boot), which reads that file after this one, its value (16384) replaces this one (8192)'), overridden[0].message);
    deepStrictEqual(overridden[0].relatedInformation?.map((info) => [info.location.uri, info.location.range.start.line]), [
      [pathToFileURL(join(folder, 'etc', 'sysctl.d', '99-zz-web.conf')).toString(), 0],
    ]);
    // vm.swappiness: /etc/sysctl.conf comes after 60-tuned.conf for both tools, so this line wins and is not marked.
    ok(!overridden.some((d) => d.range.start.line === 2));

    const hover = markdownOf(await server.hover(uri, 1, 3));
    ok(hover.includes('**In effect:**'), hover);
    ok(hover.includes('- with `sysctl --system`: `8192` — this line (etc/sysctl\\.conf:2)') && hover.includes('- with systemd-sysctl (at boot): `16384` — sysctl\\.d/99\\-zz\\-web\\.conf:1'), hover);
  });

  it('answers netstatInsight/nonDefaultValues for a sysctl -a capture, and null for a configuration file', async () => {
    const capture = readFileSync(join(FIXTURES, 'real', 'sysctl', 'sysctl-a-host-6.18.44-fc-v657.txt'), 'utf8').replace('net.core.somaxconn = 4096\n', 'net.core.somaxconn = 1024\n');
    const uri = 'untitled:host-capture';
    await server.open(uri, 'sysctl', capture);
    const values = await server.connection.sendRequest(NonDefaultValuesRequest.type, { textDocument: { uri } });
    const line = capture.split('\n').indexOf('net.core.somaxconn = 1024');
    deepStrictEqual(values, [{ key: 'net.core.somaxconn', value: '1024', default: '4096', line }]);
    deepStrictEqual(await server.connection.sendRequest(NonDefaultValuesRequest.type, { textDocument: { uri: pathToFileURL(join(folder, 'etc', 'sysctl.conf')).toString() } }), null);
    deepStrictEqual(await server.connection.sendRequest(NonDefaultValuesRequest.type, { textDocument: { uri: 'file:///not/open.conf' } }), null);
    deepStrictEqual(await server.connection.sendRequest(NonDefaultValuesRequest.method, { textDocument: null }), null);
  });
});
