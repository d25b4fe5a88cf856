import { deepStrictEqual } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Handler shapes met in 6.18: shared bounds, same-file constants, bounds set per build, entry macros and wrappers. */
const TREE: Record<string, string> = {
  'net/ipv4/sysctl_net_ipv4.c': `
#define TCP_MIN_MSS 48
static int tcp_min_snd_mss_min = TCP_MIN_MSS;
static int tcp_min_snd_mss_max = 65535;
#ifdef CONFIG_BIG
static int ip_ttl_max = 1000;
#endif
static struct ctl_table ipv4_net_table[] = {
\t{ .procname = "tcp_reordering", .mode = 0644, .proc_handler = proc_dointvec },
\t{ .procname = "tcp_rmem", .mode = 0644, .proc_handler = proc_dointvec_minmax, .extra1 = SYSCTL_ONE, },
\t{ .procname = "tcp_min_snd_mss", .mode = 0644, .proc_handler = proc_dointvec_minmax,
\t  .extra1 = (void *)&tcp_min_snd_mss_min, .extra2 = &tcp_min_snd_mss_max },
\t{ .procname = "ip_default_ttl", .mode = 0644, .proc_handler = proc_dou8vec_minmax, .extra1 = SYSCTL_ONE, .extra2 = &ip_ttl_max },
\t{ .procname = "tcp_sack", .mode = 0644, .proc_handler = proc_dou8vec_minmax },
\t{ .procname = "tcp_fin_timeout", .mode = 0644, .proc_handler = proc_dointvec_jiffies, .extra1 = SYSCTL_ZERO },
\t{ .procname = "tcp_congestion_control", .mode = 0644, .proc_handler = proc_tcp_congestion_control },
\t{ .procname = "tcp_rto_min_us", .mode = 0644, .proc_handler = proc_dointvec_ms_jiffies_minmax, .extra1 = SYSCTL_ONE },
};
static __net_init int ipv4_sysctl_init_net(struct net *net)
{
\tregister_net_sysctl_sz(net, "net/ipv4", ipv4_net_table, ARRAY_SIZE(ipv4_net_table));
\treturn 0;
}
`,
  'net/core/neighbour.c': `
#define NEIGH_SYSCTL_ENTRY(attr, data_attr, name, mval, proc) \\
\t[NEIGH_VAR_ ## attr] = { \\
\t\t.procname\t= name, \\
\t\t.mode\t\t= mval, \\
\t\t.proc_handler\t= proc, \\
\t}
#define NEIGH_SYSCTL_ZERO_INTMAX_ENTRY(attr, name) \\
\tNEIGH_SYSCTL_ENTRY(attr, attr, name, 0644, neigh_proc_dointvec_zero_intmax)
#define NEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY(attr, name) \\
\tNEIGH_SYSCTL_ENTRY(attr, attr, name, 0644, neigh_proc_dointvec_userhz_jiffies)
static struct neigh_sysctl_table {
\tstruct ctl_table_header *sysctl_header;
\tstruct ctl_table neigh_vars[NEIGH_VAR_MAX + 1];
} neigh_sysctl_template __read_mostly = {
\t.neigh_vars = {
\t\tNEIGH_SYSCTL_ZERO_INTMAX_ENTRY(MCAST_PROBES, "mcast_solicit"),
\t\tNEIGH_SYSCTL_USERHZ_JIFFIES_ENTRY(PROXY_DELAY, "proxy_delay"),
\t},
};
`,
};

describe('scripts/build-kernel-catalogs.mjs --handlers', () => {
  it('records each key\'s integer handler with the bounds written as constants', function () {
    this.timeout(60000);
    const work = mkdtempSync(join(tmpdir(), 'kernel-handlers-'));
    try {
      for (const [path, text] of Object.entries(TREE)) {
        mkdirSync(dirname(join(work, 'tree', path)), { recursive: true });
        writeFileSync(join(work, 'tree', path), text);
      }
      writeFileSync(join(work, 'sources.json'), JSON.stringify([{ version: '6.18', path: join(work, 'tree'), provenance: 'synthetic 6.18' }]));
      execFileSync(
        process.execPath,
        ['scripts/build-kernel-catalogs.mjs', join(work, 'sources.json'), '--out', join(work, 'out.json'), '--handlers', join(work, 'handlers.json')],
        { stdio: 'pipe' },
      );
      const handlers = JSON.parse(readFileSync(join(work, 'handlers.json'), 'utf8'));
      deepStrictEqual(handlers, {
        generatedBy: 'scripts/build-kernel-catalogs.mjs --handlers',
        version: '6.18',
        provenance: 'synthetic 6.18',
        handlers: {
          // A bound set inside #ifdef depends on the build: not a number.
          'net.ipv4.ip_default_ttl': ['proc_dou8vec_minmax', 1, null],
          'net.ipv4.neigh.<iface>.mcast_solicit': ['proc_dointvec_minmax', 0, 2147483647],
          'net.ipv4.neigh.<iface>.proxy_delay': ['proc_dointvec_userhz_jiffies', -2147483648, 2147483647],
          // Plain jiffies handlers ignore extra1.
          'net.ipv4.tcp_fin_timeout': ['proc_dointvec_jiffies', -2147483648, 2147483647],
          'net.ipv4.tcp_min_snd_mss': ['proc_dointvec_minmax', 48, 65535],
          'net.ipv4.tcp_reordering': ['proc_dointvec', -2147483648, 2147483647],
          'net.ipv4.tcp_rmem': ['proc_dointvec_minmax', 1, 2147483647],
          // Compared in jiffies, so its limits are not numbers a user writes.
          'net.ipv4.tcp_rto_min_us': ['proc_dointvec_ms_jiffies_minmax', null, null],
          'net.ipv4.tcp_sack': ['proc_dou8vec_minmax', 0, 255],
          'net.ipv6.neigh.<iface>.mcast_solicit': ['proc_dointvec_minmax', 0, 2147483647],
          'net.ipv6.neigh.<iface>.proxy_delay': ['proc_dointvec_userhz_jiffies', -2147483648, 2147483647],
        },
      });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
