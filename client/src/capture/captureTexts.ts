import type { Localized } from '../../../server/src/core/i18n/localized';

/** Fills `{name}` placeholders of both languages. */
function filled(text: Localized, values: Record<string, string | number>): Localized {
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
  return { en: fill(text.en), zh: fill(text.zh) };
}

/** The notes a capture writes into its header, and the reasons it gives when it cannot run. */
export const captureTexts = {
  notRoot: (user: string) =>
    filled(
      {
        en: 'Not run as root: only the sockets of processes owned by {user} show their process (the others have no users:((…)) in ss and “-” in netstat’s PID/Program name column).',
        zh: '未以 root 身份运行：只有 {user} 自己的进程的连接带进程信息（其他连接在 ss 中没有 users:((…))，在 netstat 的 PID/Program name 列显示“-”）。',
      },
      { user },
    ),
  usedInstead: (missing: string, used: string) =>
    filled({ en: '{missing} is not installed here: {used} was run instead.', zh: '本机未安装 {missing}，改用 {used}。' }, { missing, used }),
  readFromProc: (missing: string) =>
    filled(
      {
        en: 'None of {missing} is installed here: the kernel’s table was read from /proc directly. It names no processes; the inode column leads to the process holding the socket (ls -l /proc/*/fd).',
        zh: '本机没有安装 {missing}：直接读取了 /proc 中的内核表。表中没有进程名；可凭 inode 列找到持有该连接的进程（ls -l /proc/*/fd）。',
      },
      { missing },
    ),
  procChosen: {
    en: 'Read from /proc as the setting netstatInsight.capture.linuxSocketTool asks. It names no processes; the inode column leads to the process holding the socket (ls -l /proc/*/fd).',
    zh: '按设置 netstatInsight.capture.linuxSocketTool 直接读取 /proc。表中没有进程名；可凭 inode 列找到持有该连接的进程（ls -l /proc/*/fd）。',
  } satisfies Localized,
  outputCut: (size: string) =>
    filled({ en: 'Output cut at {size}: what follows is its beginning only.', zh: '输出超过 {size}，已截断：下面只是开头部分。' }, { size }),
  timedOut: (seconds: number) =>
    filled(
      { en: 'The tool did not finish within {seconds} s and was stopped: the output may be incomplete.', zh: '工具未在 {seconds} 秒内结束，已被终止：输出可能不完整。' },
      { seconds },
    ),
  exitCode: (code: number | string) => filled({ en: 'The tool exited with status {code}.', zh: '工具的退出状态为 {code}。' }, { code }),
  moreStderr: (count: number) =>
    filled({ en: '{count} more lines of its error output are not shown.', zh: '错误输出还有 {count} 行未显示。' }, { count }),
  readFailed: (file: string, reason: string) =>
    filled({ en: '{file} could not be read: {reason}.', zh: '无法读取 {file}：{reason}。' }, { file, reason }),
  nothingToRun: (tools: string) =>
    filled(
      {
        en: 'None of {tools} is installed on the machine the extension runs on (looked in PATH, /usr/sbin, /sbin, /usr/bin, /bin).',
        zh: '扩展所在的机器上没有安装 {tools}（已在 PATH、/usr/sbin、/sbin、/usr/bin、/bin 中查找）。',
      },
      { tools },
    ),
  noSysctlOnWindows: {
    en: 'Windows has no sysctl: its TCP settings are shown by `netsh int tcp show global`.',
    zh: 'Windows 没有 sysctl：TCP 参数可用 `netsh int tcp show global` 查看。',
  } satisfies Localized,
};
