import type { Localized } from '../../server/src/core/i18n/localized';

/** Every text the command line prints itself; what it reports about a file comes from the core. */
export const HELP = {
  main: {
    en: `Usage: netstat-insight <command> [options]

The judgement of the Netstat & Sysctl Insight editor extension, on the command line.

Commands:
  summary [FILE|DIR|GLOB|-]...   count the sockets of netstat/ss dumps (per state, port, host, process)
  check [FILE|DIR|GLOB|-]...     report the diagnostics of dumps and sysctl files; exit 1 on findings
  explain STATE|KEY              explain a TCP state or a sysctl key
  compare BASE OTHER             what changed between two dumps (or two outputs of one paste) or two sysctl files
  timeline FILE|-                read a series of snapshots (date; ss -s in a loop, watch) as a timeline

Options for every command:
  --lang en|zh-cn   language of the output (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help        help for a command: netstat-insight <command> --help
  -V, --version     print the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or I/O error
(2 wins; the other files are still processed and reported).`,
    zh: `用法：netstat-insight <命令> [选项]

在命令行上使用 Netstat & Sysctl Insight 编辑器扩展的判断。

命令：
  summary [文件|目录|通配符|-]...   统计 netstat/ss 输出中的 socket（按状态、端口、主机、进程）
  check [文件|目录|通配符|-]...     报告 socket 输出和 sysctl 文件的诊断；有问题时退出码为 1
  explain 状态|参数                 讲解一个 TCP 状态或一个 sysctl 参数
  compare BASE OTHER                对比两份 socket 输出（或同一段粘贴中的两次输出）或两份 sysctl 文件的变化
  timeline 文件|-                  把一系列快照（循环执行的 date; ss -s、watch 输出）读成时间线

所有命令通用的选项：
  --lang en|zh-cn   输出语言（默认取 LC_ALL、LC_MESSAGES 或 LANG）
  -h, --help        某个命令的帮助：netstat-insight <命令> --help
  -V, --version     显示版本号

退出码：0 没有达到 --fail-on 级别的问题，1 有达到该级别的问题，2 用法错误或读写错误
（同时出现时取 2；其余文件照常处理并输出结果）。`,
  },
  summary: {
    en: `Usage: netstat-insight summary [FILE|DIR|GLOB|-]... [options]

Counts the TCP sockets of netstat, ss, /proc/net/tcp, lsof and Windows/BSD netstat output: per state,
local port, remote host and process, the same counts as the editor's State Summary panel.
A directory is read recursively; each file's kind is decided by its name and content, as in the editor,
and files found in directories that are neither socket dumps nor sysctl files are skipped.
"-" (or no argument, when input is piped) reads standard input. A GLOB such as 'dumps/**/*.txt' is
expanded by the tool itself (quote it).

Options:
  --format text|json|ndjson|markdown   output format (default text); ndjson writes one line per file
  --jobs N                             files analysed in parallel on N threads (default 1)
  --lang en|zh-cn                      language of the output
  -h, --help                           this help

Exit codes: 0 done, 2 usage or I/O error (the other files are still reported).
JSON fields: see docs/cli.md.`,
    zh: `用法：netstat-insight summary [文件|目录|通配符|-]... [选项]

统计 netstat、ss、/proc/net/tcp、lsof 以及 Windows/BSD netstat 输出中的 TCP socket：
按状态、本地端口、远端主机和进程计数，与编辑器“状态汇总”面板的结果一致。
目录会递归读取；每个文件的类型按文件名和内容判断，与编辑器相同；
目录里既不是 socket 输出也不是 sysctl 文件的，直接跳过。
“-”（或不带参数且输入来自管道时）读取标准输入。'dumps/**/*.txt' 这样的通配符由工具自己展开（请加引号）。

选项：
  --format text|json|ndjson|markdown   输出格式（默认 text）；ndjson 每个文件输出一行
  --jobs N                             用 N 个线程并行分析文件（默认 1）
  --lang en|zh-cn                      输出语言
  -h, --help                           显示本帮助

退出码：0 完成，2 用法错误或读写错误（其余文件照常输出）。
JSON 字段说明见 docs/cli.md。`,
  },
  check: {
    en: `Usage: netstat-insight check [FILE|DIR|GLOB|-]... [options]

Reports what the editor's diagnostics report: sysctl files (unknown, removed or misspelt keys, values the
kernel rejects, risky values…) and socket dumps (CLOSE_WAIT leaks, SYN floods, full queues…).
Directories are read recursively, files are recognised as in the editor, "-" reads standard input.

Options:
  --format text|json|sarif     output format (default text); sarif is SARIF 2.1.0 for code scanning
  --fail-on error|warning|information|hint|never
                               lowest severity that makes the exit code 1 (default error)
  --kernel VERSION|DISTRO      kernel the sysctl files are meant for: 5.15, or rhel8, ubuntu-22.04, debian-12…
                               (default: the newest catalogued kernel)
  --sysctl FILE                sysctl settings of the machine the dumps come from (repeatable): dump rules use
                               its port range and limits
  --jobs N                     files analysed in parallel on N threads (default 1)
  --lang en|zh-cn              language of the messages
  -h, --help                   this help

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage or I/O error
(2 wins; the other files are still checked and reported).`,
    zh: `用法：netstat-insight check [文件|目录|通配符|-]... [选项]

给出与编辑器诊断相同的结果：sysctl 文件（参数不存在、已移除或拼错，内核会拒绝的值，有风险的值……）
和 socket 输出（CLOSE_WAIT 泄漏、SYN 洪泛、队列满……）。
目录会递归读取，文件类型的判断与编辑器相同，“-”读取标准输入。

选项：
  --format text|json|sarif     输出格式（默认 text）；sarif 为 SARIF 2.1.0，可供代码扫描使用
  --fail-on error|warning|information|hint|never
                               达到哪个级别的问题时退出码为 1（默认 error）
  --kernel VERSION|DISTRO      sysctl 文件面向的内核：版本号如 5.15，或发行版如 rhel8、ubuntu-22.04、debian-12…
                               （默认为已收录的最新内核）
  --sysctl FILE                采集输出的那台机器的 sysctl 配置（可重复）：
                               socket 输出的规则会用到其中的端口范围和各项上限
  --jobs N                     用 N 个线程并行分析文件（默认 1）
  --lang en|zh-cn              消息语言
  -h, --help                   显示本帮助

退出码：0 没有达到 --fail-on 级别的问题，1 有达到该级别的问题，2 用法错误或读写错误
（同时出现时取 2；其余文件照常检查并输出结果）。`,
  },
  explain: {
    en: `Usage: netstat-insight explain STATE|KEY [--lang en|zh-cn]

Explains a TCP state (CLOSE_WAIT, TIME-WAIT, ESTAB…, as any tool spells it) or a sysctl key
(net.ipv4.tcp_fin_timeout, net/ipv4/tcp_fin_timeout, net.ipv4.conf.eth0.rp_filter) — the editor's full hover,
as Markdown.

Exit codes: 0 explained, 2 usage error or nothing known about the topic.`,
    zh: `用法：netstat-insight explain 状态|参数 [--lang en|zh-cn]

讲解一个 TCP 状态（CLOSE_WAIT、TIME-WAIT、ESTAB……，各工具的写法都认）或一个 sysctl 参数
（net.ipv4.tcp_fin_timeout、net/ipv4/tcp_fin_timeout、net.ipv4.conf.eth0.rp_filter），
内容即编辑器中的完整悬停说明，以 Markdown 输出。

退出码：0 已讲解，2 用法错误或没有关于该主题的资料。`,
  },
  compare: {
    en: `Usage: netstat-insight compare BASE OTHER [options]

What changed from BASE to OTHER, as the editor's compare view shows it:
- two socket dumps (ss, netstat, /proc/net/tcp, lsof…): sockets per TCP state, listeners that came and
  went, the ports, peers and processes that moved most, and netstat -s / ss -s counters — per second
  when both sides carry the output of date (e.g. pasted as \`date; netstat -s\`);
- two sysctl files or \`sysctl -a\` captures: keys whose value changed, keys added and keys removed.
Either input may be "-" (standard input). To compare two outputs of one pasted session, name the file
twice and say where each output starts.

Options:
  --base-line N      BASE is the output of a paste that starts at line N (its prompt line)
  --other-line N     the same for OTHER
  --format text|json output format (default text)
  --lang en|zh-cn    language of the output
  -h, --help         this help

Exit codes: 0 compared, 2 usage or I/O error, or the two inputs cannot be compared.`,
    zh: `用法：netstat-insight compare BASE OTHER [选项]

从 BASE 到 OTHER 有哪些变化，与编辑器中的对比视图一致：
- 两份 socket 输出（ss、netstat、/proc/net/tcp、lsof……）：各 TCP 状态的 socket 数、新增和消失的监听、
  变化最大的端口、对端和进程，以及 netstat -s / ss -s 计数器——两边都带有 date 输出时
  （例如粘贴的是 \`date; netstat -s\`）还给出每秒变化量；
- 两份 sysctl 文件或 \`sysctl -a\` 输出：值有变化的参数、新增的参数和缺少的参数。
任一输入都可以是“-”（标准输入）。要对比同一段粘贴中的两次输出，把同一个文件写两遍，
并指明每次输出从哪一行开始。

选项：
  --base-line N      BASE 取粘贴中从第 N 行（提示符所在行）开始的那次输出
  --other-line N     OTHER 同理
  --format text|json 输出格式（默认 text）
  --lang en|zh-cn    输出语言
  -h, --help         显示本帮助

退出码：0 已对比，2 用法错误、读写错误，或两个输入无法对比。`,
  },
  timeline: {
    en: `Usage: netstat-insight timeline FILE|- [--format text|json] [--lang en|zh-cn]

Reads a paste of several snapshots of the same output as a timeline: a \`while true; do date; ss -s; sleep 5; done\`
log, tables or \`netstat -s\` pasted one after another with \`date\` lines between them, \`watch\` output. Prints each
snapshot's time and TCP state counts, then the trends the editor reports (a CLOSE_WAIT count that only rises,
other states rising steadily, retransmissions between \`netstat -s\` snapshots).

Options:
  --format text|json   output format (default text); json holds the netstatInsight/timeline result
  --lang en|zh-cn      language of the output
  -h, --help           this help

Exit codes: 0 done (also when the file is no series), 2 usage or I/O error.`,
    zh: `用法：netstat-insight timeline 文件|- [--format text|json] [--lang en|zh-cn]

把同一输出的多次快照读成时间线：循环执行 \`while true; do date; ss -s; sleep 5; done\` 的日志、
中间夹着 \`date\` 行的多张表或多次 \`netstat -s\`、\`watch\` 的输出。逐个列出快照的时间和各 TCP 状态的数量，
再列出编辑器会报告的趋势（只涨不降的 CLOSE_WAIT、持续上涨的其他状态、\`netstat -s\` 快照之间的重传比例）。

选项：
  --format text|json   输出格式（默认 text）；json 即 netstatInsight/timeline 请求的结果
  --lang en|zh-cn      输出语言
  -h, --help           显示本帮助

退出码：0 完成（文件不是快照序列时也是 0），2 用法错误或读写错误。`,
  },
} satisfies Record<string, Localized>;

