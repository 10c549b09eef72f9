// The notice the app opens on: the Manzhouli reference notice, bundled so the app works offline.
import seedText from '../../seeds/manzhouli-pilot-zone-2014.txt?raw';

export const DEFAULT_NOTICE_NAME = 'manzhouli-pilot-zone-2014.txt';

/** The notice as the bytes of a UTF-8 file, so it goes through decoding like any file a user opens. */
export function defaultNoticeBytes(): Uint8Array {
  return new TextEncoder().encode(seedText);
}
