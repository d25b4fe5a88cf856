import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DisplayLanguage } from '../../../server/src/core/i18n/localized';
import { createLanguageService } from '../../../server/src/core/languageService';
import { DEFAULT_SETTINGS, type InsightSettings } from '../../../server/src/core/settings';

export const service = createLanguageService();

let documentCounter = 0;

export function documentOf(languageId: 'netstat' | 'sysctl', text: string): TextDocument {
  documentCounter++;
  return TextDocument.create(`test://unit/${documentCounter}.${languageId}`, languageId, 1, text);
}

export function settingsWith(overrides: Partial<Omit<InsightSettings, 'thresholds'>> & { thresholds?: Partial<InsightSettings['thresholds']>; language?: DisplayLanguage } = {}): InsightSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...overrides,
    thresholds: { ...DEFAULT_SETTINGS.thresholds, ...overrides.thresholds },
  };
}

/** Diagnostics of a document, run through the same path the server uses. */
export function diagnose(languageId: 'netstat' | 'sysctl', text: string, settings = settingsWith()) {
  const document = documentOf(languageId, text);
  return service.doValidation(document, service.parse(document), settings);
}
