// A colour per coordination bloc: a qualitative palette that stays apart in print and for the common
// colour-vision deficiencies (Okabe–Ito, less its yellow, which is lost on white), repeated past eight.
const PALETTE = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#56b4e9', '#e69f00', '#7f7f7f', '#8c564b'];

export function blocColor(bloc: number): string {
  return PALETTE[(bloc - 1) % PALETTE.length] as string;
}
