// The load axis of the ranking: a domain that ends on a round number past the largest load (and the
// threshold), with ticks at 1, 2 or 5 × 10ⁿ so a bar's length can be read off against them.

export function niceStep(span: number, ticks: number): number {
  if (span <= 0) return 1;
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const unit = raw / power;
  const factor = unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10;
  return Math.max(1, factor * power);
}

export interface LoadAxis {
  readonly max: number;
  readonly ticks: readonly number[];
}

export function loadAxis(largest: number, ticks = 6): LoadAxis {
  const step = niceStep(Math.max(1, largest), ticks);
  const max = Math.max(step, Math.ceil(largest / step) * step);
  const values: number[] = [];
  for (let v = 0; v <= max + step / 2; v += step) values.push(v);
  return { max, ticks: values };
}
