import type { Localized } from '../../i18n/localized';
import type { SysctlSyntaxProblemKind } from '../../model/sysctlFile';
import { CappedFindings } from '../cappedFindings';
import type { Finding } from '../finding';
import type { SysctlRule } from './sysctlRule';

/** Beyond this many, one summary diagnostic stands for the rest: a log or binary opened as sysctl must not flood the editor. */
export const MAX_SYNTAX_ERRORS_REPORTED = 100;

const MESSAGES: Record<SysctlSyntaxProblemKind, Localized> = {
  'missing-equals': {
    en: 'Expected "key = value" (or a comment starting with # or ;). sysctl -p reports this line as an error and systemd-sysctl skips it.',
    zh: '应为 “key = value” 格式（或以 # / ; 开头的注释）。sysctl -p 会把这一行报为错误，systemd-sysctl 会跳过它。',
  },
  'empty-key': {
    en: 'There is no key before "=". Write "net.ipv4.tcp_fin_timeout = 30", for example.',
    zh: '“=” 前面没有参数名。正确写法例如 “net.ipv4.tcp_fin_timeout = 30”。',
  },
  'bad-key': {
    en: 'This key contains characters a sysctl name cannot have, or an empty part (two dots in a row). Keys look like net.ipv4.tcp_fin_timeout or net/ipv4/tcp_fin_timeout.',
    zh: '参数名中有 sysctl 不允许的字符，或者有空的层级（连续两个点）。参数名应形如 net.ipv4.tcp_fin_timeout 或 net/ipv4/tcp_fin_timeout。',
  },
  'bsd-style': {
    en: 'This is macOS or FreeBSD sysctl output ("name: value"). This extension checks Linux sysctl settings, whose keys and values differ; these lines are not checked.',
    zh: '这是 macOS 或 FreeBSD 的 sysctl 输出（“name: value” 格式）。本扩展检查的是 Linux 内核参数，两者的参数名和取值都不同，这些行不做检查。',
  },
  binary: {
    en: 'This line holds control characters or undecodable bytes; it is not a sysctl setting.',
    zh: '这一行包含控制字符或无法解码的字节，不是有效的 sysctl 配置。',
  },
};

export const syntaxError: SysctlRule = {
  code: 'sysctl.syntax-error',
  check({ file }) {
    const findings = new CappedFindings(this.code, 'error', MAX_SYNTAX_ERRORS_REPORTED);
    let bsdStyle: Finding | undefined;
    for (const problem of file.problems) {
      // One note stands for every line of a macOS/FreeBSD sysctl -a: they are another system's output, not mistakes.
      if (problem.kind === 'bsd-style') {
        bsdStyle ??= { code: this.code, severity: 'information', line: problem.line, span: problem.span, message: MESSAGES['bsd-style'] };
      } else if (findings.hasRoom) {
        findings.add({ code: this.code, severity: 'error', line: problem.line, span: problem.span, message: MESSAGES[problem.kind] });
      } else {
        findings.skip(problem.line, problem.span);
      }
    }
    const reported = findings.result({
      en: '{hidden} more lines from here on are not sysctl settings either and are not reported one by one. Is this really a sysctl file?',
      zh: '从这里开始还有 {hidden} 行同样不是 sysctl 配置，不再逐行提示。请确认这确实是 sysctl 配置文件。',
    });
    return bsdStyle ? [bsdStyle, ...reported] : reported;
  },
};
