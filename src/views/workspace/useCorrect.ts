// Dispatching a correction from a form: the request goes to the workspace; the form shows why it was
// not made, or clears itself when it was.
import { useState } from 'react';
import type { CorrectionRequest } from '../../view-model/correction-plan.ts';
import { useAtlas } from '../atlas.tsx';

export function useCorrect(): {
  readonly problem: string | null;
  readonly busy: boolean;
  readonly correct: (request: CorrectionRequest) => Promise<boolean>;
} {
  const { workspace } = useAtlas();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const correct = async (request: CorrectionRequest) => {
    setBusy(true);
    const reason = await workspace.correct(request);
    setBusy(false);
    setProblem(reason);
    return reason === null;
  };
  return { problem, busy, correct };
}
