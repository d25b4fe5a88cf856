import type { Localized } from '../i18n/localized';

/** The table a header line belongs to: the same column name can mean different things in each. */
export type ColumnTable = 'ss' | 'netstat' | 'windows' | 'bsd' | 'proc-net' | 'lsof';

export interface ColumnDoc {
  /** Every spelling of the header word or phrase, exactly as the tools print it. */
  readonly headers: readonly string[];
  readonly meaning: Localized;
  /** What the column says in one particular table, shown after the general meaning. */
  readonly inTable?: Partial<Record<ColumnTable, Localized>>;
}

/** Column headers of every socket table the product reads. Markdown is allowed in every text. */
export const COLUMN_DOCS: readonly ColumnDoc[] = [
  {
    headers: ['Proto', '协议'],
    meaning: {
      en: 'Protocol of the socket: `tcp`, `udp`, and on Linux netstat `tcp6`/`udp6` for IPv6 sockets (which may also carry IPv4 traffic as `::ffff:a.b.c.d`). Windows prints `TCP`/`UDP`; macOS/BSD `tcp4`/`tcp6`/`tcp46`.',
      zh: 'socket 的协议：`tcp`、`udp`；Linux netstat 用 `tcp6`/`udp6` 表示 IPv6 socket（它也可能以 `::ffff:a.b.c.d` 的形式承载 IPv4 流量）。Windows 显示 `TCP`/`UDP`，macOS/BSD 显示 `tcp4`/`tcp6`/`tcp46`。',
    },
  },
  {
    headers: ['Netid'],
    meaning: {
      en: 'Socket type in `ss`: `tcp`, `udp`, `raw`, `u_str`/`u_dgr`/`u_seq` (UNIX stream, datagram, seqpacket), `nl` (netlink), `p_raw`/`p_dgr` (packet), `mptcp`, `sctp`. It appears when `ss` lists more than one type (e.g. `-tu` or `-a`).',
      zh: '`ss` 的 socket 类型：`tcp`、`udp`、`raw`、`u_str`/`u_dgr`/`u_seq`（UNIX 流式、数据报、有序包）、`nl`（netlink）、`p_raw`/`p_dgr`（packet）、`mptcp`、`sctp`。只有列出多种类型时（如 `-tu` 或 `-a`）才有这一列。',
    },
  },
  {
    headers: ['Recv-Q'],
    meaning: {
      en: 'For a connected socket: bytes that have arrived and wait for the application to `read()` them. A value that stays above zero over several snapshots means the application is not reading fast enough (busy, blocked, or stuck); a large one with a small receive window also slows the peer down.',
      zh: '对已连接的 socket：已经到达、等待应用 `read()` 取走的字节数。连续几次采样都不为 0，说明应用读得不够快（忙、阻塞或卡住）；数值很大时接收窗口会变小，也会拖慢对端发送。',
    },
    inTable: {
      ss: {
        en: 'On a **LISTEN** row `ss` shows the current length of the accept queue instead: connections that completed the handshake and wait for `accept()`. Close to Send-Q (the limit) means the queue is about to overflow (`ListenOverflows`). For UDP it is the datagram bytes waiting in the receive buffer.',
        zh: '在 **LISTEN** 行上，`ss` 显示的是全连接队列（accept 队列）的当前长度：已完成握手、等待 `accept()` 取走的连接数。接近 Send-Q（上限）说明队列即将溢出（`ListenOverflows`）。对 UDP，它是接收缓冲区中等待读取的数据报字节数。',
      },
      netstat: {
        en: 'On a **LISTEN** row Linux netstat also shows the current accept-queue length here (connections waiting for `accept()`), but it has no column for the queue\'s limit: use `ss -lnt` to compare both.',
        zh: '在 **LISTEN** 行上，Linux netstat 这里显示的同样是全连接队列的当前长度（等待 `accept()` 的连接数），但它没有显示队列上限的列：要对比两者请用 `ss -lnt`。',
      },
    },
  },
  {
    headers: ['Send-Q'],
    meaning: {
      en: 'For a connected socket: bytes the application has written that the peer has not acknowledged yet (some may not even be sent). A value that keeps growing means the peer or the network cannot keep up: a slow reader with a zero window, packet loss, or a congested path.',
      zh: '对已连接的 socket：应用已写入、但对端尚未确认的字节数（其中一部分可能还没发出）。持续增长说明对端或网络跟不上：对端读得慢导致零窗口、丢包，或者链路拥塞。',
    },
    inTable: {
      ss: {
        en: 'On a **LISTEN** row `ss` shows the accept queue\'s limit instead: the backlog, `min(backlog passed to listen(), net.core.somaxconn)`.',
        zh: '在 **LISTEN** 行上，`ss` 显示的是全连接队列的上限，即 backlog：`min(listen() 传入的 backlog, net.core.somaxconn)`。',
      },
      netstat: {
        en: 'On a **LISTEN** row Linux netstat always shows 0 here: it cannot show the backlog. Use `ss -lnt`, whose Send-Q is the limit.',
        zh: '在 **LISTEN** 行上 Linux netstat 这里总是 0：它无法显示 backlog。请用 `ss -lnt`，其 Send-Q 就是队列上限。',
      },
    },
  },
  {
    headers: ['Local Address:Port', 'Local Address', '本地地址'],
    meaning: {
      en: 'This machine\'s end of the socket: address and port. `0.0.0.0`, `*` or `[::]` on a listener means every local address; `127.0.0.1`/`::1` means reachable from this host only. A scope such as `%lo` or `%eth0` says the socket is bound to that interface.',
      zh: '本机这一端的地址和端口。监听 socket 上的 `0.0.0.0`、`*` 或 `[::]` 表示所有本地地址；`127.0.0.1`/`::1` 表示只能从本机访问。`%lo`、`%eth0` 之类的后缀表示 socket 绑定在该接口上。',
    },
    inTable: {
      bsd: {
        en: 'macOS and BSD separate the port with a dot: `192.168.1.5.443`, `*.22`.',
        zh: 'macOS 和 BSD 用点号分隔端口：`192.168.1.5.443`、`*.22`。',
      },
    },
  },
  {
    headers: ['Foreign Address', 'Peer Address:Port', 'Peer Address', '外部地址'],
    meaning: {
      en: 'The other end of the connection: the peer\'s address and port. Listeners and unconnected UDP sockets have none and print `0.0.0.0:*`, `*:*` or `[::]:*`. For an inbound connection the peer port is the client\'s ephemeral port; for an outbound one it is the service port.',
      zh: '连接的另一端：对端的地址和端口。监听 socket 和未连接的 UDP socket 没有对端，显示为 `0.0.0.0:*`、`*:*` 或 `[::]:*`。入站连接的对端端口是客户端的临时端口；出站连接的对端端口是服务端口。',
    },
  },
  {
    headers: ['State', '(state)', '状态'],
    meaning: {
      en: 'The TCP state of the socket (hover a state word for its meaning). UDP has no states: `ss` prints `UNCONN` or `ESTAB` (after `connect()`), Linux netstat leaves the column empty or prints `ESTABLISHED` (after `connect()`), macOS/BSD print nothing or `CLOSED`.',
      zh: 'socket 的 TCP 状态（把鼠标放在状态词上可查看含义）。UDP 没有状态：`ss` 显示 `UNCONN`，调用过 `connect()` 的显示 `ESTAB`；Linux netstat 留空，调用过 `connect()` 的显示 `ESTABLISHED`；macOS/BSD 不显示或显示 `CLOSED`。',
    },
  },
  {
    headers: ['PID/Program name'],
    meaning: {
      en: 'Process id and name of the owner (`netstat -p`). `-` means netstat could not tell: it was not run as root and the socket belongs to another user, or the socket has no process any more (TIME_WAIT, orphaned FIN_WAIT sockets).',
      zh: '所属进程的 PID 和进程名（`netstat -p`）。显示 `-` 表示 netstat 无法判断：没有以 root 运行、而 socket 属于其他用户，或者 socket 已经没有进程持有（TIME_WAIT、孤儿 FIN_WAIT socket）。',
    },
  },
  {
    headers: ['PID'],
    meaning: {
      en: 'Process id of the owner (Windows `netstat -ano`, macOS `netstat -anv`). On Windows find the program with `tasklist /fi "PID eq <pid>"`; 0 and 4 are the system itself.',
      zh: '所属进程的 PID（Windows `netstat -ano`、macOS `netstat -anv`）。Windows 上用 `tasklist /fi "PID eq <pid>"` 查进程名；0 和 4 是系统本身。',
    },
    inTable: {
      lsof: {
        en: 'In lsof, the process holding the file; a socket several processes share (forked workers) has one line per process.',
        zh: '在 lsof 中是持有该文件的进程；被多个进程共享的 socket（fork 出的 worker）每个进程各占一行。',
      },
    },
  },
  {
    headers: ['Process'],
    meaning: {
      en: 'Owning processes in `ss -p`: `users:(("nginx",pid=1234,fd=6))`; several entries when processes share the socket (forked workers). Empty when not run as root for other users\' sockets, and for sockets no process holds (TIME_WAIT, orphans).',
      zh: '`ss -p` 中持有该 socket 的进程：`users:(("nginx",pid=1234,fd=6))`；多个进程共享同一 socket（fork 出的 worker）时会列出多项。不以 root 运行时，其他用户的 socket 这一列为空；没有进程持有的 socket（TIME_WAIT、孤儿 socket）也为空。',
    },
  },
  {
    headers: ['User'],
    meaning: {
      en: 'Owner of the socket (`netstat -e`): the user id or name that created it.',
      zh: 'socket 的属主（`netstat -e`）：创建它的用户 ID 或用户名。',
    },
  },
  {
    headers: ['Inode'],
    meaning: {
      en: 'Inode number of the socket (`netstat -e`). It links the socket to a process: `ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[<inode>\\]"`. 0 for sockets no file descriptor refers to (TIME_WAIT, orphans).',
      zh: 'socket 的 inode 号（`netstat -e`），用来把 socket 对应到进程：`ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[<inode>\\]"`。没有文件描述符引用的 socket（TIME_WAIT、孤儿 socket）为 0。',
    },
  },
  {
    headers: ['Timer'],
    meaning: {
      en: 'The socket\'s pending timer (`netstat -o`): `name (seconds left/retransmissions/unanswered probes)`, e.g. `keepalive (7187.12/0/0)`. Hover a timer in a row for details.',
      zh: 'socket 当前挂起的定时器（`netstat -o`）：`名称 (剩余秒数/重传次数/未应答探测数)`，例如 `keepalive (7187.12/0/0)`。把鼠标放在行内的定时器上可查看详情。',
    },
  },
  {
    headers: ['rhiwat', 'shiwat'],
    meaning: {
      en: 'macOS `netstat -anv`: the receive (`rhiwat`) and send (`shiwat`) buffer high-water marks, i.e. the socket buffer sizes in bytes.',
      zh: 'macOS `netstat -anv`：接收（`rhiwat`）和发送（`shiwat`）缓冲区的高水位，即 socket 缓冲区大小（字节）。',
    },
  },
  {
    headers: ['epid'],
    meaning: {
      en: 'macOS `netstat -anv`: the effective process id, the process the socket works for when another one (a system daemon) opened it on its behalf.',
      zh: 'macOS `netstat -anv`：有效进程 ID，即由系统守护进程代为创建 socket 时，socket 实际服务的那个进程。',
    },
  },
  {
    headers: ['Tcpcb', 'Socket'],
    meaning: {
      en: 'FreeBSD `netstat -A`: kernel address of the socket\'s control block, to match the same socket across commands (`sockstat`, `netstat -T`).',
      zh: 'FreeBSD `netstat -A`：该 socket 控制块在内核中的地址，用于在不同命令（`sockstat`、`netstat -T`）之间对应同一个 socket。',
    },
  },
  {
    headers: ['Rexmit'],
    meaning: {
      en: 'FreeBSD `netstat -T`: segments retransmitted on this connection. Growing on one peer points at loss on that path.',
      zh: 'FreeBSD `netstat -T`：该连接重传的报文段数。某个对端持续增长，说明到它的路径上有丢包。',
    },
  },
  {
    headers: ['OOORcv'],
    meaning: {
      en: 'FreeBSD `netstat -T`: segments received out of order, a sign of loss or reordering on the way in.',
      zh: 'FreeBSD `netstat -T`：乱序收到的报文段数，说明入方向有丢包或乱序。',
    },
  },
  {
    headers: ['0-win'],
    meaning: {
      en: 'FreeBSD `netstat -T`: zero-window advertisements this host sent: the local application stopped reading.',
      zh: 'FreeBSD `netstat -T`：本机发出零窗口通告的次数：本地应用停止了读取。',
    },
  },
  {
    headers: ['sl'],
    meaning: {
      en: '`/proc/net/tcp`: the slot number of the entry in this listing, not a stable identifier.',
      zh: '`/proc/net/tcp`：该条目在本次输出中的序号，并不是稳定的标识。',
    },
  },
  {
    headers: ['local_address', 'rem_address'],
    meaning: {
      en: '`/proc/net/tcp`: local or remote `address:port` in hex. The IPv4 address is the 32-bit value as the CPU stores it, so on x86 the bytes read backwards: `0100007F:1F90` is 127.0.0.1, port 0x1F90 = 8080. The port is plain hex.',
      zh: '`/proc/net/tcp`：十六进制的本地或远端 `地址:端口`。IPv4 地址按 CPU 的字节序打印，所以在 x86 上字节是反的：`0100007F:1F90` 就是 127.0.0.1，端口 0x1F90 = 8080。端口是普通的十六进制。',
    },
  },
  {
    headers: ['st'],
    meaning: {
      en: '`/proc/net/tcp`: the state as a hex code: `01` ESTABLISHED, `02` SYN_SENT, `03` SYN_RECV, `04` FIN_WAIT1, `05` FIN_WAIT2, `06` TIME_WAIT, `07` CLOSE, `08` CLOSE_WAIT, `09` LAST_ACK, `0A` LISTEN, `0B` CLOSING. Half-open requests (the kernel\'s NEW_SYN_RECV, `0C`) are listed as `03`.',
      zh: '`/proc/net/tcp`：十六进制的状态码：`01` ESTABLISHED、`02` SYN_SENT、`03` SYN_RECV、`04` FIN_WAIT1、`05` FIN_WAIT2、`06` TIME_WAIT、`07` CLOSE、`08` CLOSE_WAIT、`09` LAST_ACK、`0A` LISTEN、`0B` CLOSING。半连接请求（内核内部的 NEW_SYN_RECV，`0C`）以 `03` 列出。',
    },
  },
  {
    headers: ['tx_queue'],
    meaning: {
      en: '`/proc/net/tcp`: the send queue in hex (the field before the colon): bytes written and not yet acknowledged; netstat\'s Send-Q.',
      zh: '`/proc/net/tcp`：十六进制的发送队列（冒号前的部分）：已写入但尚未被确认的字节数，即 netstat 的 Send-Q。',
    },
  },
  {
    headers: ['rx_queue'],
    meaning: {
      en: '`/proc/net/tcp`: the receive queue in hex (after the colon): bytes waiting to be read, or on a LISTEN socket the accept-queue length; netstat\'s Recv-Q.',
      zh: '`/proc/net/tcp`：十六进制的接收队列（冒号后的部分）：等待读取的字节数，LISTEN socket 上则是全连接队列长度，即 netstat 的 Recv-Q。',
    },
  },
  {
    headers: ['tr'],
    meaning: {
      en: '`/proc/net/tcp`: which timer is pending: `00` none, `01` retransmission (or loss probe), `02` keepalive, `03` TIME_WAIT, `04` zero-window probe.',
      zh: '`/proc/net/tcp`：当前挂起的定时器：`00` 无，`01` 重传（或丢包探测），`02` 保活，`03` TIME_WAIT，`04` 零窗口探测。',
    },
  },
  {
    headers: ['tm->when'],
    meaning: {
      en: '`/proc/net/tcp`: time until that timer fires, in hex clock ticks (USER_HZ, normally 1/100 s): `00001770` = 6000 ticks = 60 s.',
      zh: '`/proc/net/tcp`：距离该定时器触发的时间，十六进制的时钟节拍（USER_HZ，通常为 1/100 秒）：`00001770` = 6000 个节拍 = 60 秒。',
    },
  },
  {
    headers: ['retrnsmt'],
    meaning: {
      en: '`/proc/net/tcp`: retransmission timeouts in a row without progress (hex). A growing value means the peer is unreachable; the connection is dropped after `tcp_retries2` (while connecting: `tcp_syn_retries`, plus `tcp_syn_linear_timeouts` since Linux 6.5).',
      zh: '`/proc/net/tcp`：连续发生且没有进展的重传超时次数（十六进制）。持续增长说明对端不可达；达到 `tcp_retries2`（建连阶段为 `tcp_syn_retries`，Linux 6.5 起还要加上 `tcp_syn_linear_timeouts`）后连接被放弃。',
    },
  },
  {
    headers: ['uid'],
    meaning: {
      en: '`/proc/net/tcp`: the user id that owns the socket (decimal).',
      zh: '`/proc/net/tcp`：socket 属主的用户 ID（十进制）。',
    },
  },
  {
    headers: ['timeout'],
    meaning: {
      en: '`/proc/net/tcp`: unanswered keepalive or zero-window probes so far. Compare with `tcp_keepalive_probes`; keeps rising on a connection whose peer vanished.',
      zh: '`/proc/net/tcp`：到目前为止未得到应答的保活探测或零窗口探测次数。可与 `tcp_keepalive_probes` 对比；对端消失的连接上它会持续增加。',
    },
  },
  {
    headers: ['inode'],
    meaning: {
      en: '`/proc/net/tcp`: inode of the socket; find its process with `ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[<inode>\\]"`. 0 for TIME_WAIT and orphaned sockets.',
      zh: '`/proc/net/tcp`：socket 的 inode；用 `ls -l /proc/*/fd 2>/dev/null | grep "socket:\\[<inode>\\]"` 找到所属进程。TIME_WAIT 和孤儿 socket 为 0。',
    },
  },
  // lsof (`lsof -i`, `lsof -nP -iTCP`): one line per open file of a process.
  {
    headers: ['COMMAND'],
    meaning: {
      en: 'lsof: the process name, cut to 9 characters unless lsof runs with `+c 0`; spaces and unprintable bytes appear as `\\xNN` (`my\\x20wor`).',
      zh: 'lsof：进程名，默认只显示前 9 个字符（加 `+c 0` 显示全名）；空格和不可打印字节显示为 `\\xNN`（如 `my\\x20wor`）。',
    },
  },
  {
    headers: ['TID', 'TASKCMD'],
    meaning: {
      en: 'lsof `-K`: the thread (task) id and its name. Empty on the line of the process itself.',
      zh: 'lsof `-K`：线程（task）ID 及线程名。进程本身那一行为空。',
    },
  },
  {
    headers: ['USER'],
    meaning: {
      en: 'lsof: the user the process runs as. Without root, lsof lists only your own processes\' sockets, so a paste from a normal user can miss most of them.',
      zh: 'lsof：进程的运行用户。不以 root 运行时，lsof 只列出当前用户自己进程的 socket，因此普通用户贴出的输出可能漏掉大部分 socket。',
    },
  },
  {
    headers: ['FD'],
    meaning: {
      en: 'lsof: the file descriptor number and its mode: `18u` is descriptor 18 open for reading and writing (`r` read, `w` write). Words such as `cwd`, `txt`, `mem` are not descriptors but the working directory, the program and mapped files.',
      zh: 'lsof：文件描述符编号及打开方式：`18u` 表示 18 号描述符，可读可写（`r` 只读，`w` 只写）。`cwd`、`txt`、`mem` 等不是描述符，分别是工作目录、程序文件和内存映射文件。',
    },
  },
  {
    headers: ['TYPE'],
    meaning: {
      en: 'lsof: the kind of file: `IPv4` and `IPv6` are internet sockets (an `IPv6` socket may carry IPv4 peers, shown as plain IPv4), `unix` a UNIX socket, `REG` a regular file, `DIR`, `CHR`, `FIFO`…',
      zh: 'lsof：文件类型：`IPv4`、`IPv6` 是网络 socket（`IPv6` socket 也可能承载 IPv4 对端，显示为普通 IPv4 地址），`unix` 是 UNIX socket，`REG` 是普通文件，另有 `DIR`、`CHR`、`FIFO` 等。',
    },
  },
  {
    headers: ['DEVICE'],
    meaning: {
      en: 'lsof: for a socket, the kernel\'s identifier of it: the inode number on Linux (the `socket:[N]` of `/proc/<pid>/fd`, `ino:N` in `ss -e`), a kernel address such as `0x…` on macOS.',
      zh: 'lsof：对 socket 而言是内核给它的标识：Linux 上是 inode 号（即 `/proc/<pid>/fd` 里的 `socket:[N]`、`ss -e` 的 `ino:N`），macOS 上是 `0x…` 形式的内核地址。',
    },
  },
  {
    headers: ['SIZE/OFF'],
    meaning: {
      en: 'lsof: the size or offset of a file; sockets have none and show `0t0` (offset 0).',
      zh: 'lsof：文件大小或偏移量；socket 没有这两项，显示为 `0t0`（偏移 0）。',
    },
  },
  {
    headers: ['NODE'],
    meaning: {
      en: 'lsof: for an internet socket, its protocol (`TCP`, `UDP`); for a file, its inode.',
      zh: 'lsof：对网络 socket 是协议（`TCP`、`UDP`）；对文件是 inode 号。',
    },
  },
  {
    headers: ['NAME'],
    meaning: {
      en: 'lsof: `local->remote (STATE)`; a listener shows only its local address, `*` standing for any. `-n` and `-P` keep addresses and ports numeric; `-Tqs` adds the queues as `QR=` (Recv-Q) and `QS=` (Send-Q). lsof lists only sockets a process holds: TIME_WAIT sockets and those an application has closed (orphaned FIN_WAIT2) never appear, so compare with `ss -tan` before concluding.',
      zh: 'lsof：`本地->远端 (状态)`；监听 socket 只显示本地地址，`*` 表示任意地址。`-n`、`-P` 让地址和端口保持数字形式；`-Tqs` 会附加队列长度 `QR=`（Recv-Q）和 `QS=`（Send-Q）。lsof 只列出有进程持有的 socket：TIME_WAIT 和已被应用关闭的 socket（孤儿 FIN_WAIT2）不会出现，下结论前应与 `ss -tan` 对照。',
    },
  },
];
