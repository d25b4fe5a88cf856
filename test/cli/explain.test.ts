import { ok, strictEqual } from 'node:assert';
import { runCli } from './support/runCli';

describe('netstat-insight explain', () => {
  it('explains a TCP state in English and in Chinese, in any tool spelling', () => {
    const english = runCli(['explain', 'CLOSE_WAIT', '--lang', 'en']);
    strictEqual(english.status, 0);
    ok(english.stdout.startsWith('**CLOSE_WAIT** — The peer has closed its side'), english.stdout);
    const chinese = runCli(['explain', 'close-wait', '--lang', 'zh-cn']);
    strictEqual(chinese.status, 0);
    ok(chinese.stdout.startsWith('**CLOSE_WAIT** — 对端已关闭它那一侧'), chinese.stdout);
    ok(runCli(['explain', 'ESTAB']).stdout.startsWith('**ESTABLISHED** — '));
  });

  it('explains a sysctl key in both languages, dotted or with slashes', () => {
    const english = runCli(['explain', 'net/ipv4/tcp_fin_timeout']);
    strictEqual(english.status, 0);
    ok(english.stdout.startsWith('**net\\.ipv4\\.tcp\\_fin\\_timeout** — '), english.stdout);
    const chinese = runCli(['explain', 'net.ipv4.tcp_fin_timeout'], { env: { LANG: 'zh_CN.UTF-8' } });
    ok(chinese.stdout.startsWith('**net\\.ipv4\\.tcp\\_fin\\_timeout** — 已被应用 close() 的孤儿 socket'), chinese.stdout);
  });

  it('exits 2 when the topic is neither a state nor a known key', () => {
    for (const topic of ['net.ipv4.no_such_key', 'HALF_OPEN', 'CLOSE_WAIT\nnet.ipv4.tcp_fin_timeout = 1']) {
      const result = runCli(['explain', topic]);
      strictEqual(result.status, 2, topic);
      strictEqual(result.stdout, '');
      ok(result.stderr.includes('is neither a TCP state nor a sysctl key known to this version'), result.stderr);
    }
  });
});
