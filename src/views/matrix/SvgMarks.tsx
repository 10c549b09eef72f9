// Scene marks as SVG elements, for matrices and charts small enough to stay crisp and searchable in
// the page. Each mark that points at something carries it as data-ref-kind / data-ref-id.
import { memo } from 'react';
import { INK } from '../../graph/appearance.ts';
import type { SceneMark } from '../../graph/scene.ts';

const BASELINE = {
  top: 'text-before-edge',
  middle: 'central',
  bottom: 'text-after-edge',
  alphabetic: 'alphabetic',
} as const;

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

function SvgMark({ mark }: { mark: SceneMark }) {
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
      return <path d={mark.d} strokeLinecap="round" {...styleProps(mark)} {...refs} />;
    case 'text':
      return (
        <text
          x={mark.x}
          y={mark.y}
          fontSize={mark.size}
          fill={mark.fill ?? INK}
          fontWeight={mark.weight}
          textAnchor={mark.anchor}
          dominantBaseline={mark.baseline ? BASELINE[mark.baseline] : undefined}
          transform={mark.rotate ? `rotate(${mark.rotate} ${mark.x} ${mark.y})` : undefined}
          {...refs}
        >
          {mark.text}
        </text>
      );
  }
}

/** The marks in scene order; memoised so hovering (which re-renders the view) does not redraw them. */
export const SvgMarks = memo(function SvgMarks({ marks }: { marks: readonly SceneMark[] }) {
  return (
    <>
      {marks.map((mark, i) => (
        <SvgMark key={i} mark={mark} />
      ))}
    </>
  );
});
