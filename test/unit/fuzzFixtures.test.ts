import { ok } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { DisplayLanguage } from '../../server/src/core/i18n/localized';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { DEFAULT_SETTINGS, settingsFrom, withLanguageOverrides } from '../../server/src/core/settings';
import { exercise } from '../support/fuzzExercise';
import { mulberry32, type FuzzLanguage } from '../support/fuzzInputs';
import { FIXTURES } from './support/fixtures';
import { service } from './support/service';

/** What `npm run fuzz` found, kept as regressions: test/fixtures/fuzz (see its README). */
const FOLDER = join(FIXTURES, 'fuzz');

interface Recipe {
  readonly name: string;
  readonly language: FuzzLanguage;
  readonly before: string;
  readonly piece: string;
  readonly times: number;
  readonly after: string;
}

const LANGUAGES: readonly DisplayLanguage[] = ['en', 'zh-cn', 'both'];
const resolveSettings = (section: unknown, overrides: unknown, language: DisplayLanguage) => settingsFrom(withLanguageOverrides(section, overrides), language);

/** Every feature, hovering and completing on every token, in each display language and a few settings variants. */
function exerciseEverywhere(language: FuzzLanguage, text: string, variants: number, languages = LANGUAGES) {
  for (const displayLanguage of languages) {
    for (let variant = 0; variant < variants; variant++) {
      exercise(service, language, text, { displayLanguage, defaults: DEFAULT_SETTINGS, resolveSettings, detectLanguage, random: mulberry32(variant), thorough: true });
    }
  }
}

describe('fuzz regressions (test/fixtures/fuzz)', function () {
  this.timeout(300000);
  const files = readdirSync(FOLDER).filter((name) => ['.netstat', '.sysctl'].includes(extname(name)));
  const { recipes } = JSON.parse(readFileSync(join(FOLDER, 'recipes.json'), 'utf8')) as { recipes: Recipe[] };

  it('has the fixtures the README lists, each small', () => {
    const readme = readFileSync(join(FOLDER, 'README.md'), 'utf8');
    ok(files.length >= 10, `${files.length} fixtures`);
    for (const name of [...files, ...recipes.map((recipe) => recipe.name)]) {
      ok(readme.includes(`\`${name}\``), `${name} is not described in README.md`);
    }
    for (const name of files) {
      ok(readFileSync(join(FOLDER, name)).length <= 20 * 1024, `${name} is over 20 KB: commit a recipe instead`);
    }
  });

  for (const name of files) {
    it(name, () => {
      exerciseEverywhere(extname(name).slice(1) as FuzzLanguage, readFileSync(join(FOLDER, name), 'utf8'), 4);
    });
  }

  for (const recipe of recipes) {
    it(`${recipe.name} (generated)`, () => {
      // `both` puts every English and Chinese text in one hover: one pass covers both on these big lines.
      exerciseEverywhere(recipe.language, recipe.before + recipe.piece.repeat(recipe.times) + recipe.after, 1, ['both']);
    });
  }
});
