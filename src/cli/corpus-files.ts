// Which files of a folder tree a corpus run reads, and which of them a shard takes. Paths are kept
// relative to the folder, with `/`, sorted: they are the notices' ids in every table, the same on
// any machine, so the shards of one run join.
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { READABLE_EXTENSIONS } from '../import/extensions.ts';

const READABLE = new Set<string>([...READABLE_EXTENSIONS, '.xhtml']);

function readable(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot > 0 && READABLE.has(name.slice(dot).toLowerCase());
}

/** Every readable file under `root` (hidden folders and files left out), as sorted relative paths. */
export async function corpusFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && readable(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** The files biggest first (ties in path order), the order a run hands them out: a big file taken
 *  last would leave one job working while the others wait. A file that cannot be stat'ed comes last,
 *  where its job reports it. */
export async function biggestFirst(root: string, paths: readonly string[]): Promise<string[]> {
  const sizes = await Promise.all(
    paths.map((path) =>
      stat(join(root, path)).then(
        (s) => s.size,
        () => -1,
      ),
    ),
  );
  const order = paths.map((path, i) => ({ path, size: sizes[i] as number }));
  order.sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return order.map((o) => o.path);
}

/** FNV-1a over the path: a file's shard does not move when other files are added or removed. */
function pathHash(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export interface Shard {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
}

export function inShard(path: string, shard: Shard): boolean {
  return pathHash(path) % shard.count === shard.index - 1;
}
