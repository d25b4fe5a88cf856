import type { Localized } from '../../i18n/localized';
import type { SysctlEnumValue } from '../types';

/** The values of a plain switch: what 0 and what 1 mean. */
export function offOn(off: Localized, on: Localized): readonly SysctlEnumValue[] {
  return [
    { value: '0', meaning: off },
    { value: '1', meaning: on },
  ];
}
