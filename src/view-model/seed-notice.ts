// The notice a first visit opens on: the bundled Manzhouli notice, stored as the workspace's first notice.
// Its id is fixed, so two tabs opened on an empty workspace at once store it once, not twice.
import { asNoticeId } from '../workspace/notice-id.ts';

export const SEED_NOTICE_ID = asNoticeId('manzhouli-2014');
