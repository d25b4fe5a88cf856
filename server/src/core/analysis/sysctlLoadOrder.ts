import type { ParsedSysctlFile } from '../model/sysctlFile';

/**
 * The order in which the two tools that apply sysctl files at boot read them, after procps-ng's
 * `sysctl --system` (src/sysctl.c, PreloadSystem) and systemd-sysctl (src/sysctl/sysctl.c, man
 * sysctl.d(5)):
 *
 * - both read `*.conf` from the directories below and order the files by name (strcmp), whatever
 *   directory holds them; a name found in an earlier directory hides the same name in later ones
 *   (/etc hides /run, which hides /usr/local/lib, then /usr/lib, then /lib), so an empty file or a
 *   link to /dev/null in /etc switches a vendor file off;
 * - procps then applies /etc/sysctl.conf, after every sysctl.d file;
 * - systemd-sysctl does not read /etc/sysctl.conf itself: distributions link it into /etc/sysctl.d
 *   as `99-sysctl.conf`, so it takes its place by that name and a file named after it wins.
 *
 * A workspace file is placed by the end of its path (`…/etc/sysctl.d/90-net.conf`,
 * `…/usr/lib/sysctl.d/50-default.conf`, `…/etc/sysctl.conf`). A file outside such a layout (a
 * repository's `sysctl.d/k8s.conf`, `tuning.sysctl`) is placed as if it were in /etc/sysctl.d under
 * its own name: that is where an administrator would copy it, and it keeps name order meaningful.
 */

export type SysctlTool = 'procps' | 'systemd';

/** The sysctl.d directories, the one read first first: a file there hides same-named files in the others. */
export const SYSCTL_D_DIRECTORIES: readonly string[] = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'];

export const ETC_SYSCTL_CONF = '/etc/sysctl.conf';

/** The name under which distributions link /etc/sysctl.conf into /etc/sysctl.d for systemd-sysctl. */
export const SYSTEMD_SYSCTL_CONF_LINK = '99-sysctl.conf';

/** Where a workspace file would sit on a machine. */
export interface SysctlFilePlace {
  /** `/etc/sysctl.d/90-net.conf`, `/etc/sysctl.conf`. */
  readonly systemPath: string;
  /** Index in SYSCTL_D_DIRECTORIES; -1 for /etc/sysctl.conf. */
  readonly directory: number;
  readonly name: string;
  /** True when the path did not show a layout and the file was placed in /etc/sysctl.d by its name. */
  readonly assumed: boolean;
}

/** One sysctl file of the workspace: its URI and its parse (which holds its `-key` glob exclusions). */
export interface WorkspaceSysctlFile {
  readonly uri: string;
  readonly file: ParsedSysctlFile;
  /** A link to /dev/null: read as empty, it hides the same name in later directories. */
  readonly linkToDevNull?: boolean;
}

/** A file in a tool's order, with where it sits. */
export interface OrderedSysctlFile extends WorkspaceSysctlFile {
  readonly place: SysctlFilePlace;
}

export interface SysctlLoadOrder {
  readonly tool: SysctlTool;
  /** The files the tool reads, first read first. */
  readonly files: readonly OrderedSysctlFile[];
  /** Files the tool does not read, by URI, with the file that hides them. */
  readonly hidden: ReadonlyMap<string, OrderedSysctlFile>;
}

/** The system path a workspace file stands for (see the module comment). */
export function placeOf(uri: string): SysctlFilePlace {
  const segments = pathSegments(uri);
  const name = segments[segments.length - 1] ?? '';
  const parent = segments[segments.length - 2];
  if (name === 'sysctl.conf') {
    return { systemPath: ETC_SYSCTL_CONF, directory: -1, name, assumed: parent !== 'etc' };
  }
  if (parent === 'sysctl.d') {
    const directory = directoryIndex(segments.slice(0, -2));
    if (directory !== undefined) {
      return { systemPath: `${SYSCTL_D_DIRECTORIES[directory]}/${name}`, directory, name, assumed: false };
    }
  }
  return { systemPath: `${SYSCTL_D_DIRECTORIES[0]}/${name}`, directory: 0, name, assumed: true };
}

