// The corrections an agency can get: another name, the same agency as another name (merge), some of its
// items naming another agency (split), or a collective rather than one agency (generic).
import { useMessages } from '../i18n/lang-context.tsx';
import { useState } from 'react';
import type { AgencyItem } from '../../view-model/inspect.ts';
import { agencyIdFor, MAX_NAME_LENGTH } from '../../corrections/index.ts';
import type { Agency, AgencyId } from '../../notice/model.ts';
import { useAtlas } from '../atlas.tsx';
import { AGENCY_NAMES_LIST } from './AgencyNames.tsx';
import { defaultMerge, mergedItems, swapped } from './merge-choice.ts';
import { useCorrect } from './useCorrect.ts';

function Problem({ text }: { text: string | null }) {
  return text ? <p className="ws-error">{text}</p> : null;
}

export function RenameForm({ agency }: { agency: Agency }) {
  const [name, setName] = useState(agency.name);
  const { problem, busy, correct } = useCorrect();
  const { select } = useAtlas();
  const m = useMessages();
  return (
    <form
      className="correction-form rename-form"
      onSubmit={(e) => {
        e.preventDefault();
        // The agency's id follows its name: the inspector follows it to the new one.
        void correct({ type: 'rename', agencyId: agency.id, name }).then(
          (ok) => ok && select({ kind: 'agency', id: agencyIdFor(name.trim()) }, 'inspector'),
        );
      }}
    >
      <label className="correction-label" htmlFor="rename-agency">
        {m.inspect.name}
      </label>
      <div className="ws-row">
        <input
          id="rename-agency"
          className="ws-input"
          maxLength={MAX_NAME_LENGTH}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="submit"
          className="ws-button"
          disabled={busy || name.trim() === '' || name.trim() === agency.name}
        >
          {m.inspect.rename}
        </button>
      </div>
      <Problem text={problem} />
    </form>
  );
}

export function MergeForm({ agency, names }: { agency: Agency; names: ReadonlyMap<string, Agency> }) {
  const [other, setOther] = useState('');
  const [swap, setSwap] = useState(false);
  const { problem, busy, correct } = useCorrect();
  const { model, workloads, select } = useAtlas();
  const m = useMessages();
  const found = names.get(other.trim()) ?? null;
  const itemsOf = (id: AgencyId) => workloads.get(id)?.items ?? 0;
  const proposed = found && found.id !== agency.id ? defaultMerge(agency.id, found.id, itemsOf) : null;
  const choice = proposed && swap ? swapped(proposed) : proposed;
  const keepWords = choice
    ? m.inspect.mergeKeep(itemsOf(choice.keep), itemsOf(choice.alias), mergedItems(choice, model.items))
    : null;
  const nameOf = (id: AgencyId) => (id === agency.id ? agency.name : (found?.name ?? id));
  return (
    <form
      className="correction-form merge-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice) return;
        void correct({ type: 'merge', into: choice.keep, from: [choice.alias] }).then((ok) => {
          if (!ok) return;
          setOther('');
          setSwap(false);
          select({ kind: 'agency', id: choice.keep }, 'inspector');
        });
      }}
    >
      <label className="correction-label" htmlFor="merge-agency">
        {m.inspect.sameAs}
      </label>
      <div className="ws-row">
        <input
          id="merge-agency"
          className="ws-input"
          list={AGENCY_NAMES_LIST}
          placeholder={m.inspect.anotherName}
          value={other}
          onChange={(e) => {
            setOther(e.target.value);
            setSwap(false);
          }}
        />
        <button type="submit" className="ws-button" disabled={busy || !choice}>
          {m.inspect.merge}
        </button>
      </div>
      {choice ? (
        <div className="merge-preview" data-keep={choice.keep}>
          <p>
            {keepWords?.[0]}
            <strong className="merge-keep">{nameOf(choice.keep)}</strong>
            {keepWords?.[1]}
            <span className="merge-alias">{nameOf(choice.alias)}</span>
            {keepWords?.[2]}
          </p>
          <button type="button" className="ws-link merge-swap" onClick={() => setSwap(!swap)}>
            {m.inspect.keepInstead(nameOf(choice.alias))}
          </button>
        </div>
      ) : (
        <p className="ws-hint">{m.inspect.mergeHint}</p>
      )}
      <Problem text={problem} />
    </form>
  );
}

export function SplitForm({ agency, items }: { agency: Agency; items: readonly AgencyItem[] }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [name, setName] = useState('');
  const m = useMessages();
  const { problem, busy, correct } = useCorrect();
  const toggle = (id: string) =>
    setChosen((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const valid = chosen.size > 0 && name.trim() !== '' && agencyIdFor(name.trim()) !== agency.id;
  return (
    <details className="correction-form split-form">
      <summary>{m.inspect.splitSummary}</summary>
      <ul className="split-items">
        {items.map(({ item, label }) => (
          <li key={item.id}>
            <label>
              <input type="checkbox" checked={chosen.has(item.id)} onChange={() => toggle(item.id)} /> {label}
            </label>
          </li>
        ))}
      </ul>
      <div className="ws-row">
        <input
          className="ws-input"
          list={AGENCY_NAMES_LIST}
          placeholder={m.inspect.otherAgency}
          aria-label={m.inspect.otherAgency}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          className="ws-button"
          disabled={busy || !valid}
          onClick={() =>
            void correct({ type: 'split', agencyId: agency.id, name, items: [...chosen] }).then(
              (ok) => ok && setChosen(new Set()),
            )
          }
        >
          {m.inspect.split}
        </button>
      </div>
      <Problem text={problem} />
    </details>
  );
}

export function GenericToggle({ agency }: { agency: Agency }) {
  const m = useMessages();
  const { problem, busy, correct } = useCorrect();
  return (
    <div className="correction-form generic-form">
      <label className="generic-toggle">
        <input
          type="checkbox"
          checked={agency.generic}
          disabled={busy}
          onChange={() =>
            void correct({ type: 'markGeneric', agencyId: agency.id, generic: !agency.generic })
          }
        />
        {m.inspect.generic}
      </label>
      <Problem text={problem} />
    </div>
  );
}
