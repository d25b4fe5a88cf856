import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

function meaning(key: string, value: string): { en: string; zh: string } {
  const entry = docOf(key).values?.find((candidate) => candidate.value === value);
  ok(entry, `${key} = ${value}`);
  return entry.meaning;
}

/** Review of the details texts and value meanings of net.core, dev.*, arch-only, hardening and unlisted keys against Linux 6.18.2. */
describe('sysctl details review: arch, dev, core, hardening, unlisted', () => {
  it('says that epoll busy-polls on net.core.busy_poll alone, without SO_BUSY_POLL on the sockets', () => {
    // fs/eventpoll.c ep_busy_loop_on / ep_set_busy_poll_napi_id: net_busy_loop_on() is enough, sk_ll_usec is not
    // checked; only sock_poll (poll/select) requires sk_can_busy_loop().
    const doc = docOf('net.core.busy_poll');
    ok(!doc.details.en.includes('Only sockets with busy polling enabled'), doc.details.en);
    ok(doc.details.en.includes('`epoll` needs nothing more than this value'), doc.details.en);
    ok(doc.details.zh.includes('`epoll` 则只看这个值'), doc.details.zh);
  });

  it('says that bpf_jit_harden switches bpf_jit_kallsyms off for every program (net.core.bpf_jit_harden)', () => {
    // include/linux/filter.h bpf_jit_kallsyms_enabled: returns false whenever bpf_jit_harden is non-zero.
    const doc = docOf('net.core.bpf_jit_harden');
    ok(!doc.details.en.includes('for hardened programs'), doc.details.en);
    ok(doc.details.en.includes('off for every JIT-compiled program, hardened or not'), doc.details.en);
    ok(doc.details.zh.includes('不论该程序是否被加固'), doc.details.zh);
  });

  it('says that bpf_jit_kallsyms does nothing at all while bpf_jit_harden is on (net.core.bpf_jit_kallsyms)', () => {
    // include/linux/filter.h bpf_jit_kallsyms_enabled: the bpf_jit_harden check comes first.
    const doc = docOf('net.core.bpf_jit_kallsyms');
    ok(!doc.details.en.includes('Ignored for programs hardened'), doc.details.en);
    ok(doc.details.en.includes('Has no effect at all while `bpf_jit_harden` is 1 or 2'), doc.details.en);
    ok(doc.details.zh.includes('它就完全不起作用'), doc.details.zh);
  });

  it('says that hitting bpf_jit_limit falls back to the interpreter or ENOTSUPP, not EPERM (net.core.bpf_jit_limit)', () => {
    // kernel/bpf/core.c bpf_jit_charge_modmem (-EPERM) only makes bpf_jit_binary_pack_alloc return NULL;
    // bpf_prog_select_runtime then keeps the interpreter or, when jit_needed (CONFIG_BPF_JIT_ALWAYS_ON), sets -ENOTSUPP.
    const doc = docOf('net.core.bpf_jit_limit');
    ok(!doc.details.en.includes('fails with `EPERM`'), doc.details.en);
    ok(doc.details.en.includes('runs in the slower interpreter'), doc.details.en);
    ok(doc.details.en.includes('`ENOTSUPP` (error 524)'), doc.details.en);
    ok(doc.details.zh.includes('改由较慢的解释器执行'), doc.details.zh);
    ok(!doc.summary.en.includes('unprivileged loads are refused'), doc.summary.en);
  });

  it('says that xfrm_larval_drop = 0 queues the packets instead of blocking the sender (net.core.xfrm_larval_drop)', () => {
    // net/xfrm/xfrm_policy.c xfrm_create_dummy_bundle (DST_XFRM_QUEUE), xdst_queue_output (XFRM_MAX_QUEUE_LEN 100),
    // xfrm_policy_queue_process (XFRM_QUEUE_TMO_MIN HZ/10 doubling, purge at XFRM_QUEUE_TMO_MAX 60 s).
    const doc = docOf('net.core.xfrm_larval_drop');
    const off = meaning('net.core.xfrm_larval_drop', '0');
    ok(!off.en.includes('Hold the sending socket'), off.en);
    ok(off.en.includes('Queue the packets'), off.en);
    ok(off.zh.includes('把报文放进队列暂存'), off.zh);
    ok(!doc.details.en.includes('blocks until the SA exists'), doc.details.en);
    ok(doc.details.en.includes('With 0 the sender is not blocked'), doc.details.en);
    ok(doc.details.zh.includes('设为 0 时发送方也不会被阻塞'), doc.details.zh);
    ok(!doc.summary.en.includes('blocking the sender'), doc.summary.en);
  });

  it('says that POWER7/POWER8 PowerNV machines also read kernel.powersave-nap', () => {
    // arch/powerpc/platforms/powernv/idle.c power7_idle checks powersave_nap; powernv/setup.c sets it to 1.
    const doc = docOf('kernel.powersave-nap');
    ok(!doc.details.en.includes('other PowerPC CPUs never read it'), doc.details.en);
    ok(doc.details.en.includes('POWER7 and POWER8 machines running bare metal (PowerNV)'), doc.details.en);
    ok(doc.details.zh.includes('裸机运行（PowerNV）的 POWER7 和 POWER8'), doc.details.zh);
  });
});
