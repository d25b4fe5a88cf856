import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison } from '../../server/src/protocol';
import { ServerConnection } from './support/serverConnection';

const REAL = join(__dirname, '..', 'fixtures', 'real');
const SESSION = join(__dirname, '..', 'fixtures', 'real-sessions', 'two-snapshots');
const read = (...parts: string[]) => readFileSync(join(REAL, ...parts), 'utf8');

interface Snapshot {
  readonly tcp: Record<string, number>;
  readonly tcpTotal: number;
  readonly date: string;
}

describe('netstatInsight/compare over stdio', () => {
  let server: ServerConnection;
  const compare = (params: unknown) => server.connection.sendRequest<Comparison | null>('netstatInsight/compare', params);

  before(async () => {
    server = new ServerConnection();
    await server.initialize('en');
  });

  after(async () => {
    strictEqual(await server.shutdown(), 0);
  });

  it('compares two outputs of one open paste, picked by their start lines, as /proc counted them', async () => {
    const uri = 'file:///tmp/compare-session.txt';
    await server.open(uri, 'netstat', readFileSync(join(SESSION, 'session.txt'), 'utf8'));
    const [first, second] = (JSON.parse(readFileSync(join(SESSION, 'snapshots.json'), 'utf8')) as { snapshots: Snapshot[] }).snapshots;
    const result = await compare({ base: { uri, startLine: 2 }, other: { uri, startLine: 60 } });
    ok(result && result.kind === 'socket-dump', JSON.stringify(result));
    for (const [state, count] of Object.entries(first.tcp)) {
      deepStrictEqual(result.states[state as keyof typeof result.states], { base: count, other: second.tcp[state], delta: second.tcp[state] - count }, state);
    }
    deepStrictEqual(result.total, { base: first.tcpTotal, other: second.tcpTotal, delta: second.tcpTotal - first.tcpTotal });
    strictEqual(result.base.time, first.date);
    strictEqual(result.other.time, second.date);
  });

  it('compares two sysctl documents key by key', async () => {
    const host = 'file:///tmp/host.sysctl';
    const edited = 'file:///tmp/edited.sysctl';
    await server.open(host, 'sysctl', 'net.ipv4.tcp_fin_timeout = 60\nnet.core.somaxconn = 4096\n');
    await server.open(edited, 'sysctl', 'net.ipv4.tcp_fin_timeout = 30\nnet.ipv4.tcp_tw_reuse = 1\n');
    const result = await compare({ base: { uri: host }, other: { uri: edited } });
    ok(result && result.kind === 'sysctl');
    deepStrictEqual(result.sysctl.changed.map(({ key, base, other }) => [key, base, other]), [['net.ipv4.tcp_fin_timeout', '60', '30']]);
    deepStrictEqual(result.sysctl.added.map(({ key, value }) => [key, value]), [['net.ipv4.tcp_tw_reuse', '1']]);
    deepStrictEqual(result.sysctl.removed.map(({ key, value }) => [key, value]), [['net.core.somaxconn', '4096']]);
    ok(result.sysctl.changed[0].description?.summary?.en, 'each key carries its documentation');
  });

  it('answers null for a document it does not have or a bad start line, and says why a dump and a sysctl file do not compare', async () => {
    const dump = 'file:///tmp/compare-dump.ss';
    await server.open(dump, 'netstat', read('healthy', 'ss-tan.txt'));
    strictEqual(await compare({ base: { uri: dump }, other: { uri: 'file:///tmp/not-open.ss' } }), null);
    strictEqual(await compare({ base: { uri: dump, startLine: -1 }, other: { uri: dump } }), null);
    strictEqual(await compare({ base: { uri: dump }, other: null }), null);
    const mixed = await compare({ base: { uri: dump }, other: { uri: 'file:///tmp/host.sysctl' } });
    strictEqual(mixed?.kind, 'not-comparable');
    const noSection = await compare({ base: { uri: dump, startLine: 5 }, other: { uri: dump } });
    ok(noSection?.kind === 'not-comparable' && noSection.reason.en.includes('line 6'), JSON.stringify(noSection));
  });
});
