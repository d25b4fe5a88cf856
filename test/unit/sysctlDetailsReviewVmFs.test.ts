import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/** Review of the details texts and value meanings of vm.* and fs.* keys against Linux 6.18.2. */
describe('sysctl details review: vm and fs', () => {
  it('limits GFP_ATOMIC to about 3/8 of the min watermark instead of the whole reserve (vm.min_free_kbytes)', () => {
    // mm/page_alloc.c __zone_watermark_ok: ALLOC_MIN_RESERVE (__GFP_HIGH) takes min / 2 off, ALLOC_NON_BLOCK
    // another quarter of what is left, so a GFP_ATOMIC allocation fails once free memory is below 3/8 of min.
    const doc = docOf('vm.min_free_kbytes');
    ok(!doc.details.en.includes('fail only when it is exhausted'), doc.details.en);
    ok(doc.details.en.includes('only down to about 3/8 of `min`'), doc.details.en);
    ok(!doc.details.zh.includes('直到这部分也耗尽才失败'), doc.details.zh);
    ok(doc.details.zh.includes('最多只能降到 `min` 的约 3/8'), doc.details.zh);
  });

  it('says that switching vm.numa_stat off zeroes the NUMA counters', () => {
    // mm/vmstat.c sysctl_vm_numa_stat_handler: disabling calls invalid_numa_statistics(), which runs
    // zero_zones_numa_counters() and zero_global_numa_counters().
    const doc = docOf('vm.numa_stat');
    ok(!doc.details.en.includes('stale numbers'), doc.details.en);
    ok(doc.details.en.includes('resets the NUMA counters to 0'), doc.details.en);
    ok(doc.details.zh.includes('NUMA 计数会被清零'), doc.details.zh);
  });

  it('says that vm.numa_zonelist_order refuses Zone with EINVAL', () => {
    // mm/page_alloc.c numa_zonelist_order_handler -> __parse_numa_zonelist_order: anything not starting with
    // d/D/n/N logs "Ignoring unsupported numa_zonelist_order value" and returns -EINVAL.
    const doc = docOf('vm.numa_zonelist_order');
    ok(!doc.details.en.includes('accept the write only for compatibility'), doc.details.en);
    ok(doc.details.en.includes('`Zone` included, is refused with EINVAL'), doc.details.en);
    ok(doc.details.zh.includes('（包括 `Zone`）一律返回 EINVAL'), doc.details.zh);
  });

  it('exempts CAP_SYS_ADMIN from the ENFILE of fs.file-nr', () => {
    // fs/file_table.c alloc_empty_file: the files_stat.max_files check is skipped when capable(CAP_SYS_ADMIN).
    const doc = docOf('fs.file-nr');
    ok(doc.details.en.includes('for every process without CAP_SYS_ADMIN'), doc.details.en);
    ok(doc.details.zh.includes('所有不具备 CAP_SYS_ADMIN 的进程'), doc.details.zh);
  });

  for (const key of ['fs.nfs.nlm_tcpport', 'fs.nfs.nlm_udpport']) {
    it(`lets the kernel, not rpcbind, choose the port when ${key} is 0`, () => {
      // fs/lockd/svc.c create_lockd_listener -> svc_xprt_create with port 0: the socket is bound to a port the
      // kernel picks; net/sunrpc/svc.c svc_register then only records it with rpcbind.
      const doc = docOf(key);
      ok(!doc.details.en.includes('rpcbind hand out'), doc.details.en);
      ok(doc.details.en.includes('the kernel binds a free port of its own choosing'), doc.details.en);
      ok(doc.details.zh.includes('由内核自行绑定一个空闲的随机端口'), doc.details.zh);
    });
  }

  it('counts SIGSTOP among the signals that end a hard Coda wait (coda.hard, coda.timeout)', () => {
    // fs/coda/upcall.c coda_block_signals leaves SIGKILL, SIGSTOP and SIGINT unblocked; coda_waitfor_upcall breaks
    // out on signal_pending() after each schedule_timeout(HZ).
    const hard = docOf('coda.hard');
    const one = hard.values?.find((v) => v.value === '1');
    ok(one, 'coda.hard value 1');
    ok(one.meaning.en.includes('only Ctrl-C, SIGKILL and SIGSTOP'), one.meaning.en);
    ok(one.meaning.zh.includes('只有 Ctrl-C、SIGKILL 和无法屏蔽的 SIGSTOP'), one.meaning.zh);
    ok(hard.details.en.includes('Ctrl-C, SIGKILL or SIGSTOP'), hard.details.en);
    ok(hard.details.zh.includes('Ctrl-C、SIGKILL 或 SIGSTOP'), hard.details.zh);
    const timeout = docOf('coda.timeout');
    ok(timeout.details.en.includes('Ctrl-C, SIGKILL and SIGSTOP'), timeout.details.en);
    ok(timeout.details.zh.includes('Ctrl-C、SIGKILL 以及无法被屏蔽的 SIGSTOP'), timeout.details.zh);
  });

  it('holds back only min(vm.user_reserve_kbytes, total_vm / 32) for one process', () => {
    // mm/util.c __vm_enough_memory: allowed -= min_t(long, mm->total_vm / 32, reserve), reserve being
    // sysctl_user_reserve_kbytes in pages.
    const doc = docOf('vm.user_reserve_kbytes');
    ok(!doc.details.en.includes('remaining budget minus this reserve'), doc.details.en);
    ok(doc.details.en.includes('1/32 of the requesting process\'s current virtual size'), doc.details.en);
    ok(doc.details.zh.includes('申请进程当前虚拟内存大小的 1/32'), doc.details.zh);
  });

  it('computes the vmemmap saving of vm.hugetlb_optimize_vmemmap for 2 MiB and 1 GiB pages', () => {
    // mm/hugetlb_vmemmap.h HUGETLB_VMEMMAP_RESERVE_SIZE = PAGE_SIZE: one of the vmemmap pages stays, so a 2 MiB page
    // frees 7 × 4 KiB of 2 MiB (1.37%) and a 1 GiB page 4095 × 4 KiB of 1 GiB (1.56%), with a 64-byte struct page.
    const doc = docOf('vm.hugetlb_optimize_vmemmap');
    ok(!doc.details.en.includes('1.4–1.5%'), doc.details.en);
    ok(doc.details.en.includes('1.6% with 1 GiB pages (4095 of 4096)'), doc.details.en);
    ok(doc.details.zh.includes('1 GiB 大页约为 1.6%'), doc.details.zh);
  });

  it('names the NFSv4 grace time as its own setting, not the lease time (fs.nfs.nlm_grace_period)', () => {
    // fs/nfsd/nfs4state.c nfsd4_init_leases_net sets nfsd4_lease = 90 and nfsd4_grace = 90 separately;
    // nfs4_state_start_net queues the end of grace after nfsd4_grace; fs/nfsd/nfsctl.c "nfsv4gracetime" sets it.
    const doc = docOf('fs.nfs.nlm_grace_period');
    ok(!doc.details.en.includes('its lease time, 90 s'), doc.details.en);
    ok(doc.details.en.includes('`/proc/fs/nfsd/nfsv4gracetime`'), doc.details.en);
    ok(!doc.details.zh.includes('即租约时间'), doc.details.zh);
    ok(doc.details.zh.includes('`/proc/fs/nfsd/nfsv4gracetime`'), doc.details.zh);
  });
});
