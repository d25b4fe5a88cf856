import * as vscode from 'vscode';
import { type DisplayLanguage, type LanguageSetting, localize, resolveLanguage } from '../../server/src/core/i18n/localized';
import type { LinuxSocketTool } from './capture/captureCommands';
import { CaptureUnavailable } from './capture/captureSnapshot';

/** What the settings ask of a capture. */
export function captureSettings(): { linuxSocketTool: LinuxSocketTool } {
  const tool = vscode.workspace.getConfiguration('netstatInsight').get<string>('capture.linuxSocketTool');
  return { linuxSocketTool: tool === 'netstat' || tool === 'proc' ? tool : 'ss' };
}

/** The header's notes follow the explanations' language (netstatInsight.docs.language). */
export function headerLanguage(): DisplayLanguage {
  return resolveLanguage(vscode.workspace.getConfiguration('netstatInsight').get<LanguageSetting>('docs.language'), vscode.env.language);
}

export function showCaptureError(error: unknown): void {
  const message = error instanceof CaptureUnavailable ? localize(error.reason, headerLanguage(), ' / ') : error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(vscode.l10n.t('Netstat Insight could not capture: {0}', message));
}
