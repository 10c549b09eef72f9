// Agencies' load in A and B as a dumbbell chart, sortable by change; hovering a row says how its
// agencies were matched and what their figures are.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useRef, useState } from 'react';
import type { ComparedAgency } from '../../compare/agency-matching.ts';
import { sortAgencies, type AgencyOrder } from '../../compare/compare-notices.ts';
import { loadDumbbellScene } from '../../compare/load-dumbbell-scene.ts';
import { HoverCard } from '../shared/HoverCard.tsx';
import { SvgMarks } from '../shared/SvgMarks.tsx';
import { useElementWidth } from '../shared/useElementWidth.ts';

const ORDERS: readonly AgencyOrder[] = ['change', 'gain', 'loss', 'load-b', 'load-a', 'name'];

export function LoadDumbbell(props: { rows: readonly ComparedAgency[]; labelA: string; labelB: string }) {
  const [order, setOrder] = useState<AgencyOrder>('change');
  const m = useMessages();
  const [changedOnly, setChangedOnly] = useState(false);
  const [hover, setHover] = useState<{ row: ComparedAgency; x: number; y: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(720, useElementWidth(box));
  const rows = useMemo(() => {
    const sorted = sortAgencies(props.rows, order);
    return changedOnly
      ? sorted.filter((r) => r.change !== 0 || r.rule === 'new' || r.rule === 'gone')
      : sorted;
  }, [props.rows, order, changedOnly]);
  const scene = useMemo(
    () =>
      loadDumbbellScene(rows, {
        width,
        labelA: props.labelA,
        labelB: props.labelB,
        words: m.comparison.dumbbell,
        explain: m.comparison.agency,
      }),
    [rows, width, props.labelA, props.labelB, m],
  );
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  return (
    <section className="compare-section compare-load" aria-label={m.compare.loadSection}>
      <header className="compare-section-head">
        <h3>{m.compare.loadTitle}</h3>
        <label className="compare-control">
          {m.compare.sort}
          <select
            value={order}
            onChange={(e) => setOrder(e.target.value as AgencyOrder)}
            aria-label={m.compare.sortAgencies}
          >
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {m.compare.orders[o]}
              </option>
            ))}
          </select>
        </label>
        <label className="compare-control">
          <input type="checkbox" checked={changedOnly} onChange={(e) => setChangedOnly(e.target.checked)} />
          {m.compare.changedOnly}
        </label>
      </header>
      <div className="compare-chart" ref={box}>
        <svg
          width={scene.width}
          height={scene.height}
          viewBox={`0 0 ${scene.width} ${scene.height}`}
          role="img"
          aria-label={m.compare.chartLabel}
          onPointerMove={(e) => {
            const y = e.clientY - e.currentTarget.getBoundingClientRect().top;
            const hit = scene.rows.find((r) => y >= r.y && y < r.y + r.height);
            const row = hit ? byKey.get(hit.key) : undefined;
            setHover(row ? { row, x: e.clientX, y: e.clientY } : null);
          }}
          onPointerLeave={() => setHover(null)}
        >
          <SvgMarks marks={scene.marks} />
        </svg>
      </div>
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          <AgencyCard row={hover.row} />
        </HoverCard>
      ) : null}
    </section>
  );
}

function AgencyCard({ row }: { row: ComparedAgency }) {
  const figures = (side: 'a' | 'b') => row[side];
  const m = useMessages();
  return (
    <div className="compare-card">
      <strong>{row.name}</strong>
      <p>{m.comparison.agency(row)}</p>
      <table>
        <thead>
          <tr>
            <th />
            <th>A</th>
            <th>B</th>
          </tr>
        </thead>
        <tbody>
          {(['load', 'led', 'joined', 'items'] as const).map((k) => (
            <tr key={k}>
              <th scope="row">{m.compare.cardRows[k]}</th>
              <td>{figures('a')[k]}</td>
              <td>{figures('b')[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
