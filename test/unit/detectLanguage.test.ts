import { strictEqual } from 'node:assert';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { readFixture } from './support/fixtures';

describe('detectLanguage', () => {
  it('recognises real ss and netstat output by their headers', () => {
    strictEqual(detectLanguage(readFixture('samples', 'ss-tanpoie-small.txt')), 'netstat');
    strictEqual(detectLanguage(readFixture('samples', 'netstat-antpeo-small.txt')), 'netstat');
  });

  it('recognises headerless rows', () => {
    strictEqual(detectLanguage('ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\nESTAB 0 0 10.0.0.1:22 10.0.0.2:5001'), 'netstat');
    strictEqual(detectLanguage('tcp 0 0 10.0.0.1:22 10.0.0.2:5000 ESTABLISHED\ntcp 0 0 10.0.0.1:22 10.0.0.3:5000 TIME_WAIT'), 'netstat');
  });

  it('recognises sysctl settings, with comments or several keys', () => {
    strictEqual(detectLanguage('# tuning\nnet.ipv4.tcp_fin_timeout = 30'), 'sysctl');
    strictEqual(detectLanguage('net.core.somaxconn=4096\nvm.swappiness = 10'), 'sysctl');
    strictEqual(detectLanguage('net.ipv4.tcp_fin_timeout = 30'), 'sysctl');
  });

  it('leaves other text alone', () => {
    strictEqual(detectLanguage(''), undefined);
    strictEqual(detectLanguage('Hello,\nplease find the logs attached.'), undefined);
    strictEqual(detectLanguage('name = value\nother = 1'), undefined);
    strictEqual(detectLanguage('ESTAB 0 0 10.0.0.1:22 10.0.0.2:5000\nsome prose\nmore prose\neven more'), undefined);
    strictEqual(detectLanguage('x'.repeat(10 * 1024 * 1024)), undefined);
  });
});
