// A task in the inspector (the network view selects tasks): its title, its items to inspect, and notes.
import { labelOf, noticeOf } from '../../app/workspace-inspect.ts';
import type { Task, TaskId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { NotesEditor } from './NotesEditor.tsx';

export function TaskInspector({ task }: { task: Task }) {
  const { model, select } = useAtlas();
  const items = model.assignments.filter((a) => a.taskId === task.id);
  const local = noticeOf(task.id);
  return (
    <div className="inspector-subject task-inspector" data-task={task.id}>
      <p className="inspector-kind">Task</p>
      <h2 className="inspector-name">{task.title}</h2>
      <h3 className="inspector-subtitle">Items</h3>
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
          title="Notes on this task"
        />
      ) : null}
    </div>
  );
}
