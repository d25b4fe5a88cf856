import { format, type Localized } from '../i18n/localized';
import type { ColumnSpan } from '../model/span';
import type { Finding, Severity } from './finding';

/**
 * Findings of one rule reported one by one; beyond this many, one summary diagnostic stands for the
 * rest (unrecognised lines of a dump, every sysctl rule). A generated or pasted file of 200,000 bad
 * lines must give the editor a short list, not a diagnostics message of a hundred megabytes.
 */
export const MAX_FINDINGS_PER_RULE = 100;

/**
 * Collects a rule's findings up to the cap and counts the rest without building their messages, so
 * the work past the cap is a counter increment per line.
 */
export class CappedFindings {
  private readonly findings: Finding[] = [];
  private hidden = 0;
  private firstHidden: { readonly line: number; readonly span?: ColumnSpan } | undefined;

  constructor(
    private readonly code: string,
    private readonly severity: Severity,
    private readonly cap = MAX_FINDINGS_PER_RULE,
  ) {}

  /** False once the cap is reached: the caller then only calls `skip`. */
  get hasRoom(): boolean {
    return this.findings.length < this.cap;
  }

  add(finding: Finding): void {
    if (this.hasRoom) {
      this.findings.push(finding);
    } else {
      this.skip(finding.line, finding.span);
    }
  }

  /** Counts a finding past the cap, at `line`. */
  skip(line: number, span?: ColumnSpan): void {
    this.hidden++;
    this.firstHidden ??= { line, span };
  }

  /**
   * The findings, plus a summary on the first unreported line saying how many were left out.
   * `more` says what those are and what to do; it receives `{hidden}`.
   */
  result(more: Localized): Finding[] {
    if (this.hidden === 0 || !this.firstHidden) {
      return this.findings;
    }
    return [
      ...this.findings,
      {
        code: this.code,
        severity: this.severity,
        line: this.firstHidden.line,
        span: this.firstHidden.span,
        message: format(more, { hidden: this.hidden }),
      },
    ];
  }
}
