// The load ranking view: agencies by weighted load, the overload threshold, and why each flag was raised.
export function RankingView() {
  return <div className="ranking-view" />;
}
