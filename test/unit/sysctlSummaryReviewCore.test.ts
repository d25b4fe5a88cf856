import { deepStrictEqual, ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * core.ts, coreExtra.ts, hardening.ts, fs.ts and unlisted.ts against Linux 6.18.2.
 */

describe('sysctl summary review: net.core, hardening, fs and unlisted keys', () => {
  it('limits max_skb_frags to the send path, not GRO', () => {
    // net/ipv4/tcp.c tcp_sendmsg_locked, net/mptcp/protocol.c, net/core/skbuff.c skb_splice_from_iter read
    // net_hotdata.sysctl_max_skb_frags; net/core/gro.c skb_gro_receive checks the constant MAX_SKB_FRAGS.
    const doc = docOf('net.core.max_skb_frags');
    ok(doc.summary.en.includes('the send path (TCP, MPTCP and spliced sends)'), doc.summary.en);
    ok(doc.summary.en.includes('GRO on the receive side does not read it'), doc.summary.en);
    ok(!doc.summary.en.includes('GSO/GRO'), doc.summary.en);
    ok(doc.summary.zh.includes('接收方向的 GRO 不读取它'), doc.summary.zh);
    deepStrictEqual(doc.related, ['net.core.high_order_alloc_disable', 'net.core.mem_pcpu_rsv']);
  });

  it('relates high_order_alloc_disable to max_skb_frags, which the same send loop reads', () => {
    // net/core/sock.c skb_page_frag_refill (net_high_order_alloc_disable_key) is called from tcp_sendmsg_locked
    // right before the fragment count is compared with sysctl_max_skb_frags; nothing connects it to skb_defer_max.
    const doc = docOf('net.core.high_order_alloc_disable');
    ok(doc.related?.includes('net.core.max_skb_frags'), String(doc.related));
    ok(!doc.related?.includes('net.core.skb_defer_max'), String(doc.related));
  });

  it('applies txrehash to every new TCP socket, not to listeners only', () => {
    // net/ipv4/af_inet.c inet_create and net/ipv6/af_inet6.c inet6_create copy net->core.sysctl_txrehash into
    // sk->sk_txrehash of every socket; tcp_write_timeout / sk_rethink_txhash use it for clients too.
    const doc = docOf('net.core.txrehash');
    ok(doc.summary.en.includes('every new TCP socket of the namespace, client or server'), doc.summary.en);
    ok(!doc.summary.en.includes('for listening sockets'), doc.summary.en);
    ok(doc.summary.zh.includes('客户端和服务端都算'), doc.summary.zh);
    ok(doc.details.en.includes('copy it into each IPv4 or IPv6 socket when the socket is created'), doc.details.en);
    ok(doc.details.zh.includes('创建每个 IPv4 或 IPv6 socket 时'), doc.details.zh);
  });

  it('says Debian kernels start kernel.yama.ptrace_scope at 0', () => {
    // security/yama/yama_lsm.c: ptrace_scope = YAMA_SCOPE_RELATIONAL in mainline; Debian's
    // debian/yama-disable-by-default.patch changes that initialiser.
    const doc = docOf('kernel.yama.ptrace_scope');
    ok(doc.defaultNote?.en.includes('Debian patches its kernel to start at 0'), doc.defaultNote?.en);
    ok(!doc.defaultNote?.en.includes('Ubuntu and Debian keep 1'), doc.defaultNote?.en);
    ok(doc.defaultNote?.zh.includes('Debian 给自己的内核打了补丁，初始值改为 0'), doc.defaultNote?.zh);
  });

  it('says kernel.sysrq also limits the BREAK of serial and hypervisor consoles', () => {
    // drivers/tty/sysrq.c handle_sysrq -> __handle_sysrq(key, true) checks sysrq_on_mask; it is called by
    // include/linux/serial_core.h uart_handle_sysrq_char and drivers/tty/hvc/hvc_console.c, not only the keyboard.
    const doc = docOf('kernel.sysrq');
    ok(doc.summary.en.includes('a serial or hypervisor console (BREAK)'), doc.summary.en);
    ok(doc.summary.zh.includes('串口或虚拟化控制台（BREAK）'), doc.summary.zh);
    ok(!doc.details.en.includes('It limits the keyboard only'), doc.details.en);
    ok(doc.details.zh.includes('串口和虚拟化控制台的 BREAK 序列'), doc.details.zh);
  });

  it('lets processes with CAP_SYS_ADMIN go past fs.file-max', () => {
    // fs/file_table.c alloc_empty_file: ENFILE only when get_nr_files() >= files_stat.max_files && !capable(CAP_SYS_ADMIN).
    const doc = docOf('fs.file-max');
    ok(doc.summary.en.includes('enforced on processes without CAP_SYS_ADMIN'), doc.summary.en);
    ok(doc.summary.zh.includes('只对没有 CAP_SYS_ADMIN 的进程生效'), doc.summary.zh);
    ok(doc.details.en.includes('the total may exceed this value'), doc.details.en);
    ok(doc.details.zh.includes('总数可能超过这个值'), doc.details.zh);
  });

  it('does not promise that devconf_inherit_init_net carries disable_ipv6 into new namespaces', () => {
    // net/ipv6/addrconf.c addrconf_init_net: after the copy chosen by net_inherit_devconf(), dflt->autoconf and
    // dflt->disable_ipv6 are reset to ipv6_defaults (the ipv6.autoconf= / ipv6.disable_ipv6= module parameters).
    const doc = docOf('net.core.devconf_inherit_init_net');
    ok(!doc.details.en.includes('such as `disable_ipv6` must reach'), doc.details.en);
    ok(doc.details.en.includes('never from the host'), doc.details.en);
    ok(doc.details.zh.includes('从不复制宿主机的值'), doc.details.zh);
  });
});
