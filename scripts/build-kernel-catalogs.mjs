#!/usr/bin/env node
/**
 * Builds server/src/core/knowledge/kernels/catalogs.json: which sysctl keys each mainline kernel
 * of a fixed list defines, with their file mode, the default where the source gives it as a plain
 * number, and whether a new network namespace copies the host's value.
 *
 *   node scripts/build-kernel-catalogs.mjs SOURCES.json [--out FILE] [--report FILE] [--handlers FILE] [--namespaces FILE]
 *
 * `--handlers FILE` also writes, for the newest version, each key's integer handler and the bounds
 * it enforces (`extra1`/`extra2` when they are include/linux/sysctl.h's shared values or point at a
 * same-file `static int` set to a literal); test/unit/sysctlHandlerRanges.test.ts compares the
 * documented ranges and units with it (server/src/core/knowledge/kernels/handlers.json).
 *
 * `--namespaces FILE` also writes, for the newest version, whether each key has a value per network
 * namespace, only in the initial one, one shared value, or a value per IPC/UTS/user/PID namespace
 * (see "namespaces" below; the reasoning of each key goes to `--report`);
 * test/unit/sysctlNamespaces.test.ts compares the documented flags with it
 * (server/src/core/knowledge/kernels/namespaces.json).
 *
 * SOURCES.json is a list of `{ "version": "5.10", "path": DIR, "rev"?: GITREV, "provenance": TEXT }`
 * (or `{ "vendor": "rhel8", … }` for a vendor tree whose extra keys are recorded separately).
 * `path` is an unpacked source tree, or a git directory when `rev` is given (read with `git grep`
 * and `git cat-file`, nothing is checked out). `patchedBy: "debian"` marks a distribution's source
 * package used for a mainline release (its own patches' keys and defaults are left out). The
 * sources are not needed by `npm test`.
 *
 * The committed catalogs were built from Debian's linux-source-5.10, -6.1 and -6.12 packages
 * (`apt-get download`, then the tarball unpacked) and from GitHub snapshots of single releases for
 * 3.10, 4.18, 5.4, 5.14, 5.15, 6.8 and 6.18, plus the RHEL 7, 8 and 9 and Ubuntu 20.04, 22.04 and 24.04
 * kernel trees for their vendor keys; `sources` and `vendorSources` in the output name each tree and commit.
 *
 * How keys are found (a linear scan of each C file, no full preprocessor):
 * - every `struct ctl_table NAME[] = { … }` (or a `.NAME = { … }` field declared as a ctl_table
 *   array inside a struct, as 3.10's devinet and neighbour templates are) is read entry by entry:
 *   `.procname` (a literal, or a `char name[] = "…"` constant), `.mode`, `.data`, `.child`; an entry written as a macro call takes its first
 *   string literal as the name (mode 0444 when the macro name says RO, else 0644);
 * - a table gets its directory from `register_net_sysctl[_sz](net, "dir", t)`,
 *   `register_sysctl[_init|_sz]("dir", t)`, `register_sysctl_paths(path, t)` /
 *   `register_net_sysctl_table(net, path, t)` with a `struct ctl_path` list, or
 *   `register_sysctl_table(t)` with nested `.child` tables; `t` may be a copy
 *   (`x = kmemdup(table, …)`), followed back to the table in the same file;
 * - per-interface templates (net.ipv4.conf.<iface>, net.ipv6.conf.<iface>, neigh.<iface>,
 *   net.mpls.conf.<iface>) and tables registered through a pointer (3.10 conntrack protocols)
 *   come from PATH_OVERRIDES below, since their directory is built at run time.
 * Conditional compilation: `#if 0` regions are skipped; otherwise every branch counts (a key behind
 * any CONFIG_ option or of any architecture is in), except that an entry named differently per
 * `#ifdef` branch takes, for each registration, the name of the registration's own branch.
 * Limits: test modules are skipped, a name built by macro pasting is missed, and a
 * default is recorded only when a key shown by an integer handler has its variable or per-namespace
 * field set to a plain integer (or a brace list of them) outside `#if` blocks. Stable point
 * releases (5.4.273, 5.10.223, …) carry what their stable branch backported or removed (DECnet
 * left 5.4.y and 5.10.y before 6.1 dropped it), and the catalogs say what those trees define.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The catalogs, oldest first; the extension's `netstatInsight.kernelVersion` names these. */
const VERSIONS = ['3.10', '4.18', '5.4', '5.10', '5.14', '5.15', '6.1', '6.8', '6.12', '6.18'];

const SKIPPED_FILES = [/^tools\//, /^samples\//, /^Documentation\//, /^lib\/test_sysctl\.c$/, /^kernel\/sysctl-test\.c$/, /^scripts\//];

/** Directories decided at run time, by file and table (or `*` for every unregistered table of the file). */
const PATH_OVERRIDES = [
  { file: 'net/ipv4/devinet.c', table: 'devinet_vars', paths: ['net/ipv4/conf/<iface>'] },
  { file: 'net/ipv6/addrconf.c', table: 'addrconf_vars', paths: ['net/ipv6/conf/<iface>'] },
  { file: 'net/ipv6/addrconf.c', table: 'addrconf_sysctl', paths: ['net/ipv6/conf/<iface>'] },
  { file: 'net/core/neighbour.c', table: 'neigh_vars', paths: ['net/ipv4/neigh/<iface>', 'net/ipv6/neigh/<iface>'] },
  { file: 'net/mpls/af_mpls.c', table: 'mpls_dev_table', paths: ['net/mpls/conf/<iface>'] },
  { file: 'net/ipv6/icmp.c', table: 'ipv6_icmp_table_template', paths: ['net/ipv6/icmp'] },
  { file: 'net/ipv6/route.c', table: 'ipv6_route_table_template', paths: ['net/ipv6/route'] },
  { file: 'net/netfilter/nf_conntrack_proto_*', table: '*', paths: ['net/netfilter'], compat: 'net/ipv4/netfilter' },
  { file: 'net/netfilter/nf_conntrack_proto.c', table: '*', paths: ['net/netfilter'] },
  { file: 'net/ipv4/netfilter/nf_conntrack_proto_*', table: '*', paths: ['net/netfilter'], compat: 'net/ipv4/netfilter' },
  { file: 'net/ipv6/netfilter/nf_conntrack_proto_*', table: '*', paths: ['net/netfilter'] },
  { file: 'net/ipv4/netfilter/nf_conntrack_l3proto_ipv4.c', table: 'ip_ct_sysctl_table', paths: ['net/ipv4/netfilter'] },
];

/**
 * Keys named at run time: nf_log has one entry per protocol family, named by its number (0 to
 * NFPROTO_NUMPROTO - 1; 11 families on current kernels, taken for every version).
 */
const RUN_TIME_KEYS = [{ file: 'net/netfilter/nf_log.c', keys: Array.from({ length: 11 }, (_, family) => `net.netfilter.nf_log.${family}`) }];

/** Keys that distribution patches add to their source packages, left out of the mainline catalogs. */
const VENDOR_PATCH_KEYS = new Map([['debian', ['kernel.unprivileged_userns_clone']]]);

/** Defaults that distribution patches change (Debian hardens links and perf events): not read from those trees. */
const VENDOR_PATCH_DEFAULTS = new Map([['debian', ['fs.protected_hardlinks', 'fs.protected_symlinks', 'kernel.perf_event_paranoid']]]);

const OUT_DEFAULT = 'server/src/core/knowledge/kernels/catalogs.json';

function main() {
  const args = process.argv.slice(2);
  const sourcesFile = args.find((arg) => !arg.startsWith('--') && !isOptionValue(args, arg));
  if (!sourcesFile) {
    console.error('usage: node scripts/build-kernel-catalogs.mjs SOURCES.json [--out FILE] [--report FILE] [--handlers FILE] [--namespaces FILE]');
    process.exit(2);
  }
  const out = optionValue(args, '--out') ?? OUT_DEFAULT;
  const reportFile = optionValue(args, '--report');
  const handlersFile = optionValue(args, '--handlers');
  const namespacesFile = optionValue(args, '--namespaces');
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8'));
  const scans = new Map();
  const vendorScans = new Map();
  const report = [];
  for (const source of sources) {
    const started = Date.now();
    const scan = scanTree(source);
    report.push(`${source.version ?? source.vendor}: ${scan.keys.size} keys from ${scan.files} files, ${scan.unresolved.length} tables without a directory (${Math.round((Date.now() - started) / 1000)} s)`);
    report.push(...scan.unresolved.map((entry) => `  unresolved ${entry}`));
    if (source.vendor) {
      vendorScans.set(source.vendor, { source, scan });
    } else {
      scans.set(source.version, { source, scan });
    }
  }
  const catalog = buildCatalog(scans, vendorScans);
  writeFileSync(out, `${JSON.stringify(catalog)}\n`);
  report.push(`wrote ${out}: ${Object.keys(catalog.keys).length} keys over ${catalog.versions.length} versions`);
  for (const [index, version] of catalog.versions.entries()) {
    report.push(`  ${version}: ${Object.values(catalog.keys).filter((mask) => mask & (1 << index)).length} keys`);
  }
  if (handlersFile) {
    const handlers = buildHandlers(scans);
    writeFileSync(handlersFile, `${JSON.stringify(handlers, null, 0).replace(/\],"/g, '],\n"')}\n`);
    report.push(`wrote ${handlersFile}: ${Object.keys(handlers.handlers).length} keys of ${handlers.version} with a standard integer handler`);
  }
  if (namespacesFile) {
    const reasons = [];
    const namespaces = buildNamespaces(scans, reasons);
    writeFileSync(namespacesFile, `${JSON.stringify(namespaces).replace(/\],"/g, '],\n"')}\n`);
    const counts = new Map();
    for (const [kind] of Object.values(namespaces.namespaces)) {
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    report.push(`wrote ${namespacesFile}: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ')} (${namespaces.version})`, ...reasons);
  }
  if (reportFile) {
    writeFileSync(reportFile, `${report.join('\n')}\n`);
  }
  console.log(report.filter((line) => !/^ {2}(?:unresolved|namespace) /.test(line)).join('\n'));
}

function optionValue(args, name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function isOptionValue(args, arg) {
  const index = args.indexOf(arg);
  return index > 0 && args[index - 1].startsWith('--');
}

// ---------------------------------------------------------------- reading a tree

/** The C files that mention sysctl tables or copy the initial namespace's values, as [path, text]. */
function readSysctlFiles(source) {
  const wanted = (path) => (path.endsWith('.c') || path.endsWith('.h')) && !SKIPPED_FILES.some((pattern) => pattern.test(path));
  if (source.rev) {
    // A fetched snapshot may lack its biggest blobs (generated register headers): git grep names them on stderr.
    const listing = execFileSync('git', ['-C', source.path, 'grep', '-l', '-E', 'ctl_table|register_sysctl|init_net\\.', source.rev, '--', '*.c', '*.h'], {
      maxBuffer: 64 << 20,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const paths = listing.split('\n').filter(Boolean).map((line) => line.slice(source.rev.length + 1)).filter(wanted);
    const batch = spawnSync('git', ['-C', source.path, 'cat-file', '--batch'], { input: paths.map((path) => `${source.rev}:${path}\n`).join(''), maxBuffer: 1 << 30 });
    return splitCatFileBatch(batch.stdout, paths);
  }
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && wanted(relative(source.path, full))) {
        const text = readFileSync(full, 'latin1');
        if (text.includes('ctl_table') || text.includes('register_sysctl') || text.includes('init_net.')) {
          files.push([relative(source.path, full), text]);
        }
      }
    }
  };
  walk(source.path);
  // In path order, as git lists them, so a key found twice resolves the same way on every machine.
  return files.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function splitCatFileBatch(buffer, paths) {
  const files = [];
  let offset = 0;
  for (const path of paths) {
    const headerEnd = buffer.indexOf(10, offset);
    const header = buffer.toString('latin1', offset, headerEnd).split(' ');
    if (header[1] === 'missing') {
      offset = headerEnd + 1;
      continue;
    }
    const size = Number(header[2]);
    files.push([path, buffer.toString('latin1', headerEnd + 1, headerEnd + 1 + size)]);
    offset = headerEnd + 1 + size + 1;
  }
  return files;
}

// ---------------------------------------------------------------- scanning C

/**
 * Comments, preprocessor lines and `#if 0` regions blanked out (string literals kept), same length
 * as the input. An `#if 0` region ends at its own `#else`, `#elif` or `#endif` (nested `#if`s counted).
 */
function stripCode(text) {
  const out = [];
  let index = 0;
  let lineStart = true;
  // Depth of `#if` inside the `#if 0` region being skipped, 0 when not skipping.
  let disabledDepth = 0;
  while (index < text.length) {
    const char = text[index];
    if (lineStart && /[ \t]/.test(char)) {
      out.push(char);
      index++;
      continue;
    }
    if (lineStart && char === '#') {
      // A directive, with its backslash continuations.
      const start = index;
      while (index < text.length && !(text[index] === '\n' && text[index - 1] !== '\\')) {
        out.push(text[index] === '\n' ? '\n' : ' ');
        index++;
      }
      disabledDepth = nextDisabledDepth(disabledDepth, /^#\s*(\w+)\s*(\S*)/.exec(text.slice(start, Math.min(index, start + 80))));
      continue;
    }
    if (disabledDepth > 0) {
      out.push(char === '\n' ? '\n' : ' ');
      lineStart = char === '\n';
      index++;
      continue;
    }
    lineStart = false;
    if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; index < stop; index++) {
        out.push(text[index] === '\n' ? '\n' : ' ');
      }
      continue;
    }
    if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') {
        out.push(' ');
        index++;
      }
      continue;
    }
    if (char === '"' || char === "'") {
      out.push(char);
      index++;
      while (index < text.length && text[index] !== char && text[index] !== '\n') {
        if (text[index] === '\\') {
          out.push(text[index++]);
        }
        out.push(text[index++] ?? '');
      }
      if (index < text.length) {
        out.push(text[index++]);
      }
      continue;
    }
    if (char === '\n') {
      lineStart = true;
    }
    out.push(char);
    index++;
  }
  return out.join('');
}

