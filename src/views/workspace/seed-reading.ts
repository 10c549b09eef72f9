// The Manzhouli notice read while the workspace opens. On what looks like a first visit the worker
// decodes the bundled notice and parses it as soon as the page starts, so that storing it (useStartup)
// and drawing it (useScopedModel) find the work done instead of waiting, one after the other, for
// IndexedDB to open and then for two parses. The import's own parse is the one drawn: the notice is
// parsed once.
import { defaultNoticeBytes, DEFAULT_NOTICE_NAME } from '../../view-model/default-notice.ts';
import { noticeRecordFor } from '../../view-model/import-batches.ts';
import { parseInputOf } from '../../view-model/model-cache.ts';
import { SEED_NOTICE_ID } from '../../view-model/seed-notice.ts';
import type { ImportOutcome } from '../../worker/protocol.ts';
import { pageParser, primeParse } from './page-parser.ts';

let reading: Promise<ImportOutcome | undefined> | null = null;

/** The bundled notice read for import, once per page: a second call (the user asks for it back after
 *  deleting it) gets the same outcome. */
export function readSeedNotice(): Promise<ImportOutcome | undefined> {
  reading ??= pageParser()
    .readForImport([{ name: DEFAULT_NOTICE_NAME, bytes: defaultNoticeBytes(), keepModel: true }])
    .then(([outcome]) => outcome);
  reading.catch(() => (reading = null));
  return reading;
}

/** Starts reading and parsing the notice a first visit will store and show. The parse is offered to
 *  the next request for the same source, so the stored notice's model is not computed twice. */
export function readSeedAhead(): void {
  void readSeedNotice().then(
    (outcome) => {
      if (!outcome?.ok) return;
      // The record storeSeedNotice will write (its stamp does not change what is parsed).
      primeParse(parseInputOf(noticeRecordFor(outcome, SEED_NOTICE_ID, '')), outcome.model);
    },
    () => undefined, // storeSeedNotice reads it again and reports what went wrong.
  );
}
