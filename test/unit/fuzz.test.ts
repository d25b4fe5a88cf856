import type { DisplayLanguage } from '../../server/src/core/i18n/localized';
import { detectLanguage } from '../../server/src/core/parsers/detectLanguage';
import { DEFAULT_SETTINGS, settingsFrom, withLanguageOverrides } from '../../server/src/core/settings';
import { exercise, FuzzFailure } from '../support/fuzzExercise';
import { generateInput, loadSeeds, randomFor, type FuzzLanguage } from '../support/fuzzInputs';
import { FIXTURES } from './support/fixtures';
import { service } from './support/service';

/**
 * A short, fixed-seed slice of `npm run fuzz`: generated inputs through every feature, in-process on the
 * TypeScript core. Only exceptions and broken LSP invariants fail it; speed is the fuzz script's business.
 */
const SEED = 20260101;
const INPUTS_PER_LANGUAGE = 1500;

const resolveSettings = (section: unknown, overrides: unknown, language: DisplayLanguage) => settingsFrom(withLanguageOverrides(section, overrides), language);

describe('fuzz (fixed seed)', function () {
  this.timeout(300000);
  const seeds = loadSeeds(FIXTURES);

  for (const language of ['netstat', 'sysctl'] as const satisfies readonly FuzzLanguage[]) {
    it(`survives ${INPUTS_PER_LANGUAGE} generated ${language} documents`, () => {
      const failures: string[] = [];
      for (let index = 0; index < INPUTS_PER_LANGUAGE; index++) {
        const input = generateInput(seeds, language, SEED, index);
        try {
          exercise(service, language, input.text, {
            displayLanguage: index % 2 === 0 ? 'en' : 'zh-cn',
            defaults: DEFAULT_SETTINGS,
            resolveSettings,
            detectLanguage,
            random: randomFor(SEED + 1, language, index),
          });
        } catch (error) {
          if (!(error instanceof FuzzFailure)) {
            throw error;
          }
          failures.push(`#${index} [${input.recipe.join(' ')}] ${error.message.slice(0, 300)}`);
        }
      }
      if (failures.length > 0) {
        throw new Error(`${failures.length} inputs failed (reproduce with: npm run fuzz -- --seed ${SEED} --lang ${language} --replay <index>):\n${failures.slice(0, 20).join('\n')}`);
      }
    });
  }
});