/** The `#if 0` nesting after a directive ([, name, first word]), 0 when code is live again. */
function nextDisabledDepth(depth, directive) {
  const [, name, argument] = directive ?? [];
  if (depth === 0) {
    return name === 'if' && /^0\b/.test(argument ?? '') ? 1 : 0;
  }
  if (name?.startsWith('if')) {
    return depth + 1;
  }
  if (name === 'endif' || ((name === 'else' || name === 'elif') && depth === 1)) {
    return depth - 1;
  }
  return depth;
}

/** Index just after the bracket closing the one at `open` (strings skipped), or the text's end. */
function matchBracket(code, open) {
  const opening = code[open];
  const closing = opening === '{' ? '}' : opening === '(' ? ')' : ']';
  let depth = 0;
  for (let index = open; index < code.length; index++) {
    const char = code[index];
    if (char === '"') {
      index = code.indexOf('"', index + 1);
      while (index > 0 && code[index - 1] === '\\') {
        index = code.indexOf('"', index + 1);
      }
      if (index < 0) {
        return code.length;
      }
    } else if (char === opening) {
      depth++;
    } else if (char === closing && --depth === 0) {
      return index + 1;
    }
  }
  return code.length;
}

/** Splits `inner` on commas at bracket depth 0. */
function splitTopLevel(inner) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index];
    if (char === '"') {
      index = inner.indexOf('"', index + 1);
      while (index > 0 && inner[index - 1] === '\\') {
        index = inner.indexOf('"', index + 1);
      }
      if (index < 0) {
        break;
      }
    } else if (char === '{' || char === '(' || char === '[') {
      depth++;
    } else if (char === '}' || char === ')' || char === ']') {
      depth--;
    } else if (char === ',' && depth === 0) {
      parts.push(inner.slice(start, index).trim());
      start = index + 1;
    }
  }
  parts.push(inner.slice(start).trim());
  return parts.filter(Boolean);
}

function firstStringLiteral(text) {
  const match = /"((?:[^"\\]|\\.)*)"/.exec(text);
  return match ? match[1] : undefined;
}

function fieldOf(entry, name) {
  const match = new RegExp(`\\.${name}\\s*=\\s*`).exec(entry);
  if (!match) {
    return undefined;
  }
  const start = match.index + match[0].length;
  const parts = splitTopLevel(entry.slice(start));
  return parts[0];
}

/**
 * The entries of one table body `{ … }` found at `bodyOffset`. An entry naming itself once per
 * branch of an `#if` (6.18's vdso_table: "vsyscall32" on x86_64, "vdso_enabled" on x86_32)
 * keeps every name with its branches, for the registration to choose from.
 */
function parseTableBody(body, stringConstants, bodyOffset = 0, branchesAt = () => NO_BRANCHES, macros = new Map()) {
  const entries = [];
  let cursor = 0;
  for (const [position, rawPart] of splitTopLevel(body.slice(1, -1)).entries()) {
    const partStart = body.indexOf(rawPart, cursor);
    cursor = partStart + rawPart.length;
    const part = rawPart.replace(/^\[[^\]]*\]\s*=\s*/, '');
    const label = /^\[\s*(\w+)\s*\]\s*=/.exec(rawPart)?.[1];
    if (part.startsWith('{')) {
      const inner = part.slice(1, part.lastIndexOf('}'));
      const procnameOf = (procnameText) => (procnameText?.startsWith('"') ? firstStringLiteral(procnameText) : stringConstants.get(procnameText ?? ''));
      const procname = procnameOf(fieldOf(inner, 'procname'));
      if (!procname) {
        continue;
      }
      const namings = [...rawPart.matchAll(/\.procname\s*=\s*/g)].map((match) => ({
        procname: procnameOf(splitTopLevel(rawPart.slice(match.index + match[0].length))[0]?.replace(/\s*\}$/, '')),
        branches: branchesAt(bodyOffset + partStart + match.index),
      }));
      entries.push({
        procname,
        ...(namings.length > 1 ? { namings } : {}),
        mode: modeOf(fieldOf(inner, 'mode'), stringConstants),
        data: fieldOf(inner, 'data'),
        child: fieldOf(inner, 'child')?.replace(/^&/, ''),
        handler: fieldOf(inner, 'proc_handler'),
        extra1: fieldOf(inner, 'extra1'),
        extra2: fieldOf(inner, 'extra2'),
        position,
        label,
      });
    } else {
      const macro = /^([A-Z_][A-Z0-9_]*)\s*\(/.exec(part);
      const procname = macro ? firstStringLiteral(part) : undefined;
      if (procname) {
        const expanded = expandEntryMacro(part, macros);
        entries.push({
          procname,
          mode: /(^|_)RO(_|$)/.test(macro[1]) ? '0444' : '0644',
          ...(expanded ? { handler: fieldOf(expanded, 'proc_handler'), extra1: fieldOf(expanded, 'extra1'), extra2: fieldOf(expanded, 'extra2') } : {}),
          // Kept apart from `data`, which gives defaults: only the namespace check reads where a macro entry points.
          macroData: expanded ? fieldOf(expanded, 'data') : undefined,
          position,
          label,
        });
      }
    }
  }
  return entries;
}

/**
 * The text of an entry written as a macro call (`NEIGH_SYSCTL_JIFFIES_ENTRY(GC_STALETIME, "gc_stale_time")`),
 * expanded with the file's function-like macros until it is a brace initialiser, at most four levels
 * deep; undefined when a macro is not defined in the file. Only its fields are read, not its names.
 */
