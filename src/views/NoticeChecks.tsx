// The notice's own checks in the source panel, by kind: each says what a careful reader would query,
// shows its first sentence on a click, and offers the matching correction — merge one body written two
// ways into the name used more, or open an item in the inspector to fix its agencies.
import { sayCheck } from './i18n/findings.ts';
import { useMessages } from './i18n/lang-context.tsx';
import { NoticeWords } from './i18n/NoticeWords.tsx';
import { useContext, useMemo } from 'react';
import type { NoticeCheck } from '../analysis/checks.ts';
import type { AgencyId, ItemId, NoticeModel } from '../notice/model.ts';
import { useAtlas } from './atlas.tsx';
import { useCorrect } from './workspace/useCorrect.ts';
import { WorkspaceContext } from './workspace/workspace-context.tsx';

interface Props {
  readonly id: string;
  readonly model: NoticeModel;
  readonly checks: readonly NoticeCheck[];
  readonly onShowLine: (line: number) => void;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function MergeButton({ check }: { check: NoticeCheck }) {
  const { workloads } = useAtlas();
  const { busy, problem, correct } = useCorrect();
  const m = useMessages();
  // Keep the name used in more items; the other becomes its alias.
  const [a, b] = check.agencies as [AgencyId, AgencyId];
  const load = (id: AgencyId) => (workloads.get(id)?.led ?? 0) + (workloads.get(id)?.joined ?? 0);
  const [into, from] = load(a) >= load(b) ? [a, b] : [b, a];
  return (
    <>
      <button
        type="button"
        className="ws-link"
        disabled={busy}
        onClick={() => void correct({ type: 'merge', into, from: [from] })}
      >
        <NoticeWords
          text={m.outline.mergeInto(into.replace(/^ag:/, ''))}
          words={[into.replace(/^ag:/, '')]}
        />
      </button>
      {problem ? <span className="ws-error">{problem}</span> : null}
    </>
  );
}

function CheckRow({
  check,
  model,
  onShowLine,
}: {
  check: NoticeCheck;
  model: NoticeModel;
  onShowLine: (line: number) => void;
}) {
  const { select } = useAtlas();
  const m = useMessages();
  const ui = useContext(WorkspaceContext);
  const first = check.items[0] as ItemId | undefined;
  const show = () => {
    if (first) select({ kind: 'item', id: first }, 'source');
    onShowLine(lineOf(model.text, check.offset));
  };
  return (
    <li className={`notice-check check-${check.kind}`}>
      <p className="notice-check-message">
        <NoticeWords text={sayCheck(check, m)} words={check.args.flatMap((a) => a.split('、'))} />
      </p>
      <div className="unread-actions">
        <button type="button" className="ws-link" onClick={show}>
          {m.outline.showInText(check.items.length)}
        </button>
        {check.kind === 'same-body' && ui ? <MergeButton check={check} /> : null}
        {first && check.kind !== 'same-body' && check.kind !== 'named-once' && ui ? (
          <button
            type="button"
            className="ws-link"
            onClick={() => {
              select({ kind: 'item', id: first }, 'source');
              ui.setPanel('inspector', true);
            }}
          >
            {m.outline.correctItem}
          </button>
        ) : null}
      </div>
    </li>
  );
}

export function NoticeChecks({ id, model, checks, onShowLine }: Props) {
  const groups = useMemo(() => {
    const byKind = new Map<NoticeCheck['kind'], NoticeCheck[]>();
    for (const c of checks) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
    return [...byKind];
  }, [checks]);
  const m = useMessages();
  return (
    <section id={id} className="notice-checks" aria-label={m.outline.checksLabel}>
      {groups.map(([kind, list]) => (
        <details key={kind} open={kind !== 'named-once'}>
          <summary>
            {m.findings.checkLabels[kind]} <span className="graph-count">{list.length}</span>
          </summary>
          <ul>
            {list.map((c) => (
              <CheckRow
                key={`${c.kind}:${c.offset}:${c.items.join()}:${c.agencies.join()}`}
                check={c}
                model={model}
                onShowLine={onShowLine}
              />
            ))}
          </ul>
        </details>
      ))}
    </section>
  );
}
