import * as vscode from 'vscode';
import { isChineseLocale } from '../../server/src/core/i18n/localized';

type DocsLanguage = 'auto' | 'en' | 'zh-cn' | 'both';

/**
 * The panel's own words in the language `netstatInsight.docs.language` asks for, so that they match
 * the texts the server sends (state names, formats, diagnostics). `auto` follows VS Code's display
 * language through vscode.l10n; the others read the shipped Chinese bundle directly.
 */
export class PanelWords {
  private constructor(private readonly chinese: Readonly<Record<string, string>>) {}

  static async load(extensionUri: vscode.Uri): Promise<PanelWords> {
    try {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'l10n', 'bundle.l10n.zh-cn.json'));
      return new PanelWords(JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>);
    } catch {
      return new PanelWords({});
    }
  }

  /** Like vscode.l10n.t: `{0}`… in `message` take `args`. */
  t(message: string, ...args: string[]): string {
    const english = fill(message, args);
    const chinese = fill(this.chinese[message] ?? message, args);
    switch (docsLanguage()) {
      case 'en':
        return english;
      case 'zh-cn':
        return chinese;
      case 'both':
        return chinese === english ? english : `${english} / ${chinese}`;
      default:
        return vscode.l10n.t(message, ...args);
    }
  }
}

/** The languages the panel shows core texts in: one, or both (English first) for `both`. */
export function panelLanguages(): readonly ('en' | 'zh')[] {
  switch (docsLanguage()) {
    case 'en':
      return ['en'];
    case 'zh-cn':
      return ['zh'];
    case 'both':
      return ['en', 'zh'];
    default:
      return [isChineseLocale(vscode.env.language) ? 'zh' : 'en'];
  }
}

/** A core text (`{ en, zh }`) in the panel's language, as `t` chooses for the panel's own words. */
export function pickLanguage(text: { readonly en: string; readonly zh: string }): string {
  return [...new Set(panelLanguages().map((language) => text[language]))].join(' / ');
}

function docsLanguage(): DocsLanguage {
  return vscode.workspace.getConfiguration('netstatInsight').get<DocsLanguage>('docs.language', 'auto');
}

function fill(text: string, args: readonly string[]): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => args[Number(index)] ?? whole);
}
