/**
 * What a capture runs on each platform: fixed argument vectors, never a shell line. The first command
 * whose tool is installed wins; on Linux, when none is, the kernel's own tables are read from /proc.
 */
export type CaptureKind = 'sockets' | 'statistics' | 'sysctl';

/** `ss` prints more per socket (timers, memory, TCP info); `netstat` is what many runbooks show; `proc` reads the kernel's tables. */
export type LinuxSocketTool = 'ss' | 'netstat' | 'proc';

export interface ToolCommand {
  readonly tool: string;
  readonly args: readonly string[];
  /** Arguments that make the tool print only its version; absent when it has none (macOS, Windows). */
  readonly versionArgs?: readonly string[];
}

const SS: ToolCommand = { tool: 'ss', args: ['-tanpoie'], versionArgs: ['-V'] };
const NET_TOOLS_NETSTAT: ToolCommand = { tool: 'netstat', args: ['-antp'], versionArgs: ['-V'] };

/** The commands to try for `kind`, best first; empty when this platform has no such tool. */
export function commandsFor(kind: CaptureKind, platform: NodeJS.Platform, linuxSocketTool: LinuxSocketTool = 'ss'): readonly ToolCommand[] {
  if (platform === 'win32') {
    // Windows netstat has no version option; `-o` adds the owning PID and needs no elevation (`-b` would).
    return kind === 'sockets' ? [{ tool: 'netstat', args: ['-ano'] }] : kind === 'statistics' ? [{ tool: 'netstat', args: ['-s'] }] : [];
  }
  if (platform !== 'linux') {
    // macOS and the BSDs: `-v` adds the owning process, their sysctl and netstat print no version.
    return kind === 'sockets' ? [{ tool: 'netstat', args: ['-anv'] }] : kind === 'statistics' ? [{ tool: 'netstat', args: ['-s'] }] : [{ tool: 'sysctl', args: ['-a'] }];
  }
  switch (kind) {
    case 'sockets':
      return linuxSocketTool === 'proc' ? [] : linuxSocketTool === 'netstat' ? [NET_TOOLS_NETSTAT, SS] : [SS, NET_TOOLS_NETSTAT];
    case 'statistics':
      return [{ tool: 'netstat', args: ['-s'], versionArgs: ['-V'] }];
    case 'sysctl':
      return [{ tool: 'sysctl', args: ['-a'], versionArgs: ['-V'] }];
  }
}

/**
 * The /proc files holding what the tools of `kind` would print, read when no tool is installed (slim
 * containers have neither iproute2 nor net-tools). The extension reads both formats as they are.
 */
export function procFilesFor(kind: CaptureKind, platform: NodeJS.Platform): readonly string[] {
  if (platform !== 'linux') {
    return [];
  }
  switch (kind) {
    case 'sockets':
      return ['/proc/net/tcp', '/proc/net/tcp6'];
    case 'statistics':
      return ['/proc/net/snmp', '/proc/net/netstat'];
    case 'sysctl':
      return [];
  }
}

/** The editor language a capture of `kind` opens in. */
export function languageOf(kind: CaptureKind): 'netstat' | 'sysctl' {
  return kind === 'sysctl' ? 'sysctl' : 'netstat';
}

/** Whether the command names processes, which needs privileges over other users' processes. */
export function namesProcesses(command: ToolCommand, platform: NodeJS.Platform): boolean {
  return platform === 'linux' && command.args.some((arg) => arg.startsWith('-') && !arg.startsWith('--') && arg.includes('p'));
}
