// The outline read so far while walking a notice's body: its sections and tasks, and where the walk
// stands in them (the section, the task, the level tasks are numbered at, the item numbering).
import type { RawSection, RawTask } from './body-model.ts';
import { NumberPath } from './number-path.ts';

export class Outline {
  readonly sections: RawSection[] = [];
  readonly tasks: RawTask[] = [];
  section: number | null = null;
  task: number | null = null;
  private readonly numbers = new NumberPath();
  /** Tasks per section, for the ordinal of a table row that does not number its task. */
  private readonly taskCounts = new Map<number | null, number>();
  /** Sections whose own heading stands as their task, for markers written under no sub-heading. */
  private readonly sectionTasks = new Map<number, number>();

  /** `taskLevel`: the numbering level of this section's tasks, or null when it has none. */
  constructor(public taskLevel: number | null) {}

  openSection(section: RawSection, label: string, taskLevel: number | null): void {
    this.sections.push(section);
    this.section = this.sections.length - 1;
    this.task = null;
    this.taskLevel = taskLevel;
    this.numbers.set(1, label);
  }

  /** A label line closing several task headings makes an item of the section's, under no task. */
  leaveTask(): void {
    this.task = null;
  }

  /** Returns the task's index. */
  openTask(ordinal: number, title: string, start: number): number {
    this.tasks.push({ ordinal, title, start, section: this.section });
    this.task = this.tasks.length - 1;
    this.taskCounts.set(this.section, this.tasksInSection() + 1);
    return this.task;
  }

  /** A numbered heading below the section: its label joins the item numbering. */
  numberHeading(level: number, label: string): void {
    this.numbers.set(level, label);
  }

  currentTask(): RawTask | undefined {
    return this.task === null ? undefined : this.tasks[this.task];
  }

  tasksInSection(): number {
    return this.taskCounts.get(this.section) ?? 0;
  }

  /** The item's number below its task (`1.（2）`). */
  itemNumber(): string | null {
    return this.numbers.below(this.taskLevel ?? 1);
  }

  /** A marker under a section with no task heading above it: the section's heading stands as its
   *  task, once per section. */
  sectionStandsAsTask(): void {
    if (this.task !== null || this.section === null) return;
    const known = this.sectionTasks.get(this.section);
    if (known !== undefined) {
      this.task = known;
      return;
    }
    const section = this.sections[this.section] as RawSection;
    this.sectionTasks.set(this.section, this.openTask(section.ordinal, section.title, section.start));
  }
}
