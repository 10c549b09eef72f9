// The paragraphs read since the last marker: the next marker closes them into an item, and numbered
// headings among them that no marker closes are reported.

export interface NumberedHeading {
  readonly label: string;
  readonly at: number;
  readonly level: number;
}

export class OpenParagraphs {
  /** Start of the paragraphs not yet closed by a marker (what label lines will govern). */
  start: number | null = null;
  /** The item in them starts after this heading prefix (for its title). */
  titleFrom: number | null = null;
  /** A numbered heading still waiting for its marker, for the "no marker" note. */
  numbered: NumberedHeading | null = null;
  /** Headings of this section closed without a marker, in order: a label line after them closes
   *  them all (`（一）…（二）…（三）… 牵头单位：A，责任单位：B`), else each is reported. */
  unmarked: NumberedHeading[] = [];

  /** The waiting heading will get no marker. */
  closeNumbered(): void {
    if (this.numbered) this.unmarked.push(this.numbered);
    this.numbered = null;
  }

  takeUnmarked(): NumberedHeading[] {
    const unmarked = this.unmarked;
    this.unmarked = [];
    return unmarked;
  }
}
