import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import { markdownOf, serverForSuite } from './support/serverConnection';

/**
 * A German Windows `netstat -ano` as a user pastes it from a redirected file: German title, header and
 * state words, one ABHÖREN garbled by the OEM code page (CP850 Ö read as Windows-1252 ™), CRLF line ends.
 * Rows as Checkmk's win_netstat check quotes German Windows output, with PIDs added.
 */
const GERMAN_WINDOWS = [
  '',
  'Aktive Verbindungen',
  '',
  '  Proto  Lokale Adresse         Remoteadresse          Status           PID',
  '  TCP    0.0.0.0:135            0.0.0.0:0              ABHÖREN          1060',
  '  TCP    0.0.0.0:445            0.0.0.0:0              ABH™REN          4',
  '  TCP    10.1.1.99:445          10.1.1.123:52820       HERGESTELLT      4',
  '  TCP    10.1.1.99:6556         10.1.1.50:43257        WARTEND          0',
  '  TCP    10.1.1.99:6556         10.1.1.50:43288        WARTEND          0',
  '  TCP    127.0.0.1:1040         127.0.0.1:27015        SCHLIESSEN_WARTEN  2412',
  '  UDP    0.0.0.0:500            *:*                                    1020',
].join('\r\n');

describe('language server: a German Windows paste', () => {
  const connection = serverForSuite('en');

  it('counts its translated and garbled state words, and hovers one with its language', async () => {
    const uri = 'file:///tmp/netstat-de.txt';
    const published = await connection().open(uri, 'netstat', GERMAN_WINDOWS);
    deepStrictEqual(published.diagnostics, []);
    const summary = await connection().summary(uri);
    ok(summary);
    strictEqual(summary.total, 6);
    deepStrictEqual(
      Object.fromEntries(Object.entries(summary.states).filter(([, count]) => count > 0)),
      { LISTEN: 2, ESTABLISHED: 1, CLOSE_WAIT: 1, TIME_WAIT: 2 },
    );
    deepStrictEqual(summary.protocols, { tcp: 6, udp: 1, raw: 0, unix: 0, other: 0 });
    strictEqual(summary.unparsedLines, 0);
    const hover = markdownOf(await connection().hover(uri, 5, 58));
    ok(hover.startsWith('**LISTEN**'), hover.slice(0, 80));
    ok(hover.includes('German'), hover.slice(0, 400));
  });
});