export const MESSAGES = {
  unknownCommand: { en: 'unknown command "{command}"', zh: '没有“{command}”这个命令' },
  missingCommand: { en: 'a command is needed: summary, check, explain, compare or timeline', zh: '需要指定命令：summary、check、explain、compare 或 timeline' },
  unknownOption: { en: 'unknown option {option} for "{command}"', zh: '命令“{command}”没有 {option} 这个选项' },
  missingValue: { en: 'option {option} needs a value', zh: '选项 {option} 需要一个值' },
  badValue: { en: 'option {option} does not accept "{value}"; use one of: {choices}', zh: '选项 {option} 不接受“{value}”，可选值：{choices}' },
  badJobs: { en: 'option --jobs needs a whole number from 1 to {max}, not "{value}"', zh: '选项 --jobs 需要 1 到 {max} 之间的整数，而不是“{value}”' },
  badKernel: { en: 'option --kernel needs a version such as 5.15 or 6.1.0-18-amd64, or a distribution such as rhel8 or ubuntu-22.04, not "{value}"', zh: '选项 --kernel 需要 5.15、6.1.0-18-amd64 这样的版本号，或 rhel8、ubuntu-22.04 这样的发行版名称，而不是“{value}”' },
  noInputs: { en: 'no input: name files, directories or "-" for standard input', zh: '没有输入：请给出文件、目录，或用“-”表示标准输入' },
  stdinTwice: { en: 'standard input ("-") can be read only once', zh: '标准输入（“-”）只能读取一次' },
  compareTwoInputs: { en: 'compare needs exactly two inputs: BASE and OTHER (at most one of them "-")', zh: 'compare 需要且只需要两个输入：BASE 和 OTHER（最多一个为“-”）' },
  badLine: { en: 'option {option} needs a line number from 1 on, not "{value}"', zh: '选项 {option} 需要从 1 开始的行号，而不是“{value}”' },
  timelineOneInput: { en: 'timeline needs exactly one FILE (or "-" for standard input)', zh: 'timeline 需要且只需要一个文件（或用“-”表示标准输入）' },
  explainOneTopic: { en: 'explain needs exactly one STATE or KEY', zh: 'explain 需要且只需要一个状态或参数' },
  unknownTopic: {
    en: '"{topic}" is neither a TCP state nor a sysctl key known to this version',
    zh: '“{topic}”既不是 TCP 状态，也不是本版本认识的 sysctl 参数',
  },
  notFound: { en: '{path}: no such file or directory', zh: '{path}：文件或目录不存在' },
  unreadable: { en: '{path}: cannot be read ({reason})', zh: '{path}：无法读取（{reason}）' },
  tooLarge: { en: '{path}: larger than {limit} MiB, not read', zh: '{path}：超过 {limit} MiB，未读取' },
  noGlobMatch: { en: '{pattern}: no file matches this pattern', zh: '{pattern}：没有文件匹配这个通配符' },
  notRegular: { en: '{path}: not a regular file, skipped', zh: '{path}：不是普通文件，已跳过' },
  symlinkLoop: { en: '{path}: a symbolic link back into a directory already read, skipped', zh: '{path}：符号链接指回已读取过的目录，已跳过' },
  sysctlNotSysctl: { en: '{path}: given with --sysctl but holds no sysctl settings', zh: '{path}：由 --sysctl 指定，但其中没有 sysctl 配置' },
  seeHelp: { en: "run 'netstat-insight {command}--help' for usage", zh: "用法见 'netstat-insight {command}--help'" },
  skippedNotDumps: {
    en: 'skipped {count} file(s) under directories that are not socket dumps',
    zh: '目录中有 {count} 个文件不是 socket 输出，已跳过',
  },
  skippedFiles: {
    en: 'skipped {count} file(s) under directories that are neither socket dumps nor sysctl files',
    zh: '目录中有 {count} 个文件既不是 socket 输出也不是 sysctl 文件，已跳过',
  },
} satisfies Record<string, Localized>;

