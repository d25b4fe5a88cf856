import { readdirSync, readFileSync } from 'node:fs';
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
