/** Runs a zod schema over part of a file and turns its first issue into an ExchangeError. */
import type { z } from 'zod';
import { ExchangeError } from './exchange-error';
import { explainIssue, formatPath } from './issue-path';

/**
 * `schema.parse(value)`, but a failure throws an ExchangeError whose path is `path` (where the
 * value sits in the file) followed by the issue's own path.
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  fileName: string,
  path: readonly PropertyKey[] = [],
): z.output<T> {
  // zod leaves the offending value out of its issues unless asked; without it every wrong type
  // would read as "missing".
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const first = result.error.issues[0];
  if (first === undefined) {
    // zod fails a value only with at least one issue; this satisfies the type checker.
    // Stryker disable next-line StringLiteral: equivalent mutant; never reached (see above)
    throw new ExchangeError('invalid', fileName, formatPath(path), 'invalid');
  }
  const { path: issuePath, message } = explainIssue(first);
  throw new ExchangeError('invalid', fileName, formatPath([...path, ...issuePath]), message);
}

/** An ExchangeError at `path` in the file. */
export function invalidAt(
  fileName: string,
  path: readonly PropertyKey[],
  problem: string,
): ExchangeError {
  return new ExchangeError('invalid', fileName, formatPath(path), problem);
}
