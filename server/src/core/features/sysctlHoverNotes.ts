import { comparableUri, describeSource, precedenceWith, type SysctlAssignment, SYSCTL_TOOLS } from '../analysis/sysctlContext';
import { format, type Localized } from '../i18n/localized';
import {
  COPIED_FROM_HOST,
  DEVCONF_INHERIT_SINCE,
  isIpcNamespaceKey,
  KUBERNETES_SAFE_LIST_VERSION,
  KUBERNETES_SAFE_SYSCTLS,
  SHARED_WITH_EVERY_NAMESPACE,
} from '../knowledge/containerSysctls';
import { isReadOnlyKey } from '../knowledge/kernels/index';
import { segmentsOfDottedKey } from '../knowledge/sysctlKeys';
import type { SysctlKeyDoc } from '../knowledge/types';
import { colon, documentCode, documentText, type HoverOptions, type Lang, lead, pick } from './hoverMarkdown';

const LABELS = {
  effective: { en: 'In effect', zh: '最终生效' },
  containers: { en: 'In containers', zh: '在容器中' },
  thisLine: { en: 'this line', zh: '本行' },
  bothTools: { en: 'with `sysctl --system` and systemd-sysctl alike', zh: '`sysctl --system` 与 systemd-sysctl 结果相同' },
  procps: { en: 'with `sysctl --system`', zh: '用 `sysctl --system` 时' },
  systemd: { en: 'with systemd-sysctl (at boot)', zh: '用 systemd-sysctl（开机时）时' },
} satisfies Record<string, Localized>;

/**
 * What the key hover of a sysctl file adds about the workspace and about containers: which value
 * the workspace's files leave in effect (and in which file), and, in the full hover, whether a new
 * container starts from the kernel default or from a copy of the host's value, and how to set it.
 */
export function sysctlHoverNotes(doc: SysctlKeyDoc, key: string, lang: Lang, options: HoverOptions): string[] {
  const notes: string[] = [];
  const effective = effectiveValueNote(key, lang, options);
  if (effective) {
    notes.push(effective);
  }
  if (options.detail === 'full') {
    const containers = containerNote(doc, key, lang);
    if (containers) {
      notes.push(`${lead(LABELS.containers, lang)} ${containers}`);
    }
  }
  return notes;
}

/** The value in effect once every sysctl file of the workspace is applied, when more than one file is known. */
function effectiveValueNote(key: string, lang: Lang, options: HoverOptions): string | undefined {
  const { workspace, uri } = options;
  const own = uri === undefined ? undefined : workspace?.sysctlFiles?.find((entry) => comparableUri(entry.uri) === comparableUri(uri));
  if (!workspace || !uri || !own || (workspace.sysctlFiles?.length ?? 0) < 2) {
    return undefined;
  }
  const precedence = precedenceWith(workspace, uri, own.file);
  const segments = segmentsOfDottedKey(key);
  const [procps, systemd] = SYSCTL_TOOLS.map((tool) => precedence.winner(key, segments, tool));
  const isHere = (winner: SysctlAssignment | undefined) => winner !== undefined && comparableUri(winner.uri) === comparableUri(uri);
  const setEarlier = SYSCTL_TOOLS.some((tool) => precedence.setBefore(key, segments, uri, tool) !== undefined);
  // Worth saying only when another file is involved: it wins, or this file overrides it.
  if ((!procps && !systemd) || (isHere(procps) && isHere(systemd) && !setEarlier)) {
    return undefined;
  }
  const describe = (winner: SysctlAssignment) => {
    const where = documentText(describeSource(winner));
    return `${documentCode(winner.value)} — ${isHere(winner) ? `${pick(LABELS.thisLine, lang)}${lang === 'zh' ? `（${where}）` : ` (${where})`}` : where}`;
  };
  if (procps && systemd && procps.uri === systemd.uri && procps.line === systemd.line) {
    return `${lead(LABELS.effective, lang)} ${describe(procps)}${lang === 'zh' ? '，' : ', '}${pick(LABELS.bothTools, lang)}`;
  }
  const after = lang === 'en' ? ': ' : colon(lang);
  const lines = [procps ? `- ${pick(LABELS.procps, lang)}${after}${describe(procps)}` : '', systemd ? `- ${pick(LABELS.systemd, lang)}${after}${describe(systemd)}` : ''];
  return `${lead(LABELS.effective, lang)}\n\n${lines.filter(Boolean).join('\n')}`;
}