function expandEntryMacro(call, macros, depth = 0) {
  const text = call.trim();
  if (text.startsWith('[')) {
    return expandEntryMacro(text.replace(/^\[[^\]]*\]\s*=\s*/, ''), macros, depth);
  }
  if (text.startsWith('{')) {
    return text;
  }
  const name = /^(\w+)\s*\(/.exec(text);
  const macro = name && macros.get(name[1]);
  if (!macro || depth >= 4) {
    return undefined;
  }
  const open = text.indexOf('(');
  const args = splitTopLevel(text.slice(open + 1, matchBracket(text, open) - 1));
  const byParam = new Map(macro.params.map((param, index) => [param, args[index] ?? '']));
  const body = macro.body.replace(/\b\w+\b/g, (word) => byParam.get(word) ?? word);
  return expandEntryMacro(body, macros, depth + 1);
}

/** `0644`, or a macro defined as one in the file (NMI_WATCHDOG_SYSCTL_PERM); another expression counts as 0644. */
function modeOf(text, constants) {
  if (text === undefined) {
    return undefined;
  }
  return /^0[0-7]+/.exec(text)?.[0] ?? constants.get(text) ?? '0644';
}

/** No enclosing `#if`. */
const NO_BRANCHES = [];

/**
 * Per line, the branches of the `#if…#endif` blocks around it, outermost first, as
 * `{ condition, taken }`: `#ifdef X` and `#if defined(X)` give `X` taken, `#ifndef X` gives `X`
 * not taken, `#else` flips, another `#if` is its own condition, and `#elif` a branch of its own.
 */
function branchesByLine(text) {
  const lines = text.split('\n');
  const byLine = new Array(lines.length);
  let branches = NO_BRANCHES;
  for (const [index, line] of lines.entries()) {
    const [, name, argument = ''] = /^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b\s*(.*)$/.exec(line) ?? [];
    if (name === 'ifdef' || name === 'ifndef') {
      branches = [...branches, { condition: argument.trim().split(/\s/)[0], taken: name === 'ifdef' }];
    } else if (name === 'if') {
      const defined = /^(!?)\s*defined\s*\(?\s*(\w+)\s*\)?\s*$/.exec(argument.trim());
      branches = [...branches, defined ? { condition: defined[2], taken: defined[1] === '' } : { condition: argument.trim().replace(/\s+/g, ' '), taken: true }];
    } else if (name && branches.length > 0) {
      const innermost = branches.at(-1);
      if (name === 'endif') {
        branches = branches.slice(0, -1);
      } else {
        const taken = name === 'else' && typeof innermost.taken === 'boolean' ? !innermost.taken : `${name} line ${index}`;
        branches = [...branches.slice(0, -1), { condition: innermost.condition, taken }];
      }
    }
    byLine[index] = branches;
  }
  return byLine;
}

/** Whether code in both places can be built together: no condition taken one way in one and the other way in the other. */
function sameBuild(left, right) {
  return left.every((outer) => right.every((inner) => outer.condition !== inner.condition || outer.taken === inner.taken));
}

function scanFile(path, text) {
  const code = stripCode(text);
  const lineBranches = branchesByLine(text);
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    lineStarts.push(index + 1);
  }
  const branchesAt = (offset) => lineBranches[lineOf(text, offset, lineStarts)];
  const stringMacros = new Map();
  for (const match of text.matchAll(/^#\s*define\s+(\w+)\s+"([^"\n]*)"\s*$/gm)) {
    stringMacros.set(match[1], match[2]);
  }
  // A mode macro defined differently per build option (NMI_WATCHDOG_SYSCTL_PERM) is left to the 0644 default.
  for (const match of text.matchAll(/^#\s*define\s+(\w+)\s+\(?(0[0-7]{3})\)?\s*$/gm)) {
    stringMacros.set(match[1], stringMacros.has(match[1]) && stringMacros.get(match[1]) !== match[2] ? '0644' : match[2]);
  }
  // A name kept in a constant: `static const char ipv4_route_flush_procname[] = "flush";` (5.x and later).
  for (const match of code.matchAll(/\bchar\s+(\w+)\s*\[\s*\]\s*=\s*"([^"\n]*)"\s*;/g)) {
    stringMacros.set(match[1], match[2]);
  }
  // Function-like macros that write table entries (neighbour.c's NEIGH_SYSCTL_*_ENTRY, devinet.c's DEVINET_SYSCTL_*).
  const entryMacros = new Map();
  for (const match of text.matchAll(/^#\s*define\s+(\w+)\(([^)\n]*)\)[ \t]*((?:[^\n]*\\\n)*[^\n]*)/gm)) {
    entryMacros.set(match[1], { params: match[2].split(',').map((param) => param.trim()), body: match[3].replace(/\\\n/g, ' ') });
  }
  const arrayNames = new Set();
  // 3.10 still writes the typedef `ctl_table` without `struct`.
  for (const match of code.matchAll(/\bctl_table\s+(?:__\w+\s+)*(\w+)\s*\[/g)) {
    arrayNames.add(match[1]);
  }
  const tables = new Map();
  const pathLists = new Map();
  for (const match of code.matchAll(/(?:\b(?:struct\s+)?(ctl_table|ctl_path)\s+(?:__\w+\s+|const\s+)*(\w+)\s*\[[^\]]*\]|\.(\w+))\s*(?:__\w+\s*)*=\s*\{/g)) {
    const name = match[2] ?? match[3];
    if (match[3] && !arrayNames.has(name)) {
      continue;
    }
    const open = match.index + match[0].length - 1;
    const body = code.slice(open, matchBracket(code, open));
    if (match[1] === 'ctl_path') {
      pathLists.set(name, parseTableBody(body, stringMacros).map((entry) => entry.procname).join('/'));
    } else if (!tables.has(name)) {
      tables.set(name, parseTableBody(body, stringMacros, open, branchesAt, entryMacros));
    }
  }
  // A mode raised at run time when the hardware allows (watchdog_hardlockup_sysctl[0].mode = 0644 in 6.x).
  for (const match of code.matchAll(/\b(\w+)\[(\d+)\]\.mode\s*=\s*(0[0-7]+)\s*;/g)) {
    const entry = tables.get(match[1])?.[Number(match[2])];
    if (entry && isWritable(match[3])) {
      entry.mode = match[3];
    }
  }
  const copies = new Map();
  for (const match of code.matchAll(/\b(\w+(?:->\w+)?)\s*=\s*(?:kmemdup\s*\(\s*&?\s*)?(\w+)\b/g)) {
    if (tables.has(match[2]) && !tables.has(match[1])) {
      copies.set(match[1].replace(/^\w+->/, ''), match[2]);
    }
  }
  const registrations = [];
  for (const match of code.matchAll(/\b(register_net_sysctl(?:_sz|_table|_rotable)?|register_sysctl(?:_init|_sz|_paths|_table)?|__register_sysctl_init|__register_sysctl_table)\s*\(/g)) {
    const open = match.index + match[0].length - 1;
    const args = splitTopLevel(code.slice(open + 1, matchBracket(code, open) - 1));
    const kind = match[1];
    let pathArg;
    let tableArg;
    if (kind === 'register_sysctl_table') {
      [tableArg] = args;
      pathArg = '""';
    } else if (kind.startsWith('register_net_sysctl') || kind === '__register_sysctl_table') {
      [, pathArg, tableArg] = args;
    } else {
      [pathArg, tableArg] = args;
    }
    if (!pathArg || !tableArg) {
      continue;
    }
    const dir = pathArg.startsWith('"') ? firstStringLiteral(pathArg) : stringMacros.get(pathArg) ?? pathLists.get(pathArg.replace(/^&/, ''));
    const identifier = /(\w+)\s*$/.exec(tableArg.replace(/\[[^\]]*\]$/, ''))?.[1];
    const table = tables.has(identifier) ? identifier : copies.get(identifier);
    registrations.push({ dir, table, branches: branchesAt(match.index), call: `${kind}(${args.join(', ').slice(0, 80)})`, kind, args, offset: match.index, tableArg });
  }
  // 5.17 to 6.2: DECLARE_SYSCTL_BASE(kernel, kern_table) registers a base directory.
  for (const match of code.matchAll(/\bDECLARE_SYSCTL_BASE\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)/g)) {
    registrations.push({ dir: match[1], table: match[2], call: match[0] });
  }
  return { path, text, code, tables, copies, registrations, integerConstants: readIntegerConstants(text, code) };
}

/** include/linux/limits.h names a bound may be set to. */
const LIMIT_NAMES = [
  ['INT_MAX', 2147483647],
  ['UINT_MAX', 4294967295],
  ['U8_MAX', 255],
  ['U16_MAX', 65535],
  ['USHRT_MAX', 65535],
  ['S32_MAX', 2147483647],
];

/**
 * Integers a table's `extra1`/`extra2` may point at: `static int name = 42;` (or `= MACRO` defined as
 * a literal in the file, or a limits.h name), outside `#if` blocks, since a bound set per build is
 * not one fact. A name given two different values is left out, and so is a static without an
 * initialiser: init code may set it (i915's oa_sample_rate_hard_limit).
 */
function readIntegerConstants(text, code) {
  const literals = new Map(LIMIT_NAMES);
  for (const match of text.matchAll(/^#\s*define\s+(\w+)\s+\(?(-?\d+)[UL]*\)?[ \t]*$/gm)) {
    literals.set(match[1], Number(match[2]));
  }
  const inside = conditionalLines(text);
  const starts = [0];
  for (let index = code.indexOf('\n'); index >= 0; index = code.indexOf('\n', index + 1)) {
    starts.push(index + 1);
  }
  const constants = new Map();
  for (const match of code.matchAll(/^[ \t]*(?:static\s+)?(?:const\s+)?(?:unsigned\s+)?(?:int|long|u8|u32|s32)\s+(?:__\w+\s+)*(\w+)\s*(?:__\w+\s+)*=\s*\(?\s*(-?\w+)\s*\)?\s*;/gm)) {
    const value = /^-?\d+$/.test(match[2]) ? Number(match[2]) : literals.get(match[2]);
    if (value === undefined || inside[lineOf(code, match.index, starts)] !== 0) {
      continue;
    }
    constants.set(match[1], constants.has(match[1]) && constants.get(match[1]) !== value ? null : value);
  }
  return constants;
}

// ---------------------------------------------------------------- keys of a tree

function scanTree(source) {
  const files = readSysctlFiles(source).map(([path, text]) => scanFile(path, text));
  const keys = new Map();
  const unresolved = [];
  const dataOfKey = new Map();
  const handlerOfKey = new Map();
  // Before 6.x a base table (kernel/sysctl.c's kern_table) names as `.child` tables defined in other files.
  const definedIn = new Map();
  for (const file of files) {
    for (const tableName of file.tables.keys()) {
      definedIn.set(tableName, definedIn.has(tableName) ? null : file);
    }
  }
  const childTables = new Set(files.flatMap((file) => [...file.tables.values()].flatMap((entries) => entries.map((entry) => entry.child).filter(Boolean))));
  // `branches`: the `#if` branches of the registration, which choose among an entry's namings.
  // Where each key's entry is: its file, table and entry, and the registration that named its directory.
  const placeOfKey = new Map();
  const addTable = (file, tableName, dir, branches = NO_BRANCHES, seen = new Set(), registration = undefined) => {
    const home = file.tables.has(tableName) ? file : definedIn.get(tableName);
    const table = home?.tables.get(tableName);
    if (!table || seen.has(tableName)) {
      return;
    }
    seen.add(tableName);
    for (const entry of table) {
      const procname = entry.namings ? entry.namings.find((naming) => sameBuild(naming.branches, branches))?.procname : entry.procname;
      if (!procname) {
        continue;
      }
      const name = dir ? `${dir}/${procname}` : procname;
      if (entry.child) {
        addTable(home, entry.child, name, branches, seen, registration);
        continue;
      }
      if (!entry.mode || entry.mode === '0555') {
        continue;
      }
      const key = name.split('/').filter(Boolean).join('.');
      const known = keys.get(key);
      // Registered twice (kernel/watchdog.c: nmi_watchdog read-only when the build has no hard-lockup
      // detector): the writable form is the usual one.
      if (known && !isWritable(known.mode) && isWritable(entry.mode)) {
        known.mode = entry.mode;
      }
      if (!known) {
        keys.set(key, { mode: entry.mode, file: home.path });
        placeOfKey.set(key, { file: home, tableName, entry, registration });
        if (entry.handler) {
          handlerOfKey.set(key, { handler: entry.handler, extra1: entry.extra1, extra2: entry.extra2, constants: home.integerConstants });
        }
        if (entry.data && INTEGER_HANDLER.test(entry.handler ?? '')) {
          dataOfKey.set(key, entry.data);
        }
      }
    }
  };
  for (const file of files) {
    const registered = new Set();
    for (const registration of file.registrations) {
      if (registration.table && registration.dir !== undefined) {
        addTable(file, registration.table, registration.dir, registration.branches, new Set(), registration);
        registered.add(registration.table);
        markChildren(file, registration.table, registered);
      }
    }
    for (const [tableName, entries] of file.tables) {
      if (registered.has(tableName) || entries.length === 0) {
        continue;
      }
      const override = PATH_OVERRIDES.find((candidate) => fileMatches(candidate.file, file.path) && (candidate.table === tableName || candidate.table === '*'));
      if (override) {
        const paths = override.compat && /compat/.test(tableName) ? [override.compat] : override.paths;
        for (const dir of paths) {
          addTable(file, tableName, dir);
        }
        markChildren(file, tableName, registered);
      } else if (!childTables.has(tableName)) {
        unresolved.push(`${file.path}: ${tableName} (${entries.slice(0, 3).map((entry) => entry.procname).join(', ')})`);
      }
    }
  }
  for (const { file, keys: runTimeKeys } of RUN_TIME_KEYS) {
    if (files.some((candidate) => candidate.path === file)) {
      for (const key of runTimeKeys) {
        keys.set(key, { mode: '0644', file });
      }
    }
  }
  for (const key of VENDOR_PATCH_KEYS.get(source.patchedBy) ?? []) {
    keys.delete(key);
  }
  for (const key of VENDOR_PATCH_DEFAULTS.get(source.patchedBy) ?? []) {
    dataOfKey.delete(key);
  }
  const defaults = readDefaults(files, dataOfKey);
  const copiesHost = readNamespaceCopies(files, dataOfKey);
  return {
    keys,
    defaults,
    copiesHost,
    handlerOfKey,
    placeOfKey,
    unresolved,
    files: files.length,
    inheritsDevconf: keys.has('net.core.devconf_inherit_init_net'),
    // devconf_inherit_init_net = 3: copy from the namespace that creates the new one.
    devconfFromCreator: files.some((file) => file.path === 'net/ipv4/devinet.c' && /current->nsproxy->net_ns->ipv4\.devconf_all/.test(file.code)),
  };
}

function isWritable(mode) {
  return (Number.parseInt(mode, 8) & 0o222) !== 0;
}

function markChildren(file, tableName, registered) {
  for (const entry of file.tables.get(tableName) ?? []) {
    if (entry.child && !registered.has(entry.child)) {
      registered.add(entry.child);
      markChildren(file, entry.child, registered);
    }
  }
}

function fileMatches(pattern, path) {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;
}

/** What `.data` points at, as the name of a global or of a per-namespace field. */
function dataTarget(data) {
  const text = data.replace(/\s+/g, '');
  const field = /^&(?:init_net|net)(?:\.|->)([\w.]+)$/.exec(text) ?? /^&?(?:init_net|net)(?:\.|->)([\w.]+)$/.exec(text);
  if (field) {
    return { field: field[1] };
  }
  const global = /^&?(\w+)$/.exec(text);
  return global ? { global: global[1] } : undefined;
}

/** Keys whose handler reads a per-namespace field that `.data` does not name. */
const HANDLER_FIELDS = { 'net.ipv4.tcp_congestion_control': 'ipv4.tcp_congestion_control' };

/** Handlers that show `.data` as plain integers: only those keys get a default from the source. */
const INTEGER_HANDLER = /^&?proc_do(?:u?intvec|u8vec|ulongvec)\w*$/;

const PLAIN_VALUE = /^(?:-?\d+|\{\s*-?\d+(?:\s*,\s*-?\d+)*\s*\})$/;

/**
 * Per line, whether it sits inside `#if…#endif` (a header's include guard aside): a value set
 * there depends on the build, so it is not taken as the default.
 */
function conditionalLines(text) {
  const lines = text.split('\n');
  const inside = new Uint8Array(lines.length);
  let depth = 0;
  let guard = 0;
  for (const [index, line] of lines.entries()) {
    const directive = /^\s*#\s*(if|ifdef|ifndef|else|elif|endif)\b/.exec(line)?.[1];
    if (directive?.startsWith('if')) {
      depth++;
      if (depth === 1 && directive === 'ifndef' && /_H_*\s*$/.test(line)) {
        guard = 1;
      }
    } else if (directive === 'endif') {
      depth = Math.max(0, depth - 1);
    }
    inside[index] = depth - guard > 0 ? 1 : 0;
  }
  return inside;
}

function lineOf(text, offset, starts) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) {
      low = middle;
    } else {
      high = middle - 1;
    }
  }
  return low;
}

