import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownOf, serverForSuite } from './support/serverConnection';

/** The real SYN flood lines of a 6.18 kernel, below a net_ratelimit line and a conntrack flood. */
const LOG = [
  ...Array.from({ length: 300 }, (_, index) => `[${(100 + index / 100).toFixed(6)}] nf_conntrack: nf_conntrack: table full, dropping packet`),
  '[103.500000] net_ratelimit: 977 callbacks suppressed',
  ...readFileSync(join(__dirname, '..', 'fixtures', 'kernel-log', 'dmesg.txt'), 'utf8').trimEnd().split('\n'),
].join('\n');

describe('language server over stdio: a pasted kernel log (locale zh-cn)', () => {
  const connection = serverForSuite('zh-cn');

  it('publishes one diagnostic per kind of message, hovers a message, and counts the kinds in the summary', async () => {
    const uri = 'file:///tmp/dmesg.log';
    const published = await connection().open(uri, 'netstat', LOG);
    const kernel = published.diagnostics.filter((diagnostic) => diagnostic.code === 'kernel.log-message');
    deepStrictEqual(
      kernel.map((diagnostic) => diagnostic.range.start.line),
      [301, 0],
    );
    strictEqual(published.diagnostics.length, 2, JSON.stringify(published.diagnostics.map((diagnostic) => diagnostic.code)));
    ok(kernel[1].message.startsWith('内核日志：300 条“conntrack 连接跟踪表已满，丢包”（第 1–300 行，时间 100.000000 至 102.990000）。'), kernel[1].message);
    ok(kernel[0].message.includes('其中写着 “Dropping request” 的有 2 条'), kernel[0].message);

    const hover = markdownOf(await connection().hover(uri, 301, 40));
    ok(hover.startsWith('**监听端口的半连接队列已满（possible SYN flooding）**'), hover.slice(0, 80));

    const summary = await connection().summary(uri);
    deepStrictEqual(
      summary?.kernelMessages.map(({ kind, count, name }) => [kind, count, name]),
      [
        ['syn-flood', 4, '监听端口的半连接队列已满（possible SYN flooding）'],
        ['conntrack-full', 300, 'conntrack 连接跟踪表已满，丢包'],
        ['suppressed', 1, '被 net_ratelimit 抑制的消息'],
      ],
    );
    strictEqual(summary?.unparsedLines, 0);
  });
});
