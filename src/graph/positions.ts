// Where nodes are and how much room they take: the plain geometry a layout hands to the scenes.
export interface Point {
  readonly x: number;
  readonly y: number;
}

export type Positions = ReadonlyMap<string, Point>;

export interface Size {
  readonly width: number;
  readonly height: number;
}
