import { strictEqual } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languageOfFile } from '../../server/src/core/documentKind';
import { REAL } from './support/runCli';

describe('languageOfFile (core): a file read as the editor reads it', () => {
  const ssDump = readFileSync(join(REAL, 'mixed', 'ss-tanp.txt'), 'utf8');
  const sysctlSnapshot = readFileSync(join(REAL, 'ephemeral-exhaustion', 'sysctl.txt'), 'utf8');

  it('goes by the name first: the manifest extensions, sysctl.conf and sysctl.d/*.conf', () => {
    strictEqual(languageOfFile('host/web-1.ss', ''), 'netstat');
    strictEqual(languageOfFile('ticket.netstat', 'hello'), 'netstat');
    strictEqual(languageOfFile('/etc/sysctl.conf', ''), 'sysctl');
    strictEqual(languageOfFile('/etc/sysctl.d/99-net.conf', ssDump), 'sysctl');
    strictEqual(languageOfFile('C:\\configs\\sysctl.d\\99-net.conf', ''), 'sysctl');
    strictEqual(languageOfFile('tuning.sysctl', ''), 'sysctl');
  });

  it('then by the content, for any other name', () => {
    strictEqual(languageOfFile('sos_commands/networking/ss_-tanp', ssDump), 'netstat');
    strictEqual(languageOfFile('sysctl.txt', sysctlSnapshot), 'sysctl');
    strictEqual(languageOfFile('/etc/modprobe.d/x.conf', 'options bonding max_bonds=2\n'), undefined);
    strictEqual(languageOfFile('truth.json', readFileSync(join(REAL, 'mixed', 'truth.json'), 'utf8')), undefined);
  });

  it('reads only the first lines of a huge file', () => {
    const huge = `${ssDump}${'x'.repeat(1000)}\n`.repeat(2000);
    strictEqual(languageOfFile('dump.txt', huge), 'netstat');
  });
});
