// Golden files: the seed notice exported as GraphML, GEXF and CSV, compared byte for byte with the
// reviewed files in tests/golden. A change in output shows up as a diff to review, not a mystery.
// Rewrite them with `UPDATE_GOLDEN=1 npx vitest run tests/unit/golden` after checking the change.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toAssignmentsCsv } from '../../../src/export/data/assignments-csv.ts';
import { toGexf } from '../../../src/export/data/gexf.ts';
import { toGraphml } from '../../../src/export/data/graphml.ts';
import type { NoticeModel } from '../../../src/notice/model.ts';
import { parseNotice } from '../../../src/projects/parse-notice.ts';
import { descendants, parseXmlStrict } from '../xml-tree.ts';
import { checkGolden } from './golden-file.ts';

const SEED = new URL('../../../seeds/manzhouli-pilot-zone-2014.txt', import.meta.url);

const GOLDEN: readonly [string, (model: NoticeModel) => string][] = [
  ['seed.graphml', toGraphml],
  ['seed.gexf', toGexf],
  ['seed-assignments.csv', toAssignmentsCsv],
];

describe('seed exports match the golden files', () => {
  const model = parseNotice(readFileSync(SEED));

  it.each(GOLDEN)('%s', (fileName, build) => {
    checkGolden(fileName, build(model));
  });

  it('XML exports of the seed are well-formed: one node per agency and task, edges between them', () => {
    for (const xml of [toGraphml(model), toGexf(model)]) {
      const root = parseXmlStrict(xml);
      const nodes = descendants(root, 'node');
      expect(nodes).toHaveLength(model.agencies.length + model.tasks.length);
      const ids = new Set(nodes.map((n) => n.attributes.id));
      for (const e of descendants(root, 'edge')) {
        expect(ids.has(e.attributes.source!) && ids.has(e.attributes.target!)).toBe(true);
      }
    }
  });
});
