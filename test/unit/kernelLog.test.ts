import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceContext } from '../../server/src/core/analysis/sysctlContext';
import { KERNEL_MESSAGES, type KernelMessageKind } from '../../server/src/core/knowledge/kernelLogMessages';
import type { KernelLogLine } from '../../server/src/core/model/socketTable';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { FIXTURES } from './support/fixtures';
import { documentOf, service, settingsWith } from './support/service';

const KERNEL_LOG = join(FIXTURES, 'kernel-log');
const readCapture = (name: string) => readFileSync(join(KERNEL_LOG, name), 'utf8');

/** The values each wording's conversions are filled with, in order, as its kernel passes them. */
function argumentsOf(kind: KernelMessageKind, format: string, file: string): (string | number)[] {
  if (kind === 'syn-flood') {
    if (format.includes('%pI6c')) {
      return ['request_sock_TCPv6', '::1', 7071, 'Dropping request'];
    }
    if (format.includes('%pI4')) {
      return ['request_sock_TCP', '127.0.0.1', 7070, 'Sending cookies'];
    }
    if (format.startsWith('TCP: %s')) {
      // 3.x passes the protocol's name, 4.x on the request socket cache's.
      return file === 'net/ipv4/tcp_ipv4.c' ? ['TCPv6', 443, 'Dropping request'] : ['request_sock_TCP', 80, 'Sending cookies'];
    }
    return [4671];
  }
  if (kind === 'conntrack-full') {
    return [4026532289];
  }
  if (kind === 'neighbour-overflow') {
    return ['arp_cache'];
  }
  return [];
}

/** printf as the kernel does it, for the conversions these format strings use. */
function printk(format: string, values: readonly (string | number)[]): string {
  let next = 0;
  return format.replace(/%(?:pI4|pI6c|s|d|u)/g, () => String(values[next++]));
}

/** A message with the prefix of each way a kernel log reaches a paste; `start` is where the message begins. */
const TIME_STYLES: readonly { readonly name: string; readonly prefix: string; readonly time?: string }[] = [
  { name: 'dmesg', prefix: '[76750.224464] ', time: '76750.224464' },
  { name: 'dmesg, short uptime', prefix: '[    5.123456] ', time: '5.123456' },
  { name: 'dmesg with caller id', prefix: '[  601.749973][T19113] ', time: '601.749973' },
  { name: 'dmesg -T', prefix: '[Mon Dec  7 23:18:38 2026] ', time: 'Mon Dec  7 23:18:38 2026' },
  { name: 'dmesg -T in a Russian locale', prefix: '[Ср мар 10 20:19:39 2021] ', time: 'Ср мар 10 20:19:39 2021' },
  { name: 'dmesg -H', prefix: '[Dec 7 10:00] ', time: 'Dec 7 10:00' },
  { name: 'dmesg -H, a later line', prefix: '[  +0.000123] ', time: '+0.000123' },
  { name: 'dmesg -x', prefix: 'kern  :info  : [76750.224464] ', time: '76750.224464' },
  { name: 'dmesg -r', prefix: '<6>[76750.224464] ', time: '76750.224464' },
  { name: 'dmesg --time-format iso', prefix: '2026-12-07T23:18:38,224464+00:00 ', time: '2026-12-07T23:18:38,224464+00:00' },
  { name: 'journalctl -k', prefix: 'Dec 07 10:00:00 web1 kernel: ', time: 'Dec 07 10:00:00' },
  { name: 'journalctl -o short-precise', prefix: 'Dec 07 10:00:00.123456 web1 kernel: ', time: 'Dec 07 10:00:00.123456' },
  { name: 'journalctl -o short-iso', prefix: '2026-12-07T10:00:00+0800 web1 kernel: ', time: '2026-12-07T10:00:00+0800' },
  { name: 'journalctl -o short-iso (newer systemd)', prefix: '2026-12-07T10:00:00+08:00 web1 kernel: ', time: '2026-12-07T10:00:00+08:00' },
  { name: 'journalctl -o short-monotonic', prefix: '[76750.224464] web1 kernel: ', time: '76750.224464' },
  { name: '/var/log/messages', prefix: 'Dec  7 10:00:00 web1 kernel: ', time: 'Dec  7 10:00:00' },
  { name: '/var/log/messages with dmesg time', prefix: 'Dec  7 10:00:00 web1 kernel: [12345.678901] ', time: 'Dec  7 10:00:00' },
  { name: 'rsyslog high precision', prefix: '2026-12-07T10:00:00.123456+08:00 web1 kernel: ', time: '2026-12-07T10:00:00.123456+08:00' },
  { name: 'no time', prefix: '' },
];

