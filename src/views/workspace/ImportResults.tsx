// What an import did, file by file: the files refused (with the reason), the notices read with warnings,
// and the notices read cleanly — the last ones only counted past a screenful.
import { sayImportFailure, sayWarnings } from '../i18n/findings.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import { TechnicalDetail } from '../shared/TechnicalDetail.tsx';
import { shortNoticeName, tallyImport } from '../../view-model/import-batches.ts';
import type { ImportResult } from '../../worker/protocol.ts';

const CLEAN_SHOWN = 12;

type Imported = Extract<ImportResult, { ok: true }>;

/** What the list calls a notice: the plan its title names (as the notices panel will), else its file. */
function nameOf(outcome: Imported): string {
  return shortNoticeName(outcome.summary.title) || outcome.name;
}

function Counts({ outcome }: { outcome: Imported }) {
  const { items, agencies, encoding, reader } = outcome.summary;
  const m = useMessages();
  const format = outcome.format === 'text' ? encoding.toUpperCase() : m.import.formatNames[outcome.format];
  return (
    <span className="import-counts" title={reader}>
      {m.import.counts(items, agencies, format)}
      {reader && /\d+ (?:pages?|sheets?)/.test(reader)
        ? ` (${/\d+ (?:pages?|sheets?)/.exec(reader)?.[0]})`
        : ''}
    </span>
  );
}

export function ImportResults({
  outcomes,
  held,
  onKeep,
}: {
  outcomes: readonly ImportResult[];
  /** Names of the texts read but held back as no notice. */
  held: ReadonlySet<string>;
  onKeep: (name: string) => void;
}) {
  const m = useMessages();
  if (outcomes.length === 0) return null;
  const tally = tallyImport(outcomes, held);
  const failed = outcomes.filter((o) => !o.ok);
  const stored = outcomes.filter((o) => o.ok && !held.has(o.name));
  const warned = stored.filter((o) => o.ok && o.summary.warnings.length > 0);
  const clean = stored.filter((o) => o.ok && o.summary.warnings.length === 0);
  return (
    <div className="import-results">
      <p className="import-tally">
        {m.import.tally(tally.imported, tally.withWarnings, tally.failed, tally.held)}
      </p>
      <ul className="import-list">
        {[...held].map((name) => (
          <li key={`h${name}`} className="import-outcome is-held" data-file={name}>
            <span className="import-mark" aria-label={m.import.heldBack}>
              ?
            </span>
            <span className="import-name">{name}</span>
            <span className="import-reason">
              {m.import.notANotice} {m.import.notStored}
            </span>
            <button type="button" className="ws-link import-keep" onClick={() => onKeep(name)}>
              {m.import.storeAnyway}
            </button>
          </li>
        ))}
        {failed.map((o, i) =>
          o.ok ? null : (
            <li key={`f${i}`} className="import-outcome is-failed" data-file={o.name}>
              <span className="import-mark" aria-label={m.import.notImported}>
                ✕
              </span>
              <span className="import-reason">{sayImportFailure(o, m)}</span>
              {/* A reader's refusal says why in the interface's words; its own line is kept for a report. */}
              {o.problem?.code === 'unreadable' || o.problem?.code === 'failed' ? (
                <TechnicalDetail text={o.error} />
              ) : null}
            </li>
          ),
        )}
        {warned.map((o, i) =>
          o.ok ? (
            <li key={`w${i}`} className="import-outcome is-warned" data-file={o.name}>
              <span className="import-mark" aria-label={m.import.withWarnings}>
                !
              </span>
              <span className="import-name">{nameOf(o)}</span>
              <Counts outcome={o} />
              <span className="import-reason">{sayWarnings(o.summary, m)}</span>
            </li>
          ) : null,
        )}
        {clean.slice(0, CLEAN_SHOWN).map((o, i) =>
          o.ok ? (
            <li key={`c${i}`} className="import-outcome is-imported" data-file={o.name}>
              <span className="import-mark" aria-label={m.import.imported}>
                ✓
              </span>
              <span className="import-name">{nameOf(o)}</span>
              <Counts outcome={o} />
            </li>
          ) : null,
        )}
        {clean.length > CLEAN_SHOWN ? (
          <li className="import-outcome is-more">{m.import.more(clean.length - CLEAN_SHOWN)}</li>
        ) : null}
      </ul>
    </div>
  );
}
