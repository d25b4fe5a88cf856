import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the summaries, default notes and related keys of
 * server/src/core/knowledge/sysctl/vm.ts, vmMore.ts, fsExtra.ts and fsMore.ts, judged against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110) and, for keys or behaviour that older
 * kernels had, the 3.10, 5.4, 5.15 and 6.8 trees of the catalogs.
 */

describe('vm.* and fs.* facts corrected by the summary review', () => {
  it('says that the allocator, not kswapd, boosts every watermark, capped by vm.watermark_boost_factor', () => {
    // mm/page_alloc.c boost_watermark: max_boost = high watermark * factor / 10000, the boost grows by a page block
    // per fallback; include/linux/mmzone.h wmark_pages adds zone->watermark_boost to min, low and high alike;
    // mm/vmscan.c balance_pgdat reclaims the boost and clears it.
    const doc = docOf('vm.watermark_boost_factor');
    ok(!doc.summary.en.includes('How far kswapd temporarily raises the high watermark'), doc.summary.en);
    ok(doc.summary.en.includes('Cap on the temporary boost the page allocator adds to all watermarks'), doc.summary.en);
    ok(doc.summary.zh.includes('页分配器') && doc.summary.zh.includes('全部水位线'), doc.summary.zh);
    ok(doc.details.en.includes('lifts min, low and high alike'), doc.details.en);
    strictEqual(doc.default, '15000');
  });

  it('limits vm.admin_reserve_kbytes to strict overcommit since 5.2', () => {
    // mm/util.c __vm_enough_memory (5.4, 6.18): OVERCOMMIT_GUESS returns before the admin reserve is subtracted;
    // mm/mmap.c of 3.10 took it off the free memory in the guess mode too (changed by 8c7829b04c52, 5.2).
    const doc = docOf('vm.admin_reserve_kbytes');
    ok(doc.summary.en.startsWith('With strict overcommit'), doc.summary.en);
    ok(doc.summary.en.includes('before 5.2'), doc.summary.en);
    ok(doc.summary.zh.includes('严格') && doc.summary.zh.includes('5.2'), doc.summary.zh);
    ok(!doc.details.en.includes('mostly relevant'), doc.details.en);
  });

  it('calls vm.page-cluster the upper limit of an adaptive swap readahead', () => {
    // mm/swap_state.c swapin_nr_pages and swap_vma_ra_win: max_pages / max_win = 1 << page_cluster, and
    // __swapin_nr_pages shrinks the window when readahead pages were not hit.
    const doc = docOf('vm.page-cluster');
    ok(!doc.summary.en.startsWith('Pages read from swap in one attempt'), doc.summary.en);
    ok(doc.summary.en.includes('Upper limit of swap readahead'), doc.summary.en);
    ok(doc.summary.zh.includes('上限'), doc.summary.zh);
  });

  it('counts vm.min_unmapped_ratio and vm.min_slab_ratio per NUMA node, and says what the slab share decides', () => {
    // mm/page_alloc.c setup_min_unmapped_ratio / setup_min_slab_ratio sum the zones into pgdat->min_*_pages;
    // mm/vmscan.c node_reclaim gives up only when both are under their limits, __node_reclaim runs shrink_node
    // (page cache and slab together) when either is over (6.8, 6.18; 5.15 required the page cache one).
    const unmapped = docOf('vm.min_unmapped_ratio');
    ok(unmapped.summary.en.includes("a NUMA node's memory"), unmapped.summary.en);
    ok(unmapped.summary.en.includes('per zone before 4.8'), unmapped.summary.en);
    ok(unmapped.summary.zh.includes('NUMA 节点'), unmapped.summary.zh);
    ok(!unmapped.summary.en.startsWith('Percent of a zone'));
    ok(unmapped.details.en.includes('`vm.min_slab_ratio` are not exceeded'), unmapped.details.en);
    const slab = docOf('vm.min_slab_ratio');
    ok(!slab.summary.en.includes('also shrinks them'), slab.summary.en);
    ok(slab.summary.en.includes('node reclaim runs even when there is little unmapped page cache'), slab.summary.en);
    ok(slab.summary.zh.includes('节点回收也会进行'), slab.summary.zh);
    ok(slab.details.en.includes('Kernels up to 5.15') && slab.details.zh.includes('5.15'), slab.details.en);
  });

  it('applies vm.extfrag_threshold only to allocations above PAGE_ALLOC_COSTLY_ORDER', () => {
    // mm/compaction.c __compaction_suitable / compaction_suitable (5.4, 6.18): fragmentation_index is compared with
    // sysctl_extfrag_threshold only when order > PAGE_ALLOC_COSTLY_ORDER (3); 3.10 compared it for every order.
    const doc = docOf('vm.extfrag_threshold');
    ok(!doc.summary.en.includes('a failed high-order allocation compacts'), doc.summary.en);
    ok(doc.summary.en.includes('order 4 or higher') && doc.summary.en.includes('orders 1–3 skip this test'), doc.summary.en);
    ok(doc.summary.zh.includes('4 阶及以上'), doc.summary.zh);
  });

  it('splits the vm.percpu_pagelist_high_fraction share of a zone among the CPUs of its node', () => {
    // mm/page_alloc.c zone_highsize: total_pages = managed pages / fraction, then high = total_pages / nr_split_cpus
    // (the CPUs of the zone's node).
    const doc = docOf('vm.percpu_pagelist_high_fraction');
    ok(!doc.summary.en.includes("Caps each CPU's free-page cache at 1/N of a zone"), doc.summary.en);
    ok(doc.summary.en.includes('1/N of the zone in total, split among the CPUs of its node'), doc.summary.en);
    ok(doc.summary.zh.includes('平分'), doc.summary.zh);
  });

  it('no longer says that vm.memfd_noexec=2 refuses memfd_create() calls without a flag', () => {
    // mm/memfd.c check_sysctl_memfd_noexec (6.8, 6.18): without a flag, scope >= 1 adds MFD_NOEXEC_SEAL, so only
    // MFD_EXEC meets the -EACCES of scope 2.
    const two = docOf('vm.memfd_noexec').values?.find((value) => value.value === '2');
    ok(two?.meaning.en.includes('refuse `memfd_create()` with MFD_EXEC'), two?.meaning.en);
    ok(two?.meaning.zh.includes('MFD_EXEC'), two?.meaning.zh);
  });

  it('applies vm.mmap_rnd_bits to native processes, not only 64-bit ones', () => {
    // arch/x86/Kconfig ARCH_MMAP_RND_BITS_MIN/MAX: 28/32 if 64BIT, else 8/16; arch/x86/mm/mmap.c uses mmap_rnd_bits
    // for every process of a 32-bit kernel (mmap32_rnd_bits = mmap_rnd_bits without CONFIG_COMPAT).
    const doc = docOf('vm.mmap_rnd_bits');
    ok(!doc.summary.en.includes('for 64-bit processes'), doc.summary.en);
    ok(doc.summary.en.includes('native processes') && doc.summary.en.includes('all of them on a 32-bit kernel'), doc.summary.en);
    ok(doc.summary.zh.includes('原生进程'), doc.summary.zh);
  });

  it('does not call vm.vdso_enabled x86-only', () => {
    // arch/sh/kernel/vsyscall/vsyscall.c registers vm.vdso_enabled (CONFIG_VSYSCALL), read by arch/sh/include/asm/elf.h
    // ARCH_DLINFO; arch/x86/entry/vdso/vdso32-setup.c registers it on CONFIG_X86_32.
    const doc = docOf('vm.vdso_enabled');
    ok(doc.summary.en.includes('SuperH') && doc.summary.zh.includes('SuperH'), doc.summary.en);
    deepStrictEqual(doc.related, ['abi.vsyscall32']);
  });

  it('does not limit vm.hugepages_treat_as_movable to 3.x kernels', () => {
    // kernel/sysctl.c of 3.10 has it; it was removed by d6cb41cc44c6 (late 2017), so 4.x kernels before that have it
    // too; 4.18 no longer has it.
    const doc = docOf('vm.hugepages_treat_as_movable');
    ok(!doc.summary.en.includes('(3.x kernels)'), doc.summary.en);
    ok(doc.summary.en.includes('3.x and early 4.x kernels'), doc.summary.en);
    ok(doc.summary.zh.includes('早期 4.x'), doc.summary.zh);
  });

  it('states the vm.nr_trim_pages threshold as the surplus of the block over the mapping', () => {
    // mm/nommu.c do_mmap_private: the tail is trimmed when total - point >= sysctl_nr_trim_pages, never with 0.
    const doc = docOf('vm.nr_trim_pages');
    ok(!doc.summary.en.includes('an allocation may exceed its rounded-up power-of-two block by'), doc.summary.en);
    ok(doc.summary.en.includes('must have beyond what it needs'), doc.summary.en);
    ok(doc.summary.en.includes('0 never trims') && doc.summary.zh.includes('0 表示从不裁剪'), doc.summary.en);
  });

  it('shrinks pipes above fs.pipe-user-pages-soft to two pages', () => {
    // fs/pipe.c alloc_pipe_info: pipe_bufs = PIPE_MIN_DEF_BUFFERS, 2 in 6.18 (and in 5.14, 5.15 and 5.4.273).
    const doc = docOf('fs.pipe-user-pages-soft');
    ok(!doc.summary.en.includes('a single page'), doc.summary.en);
    ok(doc.summary.en.includes('two pages (one page before 5.14)'), doc.summary.en);
    ok(doc.summary.zh.includes('两页'), doc.summary.zh);
    ok(doc.details.en.includes('8 KiB') && doc.details.zh.includes('8 KiB'), doc.details.en);
  });

  it('says that fs.overflowuid and fs.overflowgid are written to disk, not shown', () => {
    // include/linux/highuid.h fs_high2lowuid / fs_high2lowgid, used only when writing inodes: fs/ext2/inode.c,
    // fs/ext4/inode.c (NO_UID32) and fs/minix/inode.c.
    for (const key of ['fs.overflowuid', 'fs.overflowgid']) {
      const doc = docOf(key);
      ok(!doc.summary.en.includes('shown by file systems'), key);
      ok(doc.summary.en.includes('written to disk'), doc.summary.en);
      ok(doc.summary.en.includes('nouid32') && doc.summary.zh.includes('写盘'), doc.summary.zh);
    }
  });

  it('lets fs.protected_hardlinks allow links to safe files the user can read and write', () => {
    // fs/namei.c may_linkat: the owner (or CAP_FOWNER) may link, and so may anyone when safe_hardlink_source holds
    // (regular file, not setuid, not setgid-executable, readable and writable by the caller).
    const doc = docOf('fs.protected_hardlinks');
    ok(!doc.summary.en.includes('hard-linking files they do not own,'), doc.summary.en);
    ok(doc.summary.en.includes('unless they are regular files the user can read and write'), doc.summary.en);
    ok(doc.summary.zh.includes('可读写'), doc.summary.zh);
    const one = doc.values?.find((value) => value.value === '1');
    ok(one?.meaning.en.includes('CAP_FOWNER') && one.meaning.zh.includes('CAP_FOWNER'), one?.meaning.en);
  });

  it('does not promise an endless wait for fs.fuse.default_request_timeout=0 when a maximum is set', () => {
    // fs/fuse/inode.c init_server_timeout: without a timeout of the server or a default, fuse_max_req_timeout is used.
    const doc = docOf('fs.fuse.default_request_timeout');
    ok(doc.summary.en.includes('0 waits forever unless `fs.fuse.max_request_timeout` is set'), doc.summary.en);
    ok(doc.summary.zh.includes('fs.fuse.max_request_timeout'), doc.summary.zh);
  });

  it('says that fs.xfs.panic_mask raises a BUG, which panics only with kernel.panic_on_oops', () => {
    // fs/xfs/xfs_message.c _xfs_alert_tag: a tag in xfs_panic_mask ends in BUG_ON(do_panic) (3.10 the same).
    const doc = docOf('fs.xfs.panic_mask');
    ok(!doc.summary.en.includes('panic the kernel instead of shutting the file system down'), doc.summary.en);
    ok(doc.summary.en.includes('BUG (an oops)'), doc.summary.en);
    ok(doc.summary.zh.includes('BUG') && doc.summary.zh.includes('kernel.panic_on_oops'), doc.summary.zh);
    deepStrictEqual(doc.related, ['fs.xfs.error_level', 'kernel.panic_on_oops']);
  });

  it('calls fs.quota.allocated_dquots and free_dquots current counts, not counters since boot', () => {
    // fs/quota/dquot.c: DQST_ALLOC_DQUOTS and DQST_FREE_DQUOTS go up and down (dqstats_inc / dqstats_dec).
    for (const key of ['fs.quota.allocated_dquots', 'fs.quota.free_dquots']) {
      const note = docOf(key).defaultNote;
      ok(note && !note.en.includes('since boot'), key);
      ok(note?.zh.includes('会增也会减'), key);
    }
    ok(docOf('fs.quota.lookups').defaultNote?.en.includes('since boot'));
  });

  it('gives fs.nfs.nlm_grace_period=0 five times nlm_timeout, not the lease time', () => {
    // fs/lockd/svc.c get_lockd_grace_period: a per-namespace netlink gracetime first, then
    // roundup(nlm_grace_period, nlm_timeout), else nlm_timeout * 5; fs/nfs_common/grace.c locks_in_grace.
    const doc = docOf('fs.nfs.nlm_grace_period');
    ok(!doc.summary.en.includes('lease time (90 s)'), doc.summary.en);
    ok(doc.summary.en.includes('five times `fs.nfs.nlm_timeout` (50 s by default)'), doc.summary.en);
    ok(doc.summary.zh.includes('5 倍') && doc.summary.zh.includes('50 秒'), doc.summary.zh);
    ok(doc.details.en.includes('netlink') && doc.details.zh.includes('netlink'), doc.details.en);
    strictEqual(doc.default, '0');
  });

  it('counts fs.nfs.nfs_congestion_kb per mount and has it hold back write-back, not writers', () => {
    // fs/nfs/write.c nfs_folio_set_writeback counts nfss->writeback of the nfs_server (one per superblock);
    // nfs_writepages waits for write_congested to clear when sync_mode is WB_SYNC_NONE.
    const doc = docOf('fs.nfs.nfs_congestion_kb');
    ok(!doc.summary.en.includes('one NFS server'), doc.summary.en);
    ok(!doc.summary.en.includes('throttles writers'), doc.summary.en);
    ok(doc.summary.en.includes('on one NFS mount') && doc.summary.en.includes('background write-back'), doc.summary.en);
    ok(doc.summary.zh.includes('挂载') && doc.summary.zh.includes('后台回写'), doc.summary.zh);
  });

  it('does not cap the default of fscache.object_max_active at 512', () => {
    // fs/fscache/main.c of 3.10 and 5.4: clamp_val(num_possible_cpus(), 4, WQ_UNBOUND_MAX_ACTIVE), and
    // include/linux/workqueue.h: WQ_UNBOUND_MAX_ACTIVE = max(512, 4 * possible CPUs).
    const note = docOf('fscache.object_max_active').defaultNote;
    ok(note && !note.en.includes('at most 512'), note?.en);
    ok(note?.en.includes('at least 4') && note.zh.includes('最少 4'), note?.en);
  });

  it('lets Ctrl-C, SIGKILL and SIGSTOP end a Coda wait at any time, even with coda.hard', () => {
    // fs/coda/upcall.c coda_block_signals leaves SIGKILL, SIGSTOP and SIGINT unblocked; coda_waitfor_upcall breaks
    // out on signal_pending(), polling once a second while the other signals are blocked (3.10 the same).
    const timeout = docOf('coda.timeout');
    ok(!timeout.summary.en.includes('ignores signals before Ctrl-C or kill can interrupt'), timeout.summary.en);
    ok(timeout.summary.en.includes('holds back signals other than Ctrl-C (SIGINT), SIGKILL and SIGSTOP'), timeout.summary.en);
    ok(timeout.summary.zh.includes('SIGINT') && timeout.summary.zh.includes('SIGKILL'), timeout.summary.zh);
    ok(!timeout.details.en.includes('never interrupted'), timeout.details.en);
    const hard = docOf('coda.hard');
    ok(!hard.summary.en.includes('can be interrupted by signals at all'), hard.summary.en);
    ok(hard.summary.en.includes('every signal but Ctrl-C (SIGINT), SIGKILL and SIGSTOP'), hard.summary.en);
    ok(hard.details.en.includes('once a second') && hard.details.zh.includes('每秒'), hard.details.en);
  });
});
