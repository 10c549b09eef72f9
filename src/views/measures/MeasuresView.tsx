// The "Measures" view, as Gephi Lite's data table: one row per agency with every figure the app
// computes for it, sortable by any column, filtered by name, by the overload flag or by coordination
// bloc; every count opens the items behind it, a name selects the agency everywhere, and the table
// saves as the CSV the CLI writes (`--format metrics`).
import { useMemo, useState, type CSSProperties } from 'react';
import { toMetricsCsv } from '../../export/data/metrics-csv.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { downloadBlob } from '../export/download.ts';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { ItemGroups } from '../graph/ItemGroups.tsx';
import { groupItems } from '../graph/panel-items.ts';
import { usePanelSubject } from '../graph/usePanelSubject.ts';
import { blocColor } from './bloc-colors.ts';
import {
  countedEntries,
  measureTable,
  shownRows,
  type Countable,
  type Measure,
  type MeasureRow,
} from './measure-rows.ts';
import '../matrix/MatrixView.css';
import '../projects/ProjectsView.css';
import './MeasuresView.css';

const VIEW = 'measures';
const NO_GRAPH: GraphData = { nodes: [], edges: [] };

const COLUMNS: readonly { key: Measure; zh: string; en: string; hint: string; countable: boolean }[] = [
  { key: 'led', zh: '牵头', en: 'Led', hint: 'Items it leads', countable: true },
  { key: 'cooperated', zh: '配合', en: 'Coop.', hint: 'Items it cooperates in', countable: true },
  { key: 'responsible', zh: '负责', en: 'Resp.', hint: 'Items shared with no lead named', countable: true },
  { key: 'items', zh: '条目', en: 'Items', hint: 'Distinct items it is named in', countable: true },
  { key: 'tasks', zh: '任务', en: 'Tasks', hint: 'Distinct tasks', countable: true },
  { key: 'sections', zh: '部分', en: 'Sect.', hint: 'Distinct sections', countable: true },
  { key: 'partners', zh: '伙伴', en: 'Partners', hint: 'Agencies it shares an item with', countable: true },
  {
    key: 'strength',
    zh: '加权度',
    en: 'W. degree',
    hint: 'Items shared, summed over its partners',
    countable: false,
  },
  {
    key: 'betweenness',
    zh: '中介',
    en: 'Between.',
    hint: 'Share of shortest paths between other agencies that pass through it (0–1)',
    countable: false,
  },
  {
    key: 'load',
    zh: '负荷',
    en: 'Load',
    hint: 'Led × 3 + cooperated × 1 + responsible × 2',
    countable: false,
  },
];

function format(measure: Measure, value: number): string {
  return measure === 'betweenness' ? value.toFixed(3) : String(value);
}

