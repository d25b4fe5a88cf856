import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sysctlHoverNotes } from '../../server/src/core/features/sysctlHoverNotes';
import catalogs from '../../server/src/core/knowledge/kernels/catalogs.json';
import namespacesData from '../../server/src/core/knowledge/kernels/namespaces.json';
import { isIpcNamespaceKey, SHARED_WITH_EVERY_NAMESPACE } from '../../server/src/core/knowledge/containerSysctls';
import { findKeyDoc, segmentsOfDottedKey, templateKey } from '../../server/src/core/knowledge/sysctlKeys';
import { SYSCTL_KEY_DOCS } from '../../server/src/core/knowledge/sysctl/index';
import type { SysctlKeyDoc } from '../../server/src/core/knowledge/types';
import { readFixture } from './support/fixtures';

/**
 * Every documented per-namespace flag against where the newest catalog kernel registers the key and
 * keeps its value (namespaces.json, written by `scripts/build-kernel-catalogs.mjs --namespaces`), so
 * that a key documented machine-wide while each namespace has its own (or the reverse) cannot come
 * back (docs/audit/sysctl-audit-2026-12.md, "Scripted check of namespaces").
 */

/** `[kind, file, why]`: why is given where no rule of the script decided (overrides, unknowns). */
type NamespaceFact = readonly [kind: string, file: string, why?: string];

const NAMESPACES: ReadonlyMap<string, NamespaceFact> = new Map(Object.entries(namespacesData.namespaces as unknown as Record<string, NamespaceFact>));

/** Kinds whose key is one value per network namespace: the only meaning of `perNamespace: true`. */
const OWN_VALUE_PER_NETWORK_NAMESPACE = new Set(['net']);

interface NamespaceVerdicts {
  readonly mismatches: string[];
  readonly unknown: { readonly key: string; readonly why: string }[];
  readonly absent: string[];
}

function judge(docs: readonly SysctlKeyDoc[]): NamespaceVerdicts {
  const verdicts: NamespaceVerdicts = { mismatches: [], unknown: [], absent: [] };
  for (const doc of docs) {
    const fact = NAMESPACES.get(doc.key);
    if (!fact) {
      verdicts.absent.push(doc.key);
      continue;
    }
    const [kind, file, why] = fact;
    if (kind === 'unknown') {
      verdicts.unknown.push({ key: doc.key, why: why ?? '' });
      continue;
    }
    if (doc.perNamespace !== OWN_VALUE_PER_NETWORK_NAMESPACE.has(kind)) {
      verdicts.mismatches.push(`${doc.key}: documented ${doc.perNamespace ? 'per network namespace' : 'machine-wide'}, ${namespacesData.version} has ${kind} (${file})`);
    }
  }
  return verdicts;
}

/** The `net.*` keys of a committed `sysctl -a` capture, as templates (`conf.eth0.x` → `conf.<iface>.x`). */
function capturedNetTemplates(name: string): Set<string> {
  return new Set(
    readFixture('real', 'sysctl', name)
      .split('\n')
      .map((line) => line.slice(0, line.indexOf(' = ')))
      .filter((key) => key.startsWith('net.'))
      .map((key) => templateKey(segmentsOfDottedKey(key))),
  );
}

function docOf(key: string): SysctlKeyDoc {
  const doc = findKeyDoc(key);
  if (!doc) {
    throw new Error(`${key} is not documented`);
  }
  return doc;
}

