import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { summarizeDump } from '../../server/src/core/analysis/summarize';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { unescapeCommand } from '../../server/src/core/parsers/lsof';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';
import { diagnose, documentOf, service, settingsWith } from './support/service';

/** State (or protocol), endpoints and owners of every row. */
function brief(text: string) {
  return parseSocketDump(text).rows.map((row) =>
    [
      row.state ?? row.protocol,
      row.family,
      row.local && `${row.local.address}:${row.local.port}`,
      row.remote && `${row.remote.address}:${row.remote.port}`,
      row.processes.map((process) => `${process.name}/${process.pid}/${process.fd}`).join(','),
    ].join(' '),
  );
}

describe('lsof', () => {
  const numeric = readFixture('real', 'mixed', 'lsof-nP-i.txt');
  const truth = JSON.parse(readFixture('real', 'mixed', 'truth.json')) as { tcp: Record<string, number>; udp: number };

  it('reads real lsof -nP -i: every socket a process holds, with its owner', () => {
    const dump = parseSocketDump(numeric);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.formats, ['lsof']);
    deepStrictEqual(dump.headers, [{ line: 0, format: 'lsof', hasNetid: false }]);
    const summary = summarizeDump(dump, 10);
    // lsof misses what no process holds: the TIME_WAIT sockets, and the 3 connections the listener
    // with a full accept queue has not accepted yet. Everything else matches the kernel's count.
    deepStrictEqual(summary.states, { ...truth.tcp, TIME_WAIT: 0, ESTABLISHED: truth.tcp.ESTABLISHED - 3 });
    strictEqual(summary.protocols.udp, truth.udp);
    deepStrictEqual(summary.families, { ipv4: 19, ipv6: 12 });
    deepStrictEqual(
      summary.topProcesses.map((process) => [process.name, process.total]),
      [
        ['api-serve', 15],
        ['http-clie', 13],
        ['my wor', 2],
        ['slow-acce', 1],
      ],
    );
    const lines = brief(numeric);
    ok(lines.includes('CLOSE_WAIT 4 127.0.0.1:5432 127.0.0.1:52542 api-serve/7888/31'), lines.join('\n'));
    ok(lines.includes('LISTEN 6 fe80::1:9090  api-serve/7888/22'));
    ok(lines.includes('udp 4 127.0.0.1:60839 127.0.0.1:5353 my wor/7902/20'));
    // An IPv6 socket talking to an IPv4 peer: lsof prints the mapped address plainly.
    ok(lines.includes('ESTABLISHED 6 127.0.0.1:8443 127.0.0.1:35546 api-serve/7888/28'));
  });

  it('reads lsof -i with resolved names the same way', () => {
    const resolved = parseSocketDump(readFixture('real', 'mixed', 'lsof-i.txt'));
    deepStrictEqual(resolved.unrecognized, []);
    deepStrictEqual(summarizeDump(resolved, 10).states, summarizeDump(parseSocketDump(numeric), 10).states);
    ok(brief(readFixture('real', 'mixed', 'lsof-i.txt')).includes('LISTEN 4 localhost:postgresql  api-serve/7888/20'));
  });

  it('is detected in an untitled paste, and flags the CLOSE_WAIT leak with its process', () => {
    const leak = readFixture('real', 'close-wait-leak', 'lsof-nP-i.txt');
    strictEqual(detectLanguage(leak), 'netstat');
    strictEqual(detectLanguage(leak.split('\n').slice(3, 8).join('\n')), 'netstat');
    const [closeWait] = diagnose('netstat', leak).filter((diagnostic) => diagnostic.code === 'state.close-wait-buildup');
    ok(closeWait.message.startsWith('30 sockets in CLOSE_WAIT on local port 8080, held by api-serve (pid '), closeWait.message);
  });

  it('counts a socket once when several processes or threads (-K) list it, keeping each process', () => {
    const text = [
      'COMMAND  PID  TID TASKCMD USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME',
      'python3 9100              root    3u  IPv4 1286810      0t0  TCP 127.0.0.1:54087 (LISTEN)',
      'python3 9100 9141 python3 root    3u  IPv4 1286810      0t0  TCP 127.0.0.1:54087 (LISTEN)',
      'nginx   9200              www     6u  IPv4 1286900      0t0  TCP *:80 (LISTEN)',
      'nginx   9201              www     6u  IPv4 1286900      0t0  TCP *:80 (LISTEN)',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(brief(text), ['LISTEN 4 127.0.0.1:54087  python3/9100/3', 'LISTEN 4 *:80  nginx/9200/6,nginx/9201/6']);
    deepStrictEqual(summarizeDump(dump, 10).topProcesses.map((process) => [process.name, process.pids, process.total]), [
      ['nginx', [9200, 9201], 1],
      ['python3', [9100], 1],
    ]);
  });

  it('reads -Tqs queues, counts UNIX sockets of lsof -p and passes over its other files', () => {
    const text = [
      'COMMAND  PID USER   FD   TYPE             DEVICE SIZE/OFF    NODE NAME',
      'python3 9039 root  cwd    DIR              254,0     4096  260072 /tmp',
      'python3 9039 root    0r   CHR                1,3      0t0       3 /dev/null',
      'python3 9039 root    1w  FIFO               0,15      0t0 1286107 pipe',
      'python3 9039 root    3u  unix 0x00000000b306fce6      0t0 1286570 type=STREAM (CONNECTED)',
      'python3 7547 root    3u  IPv4 1279787      0t0  TCP 127.0.0.1:8080 (LISTEN QR=0 QS=0)',
      'python3 7547 root    5u  IPv4 1279789      0t0  UDP *:5353 (QR=0 QS=0)',
      'python3 7547 root    7u  IPv4 1279791      0t0  TCP 127.0.0.1:8080->127.0.0.1:45902 (CLOSE_WAIT QR=1 QS=0)',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.rows.map((row) => [row.protocol, row.state, row.recvQ, row.sendQ]),
      [
        ['unix', undefined, undefined, undefined],
        ['tcp', 'LISTEN', 0, 0],
        ['udp', undefined, 0, 0],
        ['tcp', 'CLOSE_WAIT', 1, 0],
      ],
    );
  });

  it('reads the macOS layout, whose DEVICE is a kernel address and whose states are the BSD ones', () => {
    // The shape macOS prints (hex DEVICE, BSD state names); the values are made up.
    const text = [
      'COMMAND     PID  USER   FD   TYPE             DEVICE SIZE/OFF NODE NAME',
      'postgres    512 alice    7u  IPv6 0x5e1a7c9d3b2f0a11      0t0  TCP localhost:postgresql (LISTEN)',
      'Google\\x20  4410 alice   25u  IPv4 0x5e1a7c9d3b2f0b22      0t0  TCP 192.168.1.5:52345->203.0.113.9:443 (FIN_WAIT_1)',
      'Google\\x20  4410 alice   26u  IPv4 0x5e1a7c9d3b2f0c33      0t0  TCP 192.168.1.5:52346->203.0.113.9:443 (SYN_RECEIVED)',
      'rapportd    541 alice    4u  IPv4 0x5e1a7c9d3b2f0d44      0t0  UDP *:*',
    ].join('\n');
    deepStrictEqual(parseSocketDump(text).unrecognized, []);
    deepStrictEqual(brief(text), [
      'LISTEN 6 localhost:postgresql  postgres/512/7',
      'FIN_WAIT1 4 192.168.1.5:52345 203.0.113.9:443 Google /4410/25',
      'SYN_RECV 4 192.168.1.5:52346 203.0.113.9:443 Google /4410/26',
      'udp 4 *:*  rapportd/541/4',
    ]);
  });

  it('reads escaped command names back, UTF-8 included', () => {
    deepStrictEqual(
      [unescapeCommand('my\\x20wor'), unescapeCommand('\\xe4\\xb8\\xad\\xe6\\x96\\x87'), unescapeCommand('plain'), unescapeCommand('odd\\xZZ')],
      ['my wor', '中文', 'plain', 'odd\\xZZ'],
    );
  });

  it('explains the values that lead somewhere: the cut name, the descriptor, the socket inode, -Tqs queues', () => {
    const text = readFixture('real', 'close-wait-leak', 'lsof-nP-i.txt');
    const document = documentOf('netstat', text);
    const parsed = service.parse(document);
    const row = text.split('\n')[3];
    const hoverOn = (word: string, language: 'en' | 'zh-cn' = 'en') =>
      (service.doHover(document, { line: 3, character: row.indexOf(word) + 1 }, parsed, settingsWith({ language }))?.contents as { value: string } | undefined)?.value ?? '';
    const [command, , , fd, , device] = row.split(/\s+/);
    const pid = row.split(/\s+/)[1];
    ok(hoverOn(command).startsWith(`**api\\-serve** (pid ${pid}): lsof cuts process names to 9 characters`), hoverOn(command));
    ok(hoverOn(` ${fd} `).startsWith(`**File descriptor ${fd.slice(0, -1)}** of pid ${pid}, open for reading and writing.`), hoverOn(` ${fd} `));
    ok(hoverOn(device, 'zh-cn').startsWith(`**socket inode ${device}**：同一个 socket 在 \`ss -tanpe\` 中显示为 \`ino:${device}\``));
    const queues = 'python3 7547 root    7u  IPv4 1279791      0t0  TCP 127.0.0.1:8080->127.0.0.1:45902 (CLOSE_WAIT QR=1 QS=0)';
    const queuedDocument = documentOf('netstat', queues);
    const queued = service.parse(queuedDocument);
    const at = (word: string) => service.doHover(queuedDocument, { line: 0, character: queues.indexOf(word) + 1 }, queued, settingsWith());
    ok((at('QR=1')?.contents as { value: string }).value.startsWith('**QR=1**: the receive queue'));
    deepStrictEqual(at('QS=0')?.range?.end.character, queues.length - 1);
  });

  it('reads a pasted session of lsof commands, grep without the header included', () => {
    const leak = readFixture('real', 'close-wait-leak', 'lsof-nP-i.txt').split('\n');
    const text = [
      '[root@web1 ~]# lsof -nP -i | grep CLOSE_WAIT | head -3',
      ...leak.filter((line) => line.includes('CLOSE_WAIT')).slice(0, 3),
      '[root@web1 ~]# lsof -nP -iTCP -sTCP:LISTEN',
      leak[0],
      ...leak.filter((line) => line.includes('(LISTEN)')),
    ].join('\n');
    strictEqual(detectLanguage(text), 'netstat');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(
      dump.sections.map((section) => [section.format, section.startLine, section.endLine, section.command]),
      [
        ['lsof', 0, 3, 'lsof -nP -i | grep CLOSE_WAIT | head -3'],
        ['lsof', 4, 7, 'lsof -nP -iTCP -sTCP:LISTEN'],
      ],
    );
    deepStrictEqual(dump.rows.map((row) => row.state), ['CLOSE_WAIT', 'CLOSE_WAIT', 'CLOSE_WAIT', 'LISTEN', 'LISTEN']);
  });

  it('still reports prose after the table', () => {
    const dump = parseSocketDump(`${readFixture('real', 'mixed', 'lsof-nP-i.txt').trimEnd()}\n\nFound 3 more in the 10 minutes after this`);
    deepStrictEqual(dump.unrecognized.map((entry) => entry.reason), ['unknown-format']);
  });

  it('says why a cut lsof row is not read', () => {
    const dump = parseSocketDump('COMMAND    PID USER   FD   TYPE  DEVICE SIZE/OFF NODE NAME\napi-serve 7888 root   18u  IPv4 1282740      0t0  TCP 127.0.0.1:');
    deepStrictEqual(dump.unrecognized.map((entry) => entry.reason), ['bad-address']);
  });
});
