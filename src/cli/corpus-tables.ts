// Writes a part of a run's rows: one Parquet file (hyparquet-writer) and one CSV (UTF-8 with BOM, as
// the app's CSVs) per table, in a folder per table — `<out>/items/part-2-of-4-w1.parquet` for shard 2
// of 4, worker 1 — so DuckDB and Spark read a table as one glob over the parts of a run.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { TABLES, type Row, type TableName, type TableSpec } from '../corpus/tables.ts';
import { csvTable } from '../export/data/csv.ts';

export type CorpusFormat = 'parquet' | 'csv' | 'both';

function parquetOf(spec: TableSpec, rows: readonly Row[]): Uint8Array {
  const columnData = spec.columns.map((column, i) => ({
    name: column.name,
    type: column.type,
    data: rows.map((row) => row[i] ?? null),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, createdBy: 'Fengong Atlas corpus' }));
}

export async function writeTables(
  out: string,
  rows: ReadonlyMap<TableName, readonly Row[]>,
  part: string,
  format: CorpusFormat,
): Promise<string[]> {
  const written: string[] = [];
  for (const spec of TABLES) {
    const tableRows = rows.get(spec.name) ?? [];
    const folder = join(out, spec.name);
    await mkdir(folder, { recursive: true });
    if (format !== 'csv') {
      const file = join(folder, `${part}.parquet`);
      await writeFile(file, parquetOf(spec, tableRows));
      written.push(file);
    }
    if (format !== 'parquet') {
      const file = join(folder, `${part}.csv`);
      await writeFile(
        file,
        csvTable(
          spec.columns.map((c) => c.name),
          tableRows,
        ),
      );
      written.push(file);
    }
  }
  return written;
}
