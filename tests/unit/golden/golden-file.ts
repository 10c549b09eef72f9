// Golden files compared byte for byte, with a failure that says which file differs, at which line
// and in which SVG group, expected against actual, and how to accept an intended change. Nothing is
// normalised: a golden that differs in one byte fails.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = new URL('../../golden/', import.meta.url);
export const ACCEPT_COMMAND = 'UPDATE_GOLDEN=1 npx vitest run tests/unit/golden';
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Where two texts first part: 1-based line and column, and the line on each side ('' past the end). */
export interface FirstDifference {
  readonly line: number;
  readonly column: number;
  readonly expected: string;
  readonly actual: string;
  /** The `<g id="…">` the line stands in, for an SVG. */
  readonly group: string | null;
}

export function firstDifference(actual: string, expected: string): FirstDifference | null {
  if (actual === expected) return null;
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const [lineA, lineE] = [a[i] ?? '', e[i] ?? ''];
  let column = 0;
  while (column < lineA.length && lineA[column] === lineE[column]) column++;
  let group: string | null = null;
  for (let j = i; j >= 0 && group === null; j--) group = /^<g id="([^"]+)">$/.exec(e[j] ?? '')?.[1] ?? null;
  return { line: i + 1, column: column + 1, expected: lineE, actual: lineA, group };
}

/** A long line cut to the stretch round `column`, so a 1-px change in a long path shows. */
function excerpt(line: string, column: number): string {
  const from = Math.max(0, column - 1 - 80);
  const to = Math.min(line.length, column - 1 + 80);
  return `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
}

/** Null when the bytes match; else a message a reviewer can act on. */
export function goldenMismatch(fileName: string, actual: Uint8Array, expected: Uint8Array): string | null {
  if (Buffer.compare(Buffer.from(actual), Buffer.from(expected)) === 0) return null;
  const decoder = new TextDecoder();
  const diff = firstDifference(decoder.decode(actual), decoder.decode(expected));
  const where = diff
    ? [
        `first difference at line ${diff.line}, column ${diff.column}${diff.group ? ` (in <g id="${diff.group}">)` : ''}:`,
        `  expected: ${excerpt(diff.expected, diff.column) || '(end of file)'}`,
        `  actual:   ${excerpt(diff.actual, diff.column) || '(end of file)'}`,
      ]
    : ['the text is the same but the bytes differ (encoding or byte order mark)'];
  return [
    `tests/golden/${fileName} differs from what the code now writes (${actual.length} bytes, golden ${expected.length}):`,
    ...where,
    `If the change is intended, look at it, then accept it with: ${ACCEPT_COMMAND}`,
  ].join('\n');
}

/** Compares `actual` with tests/golden/<fileName>, rewriting the golden first under UPDATE_GOLDEN=1. */
export function checkGolden(fileName: string, actual: string | Uint8Array): void {
  const bytes = typeof actual === 'string' ? new TextEncoder().encode(actual) : actual;
  const path = fileURLToPath(new URL(fileName, GOLDEN_DIR));
  if (UPDATE) writeFileSync(path, bytes);
  let expected: Uint8Array;
  try {
    expected = readFileSync(path);
  } catch {
    throw new Error(`tests/golden/${fileName} is missing. Write it with: ${ACCEPT_COMMAND}`);
  }
  const mismatch = goldenMismatch(fileName, bytes, expected);
  if (mismatch) throw new Error(mismatch);
}
