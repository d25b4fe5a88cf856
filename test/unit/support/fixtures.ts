import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

/**
 * Every committed capture a document can be read from, as parts of its path under FIXTURES: the samples and
 * each real scenario's `.txt` files.
 */
export function captureFixtures(): string[][] {
  const found = readdirSync(join(FIXTURES, 'samples'))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ['samples', name]);
  for (const scenario of readdirSync(join(FIXTURES, 'real'), { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(join(FIXTURES, 'real', scenario.name)).filter((file) => file.endsWith('.txt'))) {
      found.push(['real', scenario.name, name]);
    }
  }
  return found;
}

/**
 * The real scenarios whose counts the kernel gave at capture time (truth.json, read from /proc): the folders
 * of test/fixtures/real but those that are captures of their own (udp-raw, sysctl).
 */
export function truthScenarios(): string[] {
  const real = join(FIXTURES, 'real');
  return readdirSync(real, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(real, entry.name, 'truth.json')))
    .map((entry) => entry.name);
}
