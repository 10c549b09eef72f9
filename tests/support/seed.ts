// The reference notice and the sample notices, read from disk for tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const SEED_PATH = `${root}seeds/manzhouli-pilot-zone-2014.txt`;

export function seedBytes(): Uint8Array {
  return new Uint8Array(readFileSync(SEED_PATH));
}

export function seedText(): string {
  return readFileSync(SEED_PATH, 'utf8');
}

/** A sample notice from ../shared/samples (copied into tests/fixtures/samples). */
export function sampleText(name: string): string {
  return readFileSync(`${root}tests/fixtures/samples/${name}`, 'utf8');
}
