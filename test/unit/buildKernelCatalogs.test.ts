import { deepStrictEqual } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Two small source trees in the shapes the generator meets in real kernels (3.10 and 6.x registrations). */
const OLD_TREE: Record<string, string> = {
  'kernel/sysctl.c': `
/* kern_table: 3.10 writes the typedef without struct */
int panic_timeout = 0;
static ctl_table kern_table[] = {
\t{ .procname = "panic", .data = &panic_timeout, .maxlen = sizeof(int), .mode = 0644, .proc_handler = proc_dointvec, },
\t{ }
};
static struct ctl_table sysctl_base_table[] = {
\t{ .procname = "kernel", .mode = 0555, .child = kern_table },
\t{ .procname = "vm", .mode = 0555, .child = vm_table },
\t{ }
};
int __init sysctl_init(void) { register_sysctl_table(sysctl_base_table); return 0; }
`,
  'mm/vmscan.c': `
#ifdef CONFIG_BIG
int vm_swappiness = 30;
#else
int vm_swappiness = 60;
#endif
struct ctl_table vm_table[] = {
\t{ .procname = "swappiness", .data = &vm_swappiness, .mode = 0644, .proc_handler = proc_dointvec_minmax, },
\t{ .procname = "drop_caches", .data = &sysctl_drop_caches, .mode = 0644, .proc_handler = drop_caches_sysctl_handler, },
\t{ }
};
`,
  'net/ipv4/devinet.c': `
static struct devinet_sysctl_table {
\tstruct ctl_table_header *sysctl_header;
\tstruct ctl_table devinet_vars[__IPV4_DEVCONF_MAX];
} devinet_sysctl = {
\t.devinet_vars = {
\t\tDEVINET_SYSCTL_RW_ENTRY(FORWARDING, "forwarding"),
\t\tDEVINET_SYSCTL_RO_ENTRY(MC_FORWARDING, "mc_forwarding"),
\t},
};
`,
};

const NEW_TREE: Record<string, string> = {
  'kernel/sysctl.c': `
static const char panic_name[] = "panic";
static struct ctl_table kern_table[] = {
\t{ .procname = panic_name, .data = &panic_timeout, .mode = 0644, .proc_handler = proc_dointvec, },
};
DECLARE_SYSCTL_BASE(kernel, kern_table);
`,
  'mm/vmscan.h': `
#ifndef _MM_VMSCAN_H
#define _MM_VMSCAN_H
static int vm_swappiness __read_mostly = 60;
static struct ctl_table vmscan_table[] = {
\t{ .procname = "swappiness", .data = &vm_swappiness, .mode = 0644, .proc_handler = proc_dointvec_minmax, },
\t{ .procname = "drop_caches", .data = &sysctl_drop_caches, .mode = 0200, .proc_handler = drop_caches_sysctl_handler, },
};
static int __init vmscan_sysctl_init(void) { register_sysctl_init("vm", vmscan_table); return 0; }
#endif
`,
  'net/ipv4/sysctl_net_ipv4.c': `
#define IPV4_PATH "net/ipv4"
static struct ctl_table ipv4_net_table[] = {
\t{
\t\t.procname\t= "tcp_rmem",
\t\t.data\t\t= &init_net.ipv4.sysctl_tcp_rmem,
\t\t.mode\t\t= 0644,
\t\t.proc_handler\t= proc_dointvec_minmax,
\t},
\t{ .procname = "tcp_syn_retries", .data = &init_net.ipv4.sysctl_tcp_syn_retries, .mode = 0644, .proc_handler = proc_dou8vec_minmax },
};
static __net_init int ipv4_sysctl_init_net(struct net *net)
{
\tstruct ctl_table *table = ipv4_net_table;
\tif (!net_eq(net, &init_net))
\t\ttable = kmemdup(table, sizeof(ipv4_net_table), GFP_KERNEL);
\tnet->ipv4.ipv4_hdr = register_net_sysctl_sz(net, IPV4_PATH, table, ARRAY_SIZE(ipv4_net_table));
\treturn 0;
}
`,
  'net/ipv4/tcp_ipv4.c': `
static int __net_init tcp_sk_init(struct net *net)
{
\tnet->ipv4.sysctl_tcp_syn_retries = 6;
\tmemcpy(net->ipv4.sysctl_tcp_rmem, init_net.ipv4.sysctl_tcp_rmem, sizeof(init_net.ipv4.sysctl_tcp_rmem));
\treturn 0;
}
`,
};

