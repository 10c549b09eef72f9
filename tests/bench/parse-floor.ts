// The scan floor: the least that reading a notice can cost — decoding its bytes and finding its markers
// with one regular expression. The parser is timed against it in the same run, alternately, so the
// ratio compares runs made under the same load.

/** A bracket holding a role word or a label: the markers a notice's items close with. */
const MARKER = /[（(][^（）()\n]{0,600}?(?:牵头|配合|负责|协助|参与|单位[:：])[^（）()\n]{0,600}?[）)]/g;

/** Decodes `bytes` as the parser does (strict UTF-8) and counts the markers in them. */
export function scanFloor(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  let markers = 0;
  MARKER.lastIndex = 0;
  while (MARKER.exec(text) !== null) markers++;
  return markers;
}

export interface AgainstFloor {
  /** Milliseconds of each timed run of the step. */
  readonly stepMs: number[];
  /** Milliseconds of each round's floor (the median of its runs). */
  readonly floorMs: number[];
  /** The step's fastest run over the floor's fastest: on a shared machine the fastest runs are the
   *  ones no other process interrupted, where a median mixes in the load of the moment. */
  readonly ratio: number;
}

/** Runs `step` and the floor alternately: each round times the floor `floorRuns` times, then the step
 *  once. Warm-up runs of both come first, untimed. */
export function timeAgainstFloor(
  step: () => unknown,
  bytes: Uint8Array,
  rounds: number,
  warmup: number,
  floorRuns = 5,
): AgainstFloor {
  for (let i = 0; i < warmup; i++) {
    step();
    scanFloor(bytes);
  }
  const stepMs: number[] = [];
  const floorMs: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const floors: number[] = [];
    for (let i = 0; i < floorRuns; i++) {
      const start = performance.now();
      scanFloor(bytes);
      floors.push(performance.now() - start);
    }
    const start = performance.now();
    step();
    const ms = performance.now() - start;
    const floor = floors.sort((a, b) => a - b)[floorRuns >> 1] as number;
    stepMs.push(ms);
    floorMs.push(floor);
  }
  return { stepMs, floorMs, ratio: Math.min(...stepMs) / Math.min(...floorMs) };
}
