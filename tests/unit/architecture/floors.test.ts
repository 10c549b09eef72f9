// The floors of ARCHITECTURE.md, held two ways: the lint rules refuse a probe import that breaks a floor
// or closes a circle, and the folder graph drawn from every import in src/ runs only downwards.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { FLOORS } from '../../../eslint.config.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function ruleIdsFor(file: string, code: string): Promise<string[]> {
  // A probe that names a file no longer there would pass for the wrong reason: the import must resolve.
  for (const [, target] of code.matchAll(/from '(\.[^']+)'/g))
    expect(existsSync(join(ROOT, dirname(file), target ?? '')), `${target} exists`).toBe(true);
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the lint rules hold the floors', () => {
  it('refuse an import from a higher floor (the notice grammar importing graph code)', async () => {
    const ids = await ruleIdsFor(
      'src/notice/probe.ts',
      "export { buildNetwork } from '../graph/network.ts';\n",
    );
    expect(ids).toContain('import-x/no-restricted-paths');
  });

  it('refuse the view-model importing the views or React', async () => {
    const views = await ruleIdsFor(
      'src/view-model/probe.ts',
      "export { downloadBlob } from '../views/shared/download.ts';\n",
    );
    expect(views).toContain('import-x/no-restricted-paths');
    const react = await ruleIdsFor('src/view-model/probe.ts', "export { useState } from 'react';\n");
    expect(react).toContain('no-restricted-imports');
  });

  it('refuse a circle (the row checks importing the schema that imports them)', async () => {
    const checks = readFileSync(join(ROOT, 'src/store/row-checks.ts'), 'utf8');
    const probe = `${checks}export { SCHEMA_VERSIONS } from './schema.ts';\n`;
    expect(await ruleIdsFor('src/store/row-checks.ts', probe)).toContain('import-x/no-cycle');
  });

  it('let a downward import through', async () => {
    const ids = await ruleIdsFor(
      'src/graph/probe.ts',
      "export type { NoticeModel } from '../notice/model.ts';\n",
    );
    expect(ids).toEqual([]);
  });
});

const walk = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

/** Every relative import of every source file in src/, type-only ones included; tests and fixtures
 *  are left out (they may reach up). */
function fileImports(): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  for (const file of walk('src')) {
    if (!/\.tsx?$/.test(file) || /\.(test|fixture)\./.test(file)) continue;
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) =>
      normalize(join(dirname(file), m[1] ?? '')),
    );
    imports.set(file, targets);
  }
  return imports;
}

/** The top-level folder of src/ a file is in; the entry files (src/main.tsx) sit above all floors. */
const folderOf = (file: string): string | null => {
  const parts = relative('src', file).split('/');
  return parts.length > 1 ? (parts[0] ?? null) : null;
};

/** Groups of files that import each other round a circle (Tarjan's strongly connected components). */
function circles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) ?? 0);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) group.push(w);
    if (group.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('the folder graph drawn from the imports', () => {
  const floorOf = new Map(FLOORS.flatMap((folders, floor) => folders.map((f) => [f, floor] as const)));

  it('puts every folder of src/ on a floor', () => {
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !floorOf.has(f))).toEqual([]);
  });

  const imports = fileImports();

  it('has no arrow running up', () => {
    const upward = new Set<string>();
    for (const [file, targets] of imports) {
      const from = folderOf(file);
      if (from === null) continue;
      for (const to of targets.map(folderOf)) {
        if (to !== null && (floorOf.get(to) ?? 0) > (floorOf.get(from) ?? 0)) upward.add(`${from} → ${to}`);
      }
    }
    expect([...upward]).toEqual([]);
  });

  it('has no circle between files, type-only imports included', () => {
    expect(circles(imports)).toEqual([]);
  });

  it('keeps the views apart: i18n/ and shared/ import no view, and no two views import each other', () => {
    const viewOf = (file: string): string | null => {
      const parts = relative('src/views', file).split('/');
      return parts.length > 1 && !parts[0]?.startsWith('..') ? (parts[0] ?? null) : null;
    };
    const pairs = new Set<string>();
    for (const [file, targets] of imports) {
      const from = viewOf(file);
      if (from === null) continue;
      for (const to of targets.map(viewOf)) if (to !== null && to !== from) pairs.add(`${from} → ${to}`);
    }
    // The message catalogue is the ground of the views; shared hooks and controls may speak through it.
    const shared = [...pairs].filter(
      (p) => p.startsWith('i18n →') || (p.startsWith('shared →') && p !== 'shared → i18n'),
    );
    const mutual = [...pairs].filter((p) => pairs.has(p.split(' → ').reverse().join(' → ')));
    expect({ shared, mutual }).toEqual({ shared: [], mutual: [] });
  });
});
