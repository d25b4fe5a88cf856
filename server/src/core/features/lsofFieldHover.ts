import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { LsofFieldToken, OwnerToken } from './dumpTokens';
import { bilingual, documentText, markdownHover, pick } from './hoverMarkdown';

/**
 * Hover over the values of an lsof row that lead somewhere: the process name lsof cut short, the
 * descriptor, the socket's DEVICE (its inode on Linux) and `-Tqs` queues. The state and the column
 * headers have hovers of their own.
 */

const TEXTS = {
  command: {
    en: '**{name}** (pid {pid}): lsof cuts process names to 9 characters; `ps -o comm=,args= -p {pid}` shows the whole name and its command line, `lsof +c 0` prints it uncut.',
    zh: '**{name}**（pid {pid}）：lsof 默认把进程名截断为 9 个字符；`ps -o comm=,args= -p {pid}` 可以看到完整进程名和命令行，`lsof +c 0` 则不截断。',
  },
  descriptor: {
    en: '**File descriptor {fd}** of pid {pid}, open {mode}. `ls -l /proc/{pid}/fd/{fd}` shows the socket it points to on Linux.',
    zh: '**文件描述符 {fd}**（pid {pid}），打开方式：{mode}。在 Linux 上 `ls -l /proc/{pid}/fd/{fd}` 可以看到它指向的 socket。',
  },
  inode: {
    en: '**Socket inode {device}**: the same socket is `ino:{device}` in `ss -tanpe`, `socket:[{device}]` under `/proc/<pid>/fd`, and the `inode` column of `/proc/net/tcp`. Lines with the same DEVICE are one socket that several processes or threads hold.',
    zh: '**socket inode {device}**：同一个 socket 在 `ss -tanpe` 中显示为 `ino:{device}`，在 `/proc/<pid>/fd` 下是 `socket:[{device}]`，在 `/proc/net/tcp` 中则是 `inode` 列的值。DEVICE 相同的几行是同一个 socket，被多个进程或线程持有。',
  },
  address: {
    en: '**{device}**: the kernel address of the socket (macOS and BSD lsof). Lines with the same DEVICE are one socket that several processes hold.',
    zh: '**{device}**：socket 在内核中的地址（macOS、BSD 的 lsof）。DEVICE 相同的几行是同一个 socket，被多个进程持有。',
  },
  recvQueue: {
    en: '**QR={value}**: the receive queue (`-Tq`), what ss and netstat print as Recv-Q: bytes that arrived and wait for the application to read them; on a LISTEN socket, connections waiting for accept().',
    zh: '**QR={value}**：接收队列（`-Tq`），即 ss、netstat 中的 Recv-Q：已到达、等待应用读取的字节数；对 LISTEN socket 是等待 accept() 的连接数。',
  },
  sendQueue: {
    en: '**QS={value}**: the send queue (`-Tq`), what ss and netstat print as Send-Q: bytes sent and not yet acknowledged by the peer.',
    zh: '**QS={value}**：发送队列（`-Tq`），即 ss、netstat 中的 Send-Q：已发出但对端尚未确认的字节数。',
  },
} satisfies Record<string, Localized>;

const MODES: Readonly<Record<string, Localized>> = {
  u: { en: 'for reading and writing', zh: '可读可写' },
  r: { en: 'for reading', zh: '只读' },
  w: { en: 'for writing', zh: '只写' },
};

export function lsofFieldHover(token: OwnerToken | LsofFieldToken, language: DisplayLanguage): Hover {
  const owner = token.row.processes[0];
  const pid = owner.pid ?? '?';
  const text = token.text;
  let explained: Localized;
  if (token.kind === 'owner') {
    // The process name is the document's: escaped, so a name like `![](https://…)` stays text.
    explained = format(TEXTS.command, { name: documentText(owner.name), pid });
  } else if (token.field === 'descriptor') {
    const mode = MODES[text.slice(-1)];
    const perLanguage = (lang: 'en' | 'zh') => pick(format(TEXTS.descriptor, { fd: text.slice(0, -1), pid, mode: pick(mode, lang) }), lang);
    explained = { en: perLanguage('en'), zh: perLanguage('zh') };
  } else if (token.field === 'device') {
    explained = format(text.startsWith('0x') ? TEXTS.address : TEXTS.inode, { device: text });
  } else {
    explained = format(text.startsWith('QR') ? TEXTS.recvQueue : TEXTS.sendQueue, { value: text.replace(/\D/g, '') });
  }
  return markdownHover(bilingual(language, (lang) => pick(explained, lang)), token.line, token.start, token.end);
}
