// The "Measures" view, as Gephi Lite's data table: one row per agency with every figure the app
// computes for it, sortable by any column, filtered by name, by the overload flag or by coordination
// bloc; every count opens the items behind it, a name selects the agency everywhere, and the table
// saves as the CSV the CLI writes (`--format metrics`).
import { useMessages } from '../i18n/lang-context.tsx';
import type { Messages } from '../i18n/messages.ts';
import { useMemo, useState, type CSSProperties } from 'react';
import { toMetricsCsv } from '../../export/data/metrics-csv.ts';
import type { GraphData } from '../../graph/network.ts';
import type { AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { downloadBlob } from '../shared/download.ts';
import { GraphPanel } from '../graph/GraphPanel.tsx';
import { ItemGroups } from '../graph/ItemGroups.tsx';
import { groupItems } from '../graph/panel-items.ts';
import { usePanelSubject } from '../graph/usePanelSubject.ts';
import { blocColor } from '../shared/bloc-colors.ts';
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

/** The columns in order; their heads and hints are in the message catalogue (i18n/measures-messages). */
const COLUMNS: readonly { key: Measure; countable: boolean }[] = [
  { key: 'led', countable: true },
  { key: 'cooperated', countable: true },
  { key: 'responsible', countable: true },
  { key: 'items', countable: true },
  { key: 'tasks', countable: true },
  { key: 'sections', countable: true },
  { key: 'partners', countable: true },
  { key: 'strength', countable: false },
  { key: 'betweenness', countable: false },
  { key: 'load', countable: false },
];

function columnWords(m: Messages, key: Measure): { label: string; hint: string } {
  return m.measures.columns[key] ?? { label: key, hint: '' };
}

function format(measure: Measure, value: number): string {
  return measure === 'betweenness' ? value.toFixed(3) : String(value);
}

export function MeasuresView() {
  const { model, workloads, selection, select } = useAtlas();
  const m = useMessages();
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
          {m.measures.title}
          <small>{m.measures.subtitle}</small>
        </h2>
        <div className="measures-tools">
          <input
            type="search"
            className="measures-filter"
            placeholder={m.measures.filter}
            aria-label={m.measures.filterLabel}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <label className="measures-flagged">
            <input type="checkbox" checked={flaggedOnly} onChange={(e) => setFlaggedOnly(e.target.checked)} />
            {m.measures.overloadedOnly}
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
                  label={m.measures.agency}
                  active={sort === 'name'}
                  descending={descending}
                  onClick={() => sortBy('name')}
                />
                <th scope="col" className="measures-bloc-head">
                  {m.measures.bloc}
                </th>
                {COLUMNS.map((c) => (
                  <SortHeader
                    key={c.key}
                    label={columnWords(m, c.key).label}
                    hint={columnWords(m, c.key).hint}
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
          {rows.length === 0 ? <p className="projects-empty">{m.measures.noMatch}</p> : null}
        </div>
        <GraphPanel graph={NO_GRAPH} subject={subject} onEgo={() => undefined} intro={<MeasuresIntro />} />
      </div>
    </div>
  );
}

function SortHeader(props: {
  label: string;
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
  const m = useMessages();
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
            <span className="measures-flag" title={m.measures.overloadedHint}>
              {m.measures.overloaded}
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
                  title={m.measures.open(columnWords(m, c.key).label)}
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
  const m = useMessages();
  const entries = useMemo(() => countedEntries(model, agency, measure), [model, agency, measure]);
  const names = useMemo(() => new Map(model.agencies.map((a) => [a.id as string, a.name])), [model]);
  const heading = m.measures.detail(name, entries.length, columnWords(m, measure).label);
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
  const m = useMessages();
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
      <div className="project-kinds measures-blocs" role="group" aria-label={m.measures.blocs}>
        <button
          type="button"
          className="project-kind is-all"
          aria-pressed={props.bloc === null}
          onClick={() => props.onBloc(null)}
        >
          {m.measures.allBlocs}
        </button>
        {props.blocs.map((b) => (
          <button
            key={b.id}
            type="button"
            className="project-kind measures-bloc-chip"
            data-bloc={b.id}
            aria-pressed={props.bloc === b.id}
            style={{ '--kind': blocColor(b.id) } as CSSProperties}
            title={m.measures.worksIn(worksIn(b))}
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
          {m.measures.blocNote(
            props.names.get(chosen.agencies[0] as AgencyId) ?? '',
            chosen.agencies.length - 1,
            chosen.items.length,
            worksIn(chosen),
          )}
        </p>
      ) : null}
    </>
  );
}

function MeasuresIntro() {
  const m = useMessages();
  return (
    <div className="graph-panel-intro">
      <p className="graph-panel-tag">{m.app.howToRead}</p>
      <p>{m.measures.intro}</p>
    </div>
  );
}
