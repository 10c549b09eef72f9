// A schema finding in words a user can act on: which field (`notices[2].source`) and what was wrong.
import type { z } from 'zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 40 ? `${json.slice(0, 40)}…` : json;
}

/** The value at fault: for an unknown variant of a union, its tag (`type`), not the whole record. */
function culprit(issue: z.core.$ZodIssue): unknown {
  const tag = 'discriminator' in issue ? issue.discriminator : undefined;
  const input = issue.input;
  if (typeof tag === 'string' && typeof input === 'object' && input !== null)
    return (input as Record<string, unknown>)[tag];
  return input;
}

export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = fieldPath(issue.path) || 'the file';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: missing`;
  const message = issue.message.replace(/^Invalid input: /, '');
  const got =
    issue.code === 'invalid_union' || issue.code === 'invalid_value'
      ? ` (found ${shown(culprit(issue))})`
      : '';
  return `${where}: ${message}${got}`;
}
