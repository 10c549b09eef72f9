// Diagnostics as compilers print them (`file:line:column: level: message`), so editors and CI logs
// can jump to the place in the notice.
import type { Diagnostic } from '../notice/model.ts';

/** Only warnings and errors: info findings (encoding used, rules stated) would drown them. */
export function diagnosticLines(fileName: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics
    .filter((d) => d.level === 'warning' || d.level === 'error')
    .map((d) => `${fileName}:${d.line}:${d.column}: ${d.level}: ${d.message}`);
}
