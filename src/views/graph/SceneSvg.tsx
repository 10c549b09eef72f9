// Draws scene marks as inline SVG: the same marks the SVG/PDF export writes, so the legend on screen
// and the legend in a file are one drawing.
import { Fragment, useId } from 'react';
import type { SceneMark } from '../../graph/scene.ts';

const BASELINE = {
  top: 'text-before-edge',
  middle: 'central',
  bottom: 'text-after-edge',
  alphabetic: 'alphabetic',
} as const;

function stroke(mark: Exclude<SceneMark, { type: 'text' }>) {
  return {
    fill: mark.fill ?? 'none',
    stroke: mark.stroke,
    strokeWidth: mark.strokeWidth,
    strokeDasharray: mark.dash?.join(' '),
    opacity: mark.opacity,
  };
}

function Mark({ mark, arrowId }: { mark: SceneMark; arrowId: (color: string) => string }) {
  switch (mark.type) {
    case 'rect':
      return (
        <rect
          x={mark.x}
          y={mark.y}
          width={mark.width}
          height={mark.height}
          rx={mark.radius}
          {...stroke(mark)}
        />
      );
    case 'circle':
      return <circle cx={mark.cx} cy={mark.cy} r={mark.r} {...stroke(mark)} />;
    case 'path':
      return (
        <path
          d={mark.d}
          {...stroke(mark)}
          strokeLinecap="round"
          markerEnd={mark.arrow && mark.stroke ? `url(#${arrowId(mark.stroke)})` : undefined}
        />
      );
    case 'text':
      return (
        <text
          x={mark.x}
          y={mark.y}
          fontSize={mark.size}
          fill={mark.fill}
          fontWeight={mark.weight}
          textAnchor={mark.anchor}
          dominantBaseline={BASELINE[mark.baseline ?? 'alphabetic']}
        >
          {mark.text}
        </text>
      );
  }
}

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
      {marks.map((mark, i) => (
        <Fragment key={i}>
          <Mark mark={mark} arrowId={arrowId} />
        </Fragment>
      ))}
    </svg>
  );
}
