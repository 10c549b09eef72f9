// A task in the inspector (the network view selects tasks): its title, its items to inspect, and notes.
import { useMessages } from '../i18n/lang-context.tsx';
import { labelOf, noticeOf } from '../../view-model/inspect.ts';
import { taggedNumber } from '../../graph/notice-letters.ts';
import type { Task, TaskId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { NoticeTagChip } from './NoticeTagChip.tsx';
import { NotesEditor } from './NotesEditor.tsx';

export function TaskInspector({ task }: { task: Task }) {
  const { model, select, workspace } = useAtlas();
  const m = useMessages();
  const items = model.items.filter((a) => a.taskId === task.id);
  const local = noticeOf(task.id);
  // Several notices in view: which one, and the task's number as the diagrams write it (`B·3`).
  const tag = local ? workspace.tags.get(local.noticeId) : undefined;
  return (
    <div className="inspector-subject task-inspector" data-task={task.id}>
      <p className="inspector-kind">
        {m.inspect.task}
        {tag ? (
          <span className="inspector-notice">
            {' '}
            {taggedNumber(tag.letter, task.ordinal)} · <NoticeTagChip tag={tag} label />
          </span>
        ) : null}
      </p>
      <h2 className="inspector-name">{task.title}</h2>
      <h3 className="inspector-subtitle">{m.inspect.items}</h3>
      <ul className="inspector-items">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="inspector-item"
              onClick={() => select({ kind: 'item', id: item.id }, 'inspector')}
            >
              <span lang="zh-CN">{labelOf(model, item)}</span>
            </button>
          </li>
        ))}
      </ul>
      {local ? (
        <NotesEditor
          target={{ kind: 'task', noticeId: local.noticeId, taskId: local.localId as TaskId }}
          title={m.inspect.notesOnTask}
        />
      ) : null}
    </div>
  );
}