function readDefaults(files, dataOfKey) {
  const globals = new Map();
  const fields = new Map();
  for (const file of files) {
    const inside = conditionalLines(file.code.length === file.text.length ? file.text : file.code);
    const starts = [0];
    for (let index = file.code.indexOf('\n'); index >= 0; index = file.code.indexOf('\n', index + 1)) {
      starts.push(index + 1);
    }
    const unconditional = (match) => {
      const first = lineOf(file.code, match.index, starts);
      const last = lineOf(file.code, match.index + match[0].length, starts);
      return inside.subarray(first, last + 1).every((flag) => flag === 0) && !/^\s*#/.test(file.text.split('\n', last + 2)[last + 1] ?? '');
    };
    for (const match of file.code.matchAll(/^[ \t]*(?:static\s+)?(?:const\s+)?(?:unsigned\s+)?(?:int|long|u8|u32|u64|s32|bool|__u32)\s+(?:__\w+\s+)*(\w+)(?:\s*\[\s*\d*\s*\])?\s*(?:__\w+\s+)*=\s*([^;]{1,80});/gm)) {
      if (PLAIN_VALUE.test(match[2].trim()) && unconditional(match)) {
        globals.set(match[1], match[2].trim());
      }
    }
    for (const match of file.code.matchAll(/\bnet->([\w.]+)\s*=\s*([^;]{1,40});/g)) {
      if (PLAIN_VALUE.test(match[2].trim()) && !fields.has(match[1]) && unconditional(match)) {
        fields.set(match[1], match[2].trim());
      }
    }
  }
  const defaults = new Map();
  for (const [key, data] of dataOfKey) {
    const target = dataTarget(data);
    const value = target?.field ? fields.get(target.field) : target?.global ? globals.get(target.global) : undefined;
    if (value !== undefined) {
      defaults.set(key, value.replace(/[{}]/g, '').split(',').map((part) => part.trim()).join('\t'));
    }
  }
  return defaults;
}