function onlyMessage(text: string): KernelLogLine {
  const dump = parseSocketDump(text);
  deepStrictEqual(dump.unrecognized, [], text);
  strictEqual(dump.kernelMessages.length, 1, text);
  return dump.kernelMessages[0];
}

describe('kernel log lines', () => {
  describe('every wording of the knowledge base, formatted as its kernel formats it, in every time style', () => {
    for (const doc of KERNEL_MESSAGES) {
      doc.wordings.forEach((wording, index) => {
        const message = printk(wording.format, argumentsOf(doc.kind, wording.format, wording.file));
        it(`${doc.kind} #${index}: ${message}`, () => {
          for (const style of TIME_STYLES) {
            const read = onlyMessage(style.prefix + message);
            strictEqual(read.kind, doc.kind, style.name);
            strictEqual(read.wording, index, style.name);
            strictEqual(read.time, style.time, style.name);
            deepStrictEqual(read.span, { start: style.prefix.length, end: style.prefix.length + message.length }, style.name);
          }
        });
      });
    }
  });

  it('reads what a SYN flood line names: the port, with the address from 6.2 on, and whether the SYN was dropped', () => {
    const subjects = [
      'TCP: request_sock_TCP: Possible SYN flooding on port 0.0.0.0:9001. Sending cookies.',
      'TCP: request_sock_TCPv6: Possible SYN flooding on port [fc00::1]:9001. Dropping request.',
      'TCP: request_sock_subflow_v4: Possible SYN flooding on port 127.0.0.1:20002. Sending cookies.',
      'TCP: TCP: Possible SYN flooding on port 80. Sending cookies.  Check SNMP counters.',
      'possible SYN flooding on port 4671. Sending cookies.',
    ].map((line) => {
      const read = onlyMessage(line);
      return [read.subject, read.dropped ?? false];
    });
    deepStrictEqual(subjects, [
      ['0.0.0.0:9001', false],
      ['[fc00::1]:9001', true],
      ['127.0.0.1:20002', false],
      ['80', false],
      ['4671', false],
    ]);
  });

  it('reads `net_ratelimit: N callbacks suppressed` with its count', () => {
    const read = onlyMessage('[76765.001234] net_ratelimit: 418 callbacks suppressed');
    deepStrictEqual({ kind: read.kind, subject: read.subject, suppressed: read.suppressed, time: read.time }, { kind: 'suppressed', subject: undefined, suppressed: 418, time: '76765.001234' });
  });

  it('takes other kernel lines as read (no message of ours), and leaves other programs\' syslog lines alone', () => {
    const dump = parseSocketDump(
      [
        '[    0.000000] Linux version 6.18.0 (gcc 12.2.0)',
        '[    5.123456] usb 1-1: new high-speed USB device number 2 using xhci_hcd',
        'Dec 07 10:00:00 web1 kernel: EXT4-fs (sda1): mounted filesystem',
        'Dec 07 10:00:01 web1 sshd[1234]: Accepted publickey for admin',
        '2026-12-07T10:00:00,000000+00:00 something that is not a kernel message',
        '[   12.000000] tcp_check_oom: 3 callbacks suppressed',
        '<6>something else',
      ].join('\n'),
    );
    deepStrictEqual(dump.kernelMessages, []);
    deepStrictEqual(dump.unrecognized.map((entry) => entry.line), [3, 4, 6]);
    deepStrictEqual(dump.sections.map((section) => [section.format, section.startLine, section.endLine]), [['kernel-log', 0, 6]]);
  });

  it('reads the real SYN flood lines of a 6.18 kernel in each of dmesg\'s time formats', () => {
    for (const name of ['dmesg.txt', 'dmesg-T.txt', 'dmesg-x.txt', 'dmesg-time-format-iso.txt', 'dmesg-notime.txt']) {
      const text = readCapture(name);
      strictEqual(detectLanguage(text), 'netstat', name);
      const dump = parseSocketDump(text);
      deepStrictEqual(dump.unrecognized, [], name);
      deepStrictEqual(
        dump.kernelMessages.map((entry) => [entry.kind, entry.wording, entry.subject, entry.dropped ?? false]),
        [
          ['syn-flood', 0, '127.0.0.1:7070', false],
          ['syn-flood', 1, '[::1]:7071', false],
          ['syn-flood', 0, '127.0.0.1:7072', true],
          ['syn-flood', 1, '[::1]:7073', true],
        ],
        name,
      );
    }
    deepStrictEqual(
      parseSocketDump(readCapture('dmesg-T.txt')).kernelMessages.map((entry) => entry.time),
      ['Mon Dec  7 23:18:38 2026', 'Mon Dec  7 23:18:38 2026', 'Mon Dec  7 23:18:39 2026', 'Mon Dec  7 23:18:39 2026'],
    );
  });

  it('counts each line of a paste of dmesg, journalctl, syslog and ss once', () => {
    const dump = parseSocketDump(readFileSync(join(FIXTURES, 'samples', 'kernel-log-session.txt'), 'utf8'));
    deepStrictEqual(dump.unrecognized, []);
    strictEqual(dump.rows.length, 5);
    strictEqual(dump.kernelMessages.length, 18);
    deepStrictEqual(
      dump.sections.map((section) => [section.format, section.command]),
      [
        ['kernel-log', 'dmesg | tail -12'],
        ['kernel-log', 'journalctl -k -o short-iso --since today'],
        ['kernel-log', 'grep kernel /var/log/messages'],
        ['ss', 'ss -tan'],
      ],
    );
  });

  it('ends a kernel log at a prompt, also one that shows the time in brackets', () => {
    const dump = parseSocketDump(['[12:00:01 root@web1 ~]# dmesg', '[    5.123456] TCP: out of memory -- consider tuning tcp_mem', '[12:00:05 root@web1 ~]# ss -s', 'Total: 25'].join('\n'));
    deepStrictEqual(dump.commands.map((command) => command.text), ['dmesg', 'ss -s']);
    deepStrictEqual(dump.kernelMessages.map((entry) => entry.line), [1]);
    deepStrictEqual(dump.sections.map((section) => [section.format, section.startLine, section.endLine]), [['kernel-log', 0, 1], ['ss-summary', 2, 3]]);
  });

  it('tells a pasted kernel log from other text, and opens a file starting with one as netstat', () => {
    strictEqual(detectLanguage('Dec 07 10:00:00 web1 kernel: nf_conntrack: nf_conntrack: table full, dropping packet\n'), 'netstat');
    strictEqual(detectLanguage('[    0.000000] Linux version 6.18.0\n[    0.000000] Command line: ro quiet\n'), undefined);
    const manifest = JSON.parse(readFileSync(join(FIXTURES, '..', '..', 'package.json'), 'utf8')) as { contributes: { languages: { id: string; firstLine?: string }[] } };
    const firstLine = new RegExp(manifest.contributes.languages.find((language) => language.id === 'netstat')!.firstLine!);
    strictEqual(firstLine.test(readCapture('dmesg.txt').split('\n')[0]), true);
    strictEqual(firstLine.test('[    0.000000] Linux version 6.18.0'), false);
  });

  it('stays linear on long and hostile lines', () => {
    const long = `[${' '.repeat(60)}${'1'.repeat(3000)}] TCP: ${'a: '.repeat(5000)}Possible SYN flooding on port 80. Sending cookies.`;
    const brackets = '['.repeat(100_000);
    const dump = parseSocketDump([long, brackets, `Dec 07 10:00:00 ${'h'.repeat(100_000)} kernel: Out of socket memory`].join('\n'));
    deepStrictEqual(dump.kernelMessages, []);
    strictEqual(dump.unrecognized.length, 3);
  });
});

