// A notice's letter in its colour, with its label beside it when asked: how tasks, sections and
// agencies say which notice they come from when several are shown together.
import type { NoticeTag } from '../../view-model/notice-tags.ts';
import './union.css';

export function NoticeTagChip({ tag, label = false }: { tag: NoticeTag; label?: boolean }) {
  return (
    <span className="notice-tag-chip" data-notice={tag.id} title={tag.label}>
      <span className="notice-tag-letter" style={{ background: tag.color }}>
        {tag.letter}
      </span>
      {label ? <span className="notice-tag-label">{tag.label}</span> : null}
    </span>
  );
}
