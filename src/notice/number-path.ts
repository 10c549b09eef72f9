// An item's number as written below its task (`1.（2）`): the heading numbering in force, by level.

export class NumberPath {
  /** The label of each heading level (1 to 4) in force, by level; deeper levels after shallower. */
  private readonly labels: (string | undefined)[] = [];

  /** A heading at `level` replaces the numbering at its level and ends the deeper ones. */
  set(level: number, label: string): void {
    this.labels[level] = label;
    if (this.labels.length > level + 1) this.labels.length = level + 1;
  }

  /** The labels deeper than `level`, outermost first, or null when there are none. */
  below(level: number | null): string | null {
    let path: string | null = null;
    for (let l = level === null ? 0 : level + 1; l < this.labels.length; l++) {
      const label = this.labels[l];
      if (label !== undefined) path = path === null ? label : path + label;
    }
    return path;
  }
}
