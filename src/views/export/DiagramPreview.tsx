// A small picture of the file about to be made: the framed scene drawn as inline SVG (with the page's
// own font), on a checkerboard when the PNG will be transparent.
import type { Scene } from '../../graph/scene.ts';
import { SceneSvg } from '../graph/SceneSvg.tsx';

export function DiagramPreview({ scene, transparent }: { scene: Scene; transparent: boolean }) {
  const marks = transparent
    ? scene.marks
    : [
        {
          type: 'rect' as const,
          x: 0,
          y: 0,
          width: scene.width,
          height: scene.height,
          fill: scene.background ?? '#ffffff',
        },
        ...scene.marks,
      ];
  return (
    <figure className={`export-preview${transparent ? '' : ' is-white'}`} aria-label="Preview of the export">
      <SceneSvg
        width={scene.width}
        height={scene.height}
        marks={marks}
        label="Preview of the exported diagram"
      />
    </figure>
  );
}
