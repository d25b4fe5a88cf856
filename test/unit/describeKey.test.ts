import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { describeKey } from '../../server/src/core/features/describeKey';
import catalog from '../../server/src/core/knowledge/sysctlKeyCatalog.json';
import { findKeyDoc } from '../../server/src/core/knowledge/sysctlKeys';

describe('describeKey', () => {
  it('returns the documented facts of a key, with the default as the kernel prints it', () => {
    const doc = findKeyDoc('net.ipv4.tcp_fin_timeout');
    ok(doc);
    deepStrictEqual(describeKey('net.ipv4.tcp_fin_timeout'), {
      key: 'net.ipv4.tcp_fin_timeout',
      template: 'net.ipv4.tcp_fin_timeout',
      documented: true,
      type: 'int',
      unit: 'seconds',
      default: '60',
      range: doc.range ?? null,
      since: doc.since ?? null,
      removedIn: null,
      perNamespace: true,
      related: doc.related,
      summary: doc.summary,
      vendor: null,
    });
  });

  it('keeps the tabs of a list default and reads `/`-separated spellings', () => {
    const rmem = describeKey('net/ipv4/tcp_rmem');
    strictEqual(rmem?.key, 'net.ipv4.tcp_rmem');
    strictEqual(rmem?.type, 'int-list');
    strictEqual(rmem?.default, '4096\t131072\t33554432');
    deepStrictEqual(rmem?.range, { min: 1 });
  });

  it('maps per-interface keys, VLAN names included, onto their template', () => {
    const plain = describeKey('net.ipv4.conf.eth0.rp_filter');
    strictEqual(plain?.key, 'net.ipv4.conf.eth0.rp_filter');
    strictEqual(plain?.template, 'net.ipv4.conf.<iface>.rp_filter');
    strictEqual(plain?.type, 'enum');
    strictEqual(plain?.default, '0');
    const vlanDotted = describeKey('net.ipv4.conf.eth0/100.rp_filter');
    const vlanSlashed = describeKey('net/ipv4/conf/eth0.100/rp_filter');
    strictEqual(vlanDotted?.key, 'net.ipv4.conf.eth0/100.rp_filter');
    deepStrictEqual(vlanSlashed, vlanDotted);
    strictEqual(vlanDotted?.summary, plain?.summary);
  });

  it('marks a removed key with the release that dropped it', () => {
    strictEqual(describeKey('net.ipv4.tcp_tw_recycle')?.removedIn, '4.12');
    const abc = describeKey('net.ipv4.tcp_abc');
    strictEqual(abc?.removedIn, '3.9');
    strictEqual(abc?.documented, false);
    ok(abc?.summary?.en.includes('Appropriate Byte Counting'));
  });

  it('answers a key the kernel has but nobody described yet with what is known: that it exists', () => {
    // The knowledge base covers the whole reference kernel, so a kernel with one more key stands in.
    const undocumented = 'kernel.not_yet_described';
    strictEqual(findKeyDoc(undocumented), undefined);
    strictEqual(describeKey(undocumented), null, 'unknown to the reference kernel');
    const kernelKeys = new Set([...catalog.keys, undocumented]);
    deepStrictEqual(describeKey(undocumented, kernelKeys), {
      key: undocumented,
      template: undocumented,
      documented: false,
      type: null,
      unit: null,
      default: null,
      range: null,
      since: null,
      removedIn: null,
      perNamespace: null,
      related: [],
      summary: null,
      vendor: null,
    });
    strictEqual(describeKey('net.ipv4.tcp_fin_timeout', kernelKeys)?.documented, true);
  });

  it('returns null for unknown keys and for text that is not a key', () => {
    strictEqual(describeKey('net.ipv4.made_up_xyz'), null);
    strictEqual(describeKey(''), null);
    strictEqual(describeKey('net..ipv4'), null);
    strictEqual(describeKey('rm -rf /'), null);
  });
});