/** Conditional compilation: a table's `#if 0` entries, and one entry named per architecture (6.18's vdso32-setup.c). */
const CONDITIONAL_TREE: Record<string, string> = {
  'net/netfilter/ipvs/ip_vs_ctl.c': `
static struct ctl_table vs_vars[] = {
	{ .procname = "amemthresh", .data = &sysctl_amemthresh, .mode = 0644, .proc_handler = proc_dointvec, },
#if 0
	{ .procname = "timeout_established", .mode = 0644, .proc_handler = proc_dointvec_jiffies, },
#if defined(CONFIG_IP_VS_PROTO_TCP)
	{ .procname = "timeout_synsent", .mode = 0644, .proc_handler = proc_dointvec_jiffies, },
#endif
#else
	{ .procname = "drop_entry", .mode = 0644, .proc_handler = proc_do_defense_mode, },
#endif
#if 0 /* disabled */
	{ .procname = "timeout_udp", .mode = 0644, .proc_handler = proc_dointvec_jiffies, },
#elif defined(CONFIG_IP_VS_DEBUG)
	{ .procname = "debug_level", .mode = 0644, .proc_handler = proc_dointvec, },
#endif
	{ }
};
static int __init ip_vs_control_init(void) { register_net_sysctl(&init_net, "net/ipv4/vs", vs_vars); return 0; }
`,
  'arch/x86/entry/vdso/vdso32-setup.c': `
static const struct ctl_table vdso_table[] = {
	{
#ifdef CONFIG_X86_64
		.procname\t= "vsyscall32",
#else
		.procname\t= "vdso_enabled",
#endif
		.data\t\t= &vdso32_enabled,
		.mode\t\t= 0644,
		.proc_handler\t= proc_dointvec_minmax,
	},
};
static __init int ia32_binfmt_init(void)
{
#ifdef CONFIG_X86_64
	register_sysctl("abi", vdso_table);
#else
	register_sysctl_init("vm", vdso_table);
#endif
	return 0;
}
`,
};

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

describe('scripts/build-kernel-catalogs.mjs', () => {
  it('reads keys, modes, defaults and namespace copies from source trees of two releases', function () {
    this.timeout(60000);
    const work = mkdtempSync(join(tmpdir(), 'kernel-catalogs-'));
    try {
      writeTree(join(work, 'old'), OLD_TREE);
      writeTree(join(work, 'new'), NEW_TREE);
      const sources = [
        { version: '5.10', path: join(work, 'old'), provenance: 'synthetic 5.10' },
        { version: '6.1', path: join(work, 'new'), provenance: 'synthetic 6.1' },
      ];
      writeFileSync(join(work, 'sources.json'), JSON.stringify(sources));
      execFileSync(process.execPath, ['scripts/build-kernel-catalogs.mjs', join(work, 'sources.json'), '--out', join(work, 'out.json')], { stdio: 'pipe' });
      const catalog = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8'));
      deepStrictEqual(catalog.versions, ['5.10', '6.1']);
      deepStrictEqual(catalog.sources, [
        { version: '5.10', provenance: 'synthetic 5.10' },
        { version: '6.1', provenance: 'synthetic 6.1' },
      ]);
      deepStrictEqual(catalog.keys, {
        'kernel.panic': 0b11,
        'net.ipv4.conf.<iface>.forwarding': 0b01,
        'net.ipv4.conf.<iface>.mc_forwarding': 0b01,
        'net.ipv4.tcp_rmem': 0b10,
        'net.ipv4.tcp_syn_retries': 0b10,
        'vm.drop_caches': 0b11,
        'vm.swappiness': 0b11,
      });
      deepStrictEqual(catalog.modes, { 'net.ipv4.conf.<iface>.mc_forwarding': [['5.10', '0444']], 'vm.drop_caches': [['6.1', '0200']] });
      // swappiness is set inside #if in the old tree, and the new tree does not set panic_timeout: no default read there.
      deepStrictEqual(catalog.defaults, { 'kernel.panic': [['5.10', '0'], ['6.1', null]], 'net.ipv4.tcp_syn_retries': [['6.1', '6']], 'vm.swappiness': [['6.1', '60']] });
      deepStrictEqual(catalog.copiesHost, { 'net.ipv4.tcp_rmem': ['6.1'] });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('skips #if 0 regions and pairs each #ifdef branch\'s name with that branch\'s registration', function () {
    this.timeout(60000);
    const work = mkdtempSync(join(tmpdir(), 'kernel-catalogs-'));
    try {
      writeTree(join(work, 'tree'), CONDITIONAL_TREE);
      writeFileSync(join(work, 'sources.json'), JSON.stringify([{ version: '6.18', path: join(work, 'tree'), provenance: 'synthetic 6.18' }]));
      execFileSync(process.execPath, ['scripts/build-kernel-catalogs.mjs', join(work, 'sources.json'), '--out', join(work, 'out.json')], { stdio: 'pipe' });
      const catalog = JSON.parse(readFileSync(join(work, 'out.json'), 'utf8'));
      deepStrictEqual(catalog.keys, {
        'abi.vsyscall32': 0b1,
        'net.ipv4.vs.amemthresh': 0b1,
        'net.ipv4.vs.debug_level': 0b1,
        'net.ipv4.vs.drop_entry': 0b1,
        'vm.vdso_enabled': 0b1,
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
