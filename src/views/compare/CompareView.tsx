// The "Compare" view: two notices of the workspace side by side — agencies' load before and after as a
// dumbbell chart sortable by change, agencies new and gone, items paired by text (each pair can be
// rejected), tasks added and dropped, the coordination network with links gained and lost. It draws
// what src/compare computed; the comparison saves as the CSV or the diagram `npm run compare` writes.
import { useMessages } from '../i18n/lang-context.tsx';
import { useMemo, useState } from 'react';
import { compareNotices, type NoticeComparison } from '../../compare/compare-notices.ts';
import { comparisonCsv } from '../../compare/comparison-csv.ts';
import type { NoticeModel } from '../../notice/model.ts';
import type { NoticeId } from '../../workspace/notice-id.ts';
import { useAtlas } from '../atlas.tsx';
import { downloadBlob, textBlob } from '../shared/download.ts';
import { useImporter } from '../workspace/import-context.tsx';
import { useWorkspace } from '../workspace/workspace-context.tsx';
import { ChangeLists } from './ChangeLists.tsx';
import { ChangeNetwork } from './ChangeNetwork.tsx';
import { ComparisonExport } from './ComparisonExport.tsx';
import { useComparisonScreen, type ComparisonScreen } from '../export/comparison-screen.ts';
import { ComparePickers } from './ComparePickers.tsx';
import { CompareSummary } from './CompareSummary.tsx';
import { ItemPairs } from './ItemPairs.tsx';
import { LoadDumbbell } from './LoadDumbbell.tsx';
import { noticeLabels, resolvePicks } from './notice-picks.ts';
import { useChangeNetwork } from './useChangeNetwork.ts';
import { useNoticeModel } from './useNoticeModel.ts';
import '../matrix/MatrixView.css';
import './CompareView.css';

const NO_REJECTIONS: ReadonlySet<string> = new Set();

export function CompareView() {
  const { notices, scope } = useWorkspace();
  const { params, setParam } = useAtlas();
  const m = useMessages();
  const picks = resolvePicks(notices, scope, { a: params.compareA, b: params.compareB });
  const setPick = (side: 'compareA' | 'compareB', id: NoticeId) => setParam(side, id);
  const swap = () => {
    if (picks.a === null || picks.b === null) return;
    setParam('compareA', picks.b);
    setParam('compareB', picks.a);
  };
  if (notices.length < 2) return <NeedTwo />;
  return (
    <div className="matrix-view compare-view">
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.compare.title}
          <small>{m.compare.subtitle}</small>
        </h2>
        <ComparePickers
          notices={notices}
          labels={noticeLabels(notices)}
          a={picks.a}
          b={picks.b}
          onPick={(side, id) => setPick(side === 'a' ? 'compareA' : 'compareB', id)}
          onSwap={swap}
        />
      </div>
      {picks.a === picks.b ? (
        <p className="compare-message">{m.compare.pickTwo}</p>
      ) : (
        <ComparedPair a={picks.a} b={picks.b} names={noticeLabels(notices)} />
      )}
    </div>
  );
}

function ComparedPair(props: {
  a: NoticeId | null;
  b: NoticeId | null;
  names: ReadonlyMap<NoticeId, string>;
}) {
  const a = useNoticeModel(props.a);
  const b = useNoticeModel(props.b);
  const error = a.error ?? b.error;
  const m = useMessages();
  if (error)
    return (
      <p className="compare-message" role="alert">
        {m.compare.readFailed(error)}
      </p>
    );
  if (!a.model || !b.model) return <p className="compare-message">{m.compare.reading}</p>;
  const labelA = (props.a && props.names.get(props.a)) ?? 'A';
  const labelB = (props.b && props.names.get(props.b)) ?? 'B';
  return <Comparison a={a.model} b={b.model} labelA={labelA} labelB={labelB} />;
}

function Comparison(props: { a: NoticeModel; b: NoticeModel; labelA: string; labelB: string }) {
  const [rejected, setRejected] = useState(NO_REJECTIONS);
  const comparison: NoticeComparison = useMemo(
    () => compareNotices(props.a, props.b, { rejected }),
    [props.a, props.b, rejected],
  );
  const reject = (id: string) => setRejected(new Set([...rejected, id]));
  const restore = (id: string) => setRejected(new Set([...rejected].filter((r) => r !== id)));
  const saveCsv = () =>
    downloadBlob(
      textBlob(comparisonCsv(comparison), 'text/csv'),
      `compare-${props.labelA.slice(0, 30)}-${props.labelB.slice(0, 30)}.csv`,
    );
  const laidOut = useChangeNetwork(comparison);
  // The top bar's Export offers this comparison's diagram too.
  const screen = useMemo<ComparisonScreen>(
    () => ({
      comparison,
      labelA: props.labelA,
      labelB: props.labelB,
      positions: laidOut.positions,
      error: laidOut.error,
    }),
    [comparison, props.labelA, props.labelB, laidOut.positions, laidOut.error],
  );
  useComparisonScreen(screen);
  return (
    <div className="compare-scroll" data-pairs={comparison.items.pairs.length}>
      <CompareSummary
        comparison={comparison}
        labelA={props.labelA}
        labelB={props.labelB}
        onCsv={saveCsv}
        diagram={
          <ComparisonExport
            comparison={comparison}
            laidOut={laidOut}
            labelA={props.labelA}
            labelB={props.labelB}
          />
        }
      />
      <LoadDumbbell rows={comparison.agencies} labelA={props.labelA} labelB={props.labelB} />
      <ChangeNetwork laidOut={laidOut} />
      <ChangeLists comparison={comparison} />
      <ItemPairs items={comparison.items} rejected={rejected} onReject={reject} onRestore={restore} />
    </div>
  );
}

function NeedTwo() {
  const { setOpen } = useImporter();
  const m = useMessages();
  return (
    <div className="matrix-view compare-view">
      <div className="view-bar">
        <h2 className="view-bar-title">
          {m.compare.title}
          <small>{m.compare.subtitle}</small>
        </h2>
      </div>
      <div className="compare-need-two">
        <p>
          <strong>{m.compare.onlyOne}</strong> {m.compare.importAnother}
        </p>
        <button type="button" className="ws-button is-primary" onClick={() => setOpen(true)}>
          {m.compare.importNotice}
        </button>
      </div>
    </div>
  );
}