describe('documented per-namespace flags against the kernel source', () => {
  const verdicts = judge(SYSCTL_KEY_DOCS);

  it('reads the namespaces of the newest catalog kernel, from the tree the catalog names', () => {
    const newest = catalogs.sources.at(-1);
    strictEqual(namespacesData.version, newest?.version);
    strictEqual(namespacesData.commit, newest && 'commit' in newest ? newest.commit : undefined);
  });

  it('finds no documented key whose per-namespace flag the source contradicts', () => {
    deepStrictEqual(verdicts.mismatches, []);
  });

  it('reports a flag written the wrong way round, either way', () => {
    const wrong: SysctlKeyDoc[] = [
      // ipv4_net_table, moved into each struct net.
      { ...docOf('net.ipv4.tcp_syn_retries'), perNamespace: false },
      // net_core_table, registered for init_net only.
      { ...docOf('net.core.netdev_max_backlog'), perNamespace: true },
      // A per-namespace table entry pointing at one global, read-only outside init_net.
      { ...docOf('net.netfilter.nf_conntrack_max'), perNamespace: true },
      // The IPC namespace's own value is not a network namespace's.
      { ...docOf('kernel.shmmax'), perNamespace: true },
    ];
    deepStrictEqual(judge(wrong).mismatches, [
      'net.ipv4.tcp_syn_retries: documented machine-wide, 6.18 has net (net/ipv4/sysctl_net_ipv4.c)',
      'net.core.netdev_max_backlog: documented per network namespace, 6.18 has net-init (net/core/sysctl_net_core.c)',
      'net.netfilter.nf_conntrack_max: documented per network namespace, 6.18 has net-shared-ro (net/netfilter/nf_conntrack_standalone.c)',
      'kernel.shmmax: documented per network namespace, 6.18 has ipc (ipc/ipc_sysctl.c)',
    ]);
  });

  it('agrees with what a new network namespace of a real 6.18 kernel shows', () => {
    // The initial namespace shows every net key the host has; a new one only the per-namespace tables.
    const host = capturedNetTemplates('sysctl-a-host-6.18.44-fc-v657.txt');
    const netns = capturedNetTemplates('sysctl-a-netns-6.18.44-fc-v657.txt');
    const shownInEveryNamespace = new Set(['net', 'net-shared', 'net-shared-ro']);
    const judged = [...host].filter((key) => NAMESPACES.has(key) && NAMESPACES.get(key)?.[0] !== 'unknown');
    strictEqual(judged.length, 455);
    deepStrictEqual(
      judged.filter((key) => shownInEveryNamespace.has(NAMESPACES.get(key)?.[0] ?? '') !== netns.has(key)),
      [],
    );
  });

  it('gives IPC-namespace container notes to exactly the IPC namespace keys', () => {
    const decided = SYSCTL_KEY_DOCS.filter((doc) => NAMESPACES.has(doc.key) && NAMESPACES.get(doc.key)?.[0] !== 'unknown');
    deepStrictEqual(
      decided.filter((doc) => isIpcNamespaceKey(doc.key)).map((doc) => doc.key),
      decided.filter((doc) => NAMESPACES.get(doc.key)?.[0] === 'ipc').map((doc) => doc.key),
    );
  });

  it('knows every machine-wide key that still shows in each network namespace, and whether it is writable there', () => {
    const shared = SYSCTL_KEY_DOCS.flatMap((doc): [string, string][] => {
      const kind = NAMESPACES.get(doc.key)?.[0];
      return kind === 'net-shared-ro' ? [[doc.key, 'read-only']] : kind === 'net-shared' ? [[doc.key, 'writable']] : [];
    });
    deepStrictEqual(new Map(shared), SHARED_WITH_EVERY_NAMESPACE);
  });

  it('tells in the container note that a shared key shows in a container, read-only or writable for the whole machine', () => {
    const note = (key: string, lang: 'en' | 'zh') => sysctlHoverNotes(docOf(key), key, lang, { detail: 'full' }).join('\n');
    ok(note('net.core.rmem_max', 'en').includes('The file also appears in every container\'s network namespace, but read-only there'), note('net.core.rmem_max', 'en'));
    ok(note('net.netfilter.nf_conntrack_max', 'zh').includes('在那里是只读的'), note('net.netfilter.nf_conntrack_max', 'zh'));
    ok(note('net.netfilter.nf_hooks_lwtunnel', 'en').includes('changes it for the host and every other container'), note('net.netfilter.nf_hooks_lwtunnel', 'en'));
    ok(note('net.netfilter.nf_hooks_lwtunnel', 'zh').includes('宿主机和其他所有容器都跟着变'), note('net.netfilter.nf_hooks_lwtunnel', 'zh'));
    // Registered for init_net only: absent from containers, as before.
    ok(note('net.core.netdev_max_backlog', 'en').includes('Most such keys do not even exist inside a container'), note('net.core.netdev_max_backlog', 'en'));
  });

  describe(`keys the script leaves undecided (${verdicts.unknown.length}), not judged`, () => {
    for (const { key, why } of verdicts.unknown) {
      it(`${key}: ${why}`);
    }
  });

  it(`skips the ${verdicts.absent.length} documented keys that Linux ${namespacesData.version} does not have (removed, or only with a vendor patch)`);
});

