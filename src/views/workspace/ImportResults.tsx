// What an import did, file by file: the files refused (with the reason), the notices read with warnings,
// and the notices read cleanly — the last ones only counted past a screenful.
import { NOT_A_NOTICE, shortNoticeName, tallyImport } from '../../app/workspace-import.ts';
import type { ImportResult } from '../../worker/protocol.ts';

const CLEAN_SHOWN = 12;

type Imported = Extract<ImportResult, { ok: true }>;

const FORMATS: Record<Exclude<Imported['format'], 'text'>, string> = {
  html: 'web page',
  mhtml: 'web archive',
  docx: 'Word',
  doc: 'Word 97–2003',
  rtf: 'RTF',
  pdf: 'PDF',
  ofd: 'OFD',
  sheet: 'spreadsheet',
  paste: 'pasted',
};

/** What the list calls a notice: the plan its title names (as the notices panel will), else its file. */
function nameOf(outcome: Imported): string {
  return shortNoticeName(outcome.summary.title) || outcome.name;
}

function Counts({ outcome }: { outcome: Imported }) {
  const { items, agencies, encoding, reader } = outcome.summary;
  const format = outcome.format === 'text' ? encoding.toUpperCase() : FORMATS[outcome.format];
  return (
    <span className="import-counts" title={reader}>
      {items} items · {agencies} agencies · {format}
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
  if (outcomes.length === 0) return null;
  const tally = tallyImport(outcomes, held);
  const failed = outcomes.filter((o) => !o.ok);
  const stored = outcomes.filter((o) => o.ok && !held.has(o.name));
  const warned = stored.filter((o) => o.ok && o.summary.warnings.length > 0);
  const clean = stored.filter((o) => o.ok && o.summary.warnings.length === 0);
  return (
    <div className="import-results">
      <p className="import-tally">
        {tally.imported} imported
        {tally.withWarnings > 0 ? `, ${tally.withWarnings} with warnings` : ''}
        {tally.failed > 0 ? `, ${tally.failed} not imported` : ''}
        {tally.held > 0 ? `, ${tally.held} held back` : ''}
      </p>
      <ul className="import-list">
        {[...held].map((name) => (
          <li key={`h${name}`} className="import-outcome is-held" data-file={name}>
            <span className="import-mark" aria-label="held back">
              ?
            </span>
            <span className="import-name">{name}</span>
            <span className="import-reason">{NOT_A_NOTICE} It was not stored.</span>
            <button type="button" className="ws-link import-keep" onClick={() => onKeep(name)}>
              Store it anyway
            </button>
          </li>
        ))}
        {failed.map((o, i) =>
          o.ok ? null : (
            <li key={`f${i}`} className="import-outcome is-failed" data-file={o.name}>
              <span className="import-mark" aria-label="not imported">
                ✕
              </span>
              <span className="import-reason">{o.error}</span>
            </li>
          ),
        )}
        {warned.map((o, i) =>
          o.ok ? (
            <li key={`w${i}`} className="import-outcome is-warned" data-file={o.name}>
              <span className="import-mark" aria-label="imported with warnings">
                !
              </span>
              <span className="import-name">{nameOf(o)}</span>
              <Counts outcome={o} />
              <span className="import-reason">{o.summary.warnings.join(' ')}</span>
            </li>
          ) : null,
        )}
        {clean.slice(0, CLEAN_SHOWN).map((o, i) =>
          o.ok ? (
            <li key={`c${i}`} className="import-outcome is-imported" data-file={o.name}>
              <span className="import-mark" aria-label="imported">
                ✓
              </span>
              <span className="import-name">{nameOf(o)}</span>
              <Counts outcome={o} />
            </li>
          ) : null,
        )}
        {clean.length > CLEAN_SHOWN ? (
          <li className="import-outcome is-more">and {clean.length - CLEAN_SHOWN} more imported cleanly</li>
        ) : null}
      </ul>
    </div>
  );
}