/** Where a new container's value comes from, and how a container or a pod sets it. */
function containerNote(doc: SysctlKeyDoc, key: string, lang: Lang): string | undefined {
  const ipc = isIpcNamespaceKey(doc.key);
  if (doc.perNamespace && isReadOnlyKey(doc.key)) {
    return pick(
      {
        en: 'Read-only, with a value per network namespace: a container shows its own namespace\'s value, and nothing can set it.',
        zh: '只读，每个网络命名空间各有一个值：容器里显示的是它自己所在命名空间的值，任何方式都无法修改。',
      },
      lang,
    );
  }
  if (!doc.perNamespace && !ipc) {
    const shared = SHARED_WITH_EVERY_NAMESPACE.get(doc.key);
    if (shared !== undefined) {
      return pick(sharedNote(shared), lang);
    }
    return doc.key.startsWith('net.')
      ? pick(
          {
            en: 'One value for the whole machine, set on the host and shared by every container; a container cannot have its own. Most such keys do not even exist inside a container\'s network namespace (their table is registered in the host\'s alone), so setting one with `docker run --sysctl` or in a pod fails.',
            zh: '整台机器只有一个值，在宿主机上设置，所有容器共用，容器无法拥有自己的值。这类参数大多在容器的网络命名空间里根本不存在（只注册在宿主机的初始命名空间中），所以用 `docker run --sysctl` 或在 Pod 中设置会失败。',
          },
          lang,
        )
      : undefined;
  }
  const start: Localized = ipc
    ? { en: 'Each container has its own IPC namespace, which starts from the kernel default.', zh: '每个容器都有自己的 IPC 命名空间，从内核默认值开始。' }
    : startingValue(doc, key);
  const parts = [pick(start, lang)];
  parts.push(
    pick(
      format(
        { en: 'Set it per container with `docker run --sysctl {key}=…`.', zh: '可以用 `docker run --sysctl {key}=…` 为单个容器设置。' },
        { key: doc.key.replace('<iface>', 'eth0') },
      ),
      lang,
    ),
  );
  parts.push(pick(kubernetesNote(doc.key), lang));
  return parts.join(lang === 'zh' ? '' : ' ');
}

/** A machine-wide key whose file every network namespace shows (a per-namespace table pointing at one global value). */
function sharedNote(shared: 'read-only' | 'writable'): Localized {
  return shared === 'read-only'
    ? {
        en: 'One value for the whole machine. The file also appears in every container\'s network namespace, but read-only there: only the host can change it, so setting it with `docker run --sysctl` or in a pod fails.',
        zh: '整台机器只有一个值。容器的网络命名空间里也能看到这个参数，但在那里是只读的：只有宿主机能修改，所以用 `docker run --sysctl` 或在 Pod 中设置会失败。',
      }
    : {
        en: 'One value for the whole machine, yet the file is writable in every network namespace: root in a container\'s namespace (`docker run --sysctl` included) changes it for the host and every other container.',
        zh: '整台机器只有一个值，但每个网络命名空间里的这个参数都可写：容器网络命名空间里的 root（包括 `docker run --sysctl`）一改，宿主机和其他所有容器都跟着变。',
      };
}