/** Small source trees in the shapes `--namespaces` meets in 6.18, one per kind of registration. */
const TREE: Record<string, string> = {
  'net/ipv4/sysctl_net_ipv4.c': `
static struct ctl_table ipv4_table[] = {
\t{ .procname = "inet_peer_threshold", .data = &inet_peer_threshold, .mode = 0644, .proc_handler = proc_dointvec },
};
static struct ctl_table ipv4_net_table[] = {
\t{ .procname = "tcp_syn_retries", .data = &init_net.ipv4.sysctl_tcp_syn_retries, .mode = 0644, .proc_handler = proc_dou8vec_minmax },
\t{ .procname = "tcp_available_congestion_control", .maxlen = 100, .mode = 0444, .proc_handler = proc_tcp_available_congestion_control },
};
static __net_init int ipv4_sysctl_init_net(struct net *net)
{
\tstruct ctl_table *table = ipv4_net_table;
\tif (!net_eq(net, &init_net)) {
\t\tint i;
\t\ttable = kmemdup(table, sizeof(ipv4_net_table), GFP_KERNEL);
\t\tfor (i = 0; i < ARRAY_SIZE(ipv4_net_table); i++) {
\t\t\tif (table[i].data) {
\t\t\t\ttable[i].data += (void *)net - (void *)&init_net;
\t\t\t} else {
\t\t\t\ttable[i].mode &= ~0222;
\t\t\t}
\t\t}
\t}
\tnet->ipv4.ipv4_hdr = register_net_sysctl_sz(net, "net/ipv4", table, ARRAY_SIZE(ipv4_net_table));
\treturn 0;
}
static __init int sysctl_ipv4_init(void)
{
\tregister_net_sysctl(&init_net, "net/ipv4", ipv4_table);
\treturn 0;
}
`,
  'net/netfilter/nf_conntrack_standalone.c': `
static struct ctl_table nf_ct_sysctl_table[] = {
\t[NF_SYSCTL_CT_MAX] = { .procname = "nf_conntrack_max", .data = &nf_conntrack_max, .mode = 0644, .proc_handler = proc_dointvec_minmax },
\t[NF_SYSCTL_CT_COUNT] = { .procname = "nf_conntrack_count", .mode = 0444, .proc_handler = proc_dointvec },
\t[NF_SYSCTL_CT_PROTO_TIMEOUT_TCP_SYN_SENT] = { .procname = "nf_conntrack_tcp_timeout_syn_sent", .mode = 0644, .proc_handler = proc_dointvec_jiffies },
\t[NF_SYSCTL_CT_HOOKS] = { .procname = "nf_conntrack_hooks", .data = &nf_ct_hooks, .mode = 0644, .proc_handler = proc_dointvec },
\t[NF_SYSCTL_CT_MYSTERY] = { .procname = "nf_conntrack_mystery", .mode = 0644, .proc_handler = nf_ct_mystery_handler },
};
static void nf_conntrack_standalone_init_tcp_sysctl(struct net *net, struct ctl_table *table)
{
\tstruct nf_tcp_net *tn = nf_tcp_pernet(net);
#define XASSIGN(XNAME, tn) \\
\ttable[NF_SYSCTL_CT_PROTO_TIMEOUT_TCP_ ## XNAME].data = \\
\t\t\t&(tn)->timeouts[TCP_CONNTRACK_ ## XNAME]
\tXASSIGN(SYN_SENT, tn);
#undef XASSIGN
}
static int nf_conntrack_standalone_init_sysctl(struct net *net)
{
\tstruct nf_conntrack_net *cnet = nf_ct_pernet(net);
\tstruct ctl_table *table;
\ttable = kmemdup(nf_ct_sysctl_table, sizeof(nf_ct_sysctl_table), GFP_KERNEL);
\ttable[NF_SYSCTL_CT_COUNT].data = &cnet->count;
\tnf_conntrack_standalone_init_tcp_sysctl(net, table);
\tif (!net_eq(&init_net, net))
\t\ttable[NF_SYSCTL_CT_MAX].mode = 0444;
\tcnet->sysctl_header = register_net_sysctl_sz(net, "net/netfilter", table, ARRAY_SIZE(nf_ct_sysctl_table));
\treturn 0;
}
`,
  'ipc/ipc_sysctl.c': `
static struct ctl_table ipc_sysctls[] = {
\t{ .procname = "shmmax", .data = &init_ipc_ns.shm_ctlmax, .mode = 0644, .proc_handler = proc_doulongvec_minmax },
};
bool setup_ipc_sysctls(struct ipc_namespace *ns)
{
\tstruct ctl_table *tbl;
\tint i;
\ttbl = kmemdup(ipc_sysctls, sizeof(ipc_sysctls), GFP_KERNEL);
\tfor (i = 0; i < ARRAY_SIZE(ipc_sysctls); i++) {
\t\tif (tbl[i].data == &init_ipc_ns.shm_ctlmax)
\t\t\ttbl[i].data = &ns->shm_ctlmax;
\t\telse
\t\t\ttbl[i].data = NULL;
\t}
\tns->ipc_sysctls = __register_sysctl_table(&ns->ipc_set, "kernel", tbl, ARRAY_SIZE(ipc_sysctls));
\treturn true;
}
`,
  'kernel/utsname_sysctl.c': `
static void *get_uts(const struct ctl_table *table)
{
\tchar *which = table->data;
\tstruct uts_namespace *uts_ns = current->nsproxy->uts_ns;
\treturn (which - (char *)&init_uts_ns) + (char *)uts_ns;
}
static int proc_do_uts_string(const struct ctl_table *table, int write, void *buffer, size_t *lenp, loff_t *ppos)
{
\treturn proc_dostring_on(get_uts(table), write, buffer, lenp, ppos);
}
static const struct ctl_table uts_kern_table[] = {
\t{ .procname = "hostname", .data = init_uts_ns.name.nodename, .mode = 0644, .proc_handler = proc_do_uts_string },
\t{ .procname = "panic", .data = &panic_timeout, .mode = 0644, .proc_handler = proc_dointvec },
};
static int __init utsname_sysctl_init(void)
{
\tregister_sysctl("kernel", uts_kern_table);
\treturn 0;
}
`,
};

