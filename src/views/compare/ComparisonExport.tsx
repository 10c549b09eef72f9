// The comparison's diagram buttons: SVG, PNG or PDF of the load chart and the change network, framed
// with title and sources, in the interface language, with the network as laid out on screen.
import { useState } from 'react';
import type { NoticeComparison } from '../../compare/compare-notices.ts';
import { useLang, useMessages } from '../i18n/lang-context.tsx';
import { COMPARISON_FORMATS, saveComparisonDiagram } from '../export/comparison-files.ts';
import type { LaidOutNetwork } from './useChangeNetwork.ts';

export function ComparisonExport(props: {
  comparison: NoticeComparison;
  laidOut: LaidOutNetwork;
  labelA: string;
  labelB: string;
}) {
  const m = useMessages();
  const { lang } = useLang();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const positions = props.laidOut.positions;
  const save = async (format: (typeof COMPARISON_FORMATS)[number]) => {
    if (!positions) return;
    setBusy(true);
    setStatus({ text: m.compare.diagramSaving, error: false });
    try {
      const name = await saveComparisonDiagram(props.comparison, {
        format,
        lang,
        labelA: props.labelA,
        labelB: props.labelB,
        positions,
      });
      setStatus({ text: m.compare.diagramSaved(name), error: false });
    } catch (error) {
      setStatus({
        text: m.compare.diagramFailed(error instanceof Error ? error.message : String(error)),
        error: true,
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="compare-export" role="group" aria-label={m.compare.diagram} title={m.compare.diagramHint}>
      <span className="compare-export-label">{m.compare.diagram}</span>
      {COMPARISON_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          className="ws-button"
          disabled={!positions || busy}
          data-format={format}
          onClick={() => void save(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {status ? (
        <span className={status.error ? 'ws-error' : 'ws-hint'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </span>
      ) : null}
    </div>
  );
}
