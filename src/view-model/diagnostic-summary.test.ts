// The diagnostics toggle's count line and warning dot.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticLevel } from '../notice/model.ts';
import { diagnosticSummary, worstLevel } from './diagnostic-summary.ts';

const at = (level: DiagnosticLevel): Diagnostic => ({
  code: 'NO_TITLE',
  level,
  message: '',
  line: 1,
  column: 1,
  offset: 0,
});

describe('diagnosticSummary', () => {
  it('counts by level, most serious first', () => {
    expect(diagnosticSummary([at('info'), at('warning'), at('error'), at('warning'), at('info')])).toBe(
      '1 error · 2 warnings · 2 info',
    );
    expect(diagnosticSummary([])).toBe('none');
  });

  it('names the most serious level', () => {
    expect(worstLevel([at('info'), at('warning')])).toBe('warning');
    expect(worstLevel([])).toBeNull();
  });
});
