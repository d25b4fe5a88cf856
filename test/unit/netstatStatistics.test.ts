import { deepStrictEqual, strictEqual } from 'node:assert';
import { parseSocketDump } from '../../server/src/core/parsers/socketDump';
import { readFixture } from './support/fixtures';

/** `line group.name=value` of every counter. */
function counters(text: string): string[] {
  return parseSocketDump(text).counters.map((counter) => `${counter.line} ${counter.group}.${counter.name}=${counter.value}`);
}

describe('netstat -s and other protocol counters', () => {
  it('reads real netstat -s (net-tools 2.10): phrases mapped to MIB names, Name: value lines kept', () => {
    const text = readFixture('samples', 'netstat-s.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.rows, []);
    deepStrictEqual(dump.sections, [{ format: 'netstat-statistics', startLine: 0, endLine: 45 }]);
    deepStrictEqual(counters(text), [
      '1 Ip.Forwarding=2',
      '2 Ip.InReceives=16',
      '3 Ip.ForwDatagrams=0',
      '4 Ip.InDiscards=0',
      '5 Ip.InDelivers=16',
      '6 Ip.OutRequests=16',
      '7 Ip.OutTransmits=16',
      '9 Icmp.InMsgs=0',
      '10 Icmp.InErrors=0',
      '12 Icmp.OutMsgs=0',
      '13 Icmp.OutErrors=0',
      '16 Tcp.ActiveOpens=5',
      '17 Tcp.PassiveOpens=5',
      '18 Tcp.AttemptFails=0',
      '19 Tcp.EstabResets=0',
      '20 Tcp.CurrEstab=9',
      '21 Tcp.InSegs=19',
      '22 Tcp.OutSegs=19',
      '23 Tcp.RetransSegs=0',
      '24 Tcp.InErrs=0',
      '25 Tcp.OutRsts=0',
      '27 Udp.InDatagrams=0',
      '28 Udp.NoPorts=0',
      '29 Udp.InErrors=0',
      '30 Udp.OutDatagrams=0',
      '31 Udp.RcvbufErrors=0',
      '32 Udp.SndbufErrors=0',
      '35 TcpExt.TW=1',
      '36 TcpExt.DelayedACKs=1',
      '37 TcpExt.TCPHPHits=0',
      '38 TcpExt.TCPPureAcks=7',
      '39 TcpExt.TCPOrigDataSent=2',
      '40 TcpExt.TCPDelivered=7',
      '42 IpExt.InOctets=996',
      '43 IpExt.OutOctets=996',
      '44 IpExt.InNoECTPkts=16',
    ]);
    const listenLine = text.split('\n')[16];
    deepStrictEqual(dump.counters.find((counter) => counter.name === 'ActiveOpens')?.span, { start: 4, end: listenLine.length });
  });

  it('maps the phrases that matter for listen queues and resets, old and new spellings, and the ICMP histograms', () => {
    const text = [
      'Icmp:',
      '    114 ICMP messages received',
      '    ICMP input histogram:',
      '        destination unreachable: 107',
      '        echo requests: 4',
      '    ICMP output histogram:',
      '        destination unreachable: 254',
      '        echo request: 3',
      'IcmpMsg:',
      '        InType3: 107',
      'Tcp:',
      '    1648 active connections openings',
      '    2890303 segments send out',
      '    428 segments retransmited',
      '    0 bad segments received.',
      'Udp:',
      '    107 packets to unknown port received.',
      'TcpExt:',
      '    1520 times the listen queue of a socket overflowed',
      '    1520 SYNs to LISTEN sockets dropped',
      '    Quick ack mode was activated 9 times',
      '    72 connections reset due to unexpected data',
      '    TCPTimeWaitOverflow: 12',
      '    3 brand new counters nobody has a phrase for',
      'MPTcpExt:',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(counters(text), [
      '1 Icmp.InMsgs=114',
      '3 Icmp.InDestUnreachs=107',
      '4 Icmp.InEchos=4',
      '6 Icmp.OutDestUnreachs=254',
      '7 Icmp.OutEchos=3',
      '9 IcmpMsg.InType3=107',
      '11 Tcp.ActiveOpens=1648',
      '12 Tcp.OutSegs=2890303',
      '13 Tcp.RetransSegs=428',
      '14 Tcp.InErrs=0',
      '16 Udp.NoPorts=107',
      '18 TcpExt.ListenOverflows=1520',
      '19 TcpExt.ListenDrops=1520',
      '20 TcpExt.DelayedACKLost=9',
      '21 TcpExt.TCPAbortOnData=72',
      '22 TcpExt.TCPTimeWaitOverflow=12',
      '23 TcpExt.brand new counters nobody has a phrase for=3',
    ]);
  });

  it('reads nstat -az lines, splitting the group prefix off the counter name', () => {
    const text = readFixture('samples', 'nstat-az-excerpt.txt');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [{ format: 'netstat-statistics', startLine: 0, endLine: 10 }]);
    deepStrictEqual(counters(text), [
      '1 Tcp.ActiveOpens=5',
      '2 Tcp.PassiveOpens=5',
      '3 Tcp.RetransSegs=0',
      '4 Udp.InDatagrams=0',
      '5 Ip6.Ip6InReceives=3',
      '6 TcpExt.ListenOverflows=0',
      '7 TcpExt.ListenDrops=0',
      '8 TcpExt.TCPAbortOnData=0',
      '9 TcpExt.TCPTimeWaitOverflow=0',
      '10 MPTcpExt.MPCapableSYNRX=0',
    ]);
  });

  it('reads /proc/net/netstat name/value line pairs and /proc/net/sockstat', () => {
    const text = [
      '$ cat /proc/net/netstat',
      'TcpExt: SyncookiesSent SyncookiesRecv ListenOverflows ListenDrops',
      'TcpExt: 0 0 1520 1533',
      '$ cat /proc/net/sockstat',
      'sockets: used 230',
      'TCP: inuse 12 orphan 0 tw 3 alloc 14 mem 2',
    ].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(counters(text), [
      '2 TcpExt.SyncookiesSent=0',
      '2 TcpExt.SyncookiesRecv=0',
      '2 TcpExt.ListenOverflows=1520',
      '2 TcpExt.ListenDrops=1533',
      '4 sockets.used=230',
      '5 TCP.inuse=12',
      '5 TCP.orphan=0',
      '5 TCP.tw=3',
      '5 TCP.alloc=14',
      '5 TCP.mem=2',
    ]);
    deepStrictEqual(dump.counters[2].span, { start: 12, end: 16 });
    deepStrictEqual(
      dump.sections.map((section) => [section.format, section.startLine, section.endLine]),
      [
        ['netstat-statistics', 0, 2],
        ['netstat-statistics', 3, 5],
      ],
    );
  });

  it('reads BSD netstat -s headings and tab-indented counters as statistics', () => {
    const text = ['tcp:', '\t1234 packets sent', '\t\t1000 data packets (456789 bytes)', '\t17 connections dropped by rcvtmo', 'udp:', '\t99 datagrams received'].join('\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    strictEqual(dump.counters.length, 4);
    deepStrictEqual(dump.counters[3], { line: 5, group: 'udp', name: 'datagrams received', value: 99, span: { start: 1, end: 22 } });
  });

  it('reads Windows netstat -s: headings per protocol and family, `label = value` lines', () => {
    const text = [
      'PS C:\\> netstat -s -p tcp',
      '',
      'TCP Statistics for IPv4',
      '',
      '  Active Opens                        = 53129',
      '  Passive Opens                       = 1893',
      '  Failed Connection Attempts          = 2771',
      '  Reset Connections                   = 10417',
      '  Current Connections                 = 41',
      '  Segments Received                   = 3912884',
      '  Segments Sent                       = 2601107',
      '  Segments Retransmitted              = 19877',
      '',
      'IPv4 Statistics',
      '',
      '  Packets Received                   = 7021448',
      '',
      'ICMPv4 Statistics',
      '',
      '                            Received    Sent',
      '  Messages                  120         88',
    ].join('\r\n');
    const dump = parseSocketDump(text);
    deepStrictEqual(dump.unrecognized, []);
    deepStrictEqual(dump.sections, [{ format: 'netstat-statistics', startLine: 0, endLine: 20, command: 'netstat -s -p tcp' }]);
    deepStrictEqual(counters(text), [
      '4 Tcp.ActiveOpens=53129',
      '5 Tcp.PassiveOpens=1893',
      '6 Tcp.AttemptFails=2771',
      '7 Tcp.EstabResets=10417',
      '8 Tcp.CurrEstab=41',
      '9 Tcp.InSegs=3912884',
      '10 Tcp.OutSegs=2601107',
      '11 Tcp.RetransSegs=19877',
      '15 Ip.Packets Received=7021448',
    ]);
  });
});