function startingValue(doc: SysctlKeyDoc, key: string): Localized {
  const copiedSince = COPIED_FROM_HOST.get(doc.key);
  if (copiedSince !== undefined) {
    return format(
      {
        en: 'A new container (network namespace) starts with a copy of the host\'s value at the time it is created, not the kernel default (Linux {since} and later).',
        zh: '新建的容器（网络命名空间）以创建那一刻宿主机的值为初值，而不是内核默认值（Linux {since} 及以后）。',
      },
      { since: copiedSince },
    );
  }
  const iface = segmentsOfDottedKey(key)[3];
  if (doc.key.startsWith('net.ipv4.conf.<iface>.') && (iface === 'all' || iface === 'default')) {
    return format(
      {
        en: 'A new container copies the host\'s IPv4 `conf.all`/`conf.default` values; since Linux {since}, `net.core.devconf_inherit_init_net` can change that (2: kernel defaults, 3: the values of the namespace that creates it).',
        zh: '新建的容器会复制宿主机 IPv4 的 `conf.all`/`conf.default` 值；从 Linux {since} 起可用 `net.core.devconf_inherit_init_net` 改变这一行为（2：用内核默认值，3：复制创建它的那个命名空间的值）。',
      },
      { since: DEVCONF_INHERIT_SINCE },
    );
  }
  if (doc.key.startsWith('net.ipv6.conf.<iface>.') && (iface === 'all' || iface === 'default')) {
    return format(
      {
        en: 'A new container starts from the kernel defaults for IPv6 `conf.all`/`conf.default`, unless `net.core.devconf_inherit_init_net` (Linux {since}+) is 1 (copy the host\'s) or 3 (copy the creating namespace\'s).',
        zh: '新建的容器中 IPv6 的 `conf.all`/`conf.default` 从内核默认值开始，除非 `net.core.devconf_inherit_init_net`（Linux {since} 起）为 1（复制宿主机的值）或 3（复制创建它的命名空间的值）。',
      },
      { since: DEVCONF_INHERIT_SINCE },
    );
  }
  if (doc.key === 'net.ipv6.conf.<iface>.mtu') {
    // addrconf.c ipv6_add_dev: after copying devconf_dflt it sets mtu6 from the device's own MTU.
    return {
      en: 'An interface starts at its own link MTU, in a container as on the host: the `default` entry does not apply to this key.',
      zh: '接口以它自己的链路 MTU 为初值，容器内外都一样：`default` 项对这个参数不起作用。',
    };
  }
  if (doc.key.startsWith('net.ipv4.neigh.<iface>.') || doc.key.startsWith('net.ipv6.neigh.<iface>.')) {
    // neigh_parms_alloc copies the table's parms, whose sysctls (`neigh.default`) are registered in init_net only.
    return iface === 'default'
      ? {
          en: '`default` exists only on the host (the initial network namespace); a container has none of its own. Every interface that appears later, in a container too, starts with a copy of these values.',
          zh: '`default` 只存在于宿主机（初始网络命名空间），容器里没有自己的 `default`。之后出现的每个接口，包括容器里的，都以这里的值为初值。',
        }
      : {
          en: 'A container has no `neigh.default` of its own: an interface that appears in it (created there, or moved in like a container\'s veth end) starts with a copy of the host\'s `neigh.default` value at that moment.',
          zh: '容器没有自己的 `neigh.default`：出现在容器里的接口（在容器内创建，或像容器的 veth 一端那样移入）以宿主机当时的 `neigh.default` 值为初值。',
        };
  }
  if (doc.key.startsWith('net.ipv4.conf.<iface>.') || doc.key.startsWith('net.ipv6.conf.<iface>.')) {
    return {
      en: 'An interface inside a container takes its starting value from that container\'s `default` entry.',
      zh: '容器内的网络接口以该容器自己的 `default` 项为初值。',
    };
  }
  return { en: 'A new container starts from the kernel default, whatever the host sets.', zh: '新建的容器从内核默认值开始，与宿主机的设置无关。' };
}

function kubernetesNote(key: string): Localized {
  const safe = KUBERNETES_SAFE_SYSCTLS.has(key);
  if (safe) {
    const kernel = KUBERNETES_SAFE_SYSCTLS.get(key);
    return format(
      kernel
        ? {
            en: 'In Kubernetes {version} it is a safe sysctl: any pod may set it in `securityContext.sysctls`, on nodes with Linux {kernel} or later.',
            zh: '在 Kubernetes {version} 中它属于安全（safe）sysctl：任何 Pod 都可以在 `securityContext.sysctls` 中设置，节点内核需为 Linux {kernel} 或更高。',
          }
        : {
            en: 'In Kubernetes {version} it is a safe sysctl: any pod may set it in `securityContext.sysctls`.',
            zh: '在 Kubernetes {version} 中它属于安全（safe）sysctl：任何 Pod 都可以在 `securityContext.sysctls` 中设置。',
          },
      { version: KUBERNETES_SAFE_LIST_VERSION, kernel: kernel ?? '' },
    );
  }
  return format(
    {
      en: 'Kubernetes ({version}) counts it as unsafe: a pod may set it only on nodes whose kubelet lists it in `allowedUnsafeSysctls`.',
      zh: 'Kubernetes（{version}）把它视为不安全（unsafe）sysctl：只有节点上的 kubelet 在 `allowedUnsafeSysctls` 中放行后，Pod 才能设置。',
    },
    { version: KUBERNETES_SAFE_LIST_VERSION },
  );
}