/** Which sysctl.d directory the segments before `sysctl.d` end with. */
function directoryIndex(before: readonly string[]): number | undefined {
  const last = (count: number) => before.slice(-count).join('/');
  if (last(1) === 'etc') {
    return 0;
  }
  if (last(1) === 'run') {
    return 1;
  }
  if (last(3) === 'usr/local/lib') {
    return 2;
  }
  if (last(2) === 'usr/lib') {
    return 3;
  }
  return last(1) === 'lib' ? 4 : undefined;
}

/** The decoded path segments of a URI (`file:///w/etc/sysctl.d/a.conf` → ['w', 'etc', 'sysctl.d', 'a.conf']). */
function pathSegments(uri: string): string[] {
  const path = uri.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/**
 * The files one tool reads, in its order. `sysctl -a` snapshots are left out: they record what a
 * machine had, no tool applies them.
 */
export function loadOrder(files: readonly WorkspaceSysctlFile[], tool: SysctlTool): SysctlLoadOrder {
  const placed: OrderedSysctlFile[] = files.filter(({ file }) => !file.isSnapshot).map((entry) => ({ ...entry, place: placeOf(entry.uri) }));
  const hasLinkedConf = placed.some(({ place }) => place.directory === 0 && place.name === SYSTEMD_SYSCTL_CONF_LINK);
  const hidden = new Map<string, OrderedSysctlFile>();
  const byName = new Map<string, OrderedSysctlFile[]>();
  const sysctlConfs: OrderedSysctlFile[] = [];
  for (const entry of placed) {
    let place = entry.place;
    if (place.directory === -1) {
      if (tool === 'procps') {
        sysctlConfs.push(entry);
        continue;
      }
      if (hasLinkedConf) {
        // The workspace holds the link's own copy: systemd reads that one, not sysctl.conf.
        continue;
      }
      place = { ...place, directory: 0, name: SYSTEMD_SYSCTL_CONF_LINK };
    }
    const sameName = byName.get(place.name) ?? [];
    sameName.push({ ...entry, place });
    byName.set(place.name, sameName);
  }
  const read: OrderedSysctlFile[] = [];
  for (const sameName of byName.values()) {
    // The directory read first wins the name; two copies of one system path (two hosts' folders) are both read.
    const first = Math.min(...sameName.map(({ place }) => place.directory));
    const winners = sameName.filter(({ place }) => place.directory === first).sort((a, b) => byteOrder(a.uri, b.uri));
    for (const entry of sameName) {
      if (entry.place.directory !== first) {
        hidden.set(entry.uri, winners[0]);
      }
    }
    read.push(...winners.filter((entry) => !entry.linkToDevNull));
  }
  const ordered = read.sort((a, b) => byteOrder(a.place.name, b.place.name) || byteOrder(a.uri, b.uri));
  sysctlConfs.sort((a, b) => byteOrder(a.uri, b.uri));
  return { tool, files: [...ordered, ...sysctlConfs], hidden };
}

/** Both tools sort with strcmp: `99-a` before `99_a`, `B` before `a`, where localeCompare says the opposite. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Steps a caller lets glob matching take in all: hostile globs (`*a*a*a…b`) on long keys cost n·m each. */
export interface MatchBudget {
  steps: number;
}

/**
 * True when a glob key (`net.ipv4.conf.*.rp_filter`) matches a key: segment by segment, as glob(3)
 * matches a path, `*` and `?` never crossing a separator. With a budget, matching stops (false) once
 * it is spent, so a file of hostile globs costs a bounded amount, whatever its size.
 */
export function globMatches(globSegments: readonly string[], keySegments: readonly string[], budget?: MatchBudget): boolean {
  return globSegments.length === keySegments.length && globSegments.every((pattern, index) => wildcardMatch(pattern, keySegments[index], budget));
}

function wildcardMatch(pattern: string, text: string, budget: MatchBudget | undefined): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    if (budget && --budget.steps < 0) {
      return false;
    }
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = t;
    } else if (star >= 0) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') {
    p++;
  }
  return p === pattern.length;
}
