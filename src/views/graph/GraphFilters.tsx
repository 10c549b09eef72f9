// The filters, behind one button: sections, lead edges only, a minimum workload, agency kinds.
// Filtered elements are hidden in place, so the rest of the picture does not move.
import { useMessages } from '../i18n/lang-context.tsx';
import { useId, useRef, useState } from 'react';
import { AGENCY_KIND_APPEARANCE, sectionColor } from '../../graph/appearance.ts';
import { NO_FILTER, type GraphFilter } from '../../graph/filter.ts';
import { readIsoDate } from '../../analysis/deadlines.ts';
import type { AgencyKind } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { useKeptInWindow } from '../shared/useKeptInWindow.ts';
import { filterParams } from '../shared/graph-settings.ts';

const KINDS: readonly AgencyKind[] = ['regional', 'central', 'enterprise', 'generic'];

function toggled<T>(set: ReadonlySet<T> | null, all: readonly T[], value: T): ReadonlySet<T> | null {
  const next = new Set(set ?? all);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  // Everything ticked is no filter at all.
  return next.size === all.length ? null : next;
}

export function GraphFilters({ filter }: { filter: GraphFilter }) {
  const { model, workloads, setParam } = useAtlas();
  const m = useMessages();
  const [open, setOpen] = useState(false);
  const id = useId();
  const panel = useRef<HTMLDivElement>(null);
  // Opened from a button near the bar's right end, the panel would run off a laptop's screen.
  useKeptInWindow(panel, open);
  const apply = (next: GraphFilter) => {
    for (const [key, value] of Object.entries(filterParams(next))) setParam(key, value);
  };
  const ordinals = model.sections.map((s) => s.ordinal);
  const kinds = KINDS.filter((k) => model.agencies.some((a) => a.kind === k));
  const maxLoad = Math.max(0, ...[...workloads.values()].map((w) => w.load));
  const active = [
    filter.sections,
    filter.leadOnly || null,
    filter.minLoad || null,
    filter.kinds,
    filter.dueBy,
  ].filter(Boolean).length;
  return (
    <div className="graph-filters">
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {m.graph.filters}
        {active > 0 ? <span className="graph-badge">{active}</span> : null}
      </button>
      {open ? (
        <div ref={panel} className="graph-filter-panel" id={id} role="group" aria-label={m.graph.filters}>
          <fieldset>
            <legend>{m.graph.sections}</legend>
            {model.sections.map((s) => (
              <label key={s.id} className="graph-check">
                <input
                  type="checkbox"
                  checked={!filter.sections || filter.sections.has(s.ordinal)}
                  onChange={() =>
                    apply({ ...filter, sections: toggled(filter.sections, ordinals, s.ordinal) })
                  }
                />
                <span className="graph-swatch" style={{ background: sectionColor(s.ordinal) }} />
                {s.ordinal}. {s.title}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{m.graph.roles}</legend>
            <label className="graph-check">
              <input
                type="radio"
                checked={!filter.leadOnly}
                onChange={() => apply({ ...filter, leadOnly: false })}
              />
              {m.graph.allRoles}
            </label>
            <label className="graph-check">
              <input
                type="radio"
                checked={filter.leadOnly}
                onChange={() => apply({ ...filter, leadOnly: true })}
              />
              {m.graph.leadOnly}
            </label>
          </fieldset>
          <fieldset>
            <legend>
              {m.graph.minLoad}
              <output>{filter.minLoad}</output>
            </legend>
            <input
              type="range"
              min={0}
              max={maxLoad}
              value={filter.minLoad}
              aria-label={m.graph.minLoadLabel}
              onChange={(e) => apply({ ...filter, minLoad: Number(e.target.value) })}
            />
          </fieldset>
          <fieldset>
            <legend>{m.graph.agencyKinds}</legend>
            {kinds.map((k) => (
              <label key={k} className="graph-check">
                <input
                  type="checkbox"
                  checked={!filter.kinds || filter.kinds.has(k)}
                  onChange={() => apply({ ...filter, kinds: toggled(filter.kinds, kinds, k) })}
                />
                <span
                  className="graph-swatch is-round"
                  style={{ background: AGENCY_KIND_APPEARANCE[k].color }}
                />
                {AGENCY_KIND_APPEARANCE[k].label.zh} {AGENCY_KIND_APPEARANCE[k].label.en}
              </label>
            ))}
          </fieldset>
          <fieldset className="graph-due-by">
            <legend>{m.deadlines.filter.dueBy}</legend>
            <input
              type="date"
              value={filter.dueBy ?? ''}
              aria-label={m.deadlines.filter.dueByLabel}
              onChange={(e) => apply({ ...filter, dueBy: readIsoDate(e.target.value) })}
            />
            {filter.dueBy ? (
              <button type="button" className="ws-link" onClick={() => apply({ ...filter, dueBy: null })}>
                {m.deadlines.filter.clear}
              </button>
            ) : null}
            <p className="graph-filter-note">{m.deadlines.filter.note}</p>
          </fieldset>
          <button
            type="button"
            disabled={active === 0}
            onClick={() => apply({ ...NO_FILTER, minShared: filter.minShared })}
          >
            {m.graph.clearFilters}
          </button>
        </div>
      ) : null}
    </div>
  );
}
