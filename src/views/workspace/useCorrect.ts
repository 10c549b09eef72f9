// Dispatching a correction from a form: the request goes to the workspace; the form shows why it was
// not made, or clears itself when it was.
import { useState } from 'react';
import type { CorrectionProblem, CorrectionRequest } from '../../view-model/correction-plan.ts';
import { useAtlas } from '../atlas.tsx';
import { useMessages } from '../i18n/lang-context.tsx';

export function useCorrect(): {
  readonly problem: string | null;
  readonly busy: boolean;
  readonly correct: (request: CorrectionRequest) => Promise<boolean>;
} {
  const { workspace } = useAtlas();
  const m = useMessages();
  // The code is kept, not the words: a switch of language rewords the problem shown.
  const [problem, setProblem] = useState<CorrectionProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const correct = async (request: CorrectionRequest) => {
    setBusy(true);
    const reason = await workspace.correct(request);
    setBusy(false);
    setProblem(reason);
    return reason === null;
  };
  return { problem: problem ? m.corrections.problems[problem] : null, busy, correct };
}