describe('kernel log: diagnostics, hover and summary', () => {
  const flood = [
    ...Array.from({ length: 5000 }, (_, index) => `[${(100 + index / 1000).toFixed(6)}] nf_conntrack: nf_conntrack: table full, dropping packet`),
    '[105.500000] net_ratelimit: 4210 callbacks suppressed',
    ...readCapture('dmesg.txt').trimEnd().split('\n'),
    '[106.000000] neighbour: ndisc_cache: neighbor table overflow!',
  ].join('\n');

  it('gives one diagnostic per kind, however many lines, with the count, the lines and the times', () => {
    const document = documentOf('netstat', flood);
    const diagnostics = service.doValidation(document, service.parse(document), settingsWith()).filter((diagnostic) => diagnostic.code === 'kernel.log-message');
    deepStrictEqual(
      diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.relatedInformation?.map((related) => related.location.range.start.line)]),
      [
        [5001, [5004]],
        [0, [4999]],
        [5005, undefined],
      ],
    );
    const [synFlood, conntrack, neighbour] = diagnostics.map((diagnostic) => diagnostic.message);
    ok(conntrack.startsWith('Kernel log: 5000 × "conntrack table full, packets dropped" (lines 1–5000, 100.000000 to 104.999000).'), conntrack);
    ok(conntrack.includes('net_ratelimit also held back 4210 network messages'), conntrack);
    ok(synFlood.startsWith('Kernel log: 4 × "SYN queue of a listener full (possible SYN flooding)" (lines 5002–5005, 76750.224464 to 76751.753321) on 127.0.0.1:7070, [::1]:7071, 127.0.0.1:7072, [::1]:7073.'), synFlood);
    ok(synFlood.includes('Lines saying "Dropping request": 2.'), synFlood);
    ok(neighbour.includes('net.ipv6.neigh.default.gc_thresh3'), neighbour);
  });

  it('names the workspace\'s values of the settings involved, and where they are set', () => {
    const workspace: WorkspaceContext = {
      sysctlValues: new Map([
        ['net.ipv4.tcp_syncookies', { value: '0', uri: 'file:///etc/sysctl.d/90-net.conf', line: 3 }],
        ['net.ipv4.tcp_max_syn_backlog', { value: '128', uri: 'file:///etc/sysctl.d/90-net.conf', line: 4 }],
        ['net.ipv4.tcp_mem', { value: '18000 24000 36000', uri: 'file:///etc/sysctl.conf', line: 0 }],
      ]),
    };
    const text = ['[1.0] TCP: request_sock_TCP: Possible SYN flooding on port 0.0.0.0:80. Dropping request.', '[2.0] TCP: out of memory -- consider tuning tcp_mem'].join('\n');
    const document = documentOf('netstat', text);
    const [synFlood, memory] = service.doValidation(document, service.parse(document), settingsWith(), workspace).map((diagnostic) => diagnostic.message);
    ok(synFlood.includes('net.ipv4.tcp_max_syn_backlog = 128 (sysctl.d/90-net.conf:5)'), synFlood);
    ok(synFlood.includes('The workspace sets net.ipv4.tcp_syncookies = 0 (sysctl.d/90-net.conf:4): set it to 1'), synFlood);
    ok(memory.includes("tcp_mem's hard limit of 36000 pages is 141 MiB with 4 KiB pages."), memory);
  });

  it('hovers a message with what it means, its count in the document and the kernel source that prints it, in both languages', () => {
    const document = documentOf('netstat', flood);
    const parsed = service.parse(document);
    const english = service.doHover(document, { line: 2, character: 20 }, parsed, settingsWith({ hoverDetail: 'full' }));
    const value = (english?.contents as { value: string }).value;
    ok(value.startsWith('**conntrack table full, packets dropped** — `nf_conntrack: nf_conntrack: table full, dropping packet`'), value.slice(0, 120));
    ok(value.includes('5000 lines of this kind, lines 1–5000; logged from `100.000000` to `104.999000`'), value);
    ok(value.includes('`nf_conntrack: nf_conntrack: table full, dropping packet` — `net/netfilter/nf_conntrack_core.c`, `__nf_conntrack_alloc()`. Linux 4.x … 6.18'), value);
    deepStrictEqual(english?.range, { start: { line: 2, character: 13 }, end: { line: 2, character: 68 } });
    const chinese = service.doHover(document, { line: 5000, character: 30 }, parsed, settingsWith({ hoverDetail: 'full', language: 'zh-cn' }));
    ok((chinese?.contents as { value: string }).value.startsWith('**被 net_ratelimit 抑制的消息**'), JSON.stringify(chinese?.contents));
    strictEqual(service.doHover(document, { line: 2, character: 3 }, parsed, settingsWith()), undefined);
  });

  it('counts the kinds in the summary, first and last line and time, ports and what net_ratelimit held back', () => {
    const document = documentOf('netstat', flood);
    const summary = service.getSummary(document, service.parse(document), settingsWith());
    deepStrictEqual(
      summary?.kernelMessages.map(({ kind, count, firstLine, lastLine, firstTime, lastTime, subjects, suppressed }) => ({ kind, count, firstLine, lastLine, firstTime, lastTime, subjects, suppressed })),
      [
        { kind: 'syn-flood', count: 4, firstLine: 5001, lastLine: 5004, firstTime: '76750.224464', lastTime: '76751.753321', subjects: ['127.0.0.1:7070', '[::1]:7071', '127.0.0.1:7072', '[::1]:7073'], suppressed: undefined },
        { kind: 'conntrack-full', count: 5000, firstLine: 0, lastLine: 4999, firstTime: '100.000000', lastTime: '104.999000', subjects: undefined, suppressed: undefined },
        { kind: 'neighbour-overflow', count: 1, firstLine: 5005, lastLine: 5005, firstTime: '106.000000', lastTime: '106.000000', subjects: ['ndisc_cache'], suppressed: undefined },
        { kind: 'suppressed', count: 1, firstLine: 5000, lastLine: 5000, firstTime: '105.500000', lastTime: '105.500000', subjects: undefined, suppressed: 4210 },
      ],
    );
    strictEqual(summary?.unparsedLines, 0);
  });
});
