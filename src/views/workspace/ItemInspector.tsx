// An item in the inspector: where it is, its marker as written, its agencies by role (editable), notes
// on it and on its task, and its agencies to inspect.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo } from 'react';
import { labelOf, noticeOf } from '../../view-model/inspect.ts';
import { itemRef } from '../../corrections/index.ts';
import type { AgencyId, Item, ItemId, TaskId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { NoticeTagChip } from './NoticeTagChip.tsx';
import { NotesEditor } from './NotesEditor.tsx';
import { RoleEditor, type RoleNames } from './RoleEditor.tsx';
import { useWorkspace } from './workspace-context.tsx';

export function ItemInspector({ item }: { item: Item }) {
  const { model, workspace, select } = useAtlas();
  const { scoped } = useWorkspace();
  const m = useMessages();
  const names = useMemo(() => new Map(model.agencies.map((a) => [a.id, a.name])), [model]);
  const nameOf = (id: AgencyId) => names.get(id) ?? id.replace(/^ag:/, '');
  const initial: RoleNames = {
    lead: item.leads.map(nameOf),
    cooperate: item.cooperators.map(nameOf),
    responsible: item.responsible.map(nameOf),
  };
  const local = noticeOf(item.id);
  const notice = scoped?.notices.find((n) => n.id === local?.noticeId);
  const ref = notice && local ? itemRef(notice.result.model, local.localId as ItemId) : null;
  const task = model.tasks.find((t) => t.id === item.taskId);
  const taskLocal = task ? noticeOf(task.id) : null;
  const corrected = workspace.corrected.items.has(item.id);
  const tag = local ? workspace.tags.get(local.noticeId) : undefined;
  const agencies = [...item.leads, ...item.cooperators, ...item.responsible];
  return (
    <div className="inspector-subject item-inspector" data-item={item.id}>
      <p className="inspector-kind">
        {m.inspect.item}
        {notice && workspace.parts.length > 1 ? ` · ${notice.name}` : ''}
        {tag ? (
          <>
            {' '}
            <NoticeTagChip tag={tag} />
          </>
        ) : null}
      </p>
      <h2 className="inspector-name">
        {labelOf(model, item)}
        {corrected ? <span className="corrected-badge" title={m.inspect.corrected} /> : null}
      </h2>
      {task ? <p className="ws-hint">{m.inspect.taskTitle(task.title)}</p> : null}
      <blockquote className="inspector-marker">
        {model.text.slice(item.marker.start, item.marker.end)}
      </blockquote>
      {item.note ? (
        <p className="ws-hint" lang="zh-CN">
          {m.inspect.alsoSaid(item.note)}
        </p>
      ) : null}
      <RoleEditor key={`${item.id}:${JSON.stringify(initial)}`} itemId={item.id} initial={initial} />
      <h3 className="inspector-subtitle">{m.inspect.agencies}</h3>
      <p className="inspector-agencies">
        {agencies.map((id) => (
          <button
            key={id}
            type="button"
            className="ws-link"
            onClick={() => select({ kind: 'agency', id }, 'inspector')}
          >
            {nameOf(id)}
          </button>
        ))}
      </p>
      {ref && local ? (
        <NotesEditor
          target={{ kind: 'item', noticeId: local.noticeId, item: ref }}
          title={m.inspect.notesOnItem}
        />
      ) : null}
      {taskLocal ? (
        <NotesEditor
          target={{ kind: 'task', noticeId: taskLocal.noticeId, taskId: taskLocal.localId as TaskId }}
          title={m.inspect.notesOnItsTask}
        />
      ) : null}
    </div>
  );
}
