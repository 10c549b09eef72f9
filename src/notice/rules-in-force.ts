// What a marker states for the markers after it: the first-listed-is-lead rule and standing rules
// (`…，下同`, `以下均需各县政府落实，不再列出`), and the findings each reading gives.
import type { DiagnosticCode, DiagnosticDetail } from './diagnostics.ts';
import type { MarkerReading } from './marker.ts';
import { NameFacts } from './name-facts.ts';

/** A finding at `offset`, about the passage up to `end` when it names one. */
export type Report = (code: DiagnosticCode, offset: number, detail?: DiagnosticDetail, end?: number) => void;

export class RulesInForce {
  /** The first-listed agency leads, as a marker earlier stated. */
  leadRule = false;
  /** The standing rule the latest marker stated, carried to every item after it as a note. */
  standingRule: string | null = null;
  /** Every standing rule stated, in order, once each. */
  readonly standing: string[] = [];

  constructor(
    private readonly report: Report,
    /** The parse's memo of names, shared with the markers it reads. */
    readonly facts: NameFacts = new NameFacts(),
  ) {}

  /** Take the rules a reading states, then report what it could not read. */
  take(reading: MarkerReading, at: number, end?: number): void {
    if (reading.statesLeadRule) {
      this.leadRule = true;
      this.report('LEAD_RULE', at, reading.statesLeadRule);
    }
    if (reading.standingRule) {
      this.standingRule = reading.standingRule;
      if (!this.standing.includes(reading.standingRule)) this.standing.push(reading.standingRule);
      this.report('STANDING_RULE', at, reading.standingRule);
    }
    reportReading(reading, at, end, this.report, this.facts);
  }
}

function reportReading(
  reading: MarkerReading,
  at: number,
  end: number | undefined,
  report: Report,
  facts: NameFacts,
): void {
  for (const empty of reading.emptyRoles)
    report('MARKER_WITHOUT_AGENCY', empty.at, empty.word, empty.at + empty.word.length);
  for (const piece of reading.unread) report('UNREAD_NAME', piece.start, piece.name, piece.end);
  for (const { agency } of reading.roles) {
    const why = facts.suspectName(agency.name);
    if (why) report('SUSPECT_NAME', agency.start, why, agency.end);
  }
  if (reading.roles.length === 0 && reading.emptyRoles.length === 0)
    report('MARKER_WITHOUT_AGENCY', at, '责任', end);
}
