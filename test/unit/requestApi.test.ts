import { deepStrictEqual, ok, strictEqual } from 'node:assert';
import type { Hover } from 'vscode-languageserver-types';
import { documentOf, service, settingsWith } from './support/service';

/**
 * The core's requests take the document and a cancellation signal: a sysctl hover or completion finds
 * its line in the document itself, and a request whose answer is no longer wanted stops.
 */

function hoverValue(hover: Hover | undefined): string {
  const contents = hover?.contents as { value?: string } | undefined;
  return contents?.value ?? '';
}

describe('requests take the document and a cancellation signal', () => {
  it('hovers the key on the line under the cursor, whatever the line breaks', () => {
    for (const text of ['# tuning\nnet.core.somaxconn = 4096\n', '# tuning\r\nnet.core.somaxconn = 4096\r\n', '# tuning\rnet.core.somaxconn = 4096\r']) {
      const document = documentOf('sysctl', text);
      const hover = service.doHover(document, { line: 1, character: 12 }, service.parse(document), settingsWith());
      ok(hoverValue(hover).includes('somaxconn'), JSON.stringify(text));
    }
  });

  it('hovers nothing past the last line of a sysctl file', () => {
    const document = documentOf('sysctl', 'net.core.somaxconn = 4096');
    strictEqual(service.doHover(document, { line: 5, character: 0 }, service.parse(document), settingsWith()), undefined);
  });

  it('completes from the text of the cursor line', () => {
    const document = documentOf('sysctl', '# first\nnet.ipv4.tcp_fin_t');
    const labels = service.doComplete(document, { line: 1, character: 19 }, service.parse(document), settingsWith()).map((item) => item.label);
    ok(labels.includes('tcp_fin_timeout'), labels.join(', '));
    ok(!labels.includes('somaxconn'));
  });

  it('gives no hover or completion once cancelled', () => {
    const cancelled = { isCancellationRequested: true };
    const sysctl = documentOf('sysctl', 'net.ipv4.tcp_fin_t');
    const parsed = service.parse(sysctl);
    strictEqual(service.doHover(sysctl, { line: 0, character: 3 }, parsed, settingsWith(), { cancel: cancelled }), undefined);
    deepStrictEqual(service.doComplete(sysctl, { line: 0, character: 18 }, parsed, settingsWith(), cancelled), []);
    ok(service.doComplete(sysctl, { line: 0, character: 18 }, parsed, settingsWith()).length > 0);
  });

  it('stops validating at the next step once cancelled, and publishes what a full run gives otherwise', () => {
    const rows = Array.from({ length: 40 }, (_, index) => `tcp        0      0 10.0.0.1:${40000 + index}        10.0.0.9:3306           CLOSE_WAIT  812/java`);
    const document = documentOf('netstat', ['Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name', ...rows].join('\n'));
    const parsed = service.parse(document);
    const full = service.doValidation(document, parsed, settingsWith());
    ok(full.some((diagnostic) => diagnostic.code === 'state.close-wait-buildup'));
    const signal = { isCancellationRequested: false };
    let steps = 0;
    for (const step of service.validationSteps(document, parsed, settingsWith(), undefined, signal)) {
      ok(Array.isArray(step));
      steps++;
      signal.isCancellationRequested = true;
    }
    strictEqual(steps, 1);
    deepStrictEqual([...service.validationSteps(document, parsed, settingsWith(), undefined, { isCancellationRequested: false })].flat(), full);
  });
});