/** Words of the text and Markdown reports. */
export const LABELS = {
  notADump: { en: 'not a socket dump', zh: '不是 socket 输出' },
  notRecognised: { en: 'neither a socket dump nor sysctl settings', zh: '既不是 socket 输出，也不是 sysctl 配置' },
  tcpSockets: { en: '{total} TCP sockets', zh: 'TCP socket 共 {total} 个' },
  states: { en: 'States', zh: '状态' },
  state: { en: 'State', zh: '状态' },
  count: { en: 'Count', zh: '数量' },
  localPorts: { en: 'Local ports', zh: '本地端口' },
  remoteHosts: { en: 'Remote hosts', zh: '远端主机' },
  processes: { en: 'Processes', zh: '进程' },
  listening: { en: 'listening', zh: '监听中' },
  unparsedLines: { en: '{count} lines not understood', zh: '{count} 行未能识别' },
  error: { en: 'error', zh: '错误' },
  noSeries: {
    en: 'no series: a timeline needs two or more snapshots of the same output (with date or watch lines between tables)',
    zh: '不是快照序列：时间线需要同一输出的两个或更多快照（表格之间要有 date 或 watch 的时间行）',
  },
  seriesHeading: { en: '{count} snapshots of {name}', zh: '{name} 共 {count} 个快照' },
  time: { en: 'Time', zh: '时间' },
  line: { en: 'line {line}', zh: '第 {line} 行' },
  trends: { en: 'Trends:', zh: '趋势：' },
  findings: {
    en: '{files} file(s) checked: {error} error(s), {warning} warning(s), {information} information, {hint} hint(s)',
    zh: '共检查 {files} 个文件：错误 {error} 个，警告 {warning} 个，信息 {information} 个，提示 {hint} 个',
  },
} satisfies Record<string, Localized>;