export function MeasuresView() {
  const { model, workloads, selection, select } = useAtlas();
  const table = useMemo(() => measureTable(model, workloads), [model, workloads]);
  const [sort, setSort] = useState<Measure | 'name'>('load');
  const [descending, setDescending] = useState(true);
  const [text, setText] = useState('');
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [bloc, setBloc] = useState<number | null>(null);
  const [open, setOpen] = useState<{ agency: AgencyId; measure: Countable } | null>(null);
  const rows = useMemo(
    () => shownRows(table.rows, sort, descending, { text, flaggedOnly, bloc }),
    [table, sort, descending, text, flaggedOnly, bloc],
  );
  const subject = usePanelSubject(selection, model, NO_GRAPH);
  const selected = subject?.kind === 'agency' ? subject.id : null;
  const names = useMemo(() => new Map(model.agencies.map((a) => [a.id, a.name])), [model]);

  const sortBy = (key: Measure | 'name') => {
    if (key === sort) setDescending(!descending);
    else {
      setSort(key);
      setDescending(key !== 'name');
    }
  };
  const saveCsv = () => {
    const title = model.notice.title || 'notice';
    downloadBlob(
      new Blob([toMetricsCsv(model, workloads)], { type: 'text/csv' }),
      `${title.slice(0, 40)}-measures.csv`,
    );
  };

  return (
    <div className="matrix-view measures-view" data-rows={rows.length}>
      <div className="view-bar">
        <h2 className="view-bar-title">
          Measures<small>指标 every figure per agency, as a table</small>
        </h2>
        <div className="measures-tools">
          <input
            type="search"
            className="measures-filter"
            placeholder="筛选单位 Filter agencies"
            aria-label="Filter agencies by name"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <label className="measures-flagged">
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
            超负荷 Overloaded only
          </label>
          <button type="button" className="ws-button measures-csv" onClick={saveCsv}>
            CSV
          </button>
        </div>
      </div>
      <BlocChips blocs={table.blocs} names={names} bloc={bloc} onBloc={setBloc} />
      <div className="projects-main">
        <div className="projects-stage">
          <table className="project-table measures-table">
            <thead>
              <tr>
                <SortHeader
                  label="单位"
                  sublabel="Agency"
                  active={sort === 'name'}
                  descending={descending}
                  onClick={() => sortBy('name')}
                />
                <th scope="col" className="measures-bloc-head">
                  群<span className="measures-head-en">Bloc</span>
                </th>
                {COLUMNS.map((c) => (
                  <SortHeader
                    key={c.key}
                    label={c.zh}
                    sublabel={c.en}
                    hint={c.hint}
                    numeric
                    measure={c.key}
                    active={sort === c.key}
                    descending={descending}
                    onClick={() => sortBy(c.key)}
                  />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <MeasureRowView
                  key={row.agency}
                  row={row}
                  selected={row.agency === selected}
                  open={open?.agency === row.agency ? open.measure : null}
                  onPick={() => select({ kind: 'agency', id: row.agency }, VIEW)}
                  onOpen={(measure) =>
                    setOpen(
                      open?.agency === row.agency && open.measure === measure
                        ? null
                        : { agency: row.agency, measure },
                    )
                  }
                />
              ))}
            </tbody>
          </table>
          {rows.length === 0 ? <p className="projects-empty">没有符合条件的单位 No agency matches.</p> : null}
        </div>
        <GraphPanel graph={NO_GRAPH} subject={subject} onEgo={() => undefined} intro={<MeasuresIntro />} />
      </div>
    </div>
  );
}

