// The agency × task matrix view: who leads and who cooperates in which task, section or item.
export function MatrixView() {
  return <div className="matrix-view" />;
}
