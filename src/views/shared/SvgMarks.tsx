// Scene marks as SVG elements: the same marks the SVG/PDF export writes, so what the page shows (a
// matrix, a chart, a legend) and what a file holds are one drawing. Each mark that points at something
// carries it as data-ref-kind / data-ref-id; paths with an arrow get a marker in their colour.
import { memo, useId } from 'react';
import { INK } from '../../graph/appearance.ts';
import type { SceneMark } from '../../graph/scene.ts';

const BASELINE = {
  top: 'text-before-edge',
  middle: 'central',
  bottom: 'text-after-edge',
  alphabetic: 'alphabetic',
} as const;

type ArrowId = (color: string) => string;

function refAttributes(mark: SceneMark): Record<string, string> {
  return mark.ref ? { 'data-ref-kind': mark.ref.kind, 'data-ref-id': mark.ref.id } : {};
}

function styleProps(mark: Exclude<SceneMark, { type: 'text' }>) {
  return {
    fill: mark.fill ?? 'none',
    ...(mark.stroke ? { stroke: mark.stroke, strokeWidth: mark.strokeWidth ?? 1 } : {}),
    ...(mark.dash ? { strokeDasharray: mark.dash.join(' ') } : {}),
    ...(mark.opacity !== undefined && mark.opacity < 1 ? { opacity: mark.opacity } : {}),
  };
}

function SvgMark({ mark, arrowId }: { mark: SceneMark; arrowId?: ArrowId | undefined }) {
  const refs = refAttributes(mark);
  switch (mark.type) {
    case 'rect':
      return (
        <rect
          x={mark.x}
          y={mark.y}
          width={mark.width}
          height={mark.height}
          rx={mark.radius}
          {...styleProps(mark)}
          {...refs}
        />
      );
    case 'circle':
      return <circle cx={mark.cx} cy={mark.cy} r={mark.r} {...styleProps(mark)} {...refs} />;
    case 'path':
      return (
        <path
          d={mark.d}
          strokeLinecap="round"
          markerEnd={mark.arrow && mark.stroke && arrowId ? `url(#${arrowId(mark.stroke)})` : undefined}
          {...styleProps(mark)}
          {...refs}
        />
      );
    case 'text':
      return (
        <text
          x={mark.x}
          y={mark.y}
          fontSize={mark.size}
          fill={mark.fill ?? INK}
          fontWeight={mark.weight}
          textAnchor={mark.anchor}
          dominantBaseline={BASELINE[mark.baseline ?? 'alphabetic']}
          transform={mark.rotate ? `rotate(${mark.rotate} ${mark.x} ${mark.y})` : undefined}
          {...refs}
        >
          {mark.text}
        </text>
      );
  }
}

/** The marks in scene order; memoised so hovering (which re-renders the view) does not redraw them. */
export const SvgMarks = memo(function SvgMarks({
  marks,
  arrowId,
}: {
  marks: readonly SceneMark[];
  arrowId?: ArrowId;
}) {
  return (
    <>
      {marks.map((mark, i) => (
        <SvgMark key={i} mark={mark} arrowId={arrowId} />
      ))}
    </>
  );
});

/** A whole small scene (a legend, a key) as its own labelled SVG, with arrowheads in each colour used. */
export function SceneSvg({
  width,
  height,
  marks,
  label,
}: {
  width: number;
  height: number;
  marks: readonly SceneMark[];
  label: string;
}) {
  const prefix = useId().replace(/:/g, '');
  const colors = [
    ...new Set(marks.flatMap((m) => (m.type === 'path' && m.arrow && m.stroke ? [m.stroke] : []))),
  ];
  const arrowId = (color: string) => `${prefix}-arrow-${colors.indexOf(color)}`;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <defs>
        {colors.map((color) => (
          <marker
            key={color}
            id={arrowId(color)}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,1 L9,5 L0,9 z" fill={color} />
          </marker>
        ))}
      </defs>
      <SvgMarks marks={marks} arrowId={arrowId} />
    </svg>
  );
}
