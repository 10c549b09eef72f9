// Above the outline when an agency, task or section was picked in another view: what it is, how many
// items it touches by role, and a way back to the plain outline.
import type { FocusRole, SelectionFocus } from '../app/selection-focus.ts';
import './FocusBar.css';

const KIND_NAMES: Record<SelectionFocus['kind'], string> = {
  agency: '机构 Agency',
  task: '任务 Task',
  section: '部分 Section',
};

const ROLE_WORDS: [FocusRole, string][] = [
  ['lead', '牵头 leads'],
  ['cooperate', '配合 joins'],
  ['responsible', '负责 responsible'],
  ['in', '事项 items'],
];

export function FocusBar({ focus, onClear }: { focus: SelectionFocus; onClear: () => void }) {
  const figures = ROLE_WORDS.filter(([role]) => focus.counts[role] > 0);
  return (
    <div className="focus-bar" role="status">
      <span className="focus-bar-kind">{KIND_NAMES[focus.kind]}</span>
      <strong className="focus-bar-name" lang="zh-CN">
        {focus.name}
      </strong>
      <span className="focus-bar-figures">
        {figures.length === 0
          ? 'no items'
          : figures.map(([role, words]) => (
              <span key={role} className={`focus-bar-figure related-${role}`}>
                <b>{focus.counts[role]}</b> {words}
              </span>
            ))}
      </span>
      <button type="button" className="focus-bar-clear" onClick={onClear}>
        Clear
      </button>
    </div>
  );
}
