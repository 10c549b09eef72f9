// The parser's findings counted by level, most serious first, for a one-line summary the views word in
// their language (`1 error · 2 warnings · 3 info`); levels without findings are left out.
import type { Diagnostic, DiagnosticLevel } from '../notice/model.ts';

const LEVELS: readonly DiagnosticLevel[] = ['error', 'warning', 'info'];

export function diagnosticCounts(
  diagnostics: readonly Diagnostic[],
): readonly (readonly [DiagnosticLevel, number])[] {
  return LEVELS.map((level) => [level, diagnostics.filter((d) => d.level === level).length] as const).filter(
    ([, count]) => count > 0,
  );
}

/** The most serious level among the findings, or null when there are none. */
export function worstLevel(diagnostics: readonly Diagnostic[]): DiagnosticLevel | null {
  return LEVELS.find((level) => diagnostics.some((d) => d.level === level)) ?? null;
}
