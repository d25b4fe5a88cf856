import { processLabel } from '../../analysis/connectionSide';
import { describeSource, workspaceIntegers } from '../../analysis/sysctlContext';
import { format, type Localized } from '../../i18n/localized';
import type { SocketRow } from '../../model/socketTable';
import { stateOrdinal } from '../../parsers/socketColumns';
import type { Finding } from '../finding';
import type { DumpRule } from './dumpRule';
import { joinLocalized, ROWS_PER_STEP, rowGroupOf, rowsOf } from './grouping';

/**
 * For a LISTEN socket both tools print the accept queue length as Recv-Q; ss prints the backlog as
 * Send-Q, net-tools netstat prints 0 there. Recv-Q at or above the backlog means completed
 * connections wait for accept() and new ones are dropped (or reset with tcp_abort_on_overflow).
 * Without the backlog, only net.core.somaxconn (the cap of every backlog) from a workspace sysctl
 * file can show that a netstat queue is full.
 */
export const acceptQueueFull: DumpRule = {
  code: 'listen.accept-queue-full',
  *check({ columns, first, end, workspace }) {
    const somaxconn = workspaceIntegers(workspace, 'net.core.somaxconn');
    const findings: Finding[] = [];
    const listen = stateOrdinal('LISTEN');
    for (let index = first; index < end; index++) {
      if (index > first && (index - first) % ROWS_PER_STEP === 0) {
        yield;
      }
      // Read from the columns: only listeners with something in Recv-Q are decoded.
      if (columns.state[index] !== listen || columns.recvQ[index] === 0) {
        continue;
      }
      const row = columns.transientRow(index);
      if (row.state !== 'LISTEN' || row.recvQ === undefined || row.recvQ === 0) {
        continue;
      }
      let limit: Localized | undefined;
      if (row.format === 'ss' && row.sendQ !== undefined && row.recvQ >= row.sendQ) {
        limit = format({ en: 'the backlog is {backlog}', zh: '而 backlog 只有 {backlog}' }, { backlog: row.sendQ });
      } else if (row.format === 'netstat-linux' && somaxconn && row.recvQ >= somaxconn.numbers[0]) {
        limit = format(
          {
            en: 'no backlog can exceed net.core.somaxconn = {somaxconn} ({source}; netstat does not print the backlog itself)',
            zh: '而任何 backlog 都不能超过 net.core.somaxconn = {somaxconn}（取自 {source}；netstat 不显示 backlog 本身）',
          },
          { somaxconn: somaxconn.numbers[0], source: describeSource(somaxconn.source) },
        );
      }
      if (limit) {
        findings.push(fullQueueFinding(this.code, row, limit));
      }
    }
    return findings;
  },
};

function fullQueueFinding(code: string, row: SocketRow, limit: Localized): Finding {
  const values = { queued: row.recvQ ?? 0, port: row.local?.port ?? '?', process: processLabel(row) };
  const owner = values.process ? format({ en: ', held by {process},', zh: '（属于 {process}）' }, values) : { en: '', zh: '' };
  return {
    code,
    severity: 'warning',
    line: row.line,
    span: row.stateSpan,
    message: joinLocalized(
      // Chinese puts a space between the port number and the next word, but none after a closing （）.
      format({ en: 'The accept queue of port {port}', zh: values.process ? '端口 {port}' : '端口 {port} ' }, values),
      owner,
      format({ en: ' is at its limit: {queued} established connections are waiting for accept() and ', zh: '的全连接队列（accept 队列）已到上限：{queued} 个已完成握手的连接在等待 accept()，' }, values),
      limit,
      {
        en: '. The kernel lets the queue grow to one past the backlog; handshakes that complete beyond that are dropped, so clients see connect timeouts and retries. The application is not accepting fast enough (blocked accept thread, exhausted worker pool) or its backlog is too small: fix the accept path, raise the backlog passed to listen() (capped by net.core.somaxconn), and check nstat -az TcpExtListenOverflows TcpExtListenDrops.',
        zh: '。内核允许队列比 backlog 多出一个，超出后完成握手的连接会被丢弃，客户端会看到连接超时和重试。原因通常是应用 accept 太慢（accept 线程阻塞、工作线程池耗尽）或 backlog 设得太小：请先排查 accept 路径，再调大 listen() 的 backlog（上限受 net.core.somaxconn 限制），并用 nstat -az TcpExtListenOverflows TcpExtListenDrops 确认是否有溢出。',
      },
    ),
    rowGroup: rowGroupOf(rowsOf([row]), format({ en: 'Listener on port {port}', zh: '端口 {port} 的监听 socket' }, values), 'LISTEN'),
  };
}
