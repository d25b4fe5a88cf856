import { deepStrictEqual, strictEqual } from 'node:assert';
import { readCaptureTime, secondsBetween } from '../../server/src/core/parsers/captureTime';

const utc = (text: string) => Date.parse(text);

describe('capture time (the output of date in a paste)', () => {
  it('reads the shapes date prints: C locale, 12-hour, zh_CN, -R, -Is, --rfc-3339, +%s', () => {
    deepStrictEqual(readCaptureTime('Mon Dec  7 23:04:52 UTC 2026'), { wallClockMs: utc('2026-12-07T23:04:52Z'), offsetMinutes: 0 });
    deepStrictEqual(readCaptureTime('Mon Dec  7 11:04:52 PM UTC 2026'), { wallClockMs: utc('2026-12-07T23:04:52Z'), offsetMinutes: 0 });
    deepStrictEqual(readCaptureTime('Mon Dec  7 12:04:52 AM UTC 2026'), { wallClockMs: utc('2026-12-07T00:04:52Z'), offsetMinutes: 0 });
    deepStrictEqual(readCaptureTime('2026年 12月 07日 星期一 23:04:52 CST'), { wallClockMs: utc('2026-12-07T23:04:52Z'), zone: 'CST' });
    deepStrictEqual(readCaptureTime('Mon, 07 Dec 2026 23:04:52 +0800'), { wallClockMs: utc('2026-12-07T23:04:52Z'), offsetMinutes: 480 });
    deepStrictEqual(readCaptureTime('2026-12-07T23:04:52+08:00'), { wallClockMs: utc('2026-12-07T23:04:52Z'), offsetMinutes: 480 });
    deepStrictEqual(readCaptureTime('2026-12-07 23:04:52.250-05:00'), { wallClockMs: utc('2026-12-07T23:04:52.250Z'), offsetMinutes: -300 });
    deepStrictEqual(readCaptureTime('1796684692'), { wallClockMs: 1796684692000, offsetMinutes: 0 });
  });

  it('refuses lines that only hold a date among other words, and impossible dates', () => {
    for (const line of ['TIME-WAIT 0 0 127.0.0.1:50428 127.0.0.1:8080', 'Last login: Mon Dec  7 23:04:52 2026 from 10.0.0.1', 'Mon Dec 47 23:04:52 UTC 2026', '23:04:52', '12 connections established', `${'Mon Dec  7 23:04:52 UTC 2026 '.repeat(4)}`]) {
      strictEqual(readCaptureTime(line), undefined, line);
    }
  });

  it('counts seconds between two times of one zone or with offsets, and not between unknown zones', () => {
    const at = (line: string) => readCaptureTime(line)!;
    strictEqual(secondsBetween(at('Mon Dec  7 23:04:52 CST 2026'), at('Mon Dec  7 23:05:02 CST 2026')), 10);
    strictEqual(secondsBetween(at('2026-12-07T23:04:52+08:00'), at('Mon Dec  7 15:05:00 UTC 2026')), 8);
    strictEqual(secondsBetween(at('Mon Dec  7 23:04:52 CST 2026'), at('Mon Dec  7 23:04:52 EST 2026')), undefined);
  });
});
