// How to draw a graph of a given size on this machine. Cytoscape's canvas renderer runs on the CPU: it
// pans smoothly up to about 2,000 nodes, then falls off a cliff; drawing a texture while the viewport
// moves (and hiding edges meanwhile) cuts the cost about sixfold. Its WebGL renderer helps only on a
// real GPU and is slower on a software one, so it is used only when a hardware GPU answers.

export interface RendererChoice {
  /** Many elements: texture and hidden edges while panning, cheaper edge and label styles. */
  readonly large: boolean;
  readonly webgl: boolean;
}

export const LARGE_GRAPH_ELEMENTS = 1500;
const SOFTWARE_GPU = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

let gpu: boolean | undefined;

/** True when WebGL is backed by a hardware GPU (not SwiftShader, llvmpipe and the like). */
export function hasHardwareGpu(): boolean {
  if (gpu !== undefined) return gpu;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    gpu = name !== '' && !SOFTWARE_GPU.test(name);
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    gpu = false;
  }
  return gpu;
}

export function chooseRenderer(elementCount: number): RendererChoice {
  const large = elementCount > LARGE_GRAPH_ELEMENTS;
  // WebGL draws no dashed lines: keep it for large graphs, where the canvas cannot keep up.
  return { large, webgl: large && hasHardwareGpu() };
}
