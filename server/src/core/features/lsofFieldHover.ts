import type { Hover } from 'vscode-languageserver-types';
import { type DisplayLanguage, format, type Localized } from '../i18n/localized';
import type { SocketRow } from '../model/socketTable';
import { lsofSocketId } from '../parsers/lsof';
import { splitFields } from '../parsers/textLines';
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

/** What lsof prints in DEVICE for a socket: its inode (Linux) or kernel address (macOS, BSD); other text gets no hover. */
const SOCKET_ID = /^(?:\d{1,20}|0x[0-9a-fA-F]{1,20})$/;

/** lsof rows are short; the NAME column with `-Tqs` ends a dozen fields in. */
const MAX_FIELDS = 16;

export function lsofFieldHover(lineText: string, line: number, character: number, row: SocketRow, language: DisplayLanguage): Hover | undefined {
  const fields = splitFields(lineText, MAX_FIELDS);
  const field = fields.find((candidate) => character >= candidate.start && character <= candidate.start + candidate.text.length);
  const owner = row.processes[0];
  if (!field || !owner) {
    return undefined;
  }
  const pid = owner.pid ?? '?';
  const device = lsofSocketId(fields);
  const fdField = fields.find((candidate) => /^\d+[urw]$/.test(candidate.text) && candidate.start < (row.local?.span.start ?? lineText.length));
  let text: Localized | undefined;
  if (field === fields[0]) {
    // The process name is the document's: escaped, so a name like `![](https://…)` stays text.
    text = format(TEXTS.command, { name: documentText(owner.name), pid });
  } else if (field === fdField) {
    const mode = MODES[field.text.slice(-1)];
    const perLanguage = (lang: 'en' | 'zh') => pick(format(TEXTS.descriptor, { fd: field.text.slice(0, -1), pid, mode: pick(mode, lang) }), lang);
    text = { en: perLanguage('en'), zh: perLanguage('zh') };
  } else if (device !== undefined && field.text === device && SOCKET_ID.test(device)) {
    text = format(device.startsWith('0x') ? TEXTS.address : TEXTS.inode, { device });
  } else if (/^Q[RS]=\d+\)?$/.test(field.text)) {
    const value = field.text.replace(/\D/g, '');
    text = format(field.text.startsWith('QR') ? TEXTS.recvQueue : TEXTS.sendQueue, { value });
  }
  if (!text) {
    return undefined;
  }
  const explained = text;
  // The `)` that closes `(STATE QR=0 QS=0)` is not part of the value.
  const end = field.start + field.text.length - (field.text.endsWith(')') ? 1 : 0);
  return markdownHover(bilingual(language, (lang) => pick(explained, lang)), line, field.start, end);
}
