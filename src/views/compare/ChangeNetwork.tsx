// The coordination network of both notices with the links gained and lost marked: the scene from
// src/compare drawn as SVG, each link under a wider invisible stroke so a thin line is easy to hover;
// hovering a link names the pair and the items they share in A and in B, hovering an agency its load.
import { useMemo, useRef, useState } from 'react';
import type { ChangeLink, ChangeNode } from '../../compare/change-network.ts';
import { changeNetworkScene } from '../../compare/change-network-scene.ts';
import { useMessages } from '../i18n/lang-context.tsx';
import { HoverCard } from '../shared/HoverCard.tsx';
import { SvgMarks } from '../shared/SvgMarks.tsx';
import { useElementWidth } from '../shared/useElementWidth.ts';
import type { LaidOutNetwork } from './useChangeNetwork.ts';

type Hovered =
  | { readonly link: ChangeLink; readonly x: number; readonly y: number }
  | { readonly node: ChangeNode; readonly x: number; readonly y: number };

export function ChangeNetwork({ laidOut }: { laidOut: LaidOutNetwork }) {
  const m = useMessages();
  const box = useRef<HTMLDivElement>(null);
  const width = Math.max(640, useElementWidth(box));
  const [hover, setHover] = useState<Hovered | null>(null);
  const { network, positions, error } = laidOut;
  const scene = useMemo(
    () => (positions ? changeNetworkScene(network, positions, { width, words: m.comparison.network }) : null),
    [network, positions, width, m],
  );
  const links = useMemo(() => new Map(network.links.map((l) => [l.id, l])), [network]);
  const nodes = useMemo(() => new Map(network.nodes.map((n) => [n.key, n])), [network]);
  const onMove = (e: React.PointerEvent<SVGSVGElement>) => {
    const target = (e.target as Element).closest('[data-link], [data-ref-kind="agency"]');
    const link = target?.getAttribute('data-link');
    const agency =
      target?.getAttribute('data-ref-kind') === 'agency' ? target.getAttribute('data-ref-id') : null;
    const found = link ? links.get(link) : undefined;
    const node = agency ? nodes.get(agency) : undefined;
    setHover(
      found
        ? { link: found, x: e.clientX, y: e.clientY }
        : node
          ? { node, x: e.clientX, y: e.clientY }
          : null,
    );
  };
  return (
    <section className="compare-section compare-network" aria-label={m.compare.networkSection}>
      <header className="compare-section-head">
        <h3>{m.compare.networkTitle}</h3>
        <span className="compare-hint">{m.compare.networkHint}</span>
      </header>
      <div className="compare-net-chart" ref={box}>
        {error ? (
          <p className="compare-message" role="alert">
            {m.compare.networkFailed(error)}
          </p>
        ) : !scene ? (
          <p className="compare-message" role="status">
            {m.compare.networkLaying}
          </p>
        ) : (
          <svg
            width={scene.width}
            height={scene.height}
            viewBox={`0 0 ${scene.width} ${scene.height}`}
            role="img"
            aria-label={m.compare.networkLabel}
            data-links={network.links.length}
            onPointerMove={onMove}
            onPointerLeave={() => setHover(null)}
          >
            <SvgMarks marks={scene.marks} />
            <g className="compare-link-hits">
              {scene.links.map((l) => (
                <path key={l.id} d={l.d} data-link={l.id} stroke="transparent" strokeWidth={9} fill="none" />
              ))}
            </g>
          </svg>
        )}
      </div>
      {hover ? (
        <HoverCard x={hover.x} y={hover.y}>
          {'link' in hover ? (
            <div className="compare-card" data-status={hover.link.status}>
              <p>{m.comparison.network.link(hover.link)}</p>
            </div>
          ) : (
            <div className="compare-card">
              <p>{m.comparison.network.agency(hover.node)}</p>
            </div>
          )}
        </HoverCard>
      ) : null}
    </section>
  );
}
