// The kinds of project as a row of toggles, each with its colour and count: picking kinds narrows the
// table and the map to them; 全部 All shows every kind again.
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import type { CSSProperties } from 'react';
import { PROJECT_KIND_APPEARANCE, PROJECT_KINDS } from '../../graph/appearance.ts';
import type { ProjectKind } from '../../notice/model.ts';

interface Props {
  readonly counts: ReadonlyMap<ProjectKind, number>;
  /** Kinds shown; null for all. */
  readonly kinds: ReadonlySet<ProjectKind> | null;
  readonly onToggle: (kind: ProjectKind) => void;
  readonly onAll: () => void;
}

export function KindFilter({ counts, kinds, onToggle, onAll }: Props) {
  const m = useMessages();
  const { lang } = useLang();
  const present = PROJECT_KINDS.filter((k) => (counts.get(k) ?? 0) > 0);
  return (
    <div className="project-kinds" role="group" aria-label={m.projects.filterByKind}>
      <button type="button" className="project-kind is-all" aria-pressed={kinds === null} onClick={onAll}>
        {m.projects.all}
      </button>
      {present.map((kind) => {
        const { color, label } = PROJECT_KIND_APPEARANCE[kind];
        return (
          <button
            key={kind}
            type="button"
            className="project-kind"
            data-kind={kind}
            aria-pressed={kinds?.has(kind) === true}
            onClick={() => onToggle(kind)}
            style={{ '--kind': color } as CSSProperties}
          >
            <span className="project-kind-swatch" aria-hidden="true" />
            {label[lang]}
            <span className="project-kind-count">{counts.get(kind)}</span>
          </button>
        );
      })}
    </div>
  );
}
