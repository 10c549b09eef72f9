// A one-line count of the parser's findings by level, most serious first: `1 error · 2 warnings · 3 info`.
import type { Diagnostic, DiagnosticLevel } from '../notice/model.ts';

const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'info'];

export function diagnosticSummary(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return 'none';
  return LEVELS.map((level) => [level, diagnostics.filter((d) => d.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}${count > 1 && level !== 'info' ? 's' : ''}`)
    .join(' · ');
}

/** The most serious level among the findings, or null when there are none. */
export function worstLevel(diagnostics: readonly Diagnostic[]): DiagnosticLevel | null {
  return LEVELS.find((level) => diagnostics.some((d) => d.level === level)) ?? null;
}