describe('scripts/build-kernel-catalogs.mjs --namespaces', () => {
  it('tells per-namespace, initial-namespace, shared, IPC, UTS and global keys apart, and leaves an opaque handler undecided', function () {
    this.timeout(60000);
    const work = mkdtempSync(join(tmpdir(), 'kernel-namespaces-'));
    try {
      for (const [path, text] of Object.entries(TREE)) {
        mkdirSync(dirname(join(work, 'tree', path)), { recursive: true });
        writeFileSync(join(work, 'tree', path), text);
      }
      writeFileSync(join(work, 'sources.json'), JSON.stringify([{ version: '6.18', path: join(work, 'tree'), provenance: 'synthetic 6.18' }]));
      execFileSync(process.execPath, ['scripts/build-kernel-catalogs.mjs', join(work, 'sources.json'), '--out', join(work, 'out.json'), '--namespaces', join(work, 'ns.json')], { stdio: 'pipe' });
      const data = JSON.parse(readFileSync(join(work, 'ns.json'), 'utf8'));
      strictEqual(data.provenance, 'synthetic 6.18');
      deepStrictEqual(data.namespaces, {
        'kernel.hostname': ['uts', 'kernel/utsname_sysctl.c'],
        'kernel.panic': ['global', 'kernel/utsname_sysctl.c'],
        'kernel.shmmax': ['ipc', 'ipc/ipc_sysctl.c'],
        'net.ipv4.inet_peer_threshold': ['net-init', 'net/ipv4/sysctl_net_ipv4.c'],
        // No data, which ipv4_sysctl_init_net makes read-only outside init_net.
        'net.ipv4.tcp_available_congestion_control': ['net-shared-ro', 'net/ipv4/sysctl_net_ipv4.c'],
        'net.ipv4.tcp_syn_retries': ['net', 'net/ipv4/sysctl_net_ipv4.c'],
        'net.netfilter.nf_conntrack_count': ['net', 'net/netfilter/nf_conntrack_standalone.c'],
        // One global in every namespace: read-only where the init function says so, else writable by any.
        'net.netfilter.nf_conntrack_hooks': ['net-shared', 'net/netfilter/nf_conntrack_standalone.c'],
        'net.netfilter.nf_conntrack_max': ['net-shared-ro', 'net/netfilter/nf_conntrack_standalone.c'],
        // No data and a handler that names no namespace: the script does not guess.
        'net.netfilter.nf_conntrack_mystery': [
          'unknown',
          'net/netfilter/nf_conntrack_standalone.c',
          'register_net_sysctl_sz(net) in nf_conntrack_standalone_init_sysctl; no .data, the value is whatever nf_ct_mystery_handler computes',
        ],
        'net.netfilter.nf_conntrack_tcp_timeout_syn_sent': ['net', 'net/netfilter/nf_conntrack_standalone.c'],
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
