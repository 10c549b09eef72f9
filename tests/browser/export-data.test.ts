// The export dialog's data files from the Manzhouli notice, as a user saves them: named after the
// notice, CSV with a BOM, the network as well-formed GraphML and GEXF with a node per agency and task
// and an edge per (task, agency, role) the hand-read item table gives.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handItems } from '../support/manzhouli-items.ts';
import { descendants, parseXmlStrict } from '../unit/xml-tree.ts';
import { launchBrowser, openApp } from './app.ts';
import { downloadFrom, openExportDialog } from './export-helpers.ts';

const SHORT_TITLE = '内蒙古满洲里重点开发开放试验区建设总体规划';
const hand = handItems();
const handEdges = new Set(
  hand.flatMap((i) => [
    ...i.leads.map((a) => `${i.task}|${a}|lead`),
    ...i.cooperators.map((a) => `${i.task}|${a}|cooperate`),
  ]),
);
const handAgencies = new Set(hand.flatMap((i) => [...i.leads, ...i.cooperators]));

let browser: Browser;
let page: Page;
let errors: readonly string[];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ page, errors } = await openApp(browser, { view: 'matrix' }));
  await openExportDialog(page);
});

afterAll(async () => {
  await browser?.close();
});

const text = (bytes: Buffer) => bytes.toString('utf8');

describe('data files from the export dialog', () => {
  it('saves the assignments as CSV with a BOM, one row per item, agency and role', async () => {
    const file = await downloadFrom(page, '[data-format="csv"]');
    expect(file.name).toBe(`${SHORT_TITLE}-assignments-2014-02-26.csv`);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text(file.bytes).slice(1).split('\r\n').slice(0, -1);
    expect(lines[0]).toBe(
      'section,task,item_id,item_title,role,agency,agency_generic,deadline,note,start,end',
    );
    const roles = hand.reduce((n, i) => n + i.leads.length + i.cooperators.length, 0);
    expect(lines).toHaveLength(1 + roles);
    expect(await page.textContent('.export-done')).toContain(file.name);
  });

  it('saves the workload table with 自治区发展改革委 on top', async () => {
    const file = await downloadFrom(page, '[data-format="workload"]');
    expect(file.name).toBe(`${SHORT_TITLE}-workload-2014-02-26.csv`);
    const lines = text(file.bytes).slice(1).split('\r\n');
    expect(lines[1]).toBe('自治区发展改革委,9,51,25,7,38,78,true');
  });

  it('saves the agency × task matrix and the agency × agency matrix as CSV', async () => {
    const matrix = await downloadFrom(page, '[data-format="matrix"]');
    const rows = text(matrix.bytes).slice(1).split('\r\n').slice(0, -1);
    expect(rows).toHaveLength(1 + 45);
    expect(rows[0]?.split(',')).toHaveLength(1 + 29 + 4);
    expect(rows[1]?.startsWith('自治区发展改革委,')).toBe(true);
    const square = await downloadFrom(page, '[data-format="coassignment"]');
    const cells = text(square.bytes).slice(1).split('\r\n').slice(0, -1);
    expect(cells).toHaveLength(46);
    expect(cells.every((l) => l.split(',').length === 46)).toBe(true);
  });

  it('saves the model as JSON the public format describes', async () => {
    const file = await downloadFrom(page, '[data-format="json"]');
    const model = JSON.parse(text(file.bytes)) as Record<string, unknown[]> & { format: string };
    expect(model.format).toBe('fengong-atlas/notice');
    expect(model.assignments).toHaveLength(77);
    expect(model.agencies).toHaveLength(45);
  });

  it('saves well-formed GraphML with a node per agency and task and an edge per task, agency and role', async () => {
    const file = await downloadFrom(page, '[data-format="graphml"]');
    expect(file.name.endsWith('-network-2014-02-26.graphml')).toBe(true);
    const root = parseXmlStrict(text(file.bytes));
    expect(root.name).toBe('graphml');
    expect(descendants(root, 'node')).toHaveLength(handAgencies.size + 29);
    expect(descendants(root, 'edge')).toHaveLength(handEdges.size);
  });

  it('saves well-formed GEXF with the same nodes and edges', async () => {
    const file = await downloadFrom(page, '[data-format="gexf"]');
    const root = parseXmlStrict(text(file.bytes));
    expect(root.name).toBe('gexf');
    expect(descendants(root, 'node')).toHaveLength(handAgencies.size + 29);
    expect(descendants(root, 'edge')).toHaveLength(handEdges.size);
  });

  it('raised no error in the page', () => {
    expect(errors).toEqual([]);
  });
});
