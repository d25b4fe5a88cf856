import { deepStrictEqual } from 'node:assert';
import { settingsFrom } from '../../server/src/core/settings';
import { diagnose, settingsWith } from './support/service';

/**
 * Lines paraphrased from public sysctl.conf / sysctl.d files (tuning guides, Kubernetes node setups,
 * database install guides, hardening guides) that once drew a false alarm, and lines that must
 * still be caught.
 */
function codes(text: string, kernelVersion?: string): [number, string, number | undefined][] {
  const settings = kernelVersion ? settingsWith(settingsFrom({ kernelVersion }, 'en')) : settingsWith();
  return diagnose('sysctl', text, settings).map((diagnostic) => [diagnostic.range.start.line, String(diagnostic.code), diagnostic.severity]);
}

describe('public sysctl files: no false alarm, every real mistake caught', () => {
  it('accepts any number in a flag whose kernel handler does not bound it (proc_dointvec, unbounded u8)', () => {
    // kernel.panic_on_oops = 30 is stored and acts as 1; rp_filter = 3 is stored too.
    deepStrictEqual(codes('kernel.panic_on_oops = 30\nnet.ipv4.conf.all.rp_filter = 3\nnet.ipv4.tcp_sack = 7'), []);
    // A u8 flag still refuses what does not fit a byte, and a word is refused everywhere.
    deepStrictEqual(codes('net.ipv4.tcp_sack = 256\nkernel.panic_on_oops = yes'), [
      [0, 'sysctl.invalid-value', 1],
      [1, 'sysctl.invalid-value', 1],
    ]);
    // Flags the kernel bounds keep their documented values.
    deepStrictEqual(codes('net.ipv4.ip_forward = 2'), [[0, 'sysctl.invalid-value', 1]]);
  });

  it('reads a one-number value followed by a comment as the kernel does on 4.5 and later', () => {
    // The number is applied; the write of the rest at a non-zero offset is dropped.
    deepStrictEqual(codes('fs.file-max = 1000000 # open files\nnet.ipv4.tcp_fin_timeout = 15 #FIN-WAIT-2\nnet.ipv4.tcp_rmem = 4096 131072 6291456 # buffers'), []);
    // The number before the comment is still checked.
    deepStrictEqual(codes('kernel.shmmni = 819200 # segments\nnet.ipv4.tcp_rmem = 4096 131072 # buffers'), [
      [0, 'sysctl.invalid-value', 1],
      [1, 'sysctl.invalid-value', 1],
    ]);
    // Before 4.5 the second write is parsed and refused; strings and lists take the comment in.
    deepStrictEqual(codes('fs.file-max = 1000000 # open files', '3.10'), [[0, 'sysctl.invalid-value', 1]]);
    deepStrictEqual(codes('net.ipv4.tcp_congestion_control = bbr # fast'), [[0, 'sysctl.invalid-value', 1]]);
  });

  it('does not call the bridge and Yama lines of Kubernetes guides idle: RHEL 7 and Fedora files set them otherwise', () => {
    // /usr/lib/sysctl.d/00-system.conf sets the bridge keys to 0; 10-default-yama-scope.conf sets ptrace_scope to 0.
    const text = 'net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nkernel.yama.ptrace_scope = 1';
    const overriddenFiles = diagnose('sysctl', text).map((diagnostic) => /over (\S+),/.exec(diagnostic.message)?.[1]);
    deepStrictEqual(overriddenFiles, ['/usr/lib/sysctl.d/00-system.conf', '/usr/lib/sysctl.d/00-system.conf', '/usr/lib/sysctl.d/10-default-yama-scope.conf']);
  });

  it('catches the misspelt, removed and vendor-only lines copied between guides', () => {
    const text = [
      'kkernel.randomize_va_space = 1',
      'fs.suid.dumpable = 0',
      'net.ipv4.vs.exipre_nodest_conn = 1',
      'ipv6.conf.all.disable_ipv6 = 1',
      'net.ipv4.tcp_tw_recycle = 1',
      'kernel.exec-shield = 1',
      'net.ipv4.tcp_nodelay = 1',
    ].join('\n');
    deepStrictEqual(
      codes(text).map(([line, code]) => [line, code]),
      [
        [0, 'sysctl.unknown-key'],
        [1, 'sysctl.unknown-key'],
        [2, 'sysctl.unknown-key'],
        [3, 'sysctl.unknown-key'],
        [5, 'sysctl.unknown-key'],
        [6, 'sysctl.unknown-key'],
        [4, 'sysctl.removed-key'],
      ],
    );
  });

  it('passes the Oracle, Kubernetes, IPVS and NFS lines of install guides', () => {
    const text = [
      'fs.aio-max-nr = 1048576',
      'kernel.sem = 250 32000 100 128',
      'kernel.shmmax = 4398046511104',
      'net.ipv4.ip_local_port_range = 9000 65500',
      'net.ipv4.ip_forward = 1',
      'net.ipv4.vs.conntrack = 1',
      'sunrpc.tcp_slot_table_entries = 128',
      'vm.max_map_count = 262144',
      'vm.overcommit_memory = 1',
      'net.ipv4.tcp_rmem = 1024 87380 6291456',
    ].join('\n');
    deepStrictEqual(
      codes(text).filter(([, , severity]) => severity !== undefined && severity <= 2),
      [],
    );
  });

  it('judges a lowered limit against the default of the chosen kernel (optmem_max was 20480 before 6.8)', () => {
    const lowered = (kernelVersion: string) => codes('net.core.optmem_max = 65536', kernelVersion).map(([, code]) => code);
    deepStrictEqual(lowered('6.8'), ['sysctl.lowers-default']);
    deepStrictEqual(lowered('5.15'), []);
  });
});
