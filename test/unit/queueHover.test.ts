import { ok, strictEqual } from 'node:assert';
import { documentOf, service, settingsWith } from './support/service';

const SS = [
  'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port',
  'LISTEN 3      2            0.0.0.0:9090       0.0.0.0:*',
  'ESTAB  0      4096        10.0.0.5:22        10.0.0.9:50000',
].join('\n');
const NETSTAT = [
  'Proto Recv-Q Send-Q Local Address           Foreign Address         State',
  'tcp        3      0 0.0.0.0:9090            0.0.0.0:*               LISTEN',
].join('\n');

function hoverAt(text: string, line: number, column: string, language: 'en' | 'zh-cn' = 'en'): string {
  const document = documentOf('netstat', text);
  const lineText = text.split('\n')[line];
  // The first number of the row is Recv-Q, the second Send-Q.
  const numbers = [...lineText.matchAll(/(?<=\s)\d+(?=\s)/g)];
  const character = (numbers[column === 'Recv-Q' ? 0 : 1].index ?? 0) + 1;
  const hover = service.doHover(document, { line, character }, service.parse(document), settingsWith({ language }));
  return (hover?.contents as { value: string } | undefined)?.value ?? '';
}

describe('hover over the queue numbers of a row', () => {
  it('explains a LISTEN row of ss as accept queue and backlog', () => {
    ok(hoverAt(SS, 1, 'Recv-Q').startsWith('**Recv-Q 3** — on a LISTEN socket ss shows the accept queue here: 3 connections'), hoverAt(SS, 1, 'Recv-Q'));
    ok(hoverAt(SS, 1, 'Send-Q').startsWith('**Send-Q 2** — on a LISTEN socket ss shows the backlog here'));
    ok(hoverAt(SS, 1, 'Send-Q', 'zh-cn').startsWith('**Send-Q 2** — 对 LISTEN socket，ss 在这里显示 backlog'));
  });

  it('explains the queues of a connection, with advice only when they hold data', () => {
    strictEqual(hoverAt(SS, 2, 'Recv-Q'), '**Recv-Q 0** — bytes received and acknowledged by the kernel that the application has not read yet.');
    ok(hoverAt(SS, 2, 'Send-Q').includes('`ss -ti`'));
  });

  it('says that netstat does not print the backlog', () => {
    ok(hoverAt(NETSTAT, 1, 'Recv-Q').includes('netstat does not print the backlog'));
  });
});

describe('ss -i fields under a listening socket', () => {
  it('explains unacked on a LISTEN row as the accept queue, and on a connection as packets in flight', () => {
    const text = [
      'State  Recv-Q Send-Q Local Address:Port  Peer Address:Port',
      'LISTEN 3      2            0.0.0.0:9090       0.0.0.0:*',
      '\t cubic rto:1000 mss:536 cwnd:10 unacked:3 lastsnd:100',
      'ESTAB  0      0           10.0.0.5:22        10.0.0.9:50000',
      '\t cubic rto:204 mss:1448 cwnd:10 unacked:2 lastsnd:100',
    ].join('\n');
    const document = documentOf('netstat', text);
    const parsed = service.parse(document);
    const at = (line: number) => {
      const lineText = text.split('\n')[line];
      const hover = service.doHover(document, { line, character: lineText.indexOf('unacked') + 2 }, parsed, settingsWith());
      return (hover?.contents as { value: string } | undefined)?.value ?? '';
    };
    ok(at(2).startsWith('**`unacked:3`** — On a LISTEN socket the kernel reports the accept queue here'), at(2));
    ok(at(4).startsWith('**`unacked:2`** — Segments sent and not yet acknowledged'), at(4));
  });
});
