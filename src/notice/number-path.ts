// An item's number as written below its task (`1.（2）`): the heading numbering in force, by level.

export class NumberPath {
  private readonly labels = new Map<number, string>();

  /** A heading at `level` replaces the numbering at its level and ends the deeper ones. */
  set(level: number, label: string): void {
    this.labels.set(level, label);
    for (const deeper of [...this.labels.keys()]) if (deeper > level) this.labels.delete(deeper);
  }

  /** The labels deeper than `level`, outermost first, or null when there are none. */
  below(level: number | null): string | null {
    const parts = [...this.labels]
      .filter(([l]) => level === null || l > level)
      .sort((a, b) => a[0] - b[0])
      .map(([, label]) => label);
    return parts.length > 0 ? parts.join('') : null;
  }
}
