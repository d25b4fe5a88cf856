import { duplicateKey } from './duplicateKey';
import { inconsistentValues } from './inconsistentValues';
import { invalidValue } from './invalidValue';
import { keepaliveExceedsIdleTimeout } from './keepaliveExceedsIdleTimeout';
import { notInDistributionBase } from './keyAvailability';
import { lowersDefault } from './lowersDefault';
import { noOp } from './noOp';
import { overriddenByOtherFile } from './overriddenByOtherFile';
import { removedKey } from './removedKey';
import { riskyValue } from './riskyValue';
import type { SysctlRule } from './sysctlRule';
import { syntaxError } from './syntaxError';
import { unknownKey } from './unknownKey';

/** Every rule run on a sysctl file, in the order their diagnostics are listed. */
export const SYSCTL_RULES: readonly SysctlRule[] = [
  syntaxError,
  unknownKey,
  notInDistributionBase,
  removedKey,
  invalidValue,
  duplicateKey,
  inconsistentValues,
  riskyValue,
  keepaliveExceedsIdleTimeout,
  overriddenByOtherFile,
  lowersDefault,
  noOp,
];
