// The benchmark report as a plain-text table, one row per measurement.
import type { BenchRow } from './benchmark.ts';

const COLUMNS = ['benchmark', 'input', 'runs', 'median', 'throughput', 'peak heap', 'target', 'met'] as const;

function meets(row: BenchRow): boolean {
  const { min, max } = row.target ?? {};
  return (min === undefined || row.value >= min) && (max === undefined || row.value <= max);
}

function cells(row: BenchRow): string[] {
  const met = row.target === null ? '—' : meets(row) ? 'yes' : 'NO';
  return [
    row.benchmark,
    row.input,
    String(row.runs),
    `${row.medianMs.toFixed(2)} ms`,
    `${row.value.toFixed(1)} ${row.unit}`,
    `${(row.peakHeapBytes / 1e6).toFixed(1)} MB`,
    row.target?.label ?? '—',
    met,
  ];
}

export function formatReport(rows: readonly BenchRow[]): string {
  const table = [[...COLUMNS], ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(table[0]!), rule, ...table.slice(1).map(line)].join('\n');
}

export function allTargetsMet(rows: readonly BenchRow[]): boolean {
  return rows.every(meets);
}
