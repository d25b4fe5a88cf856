import type { DumpRule } from './dumpRule';
import { queueBuildupFindings } from './queueBuildup';
import { slowClients } from './slowClients';

/**
 * Send-Q of an established socket: bytes sent or queued that the peer has not acknowledged yet.
 * Large queues across a group mean the peers (or the path to them) do not keep up. Bulk transfers
 * to slow clients do this too, hence Information by default. A sizeable group of slow clients inside
 * a busy port that otherwise drains gets its own words (slowClients.ts).
 */
export const sendQBuildup: DumpRule = {
  code: 'queue.send-q-buildup',
  *check(context) {
    return yield* queueBuildupFindings(
      context,
      {
        code: this.code,
        column: 'sendQ',
        severity: 'information',
        explanation: {
          en: ' have at least {threshold} in Send-Q ({total} in all, up to {max} on one socket) that the peer has not acknowledged. Either the peer application does not read (its Recv-Q is full and it advertises a zero window), or the path is slow or losing packets, or the peer has vanished and this side is retransmitting into the void. Check ss -ti on these sockets (rto, retrans, snd_wnd) and the peer\'s Recv-Q; for bulk downloads to slow clients this can be normal.',
          zh: '的 Send-Q 积压都不少于 {threshold}（合计 {total}，单个连接最多 {max}），这些数据对端还没有确认。可能是对端应用不读数据（它的 Recv-Q 已满，通告零窗口），也可能是链路慢或丢包，或者对端已经消失、本机还在徒劳地重传。请用 ss -ti 查看这些连接的 rto、retrans、snd_wnd，并检查对端的 Recv-Q；如果是向慢速客户端传输大文件，这种情况也可能是正常的。',
        },
        relatedLabel: { en: 'Connection with unacknowledged data', zh: '有未确认数据的连接' },
        groupLabel: { en: 'Send-Q backlog ', zh: 'Send-Q 积压：' },
      },
      slowClients(this.code, context.sides),
    );
  },
};
