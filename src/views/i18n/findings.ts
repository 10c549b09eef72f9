// A parser finding or a notice check in the interface's language, from its code and arguments. A code
// this build does not know (a finding from elsewhere) keeps the core's English rather than nothing.
import type { NoticeCheck } from '../../analysis/checks.ts';
import type { Diagnostic, DiagnosticCode } from '../../notice/diagnostics.ts';
import type { ImportFailure, NoticeSummary } from '../../worker/protocol.ts';
import type { Messages } from './messages.ts';

export function sayDiagnostic(d: Pick<Diagnostic, 'code' | 'args' | 'message'>, m: Messages): string {
  const say = Object.hasOwn(m.findings.diagnostics, d.code) ? m.findings.diagnostics[d.code] : undefined;
  return say ? say(...(d.args ?? [])) : d.message;
}

/** Why a file was not imported, in the interface's language; the core's English when it gave no code. */
export function sayImportFailure(
  outcome: { error: string; problem?: ImportFailure | undefined },
  m: Messages,
): string {
  const { problem } = outcome;
  if (!problem) return outcome.error;
  const finding = (code: string) =>
    Object.hasOwn(m.findings.diagnostics, code) ? m.findings.diagnostics[code as DiagnosticCode]() : code;
  return m.importProblems.say[problem.code](problem.args, finding, outcome.error);
}

/** The parser's warnings about an imported notice: from their codes, or the core's English before. */
export function sayWarnings(summary: NoticeSummary, m: Messages): string {
  return summary.findings
    ? summary.findings.map((f) => sayDiagnostic({ code: f.code, args: f.args, message: '' }, m)).join(' ')
    : summary.warnings.join(' ');
}

export function sayCheck(check: NoticeCheck, m: Messages): string {
  if (check.kind === 'not-read')
    return check.diagnostic
      ? sayDiagnostic({ code: check.diagnostic, args: check.args, message: check.message }, m)
      : check.message;
  return m.findings.checks[check.kind](...check.args);
}
