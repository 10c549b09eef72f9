// The few platform globals the pure core may use: present in browsers, workers and Node alike.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
/** Only what the readers look at: whether the import was cancelled. */
interface AbortSignal {
  readonly aborted: boolean;
}
