// The diagnostics toggle's count line and warning dot.
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticLevel } from '../notice/model.ts';
import { diagnosticCounts, worstLevel } from './diagnostic-summary.ts';

const at = (level: DiagnosticLevel): Diagnostic => ({
  code: 'NO_TITLE',
  level,
  message: '',
  line: 1,
  column: 1,
  offset: 0,
});

describe('diagnosticCounts', () => {
  it('counts by level, most serious first, leaving out levels without findings', () => {
    expect(diagnosticCounts([at('info'), at('warning'), at('error'), at('warning'), at('info')])).toEqual([
      ['error', 1],
      ['warning', 2],
      ['info', 2],
    ]);
    expect(diagnosticCounts([at('info')])).toEqual([['info', 1]]);
    expect(diagnosticCounts([])).toEqual([]);
  });

  it('names the most serious level', () => {
    expect(worstLevel([at('info'), at('warning')])).toBe('warning');
    expect(worstLevel([])).toBeNull();
  });
});
