// A task in the inspector (the network view selects tasks): its title, its items to inspect, and notes.
import { useMessages } from '../i18n/lang-context.tsx';
import { labelOf, noticeOf } from '../../view-model/inspect.ts';
import type { Task, TaskId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { NotesEditor } from './NotesEditor.tsx';

export function TaskInspector({ task }: { task: Task }) {
  const { model, select } = useAtlas();
  const m = useMessages();
  const items = model.items.filter((a) => a.taskId === task.id);
  const local = noticeOf(task.id);
  return (
    <div className="inspector-subject task-inspector" data-task={task.id}>
      <p className="inspector-kind">{m.inspect.task}</p>
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
              {labelOf(model, item)}
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
