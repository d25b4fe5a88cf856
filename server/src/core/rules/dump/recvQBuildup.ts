import type { DumpRule } from './dumpRule';
import { queueBuildupFindings } from './queueBuildup';

/**
 * Recv-Q of an established socket: bytes the kernel has received and acknowledged that the
 * application has not read yet. Full queues across a group point at this host's application.
 */
export const recvQBuildup: DumpRule = {
  code: 'queue.recv-q-buildup',
  *check(context) {
    return yield* queueBuildupFindings(context, {
      code: this.code,
      column: 'recvQ',
      severity: 'warning',
      explanation: {
        en: ' have at least {threshold} waiting in Recv-Q ({total} in all, up to {max} on one socket): data has arrived and been acknowledged, but the application does not read it. Its threads are busy or blocked (a slow dependency, a lock, a long GC pause, an exhausted worker pool). Once the buffer is full the window drops to zero and the senders stall. Look at the process (CPU, thread dump, event-loop lag), not at the network.',
        zh: '的 Recv-Q 积压都不少于 {threshold}（合计 {total}，单个连接最多 {max}）：数据已经到达并被确认，但应用没有去读。应用的线程正忙或被阻塞（依赖的服务慢、锁竞争、长时间 GC、工作线程池耗尽）。接收缓冲区一满，窗口就降为零，发送方随之停顿。请排查进程本身（CPU、线程转储、事件循环延迟），而不是网络。',
      },
      relatedLabel: { en: 'Connection with unread data', zh: '有未读取数据的连接' },
      groupLabel: { en: 'Recv-Q backlog ', zh: 'Recv-Q 积压：' },
    });
  },
};
