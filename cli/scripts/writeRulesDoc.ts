// Writes docs/rules.md from the rule list: npx tsx cli/scripts/writeRulesDoc.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRulesDoc } from '../src/rulesDoc';

writeFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), renderRulesDoc());
