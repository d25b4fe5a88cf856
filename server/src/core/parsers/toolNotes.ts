/**
 * The lines the extension's own capture writes above each command (`# host: …`, `# tool: …`, `# note: …`):
 * where the sockets were seen and what the tool said; they belong to no table.
 */
export const CAPTURE_NOTE_PREFIXES = ['# host: ', '# tool: ', '# note: '] as const;

/** Messages the tools print around their tables, e.g. netstat's note when not run as root. */
export function isToolNote(text: string): boolean {
  return (
    (text.charCodeAt(0) === 35 /* # */ && CAPTURE_NOTE_PREFIXES.some((prefix) => text.startsWith(prefix))) ||
    text.startsWith('(Not all processes could be identified') ||
    text.startsWith('(No info could be read for') ||
    text.startsWith('netstat: ') ||
    text.startsWith('error parsing /proc/net/') ||
    text.startsWith('ss: ') ||
    text.startsWith('Cannot open netlink socket') ||
    text.startsWith('RTNETLINK answers: ') ||
    text.startsWith('Failed to find cgroup2 mount') ||
    text.startsWith('The requested operation requires elevation') ||
    text.startsWith('请求的操作需要提升')
  );
}