function SortHeader(props: {
  label: string;
  sublabel: string;
  hint?: string;
  numeric?: boolean;
  measure?: Measure;
  active: boolean;
  descending: boolean;
  onClick: () => void;
}) {
  const sorted = props.active ? (props.descending ? 'descending' : 'ascending') : 'none';
  return (
    <th
      scope="col"
      aria-sort={sorted}
      className={props.numeric ? 'is-number' : undefined}
      data-measure={props.measure}
    >
      <button type="button" className="measures-sort" title={props.hint} onClick={props.onClick}>
        {props.label}
        <span className="measures-head-en">{props.sublabel}</span>
        <span className="measures-sort-mark" aria-hidden="true">
          {props.active ? (props.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}

function MeasureRowView(props: {
  row: MeasureRow;
  selected: boolean;
  open: Countable | null;
  onPick: () => void;
  onOpen: (measure: Countable) => void;
}) {
  const { row } = props;
  return (
    <>
      <tr
        data-agency={row.agency}
        aria-selected={props.selected}
        className={
          [props.selected ? 'is-selected' : '', row.generic ? 'is-generic' : ''].join(' ').trim() || undefined
        }
      >
        <td className="measures-name">
          <button type="button" className="measures-agency" onClick={props.onPick}>
            {row.name}
          </button>
          {row.flagged ? (
            <span className="measures-flag" title="Overloaded: at least 5 MADs above the median load">
              超负荷
            </span>
          ) : null}
        </td>
        <td className="measures-bloc">
          {row.bloc === null ? (
            '—'
          ) : (
            <span className="measures-bloc-tag" style={{ '--bloc': blocColor(row.bloc) } as CSSProperties}>
              {row.bloc}
            </span>
          )}
        </td>
        {COLUMNS.map((c) => {
          const value = row.values[c.key];
          return (
            <td key={c.key} className="is-number" data-measure={c.key}>
              {c.countable && value > 0 ? (
                <button
                  type="button"
                  className="measures-count"
                  aria-expanded={props.open === c.key}
                  title={`Open the ${c.en.toLowerCase()} behind this number`}
                  onClick={() => props.onOpen(c.key as Countable)}
                >
                  {format(c.key, value)}
                </button>
              ) : (
                format(c.key, value)
              )}
            </td>
          );
        })}
      </tr>
      {props.open ? (
        <tr className="measures-detail">
          <td colSpan={COLUMNS.length + 2}>
            <CountDetail agency={row.agency} name={row.name} measure={props.open} />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function CountDetail({ agency, name, measure }: { agency: AgencyId; name: string; measure: Countable }) {
  const { model, select } = useAtlas();
  const entries = useMemo(() => countedEntries(model, agency, measure), [model, agency, measure]);
  const names = useMemo(() => new Map(model.agencies.map((a) => [a.id as string, a.name])), [model]);
  const column = COLUMNS.find((c) => c.key === measure);
  const heading = `${name} — ${entries.length} ${column?.en.toLowerCase() ?? measure}`;
  if (measure === 'partners') {
    return (
      <div className="measures-detail-body">
        <p className="measures-detail-head">{heading}</p>
        <ol className="measures-partners">
          {entries.map((e) => (
            <li key={e.key}>
              <button type="button" onClick={() => select({ kind: 'agency', id: e.key as AgencyId }, VIEW)}>
                {names.get(e.key) ?? e.key}
              </button>{' '}
              <span className="measures-partner-count">{e.items.length}</span>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  const items = [...new Map(entries.flatMap((e) => e.items).map((i) => [i.id, i])).values()];
  return (
    <div className="measures-detail-body">
      <p className="measures-detail-head">{heading}</p>
      <ItemGroups
        groups={groupItems(model, items, agency)}
        agencies={null}
        selectedItem={null}
        onPick={(item) => select({ kind: 'item', id: item }, VIEW)}
      />
    </div>
  );
}

function BlocChips(props: {
  blocs: ReturnType<typeof measureTable>['blocs'];
  names: ReadonlyMap<AgencyId, string>;
  bloc: number | null;
  onBloc: (bloc: number | null) => void;
}) {
  const { model } = useAtlas();
  const sections = useMemo(() => new Map(model.sections.map((s) => [s.id, s.title])), [model]);
  if (props.blocs.length === 0) return null;
  const chosen = props.blocs.find((b) => b.id === props.bloc);
  const worksIn = (b: (typeof props.blocs)[number]) =>
    b.sections
      .slice(0, 3)
      .map((s) => sections.get(s) ?? s)
      .join('；');
  return (
    <>
      <div className="project-kinds measures-blocs" role="group" aria-label="Coordination blocs">
        <button
          type="button"
          className="project-kind is-all"
          aria-pressed={props.bloc === null}
          onClick={() => props.onBloc(null)}
        >
          全部 All blocs
        </button>
        {props.blocs.map((b) => (
          <button
            key={b.id}
            type="button"
            className="project-kind measures-bloc-chip"
            data-bloc={b.id}
            aria-pressed={props.bloc === b.id}
            style={{ '--kind': blocColor(b.id) } as CSSProperties}
            title={`Works in: ${worksIn(b)}`}
            onClick={() => props.onBloc(props.bloc === b.id ? null : b.id)}
          >
            <span className="project-kind-swatch" aria-hidden="true" />
            {b.id} {props.names.get(b.agencies[0] as AgencyId)}
            <span className="project-kind-count">{b.agencies.length}</span>
          </button>
        ))}
      </div>
      {chosen ? (
        // What the bloc shares, in one line: its heaviest agency, its size, the sections it works in.
        <p className="measures-bloc-note" data-bloc={chosen.id}>
          <strong>
            {props.names.get(chosen.agencies[0] as AgencyId)} and {chosen.agencies.length - 1} others
          </strong>{' '}
          share {chosen.items.length} items, most in {worksIn(chosen)}.
        </p>
      ) : null}
    </>
  );
}

function MeasuresIntro() {
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">使用 How to read it</p>
      <p>
        点击列名排序，点击数字查看其背后的条目。Click a column to sort by it, a number to open the items
        behind it, a name to see the agency&apos;s partners and items here. Blocs are the communities of the
        coordination network (Louvain), each named by its heaviest agency.
      </p>
    </div>
  );
}
