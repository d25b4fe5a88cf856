import { processLabel } from '../../analysis/connectionSide';
import { format } from '../../i18n/localized';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { joinLocalized } from './grouping';

/**
 * For a LISTEN socket ss prints the accept queue length as Recv-Q and the backlog as Send-Q.
 * Recv-Q at or above Send-Q means completed connections wait for accept() and new ones are
 * dropped (or reset with tcp_abort_on_overflow). net-tools netstat does not print the backlog.
 */
export const acceptQueueFull: DumpRule = {
  code: 'listen.accept-queue-full',
  check({ dump }) {
    const findings: Finding[] = [];
    for (const row of dump.rows) {
      if (row.format !== 'ss' || row.state !== 'LISTEN' || row.recvQ === undefined || row.sendQ === undefined) {
        continue;
      }
      if (row.recvQ === 0 || row.recvQ < row.sendQ) {
        continue;
      }
      const values = {
        queued: row.recvQ,
        backlog: row.sendQ,
        port: row.local?.port ?? '?',
        process: processLabel(row),
      };
      const owner = values.process ? format({ en: ' ({process})', zh: '（{process}）' }, values) : { en: '', zh: '' };
      findings.push({
        code: this.code,
        severity: 'warning',
        line: row.line,
        span: row.stateSpan,
        message: joinLocalized(
          format({ en: 'The accept queue of port {port}', zh: '端口 {port}' }, values),
          owner,
          format(
            {
              en: ' is at its limit: {queued} established connections are waiting for accept() and the backlog is {backlog}. Further handshakes are dropped, so clients see connect timeouts and retries. The application is not accepting fast enough (blocked accept thread, exhausted worker pool) or its backlog is too small: fix the accept path, raise the backlog passed to listen() (capped by net.core.somaxconn), and check nstat -az TcpExtListenOverflows TcpExtListenDrops.',
              zh: '的全连接队列（accept 队列）已到上限：{queued} 个已完成握手的连接在等待 accept()，而 backlog 只有 {backlog}。后续握手会被丢弃，客户端会看到连接超时和重试。原因通常是应用 accept 太慢（accept 线程阻塞、工作线程池耗尽）或 backlog 设得太小：请先排查 accept 路径，再调大 listen() 的 backlog（上限受 net.core.somaxconn 限制），并用 nstat -az TcpExtListenOverflows TcpExtListenDrops 确认是否有溢出。',
            },
            values,
          ),
        ),
      });
    }
    return findings;
  },
};
