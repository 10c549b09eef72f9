// The agency × agency co-assignment matrix view: who is named with whom, and how often.
export function CoassignmentView() {
  return <div className="coassignment-view" />;
}