/** Keys whose per-namespace field a new namespace copies from the initial one (`x = init_net.x`, memcpy). */
function readNamespaceCopies(files, dataOfKey) {
  const copied = new Set();
  for (const file of files) {
    for (const match of file.code.matchAll(/\bnet->([\w.]+)\s*=\s*init_net\.([\w.]+)\s*;/g)) {
      if (match[1] === match[2]) {
        copied.add(match[1]);
      }
    }
    for (const match of file.code.matchAll(/\bmemcpy\s*\(\s*net->([\w.]+)\s*,\s*init_net\.([\w.]+)\s*,/g)) {
      if (match[1] === match[2]) {
        copied.add(match[1]);
      }
    }
    // tcp_congestion_control: the namespace takes the initial namespace's algorithm when it can.
    for (const match of file.code.matchAll(/\bbpf_try_module_get\s*\(\s*init_net\.([\w.]+)/g)) {
      copied.add(match[1].replace(/->\w+$/, ''));
    }
  }
  const keys = new Set(Object.entries(HANDLER_FIELDS).filter(([, field]) => copied.has(field)).map(([key]) => key));
  for (const [key, data] of dataOfKey) {
    const field = dataTarget(data)?.field;
    if (field && copied.has(field)) {
      keys.add(key);
    }
  }
  return keys;
}

// ---------------------------------------------------------------- handlers and their bounds

const INT_MIN = -2147483648;
const INT_MAX = 2147483647;
const UINT_MAX = 4294967295;

/** include/linux/sysctl.h's shared bounds (`sysctl_vals`), by name. */
const SHARED_BOUNDS = new Map([
  ['SYSCTL_NEG_ONE', -1],
  ['SYSCTL_ZERO', 0],
  ['SYSCTL_ONE', 1],
  ['SYSCTL_TWO', 2],
  ['SYSCTL_THREE', 3],
  ['SYSCTL_FOUR', 4],
  ['SYSCTL_ONE_HUNDRED', 100],
  ['SYSCTL_TWO_HUNDRED', 200],
  ['SYSCTL_ONE_THOUSAND', 1000],
  ['SYSCTL_THREE_THOUSAND', 3000],
  ['SYSCTL_INT_MAX', INT_MAX],
  ['SYSCTL_MAXOLDUID', 65535],
  ['SYSCTL_LONG_ZERO', 0],
  ['SYSCTL_LONG_ONE', 1],
]);

/**
 * How each integer handler reads a number: `floor`/`ceiling` when `extra1`/`extra2` are absent (or,
 * with `ignoresExtras`, always); `unbounded` handlers compare the converted jiffies with the extras,
 * so their limits are not a number a user writes.
 */
const STANDARD_HANDLERS = new Map([
  ['proc_dointvec', { floor: INT_MIN, ceiling: INT_MAX, ignoresExtras: true }],
  ['proc_dointvec_jiffies', { floor: INT_MIN, ceiling: INT_MAX, ignoresExtras: true }],
  ['proc_dointvec_userhz_jiffies', { floor: INT_MIN, ceiling: INT_MAX, ignoresExtras: true }],
  ['proc_dointvec_ms_jiffies', { floor: INT_MIN, ceiling: INT_MAX, ignoresExtras: true }],
  ['proc_dointvec_minmax', { floor: INT_MIN, ceiling: INT_MAX }],
  ['proc_douintvec', { floor: 0, ceiling: UINT_MAX, ignoresExtras: true }],
  ['proc_douintvec_minmax', { floor: 0, ceiling: UINT_MAX }],
  ['proc_dou8vec_minmax', { floor: 0, ceiling: 255 }],
  ['proc_doulongvec_minmax', { floor: 0, ceiling: null }],
  ['proc_dointvec_ms_jiffies_minmax', { unbounded: true }],
  ['proc_doulongvec_ms_jiffies_minmax', { unbounded: true }],
]);

/**
 * Handlers that only pass the number to a standard one (and then act on the new value), with the
 * bounds they set themselves: net/core/neighbour.c and net/ipv4/devinet.c.
 */
const WRAPPING_HANDLERS = new Map([
  ['neigh_proc_dointvec', { as: 'proc_dointvec' }],
  ['neigh_proc_dointvec_jiffies', { as: 'proc_dointvec_jiffies' }],
  ['neigh_proc_dointvec_userhz_jiffies', { as: 'proc_dointvec_userhz_jiffies' }],
  ['neigh_proc_dointvec_ms_jiffies', { as: 'proc_dointvec_ms_jiffies' }],
  ['neigh_proc_dointvec_zero_intmax', { as: 'proc_dointvec_minmax', min: 0, max: INT_MAX }],
  ['neigh_proc_dointvec_ms_jiffies_positive', { as: 'proc_dointvec_ms_jiffies_minmax' }],
  ['devinet_conf_proc', { as: 'proc_dointvec' }],
  ['ipv4_doint_and_flush', { as: 'proc_dointvec' }],
]);

/** A bound written as `extra1`/`extra2`: undefined when absent, null when not a plain constant. */
function boundOf(text, constants) {
  if (text === undefined || text === 'NULL') {
    return undefined;
  }
  const name = text.replace(/^\(\s*(?:const\s+)?void\s*\*\s*\)\s*/, '').replace(/^\((.*)\)$/, '$1').trim();
  if (SHARED_BOUNDS.has(name)) {
    return SHARED_BOUNDS.get(name);
  }
  const pointed = /^&\s*(\w+)$/.exec(name);
  return (pointed && constants.get(pointed[1])) ?? null;
}

/** `[handler, min, max]` for a key read by a standard integer handler (null: a bound not known as a number), else undefined. */
function handlerBounds({ handler, extra1, extra2, constants }) {
  const written = handler.replace(/^&/, '');
  const wrapper = WRAPPING_HANDLERS.get(written);
  const name = wrapper?.as ?? written;
  const standard = STANDARD_HANDLERS.get(name);
  if (!standard) {
    return undefined;
  }
  if (standard.unbounded) {
    return [name, null, null];
  }
  if (wrapper?.min !== undefined) {
    return [name, wrapper.min, wrapper.max];
  }
  const min = standard.ignoresExtras || wrapper ? undefined : boundOf(extra1, constants);
  const max = standard.ignoresExtras || wrapper ? undefined : boundOf(extra2, constants);
  return [name, min === undefined ? standard.floor : min, max === undefined ? standard.ceiling : max];
}

/**
 * Handlers swapped at run time, which the tables do not show: IPv6 registers the neighbour template
 * with `ndisc_ifinfo_sysctl_change` (net/ipv6/ndisc.c), which reads and writes `retrans_time` with plain
 * `neigh_proc_dointvec`, raw kernel ticks, where IPv4 keeps the template's USER_HZ handler.
 */
const HANDLER_OVERRIDES = new Map([['net.ipv6.neigh.<iface>.retrans_time', { handler: 'proc_dointvec' }]]);

/** The handler data of the newest mainline catalog, for test/unit/sysctlHandlerRanges.test.ts. */
function buildHandlers(scans) {
  const newest = VERSIONS.filter((version) => scans.has(version)).at(-1);
  const { source, scan } = scans.get(newest);
  const handlers = {};
  for (const key of [...scan.handlerOfKey.keys()].sort()) {
    const override = HANDLER_OVERRIDES.get(key);
    const bounds = handlerBounds(override ? { ...scan.handlerOfKey.get(key), ...override } : scan.handlerOfKey.get(key));
    if (bounds) {
      handlers[key] = bounds;
    }
  }
  return { generatedBy: 'scripts/build-kernel-catalogs.mjs --handlers', version: newest, ...provenanceOf(source), handlers };
}

// ---------------------------------------------------------------- namespaces

/**
 * `--namespaces` tells, for each key of the newest tree, how its value is scoped, from where its
 * table is registered and where its `.data` points: `net` (each network namespace has its own
 * value), `net-init` (registered for the initial network namespace only, so a container lacks the
 * key), `net-shared-ro` / `net-shared` (in every network namespace's table but pointing at one
 * machine-wide variable, read-only outside the initial namespace or not), `ipc`, `uts`, `user`,
 * `pid` (that kind of namespace has its own value), `global`, or `unknown` with the reason.
 */

/** The namespace a `__register_sysctl_table(&owner->set, …)` registers into, by the owner's struct. */
const NAMESPACE_OF_STRUCT = new Map([
  ['ipc_namespace', 'ipc'],
  ['uts_namespace', 'uts'],
  ['user_namespace', 'user'],
  ['pid_namespace', 'pid'],
  ['time_namespace', 'time'],
]);

/**
 * Decisions the reader cannot make from the code's shape, each read in the source: the table entries
 * they cover (by label or name) and why. The run-time keys of RUN_TIME_KEYS are matched by file.
 */
const NAMESPACE_OVERRIDES = [
  {
    file: 'net/core/neighbour.c',
    labels: ['NEIGH_VAR_GC_INTERVAL', 'NEIGH_VAR_GC_THRESH1', 'NEIGH_VAR_GC_THRESH2', 'NEIGH_VAR_GC_THRESH3'],
    kind: 'net-init',
    why: 'neigh_sysctl_register cuts these off for devices; only neigh/default has them, pointing at the global neigh_table, and default is registered for the table\'s own parms (init_net) by arp_init/ndisc_init',
  },
  {
    file: 'net/netfilter/nf_hooks_lwtunnel.c',
    procnames: ['nf_hooks_lwtunnel'],
    kind: 'net-shared',
    why: 'registered in every namespace, mode 0644, but nf_hooks_lwtunnel_sysctl_handler reads and sets the global static key nf_hooks_lwtunnel_enabled',
  },
  {
    file: 'net/mptcp/ctrl.c',
    procnames: ['available_schedulers', 'available_path_managers'],
    kind: 'net-shared-ro',
    why: 'mode 0444 in every namespace; the handlers print the schedulers and path managers registered for the whole machine',
  },
  {
    file: 'net/netfilter/nf_log.c',
    runTime: true,
    kind: 'net',
    why: 'nf_log_net_init registers a copy of nf_log_sysctl_table for each namespace with extra2 = net; nf_log_proc_dostring shows and sets that namespace\'s logger',
  },
];

/** The top-level functions of a file as `{ name, params, start, open, close }`, offsets in the stripped code. */
function functionsOf(code) {
  const functions = [];
  let depth = 0;
  let segmentStart = 0;
  let current;
  for (let index = 0; index < code.length; index++) {
    const char = code[index];
    if (char === '"' || char === "'") {
      for (index++; index < code.length && code[index] !== char && code[index] !== '\n'; index++) {
        if (code[index] === '\\') {
          index++;
        }
      }
    } else if (char === '{') {
      if (depth === 0) {
        const head = code.slice(segmentStart, index);
        const signature = /(\w+)\s*\(([^()]*(?:\([^()]*\)[^()]*)*)\)\s*(?:__\w+\s*)*$/.exec(head);
        current = signature && !/=\s*$/.test(head) ? { name: signature[1], params: signature[2], start: segmentStart, open: index } : undefined;
      }
      depth++;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        if (current) {
          functions.push({ ...current, close: index + 1 });
          current = undefined;
        }
        segmentStart = index + 1;
      }
    } else if (char === ';' && depth === 0) {
      segmentStart = index + 1;
    }
  }
  return functions;
}

/** The function-like macros of a file with where each is defined, so that a call expands as the last definition above it says. */
function macroDefinitions(text) {
  const definitions = [];
  for (const match of text.matchAll(/^#\s*define\s+(\w+)\(([^)\n]*)\)[ \t]*((?:[^\n]*\\\n)*[^\n]*)/gm)) {
    definitions.push({ name: match[1], offset: match.index, params: match[2].split(',').map((param) => param.trim()), body: match[3].replace(/\\\n/g, ' ') });
  }
  return definitions;
}

/** A statement-level macro call expanded once (parameters substituted, `##` pasted), or undefined. */
function expandStatementMacro(call, definitions, offset) {
  const name = /^(\w+)\s*\(/.exec(call)?.[1];
  const definition = definitions.filter((candidate) => candidate.name === name && candidate.offset < offset).at(-1);
  if (!definition) {
    return undefined;
  }
  const open = call.indexOf('(');
  const args = splitTopLevel(call.slice(open + 1, matchBracket(call, open) - 1));
  const byParam = new Map(definition.params.map((param, index) => [param, args[index] ?? '']));
  return definition.body.replace(/\b\w+\b/g, (word) => byParam.get(word) ?? word).replace(/\s*##\s*/g, '');
}

/**
 * Everything the namespace check needs from one file, computed once: its functions, and every
 * assignment to a table entry's `.data` (macro calls that write one expanded), each with its
 * function and the index it names (a label, a number, a running counter's value, or a loop variable).
 */
function namespaceFactsOf(file) {
  if (file.namespaceFacts) {
    return file.namespaceFacts;
  }
  const functions = functionsOf(file.code);
  const definitions = macroDefinitions(file.text);
  const dataMacros = new Set(definitions.filter((definition) => /\.\s*data\s*\+?=(?!=)/.test(definition.body)).map((definition) => definition.name));
  const numbers = new Map([...file.text.matchAll(/^#\s*define\s+(\w+)\s+\(?(\d+)\)?[ \t]*$/gm)].map((match) => [match[1], Number(match[2])]));
  const labels = new Map();
  for (const [tableName, entries] of file.tables) {
    for (const entry of entries) {
      if (entry.label) {
        labels.set(entry.label, { tableName, entry });
      }
    }
  }
  const assignments = [];
  for (const fn of functions) {
    let body = file.code.slice(fn.open, fn.close);
    if (dataMacros.size > 0) {
      body = body.replace(/\b([A-Z_][A-Z0-9_]*)\s*\([^;]*\)\s*;/g, (call, name, at) => {
        const expanded = dataMacros.has(name) ? expandStatementMacro(call, definitions, fn.open + at) : undefined;
        return expanded === undefined ? call : `${expanded};`;
      });
    }
    const sequential = new Set([...body.matchAll(/\[\s*(\w+)\s*\+\+\s*\]/g)].map((match) => match[1]));
    const counters = new Map();
    for (const match of body.matchAll(/((?:\w+\s*(?:->|\.)\s*)*\w+)\s*(?:\[\s*([^\][]+?)\s*\]\s*\.|->)\s*(\w+)\s*([+&]?=)(?!=)\s*([^;]*);|\b(\w+)\s*=\s*(\d+)\s*;/g)) {
      if (match[6] !== undefined) {
        counters.set(match[6], Number(match[7]));
        continue;
      }
      // `tbl->data = …` writes the first entry.
      const [, target, indexText = '0', field, op, expr] = match;
      const counter = /^(\w+)(\s*\+\+)?$/.exec(indexText);
      let index;
      if (/^\d+$/.test(indexText)) {
        index = { position: Number(indexText) };
      } else if (numbers.has(indexText) && !labels.has(indexText)) {
        index = { position: numbers.get(indexText) };
      } else if (labels.has(indexText)) {
        index = { label: indexText };
      } else if (counter && sequential.has(counter[1]) && counters.has(counter[1])) {
        index = { position: counters.get(counter[1]) };
        if (counter[2]) {
          counters.set(counter[1], counters.get(counter[1]) + 1);
        }
      } else if (counter) {
        index = { loop: counter[1] };
      } else {
        // An expression the reader does not follow: the assignment names no entry it can tell.
        index = {};
      }
      if (field === 'data' || field === 'mode') {
        assignments.push({ fn, target: target.replace(/\s+/g, ''), index, field, op, expr: expr.replace(/\s+/g, ' ').trim() });
      }
    }
  }
  file.namespaceFacts = { functions, assignments };
  return file.namespaceFacts;
}

function functionAt(functions, offset) {
  return functions.find((fn) => fn.open <= offset && offset < fn.close);
}

/** The table a variable written in `fn` stands for: itself, a struct field of that name, or what it was set to there. */
function tableOfVariable(file, fn, variable) {
  const last = /(\w+)\s*$/.exec(variable)?.[1];
  if (file.tables.has(last)) {
    return last;
  }
  const text = fn ? file.code.slice(fn.start, fn.close) : '';
  for (const match of text.matchAll(new RegExp(`\\b${last}\\s*=\\s*(?:\\(\\s*[\\w\\s*]+\\)\\s*)?(?:kmemdup\\s*\\(\\s*)?&?\\s*(\\w+)\\b`, 'g'))) {
    if (file.tables.has(match[1])) {
      return match[1];
    }
  }
  return file.copies.get(last);
}

/** Whether a registration only runs for the initial network namespace: inside `if (net_eq(net, &init_net))` or the `else` of its negation. */
function registeredForInitNetOnly(code, fn, offset) {
  const body = code.slice(fn.open, offset);
  const isInitNet = (condition) => /^\s*net_eq\s*\(\s*(?:net\s*,\s*&\s*init_net|&\s*init_net\s*,\s*net)\s*\)\s*$/.test(condition);
  const isNotInitNet = (condition) => /^\s*!\s*net_eq\s*\(\s*(?:net\s*,\s*&\s*init_net|&\s*init_net\s*,\s*net)\s*\)\s*$/.test(condition);
  // The open braces around `offset`, innermost first.
  const opens = [];
  for (let index = 0; index < body.length; index++) {
    if (body[index] === '{') {
      opens.push(index);
    } else if (body[index] === '}') {
      opens.pop();
    }
  }
  for (const open of opens.reverse()) {
    const before = body.slice(0, open);
    const ifHead = /\bif\s*\(([^{};]*)\)\s*$/.exec(before);
    if (ifHead && isInitNet(ifHead[1])) {
      return true;
    }
    if (/\belse\s*$/.test(before)) {
      const thenClose = before.replace(/\s*else\s*$/, '').length - 1;
      if (body[thenClose] === '}') {
        let depth = 0;
        let thenOpen = thenClose;
        for (; thenOpen >= 0; thenOpen--) {
          depth += body[thenOpen] === '}' ? 1 : body[thenOpen] === '{' ? -1 : 0;
          if (depth === 0) {
            break;
          }
        }
        const thenHead = /\bif\s*\(([^{};]*)\)\s*$/.exec(body.slice(0, thenOpen));
        if (thenHead && isNotInitNet(thenHead[1])) {
          return true;
        }
      }
    }
  }
  return false;
}

/** Where a registration puts its table: `{ scope, how }`, scope being `net`, `init_net`, a namespace kind, `global` or `unknown`. */
function registrationScope(file, registration) {
  const fn = functionAt(namespaceFactsOf(file).functions, registration.offset);
  const where = fn ? ` in ${fn.name}` : '';
  if (registration.kind.startsWith('register_net_sysctl')) {
    const first = registration.args[0].replace(/\s+/g, '');
    if (first === '&init_net') {
      return { scope: 'init_net', how: `${registration.kind}(&init_net)${where}` };
    }
    if (fn && registeredForInitNetOnly(file.code, fn, registration.offset)) {
      return { scope: 'init_net', how: `${registration.kind}(${first})${where}, only when net is init_net` };
    }
    return { scope: 'net', how: `${registration.kind}(${first})${where}` };
  }
  if (registration.kind === '__register_sysctl_table') {
    const owner = /^&\s*(\w+)\s*->/.exec(registration.args[0])?.[1];
    const declared = owner && fn ? new RegExp(`struct\\s+(\\w+)\\s*\\*\\s*${owner}\\b`).exec(file.code.slice(fn.start, fn.close)) : undefined;
    const kind = declared ? NAMESPACE_OF_STRUCT.get(declared[1]) : undefined;
    return kind ? { scope: kind, how: `__register_sysctl_table(${registration.args[0].replace(/\s+/g, '')})${where}, a ${declared[1]}'s own set` } : { scope: 'unknown', how: `__register_sysctl_table(${registration.args[0]})${where}: set of an unknown owner` };
  }
  return { scope: 'global', how: `${registration.kind}${where}` };
}

/**
 * The namespace a handler reads its value through, or undefined: `current->nsproxy->X_ns`,
 * `task_active_pid_ns(current)`, or a `struct net` taken from the entry itself (`table->data`,
 * `extra1`, `extra2`). With `withCallees`, same-file functions it calls are read too (the UTS
 * handler's get_uts).
 */
function namespaceReadByHandler(file, handler, withCallees = false) {
  const { functions } = namespaceFactsOf(file);
  const name = handler?.replace(/^&/, '');
  const own = functions.find((fn) => fn.name === name);
  if (!own) {
    return undefined;
  }
  const bodies = [file.code.slice(own.open, own.close)];
  if (withCallees) {
    for (const call of bodies[0].matchAll(/\b(\w+)\s*\(/g)) {
      const callee = functions.find((fn) => fn.name === call[1] && fn !== own);
      if (callee) {
        bodies.push(file.code.slice(callee.open, callee.close));
      }
    }
  }
  const text = bodies.join('\n');
  const nsproxy = /\bcurrent->nsproxy->(\w+)_ns\b/.exec(text);
  if (nsproxy) {
    return { kind: nsproxy[1], how: `${name} reads current->nsproxy->${nsproxy[1]}_ns` };
  }
  if (/\btask_active_pid_ns\s*\(\s*current\s*\)/.test(text)) {
    return { kind: 'pid', how: `${name} reads task_active_pid_ns(current)` };
  }
  const fromEntry = /\bstruct\s+net\s*\*\s*\w+\s*=\s*(?:\(\s*struct\s+net\s*\*\s*\)\s*)?\w+->(data|extra1|extra2)\b/.exec(text) ?? /\bcontainer_of\s*\(\s*\w+->(data)\s*,\s*struct\s+net\s*,/.exec(text);
  if (fromEntry) {
    return { kind: 'net', how: `${name} takes its struct net from the entry's ${fromEntry[1]}`, from: fromEntry[1] };
  }
  return undefined;
}

/**
 * Whether an expression assigned to `.data` in `fn` reaches into the namespace: it names the
 * namespace variable, or starts from a variable that `fn` set from it or allocated (a copy made
 * once per namespace), or from a parameter that is a per-namespace struct or that every caller in
 * the file passes from its namespace.
 */
function derivedFromNamespace(file, fn, expr, namespaceVariable, depth = 0) {
  const word = new RegExp(`\\b${namespaceVariable}\\b`);
  if (word.test(expr)) {
    return true;
  }
  const root = /^[\s(&]*(\w+)\s*\)?\s*(?:->|\.|\[|$)/.exec(expr)?.[1];
  if (!root) {
    return false;
  }
  const text = file.code.slice(fn.open, fn.close);
  const sets = [...text.matchAll(new RegExp(`\\b${root}\\s*=\\s*([^;=][^;]*);`, 'g'))].map((match) => match[1]);
  if (sets.some((value) => word.test(value) || /^\s*(?:kmemdup|kzalloc|kmalloc|kcalloc)\s*\(/.test(value))) {
    return true;
  }
  const params = splitTopLevel(fn.params ?? '');
  const position = params.findIndex((param) => new RegExp(`\\b${root}\\s*$`).test(param));
  if (position < 0) {
    return false;
  }
  if (/\bstruct\s+(?:net|netns_\w+)\s*\*/.test(params[position])) {
    return true;
  }
  if (depth > 0) {
    return false;
  }
  const { functions } = namespaceFactsOf(file);
  // Calls inside other functions' bodies (a definition's own name, or a stub's in an `#else`, is not a call).
  const calls = [...file.code.matchAll(new RegExp(`\\b${fn.name}\\s*\\(`, 'g'))]
    .map((match) => ({ match, caller: functionAt(functions, match.index) }))
    .filter(({ caller }) => caller !== undefined && caller.name !== fn.name);
  return (
    calls.length > 0 &&
    calls.every(({ match, caller }) => {
      const open = match.index + match[0].length - 1;
      const arg = splitTopLevel(file.code.slice(open + 1, matchBracket(file.code, open) - 1))[position];
      return arg !== undefined && derivedFromNamespace(file, caller, arg, 'net', depth + 1);
    })
  );
}

/**
 * What static `.data` text names: `{ base }` for a place inside a named object (`&init_net.ipv4.x`,
 * devinet's `ipv4_devconf.data + …`), `{ global }` for a plain variable, `{}` for an offset macro.
 */
function staticTarget(data) {
  if (data === undefined || data === 'NULL') {
    return undefined;
  }
  const text = data.replace(/\s+/g, '');
  const inside = /^&?\(?(\w+)[.[]/.exec(text);
  const plain = /^&?(\w+)$/.exec(text)?.[1];
  if (plain) {
    // `&init_net` itself: the handler takes the namespace from it once the copy is moved.
    return plain === 'init_net' || /^init_\w+_ns$/.test(plain) ? { base: plain, text } : { global: plain, text };
  }
  return inside ? { base: inside[1], text } : { text };
}

/**
 * A per-namespace copy of a table made in one file and registered in another (net/ipv6/icmp.c and
 * route.c hand theirs to net/ipv6/sysctl_net_ipv6.c): a function taking `struct net *net` that
 * duplicates the table, standing in for the registration.
 */
function perNetCopier(file, tableName) {
  const { functions } = namespaceFactsOf(file);
  const fn = functions.find((candidate) => /\bstruct\s+net\s*\*\s*net\b/.test(candidate.params) && new RegExp(`\\bkmemdup\\s*\\(\\s*&?\\s*${tableName}\\b`).test(file.code.slice(candidate.open, candidate.close)));
  return fn ? { kind: 'register_net_sysctl', args: ['net'], offset: fn.open, tableArg: tableName, copier: fn.name } : undefined;
}

/** `[kind, how]` for one key. */
function namespaceOfKey(place) {
  const { file, tableName, entry } = place;
  const override = NAMESPACE_OVERRIDES.find((candidate) => candidate.file === file.path && (candidate.labels?.includes(entry.label) || candidate.procnames?.includes(entry.procname)));
  if (override) {
    return [override.kind, override.why];
  }
  const facts = namespaceFactsOf(file);
  const registrations = place.registration
    ? [place.registration]
    : file.registrations.filter((registration) => tableOfVariable(file, functionAt(facts.functions, registration.offset), registration.tableArg.replace(/\[[^\]]*\]$/, '')) === tableName);
  if (registrations.length === 0) {
    const copier = perNetCopier(file, tableName);
    if (!copier) {
      return ['unknown', `no registration of ${tableName} found in ${file.path}`];
    }
    return perNetEntry(file, place, { registration: copier, scope: 'net', how: `copied for each namespace by ${copier.copier}(net), whose caller registers it` });
  }
  const scopes = registrations.map((registration) => ({ registration, ...registrationScope(file, registration) }));
  const perNet = scopes.find((scope) => scope.scope === 'net');
  if (perNet) {
    return perNetEntry(file, place, perNet);
  }
  const [first] = scopes;
  if (scopes.some((scope) => scope.scope !== first.scope)) {
    return ['unknown', `registered in different ways: ${scopes.map((scope) => scope.how).join('; ')}`];
  }
  if (first.scope === 'init_net') {
    return ['net-init', first.how];
  }
  if (first.scope === 'unknown') {
    return ['unknown', first.how];
  }
  if (first.scope === 'global') {
    return globalEntry(file, entry, first);
  }
  return namespaceSetEntry(file, place, first);
}

/**
 * A key of a table registered once for the machine: global, unless its handler reads the caller's
 * namespace — with data in that namespace's initial instance (kernel/utsname_sysctl.c), or with no
 * data of its own and the namespace looked up in the handler itself (ns_last_pid).
 */
function globalEntry(file, entry, scope) {
  const target = staticTarget(entry.data ?? entry.macroData);
  const initialInstance = /^init_(\w+)_ns$/.exec(target?.base ?? '')?.[1];
  const view = initialInstance ? namespaceReadByHandler(file, entry.handler, true) : target === undefined ? namespaceReadByHandler(file, entry.handler) : undefined;
  if (view && (initialInstance === undefined || view.kind === initialInstance)) {
    return [view.kind, `${scope.how}; ${view.how}`];
  }
  // fs.inotify.max_user_watches: a standard handler on init_user_ns's limit, the one value every write sets.
  if (initialInstance && STANDARD_HANDLERS.has(entry.handler?.replace(/^&/, ''))) {
    return ['global', `${scope.how}; data ${target.text}, the initial ${initialInstance} namespace's own value, read by ${entry.handler}`];
  }
  if (initialInstance) {
    return ['unknown', `${scope.how}; data ${target.text} in the initial ${initialInstance} namespace, read by ${entry.handler}`];
  }
  return ['global', scope.how];
}

/** The assignments to `field` (`data` or `mode`) of a file that name this entry, by label or position. */
function assignmentsOfEntry(file, tableName, entry, field = 'data') {
  const { assignments } = namespaceFactsOf(file);
  return assignments.filter(({ fn, target, index, field: written }) => {
    if (written !== field) {
      return false;
    }
    if (index.label !== undefined) {
      return index.label === entry.label;
    }
    return index.position !== undefined && index.position === entry.position && tableOfVariable(file, fn, target) === tableName;
  });
}

/** Loops over the table's entries writing `field`: in the registering function, or on a variable standing for the table. */
function loopsOverTable(file, tableName, registeringFunction, field = 'data') {
  const { assignments } = namespaceFactsOf(file);
  return assignments.filter(({ fn, target, index, field: written }) => {
    if (index.loop === undefined || written !== field) {
      return false;
    }
    const table = tableOfVariable(file, fn, target);
    return table === tableName || (table === undefined && fn === registeringFunction);
  });
}

/**
 * Whether a loop moves a static `.data` into the object being registered: `data += (char *)p -
 * (char *)&base` for data inside `base`, `data += (long) p` or `data = (char *)p + (uintptr_t)data`
 * for data written as an offset.
 */
function loopMoves(loop, target) {
  if (loop.op === '+=') {
    const base = /-\s*\(\s*\w+\s*\*\s*\)\s*\(?\s*&\s*(\w+)/.exec(loop.expr)?.[1];
    return base === undefined ? /^\(\s*long\s*\)/.test(loop.expr) : base === target.base;
  }
  return /\+\s*\(\s*uintptr_t\s*\)\s*\w+\s*\[\s*\w+\s*\]\s*\.\s*data\b/.test(loop.expr);
}

/** A key whose table is registered once per network namespace. */
function perNetEntry(file, place, perNet) {
  const { tableName, entry } = place;
  const { functions } = namespaceFactsOf(file);
  const fn = functionAt(functions, perNet.registration.offset);
  const netVariable = perNet.registration.args[0].replace(/^&/, '').trim();
  const handlerView = namespaceReadByHandler(file, entry.handler);
  const runTime = assignmentsOfEntry(file, tableName, entry).filter((assignment) => assignment.op === '=');
  if (runTime.length > 0) {
    const { expr, fn: setter } = runTime.at(-1);
    if (derivedFromNamespace(file, setter, expr, setter === fn ? netVariable : 'net')) {
      return ['net', `${perNet.how}; data = ${expr} in ${setter.name}`];
    }
    if (staticTarget(expr)?.global) {
      return sharedEntry(file, place, fn, `${perNet.how}; data = ${expr}, a global`);
    }
    return ['unknown', `${perNet.how}; data = ${expr} in ${setter.name}, not seen to come from the namespace`];
  }
  const target = staticTarget(entry.data ?? entry.macroData);
  if (target && !target.global) {
    const moved = loopsOverTable(file, tableName, fn).find((loop) => loopMoves(loop, target));
    if (moved) {
      return ['net', `${perNet.how}; data ${target.text} moved by ${moved.target}[${moved.index.loop}].data ${moved.op} ${moved.expr} in ${moved.fn.name}`];
    }
    return ['unknown', `${perNet.how}; data ${target.text}, no loop moving it into the namespace found`];
  }
  if (handlerView?.kind === 'net' && handlerView.from !== 'data') {
    return ['net', `${perNet.how}; ${handlerView.how}`];
  }
  // af_mpls.c: `data = (char *)net + (uintptr_t)data` leaves an entry without data pointing at the namespace itself.
  const pointedAtNamespace = loopsOverTable(file, tableName, fn).find((loop) => loopMoves(loop, {}) && loop.op === '=' && new RegExp(`\\b${netVariable}\\b`).test(loop.expr));
  if (target === undefined && handlerView?.from === 'data' && pointedAtNamespace) {
    return ['net', `${perNet.how}; ${pointedAtNamespace.target}[${pointedAtNamespace.index.loop}].data = ${pointedAtNamespace.expr}; ${handlerView.how}`];
  }
  if (target?.global) {
    return sharedEntry(file, place, fn, `${perNet.how}; data ${target.text}, one variable for the machine`);
  }
  // sysctl_net_ipv4.c: "Entries without data pointer are global; Make them read-only in non-init_net ns".
  const readOnlyWithoutData = fn && /\bif\s*\(\s*\w+\s*\[\s*\w+\s*\]\s*\.\s*data\s*\)[^]*?\belse\b[^;]*?\.\s*mode\s*&=\s*~\s*0222/.test(file.code.slice(fn.open, fn.close));
  if (readOnlyWithoutData) {
    return ['net-shared-ro', `${perNet.how}; no .data, and ${fn.name} makes such entries read-only outside init_net`];
  }
  return ['unknown', `${perNet.how}; no .data, the value is whatever ${entry.handler ?? 'its handler'} computes`];
}

/**
 * A key of a per-namespace table that points at one machine-wide variable: `net-shared-ro` when
 * namespaces other than the initial one get it read-only (mode 0444 in the table, set for this
 * entry, or a loop clearing the write bits of the entries not moved into the namespace), else
 * `net-shared`: any namespace's root can change the machine's value.
 */
function sharedEntry(file, place, fn, how) {
  const { tableName, entry } = place;
  if (entry.mode && !isWritable(entry.mode)) {
    return ['net-shared-ro', `${how}, mode ${entry.mode}`];
  }
  const own = assignmentsOfEntry(file, tableName, entry, 'mode').find((assignment) => /^0[0-7]*[0145]{3}$/.test(assignment.expr) && !isWritable(assignment.expr));
  if (own) {
    return ['net-shared-ro', `${how}, mode = ${own.expr} in ${own.fn.name}`];
  }
  const cleared = loopsOverTable(file, tableName, fn, 'mode').find((loop) => loop.op === '&=' && /^~\s*0222$/.test(loop.expr));
  if (cleared) {
    return ['net-shared-ro', `${how}; ${cleared.target}[${cleared.index.loop}].mode ${cleared.op} ${cleared.expr} in ${fn.name}`];
  }
  return ['net-shared', `${how}; writable in every namespace`];
}

/** A key whose table is registered in each IPC, user or PID namespace's own set. */
function namespaceSetEntry(file, place, scope) {
  const { tableName, entry } = place;
  const fn = functionAt(namespaceFactsOf(file).functions, scope.registration.offset);
  const owner = /^&\s*(\w+)\s*->/.exec(scope.registration.args[0])?.[1];
  const fromOwner = (expr) => new RegExp(`^&\\s*${owner}\\s*->`).test(expr);
  const runTime = assignmentsOfEntry(file, tableName, entry).filter((assignment) => assignment.op === '=' && assignment.fn === fn);
  if (runTime.length > 0) {
    const { expr } = runTime.at(-1);
    return fromOwner(expr) ? [scope.scope, `${scope.how}; data = ${expr}`] : ['unknown', `${scope.how}; data = ${expr}`];
  }
  const target = staticTarget(entry.data ?? entry.macroData);
  const body = file.code.slice(fn.open, fn.close);
  // ipc_sysctl.c and mq_sysctl.c move each entry whose data is a given place in the initial namespace.
  const chain = new Map(
    [...body.matchAll(/\.\s*data\s*==\s*([^)]+)\)\s*\w+\s*\[\s*\w+\s*\]\s*\.\s*data\s*=\s*([^;]+);/g)].map((match) => [match[1].replace(/\s+/g, ''), match[2].replace(/\s+/g, ' ').trim()]),
  );
  if (chain.size > 0) {
    const moved = target && chain.get(target.text);
    if (moved && fromOwner(moved)) {
      return [scope.scope, `${scope.how}; data ${target.text} = ${moved}`];
    }
  } else {
    // ucount.c sets every entry's data to the namespace's own limit.
    const loop = loopsOverTable(file, tableName, fn).find((candidate) => candidate.op === '=' && candidate.fn === fn && fromOwner(candidate.expr));
    if (loop && target === undefined) {
      return [scope.scope, `${scope.how}; data = ${loop.expr}`];
    }
  }
  if (target?.global) {
    return ['global', `${scope.how}; data ${target.text}, one variable for the machine`];
  }
  const view = target === undefined ? namespaceReadByHandler(file, entry.handler) : undefined;
  if (view?.kind === scope.scope) {
    return [scope.scope, `${scope.how}; ${view.how}`];
  }
  return ['unknown', `${scope.how}; ${target ? `data ${target.text}` : `no .data, read by ${entry.handler}`}, not seen to move into the namespace`];
}

/** The namespace of every key of the newest mainline catalog, for test/unit/sysctlNamespaces.test.ts. */
function buildNamespaces(scans, reasons) {
  const newest = VERSIONS.filter((version) => scans.has(version)).at(-1);
  const { source, scan } = scans.get(newest);
  const namespaces = {};
  for (const key of [...scan.keys.keys()].sort()) {
    const place = scan.placeOfKey.get(key);
    const runTime = NAMESPACE_OVERRIDES.find((override) => override.runTime && override.file === scan.keys.get(key).file);
    const [kind, how] = place ? namespaceOfKey(place) : runTime ? [runTime.kind, runTime.why] : ['unknown', `named at run time in ${scan.keys.get(key).file}`];
    // The reasoning of every key goes to the report; the data keeps it only where no rule of the script decided.
    const overridden = NAMESPACE_OVERRIDES.some((override) => override.why === how);
    namespaces[key] = kind === 'unknown' || overridden ? [kind, scan.keys.get(key).file, how] : [kind, scan.keys.get(key).file];
    reasons.push(`  namespace ${key}: ${kind} (${how})`);
  }
  return { generatedBy: 'scripts/build-kernel-catalogs.mjs --namespaces', version: newest, ...provenanceOf(source), namespaces };
}

// ---------------------------------------------------------------- the catalog

function buildCatalog(scans, vendorScans) {
  const versions = VERSIONS.filter((version) => scans.has(version));
  const keys = {};
  const modes = {};
  const defaults = {};
  const copiesHost = {};
  const allKeys = new Set();
  for (const version of versions) {
    for (const key of scans.get(version).scan.keys.keys()) {
      allKeys.add(key);
    }
  }
  for (const key of [...allKeys].sort()) {
    let mask = 0;
    const modeChanges = [];
    const defaultChanges = [];
    const copyVersions = [];
    for (const [index, version] of versions.entries()) {
      const { scan } = scans.get(version);
      const found = scan.keys.get(key);
      if (!found) {
        continue;
      }
      mask |= 1 << index;
      if (modeChanges.length === 0 ? found.mode !== '0644' : modeChanges.at(-1)[1] !== found.mode) {
        modeChanges.push([version, found.mode]);
      }
      const value = scan.defaults.get(key) ?? null;
      if ((defaultChanges.length === 0 && value !== null) || (defaultChanges.length > 0 && defaultChanges.at(-1)[1] !== value)) {
        defaultChanges.push([version, value]);
      }
      if (scan.copiesHost.has(key)) {
        copyVersions.push(version);
      }
    }
    keys[key] = mask;
    if (modeChanges.length > 0) {
      modes[key] = modeChanges;
    }
    if (defaultChanges.length > 0) {
      defaults[key] = defaultChanges;
    }
    if (copyVersions.length > 0) {
      copiesHost[key] = copyVersions;
    }
  }
  const vendorKeys = {};
  for (const [vendor, { source, scan }] of vendorScans) {
    const base = scans.get(source.base);
    vendorKeys[vendor] = base ? [...scan.keys.keys()].filter((key) => !base.scan.keys.has(key)).sort() : [];
  }
  return {
    generatedBy: 'scripts/build-kernel-catalogs.mjs',
    versions,
    sources: versions.map((version) => ({ version, ...provenanceOf(scans.get(version).source) })),
    vendorSources: [...vendorScans.values()].map(({ source }) => ({ vendor: source.vendor, base: source.base, ...provenanceOf(source) })),
    devconfInheritSince: versions.find((version) => scans.get(version).scan.inheritsDevconf) ?? null,
    devconfFromCreatorSince: versions.find((version) => scans.get(version).scan.devconfFromCreator) ?? null,
    keys,
    modes,
    defaults,
    copiesHost,
    vendorKeys,
  };
}

function provenanceOf(source) {
  return { provenance: source.provenance, ...(source.rev ? { commit: source.rev } : {}) };
}

main();
