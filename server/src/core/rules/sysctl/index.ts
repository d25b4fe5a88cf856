import { duplicateKey } from './duplicateKey';
import { inconsistentValues } from './inconsistentValues';
import { invalidValue } from './invalidValue';
import { keepaliveExceedsIdleTimeout } from './keepaliveExceedsIdleTimeout';
import { removedKey } from './removedKey';
import { riskyValue } from './riskyValue';
import type { SysctlRule } from './sysctlRule';
import { syntaxError } from './syntaxError';
import { unknownKey } from './unknownKey';

/** Every rule run on a sysctl file, in the order their diagnostics are listed. */
export const SYSCTL_RULES: readonly SysctlRule[] = [
  syntaxError,
  unknownKey,
  removedKey,
  invalidValue,
  duplicateKey,
  inconsistentValues,
  riskyValue,
  keepaliveExceedsIdleTimeout,
];
