import { describe, expect, it } from 'vitest';
import { FIXTURE_MODEL } from '../../tests/unit/fixtures/notice-model.ts';
import { diagnosticLines } from './diagnostic-lines.ts';

describe('diagnosticLines', () => {
  it('prints warnings and errors as file:line:column, leaving info out', () => {
    expect(diagnosticLines('seed.txt', FIXTURE_MODEL.diagnostics)).toEqual([
      'seed.txt:9:6: warning: outside',
    ]);
  });
});
