import { ok } from 'node:assert';
import { docOf } from './support/keyDocs';

/**
 * Facts corrected by the whole-class review of the details texts and value meanings of
 * server/src/core/knowledge/sysctl/kernel.ts and kernelMore.ts, judged against Linux 6.18.2
 * (gfunkmonk/linux-6.18.2 at 57dc26c98e5e9eaee49a7ee9f46cfae53057b110).
 */

describe('kernel.* details and value meanings corrected by the details review', () => {
  it('says that a write to kernel.auto_msgmni is thrown away with a one-time informational line, not a warning', () => {
    // ipc/ipc_sysctl.c proc_ipc_auto_msgmni: data points at a local `dummy = 0`, and any write only triggers
    // pr_info_once("writing to auto_msgmni has no effect").
    const doc = docOf('kernel.auto_msgmni');
    ok(!doc.details.en.includes('logs a warning'), doc.details.en);
    ok(doc.details.en.includes('always reads 0'), doc.details.en);
    ok(doc.details.en.includes('informational line'), doc.details.en);
    ok(!doc.details.zh.includes('告警'), doc.details.zh);
    ok(doc.details.zh.includes('读出来始终是 0'), doc.details.zh);
    ok(doc.details.zh.includes('info 级别'), doc.details.zh);
  });

  it('describes strict kernel.sysctl_writes_strict separately for numbers and strings', () => {
    // kernel/sysctl.c proc_first_pos_non_zero_ignore: in SYSCTL_WRITES_STRICT a numeric write at a non-zero
    // position is ignored; _proc_do_string continues a string write at *ppos (up to maxlen - 1).
    const strict = docOf('kernel.sysctl_writes_strict').values?.find((value) => value.value === '1');
    ok(strict, 'value 1');
    ok(!strict.meaning.en.includes('a write must start at offset 0'), strict.meaning.en);
    ok(strict.meaning.en.includes('a number must be written in one piece from offset 0'), strict.meaning.en);
    ok(strict.meaning.en.includes('strings may be written in pieces'), strict.meaning.en);
    ok(strict.meaning.zh.includes('数值必须从偏移 0 一次写完'), strict.meaning.zh);
    ok(strict.meaning.zh.includes('可以分段写入'), strict.meaning.zh);
  });

  it('says that kernel.loadpin.enforce can be switched off only when the pinned file system is writable', () => {
    // security/loadpin/loadpin.c loadpin_sysctl_table (extra1 = extra2 = SYSCTL_ONE) and set_sysctl(): extra1 becomes
    // SYSCTL_ZERO only when the first pinned super block is writable (load_root_writable).
    const doc = docOf('kernel.loadpin.enforce');
    ok(!doc.details.en.includes('Writable only while the pinned file system is read-only'), doc.details.en);
    ok(doc.details.en.includes('first pinned file system has turned out to be writable'), doc.details.en);
    ok(doc.details.en.includes('the key takes only 1'), doc.details.en);
    ok(!doc.details.zh.includes('只有固定的文件系统为只读时才能修改'), doc.details.zh);
    ok(doc.details.zh.includes('固定的文件系统是可写的情况下'), doc.details.zh);
    ok(doc.details.zh.includes('只接受 1'), doc.details.zh);
  });

  it('advises 0, not 1, for kernel.kexec_load_limit_panic once the kdump kernel is loaded', () => {
    // kernel/kexec_core.c kexec_load_permitted: a limit of N > 0 still permits a load and is then decremented,
    // only 0 refuses; kexec_limit_handler rejects values >= the current limit.
    const doc = docOf('kernel.kexec_load_limit_panic');
    ok(!doc.details.en.includes('set 1 after the kdump service'), doc.details.en);
    ok(doc.details.en.includes('set 0 after the kdump service'), doc.details.en);
    ok(doc.details.en.includes('1 would still allow one more load'), doc.details.en);
    ok(doc.details.zh.includes('设为 0'), doc.details.zh);
    ok(doc.details.zh.includes('仍允许再加载一次'), doc.details.zh);
  });

  it('does not make a capability the only way to write kernel.msg_next_id', () => {
    // ipc/ipc_sysctl.c ipc_permissions: the *_next_id files become 0666 for checkpoint_restore_ns_capable() callers,
    // otherwise the ordinary 0644 mode applies to the namespace's root uid from ipc_set_ownership().
    const doc = docOf('kernel.msg_next_id');
    ok(!doc.details.en.includes('Writing needs CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN'), doc.details.en);
    ok(doc.details.en.includes('root user of the user namespace owning the IPC namespace may write it'), doc.details.en);
    ok(doc.details.en.includes('CAP_CHECKPOINT_RESTORE or CAP_SYS_ADMIN over that namespace'), doc.details.en);
    ok(!doc.details.zh.includes('写入需要 CAP_CHECKPOINT_RESTORE'), doc.details.zh);
    ok(doc.details.zh.includes('用户命名空间里的 root 用户可以像写其他 IPC 参数一样写它'), doc.details.zh);
  });
});

describe('dates of the random generator, made consistent', () => {
  it('dates the end of /dev/random blocking to 5.6, as read_wakeup_threshold does', () => {
    // drivers/char/random.c: /dev/random stopped blocking after initialisation in 5.6 ("make /dev/random be almost
    // like /dev/urandom"); the 5.18 rewrite fixed entropy_avail at POOL_MIN_BITS (256) once initialised.
    const doc = docOf('kernel.random.entropy_avail');
    ok(doc.details.en.includes('Since 5.6 `/dev/random` blocks only until the generator is initialised'), doc.details.en);
    ok(doc.details.zh.includes('5.6 起'), doc.details.zh);
  });
});
