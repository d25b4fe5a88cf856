import { deepStrictEqual, ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One spelling per term in the Chinese texts, as a Chinese network engineer writes them: 回环 (never
 * 环回) for loopback; 网卡 only for a physical NIC, never for lo, veth, bridges, tunnels or virtual
 * interfaces (接口 / 网络接口 there); overcommit as 内存过量使用, not 超分配.
 */
const ROOT = join(__dirname, '..', '..');

const BANNED: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: '环回 (write 回环)', pattern: /环回/ },
  { name: '超分配 (write 内存过量使用（overcommit）)', pattern: /超分配/ },
  {
    name: '网卡 for a virtual interface (write 接口)',
    pattern: /(?:(?<![A-Za-z])lo(?![A-Za-z])|veth|bridge|网桥|回环|隧道|tun\d|docker0|cni0|虚拟接口)[^。\n；]{0,12}网卡|网卡[^。\n；]{0,12}(?:(?<![A-Za-z])lo(?![A-Za-z])|veth|网桥|回环|隧道)/,
  },
  { name: '块 as the measure word of an interface (write 个接口)', pattern: /块(?:\*\*|”)?接口/ },
];

function filesUnder(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      return filesUnder(path, extension);
    }
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

/** Every line of a Chinese text that breaks a rule, as "file:line: rule". */
function violations(file: string, text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const rule of BANNED) {
      if (rule.pattern.test(line)) {
        found.push(`${file}:${index + 1}: ${rule.name}`);
      }
    }
  });
  return found;
}

describe('Chinese wording', () => {
  it('finds each banned spelling in a sample, so the check below can fail', () => {
    deepStrictEqual(violations('sample', '环回接口'), ['sample:1: 环回 (write 回环)']);
    deepStrictEqual(violations('sample', '严格超分配模式'), ['sample:1: 超分配 (write 内存过量使用（overcommit）)']);
    deepStrictEqual(violations('sample', '回环网卡上的条目'), ['sample:1: 网卡 for a virtual interface (write 接口)']);
    deepStrictEqual(violations('sample', '容器的 veth 网卡'), ['sample:1: 网卡 for a virtual interface (write 接口)']);
    deepStrictEqual(violations('sample', '每块接口'), ['sample:1: 块 as the measure word of an interface (write 个接口)']);
    deepStrictEqual(violations('sample', '多队列网卡的接收队列，lookup 时'), []);
  });

  it('uses one spelling per term in every Chinese text the product ships', () => {
    const sources = [
      ...filesUnder(join(ROOT, 'server', 'src'), '.ts'),
      ...filesUnder(join(ROOT, 'client', 'src'), '.ts'),
      join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'),
      join(ROOT, 'package.nls.zh-cn.json'),
    ];
    ok(sources.length > 50, `${sources.length} files`);
    deepStrictEqual(
      sources.flatMap((file) => violations(file.slice(ROOT.length + 1), readFileSync(file, 'utf8'))),
      [],
    );
  });
});