/** Words of the compare report. */
export const COMPARE_LABELS = {
  heading: { en: '{base} → {other}', zh: '{base} → {other}' },
  lines: { en: 'lines {from}–{to}', zh: '第 {from}–{to} 行' },
  seconds: { en: '{seconds} s apart', zh: '相隔 {seconds} 秒' },
  tcpSockets: { en: 'TCP sockets: {base} → {other} ({delta})', zh: 'TCP socket：{base} → {other}（{delta}）' },
  states: { en: 'States', zh: '状态' },
  unchanged: { en: 'no state changed', zh: '各状态数量均无变化' },
  listenersAdded: { en: 'Listeners added', zh: '新增监听' },
  listenersRemoved: { en: 'Listeners gone', zh: '消失的监听' },
  more: { en: '… and {count} more', zh: '……另有 {count} 个' },
  ports: { en: 'Local ports', zh: '本地端口' },
  hosts: { en: 'Remote hosts', zh: '远端主机' },
  processes: { en: 'Processes', zh: '进程' },
  counters: { en: 'Counters', zh: '计数器' },
  perSecond: { en: '{rate}/s', zh: '每秒 {rate}' },
  changed: { en: 'Changed ({count})', zh: '值有变化（{count} 个）' },
  added: { en: 'Added ({count})', zh: '新增（{count} 个）' },
  removed: { en: 'Removed ({count})', zh: '缺少（{count} 个）' },
  sameSysctl: { en: 'no key differs', zh: '所有参数均相同' },
} satisfies Record<string, Localized>;

/** Severity names as the text report prints them. */
export const SEVERITY_NAMES: readonly Localized[] = [
  { en: 'error', zh: '错误' },
  { en: 'warning', zh: '警告' },
  { en: 'information', zh: '信息' },
  { en: 'hint', zh: '提示' },
];
