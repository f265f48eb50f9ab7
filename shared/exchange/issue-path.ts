/** Turns a zod issue into the place and problem an analyst reads in an import error. */
import type { z } from 'zod';

/** A path as JavaScript would write it: `first.items[3].target.selector`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_@$][\w@$]*$/.test(key)) {
      out += out === '' ? key : `.${key}`;
    } else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

type Issue = z.core.$ZodIssue;

/** A value of the right type that breaks a limit on itself (too long, too many, empty). */
function isLimit(issue: Issue): boolean {
  return issue.code === 'too_big' || issue.code === 'too_small';
}

/** Whether `issue` got further into the value than `than`: deeper, or as deep and past its type. */
function getsFurther(issue: Issue, than: Issue): boolean {
  if (issue.path.length !== than.path.length) return issue.path.length > than.path.length;
  return isLimit(issue) && !isLimit(than);
}

/**
 * The issue that best explains a failure. For a union that no branch accepted, zod reports one
 * list of issues per branch; the branch that got furthest (longest path, or the value's own type
 * with a limit broken: a list of 10,001 bodies is a list, not "a body") is the one the author
 * meant, so its first issue is reported, with the union's own path in front.
 */
export function explainIssue(issue: Issue): { path: PropertyKey[]; message: string } {
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    let furthest: Issue | undefined;
    for (const branch of issue.errors) {
      const first = branch[0];
      if (first !== undefined && (furthest === undefined || getsFurther(first, furthest)))
        furthest = first;
    }
    if (furthest !== undefined && (furthest.path.length > 0 || isLimit(furthest))) {
      const inner = explainIssue(furthest);
      return { path: [...issue.path, ...inner.path], message: inner.message };
    }
  }
  return { path: [...issue.path], message: describeIssue(issue) };
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  if (typeof input === 'string') return 'text';
  return typeof input;
}

const EXPECTED_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** Zod's own wording; a message set on the schema says what is expected better than ours. */
function isDefaultMessage(message: string): boolean {
  return /^(Invalid|Too small|Too big)/.test(message);
}

function describeIssue(issue: Issue): string {
  if (!isDefaultMessage(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined
        ? `missing (expected ${expected})`
        : `expected ${expected}, found ${typeOf(issue.input)}`;
    }
    case 'too_big':
      return issue.origin === 'string'
        ? `longer than the limit of ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `more than the limit of ${issue.maximum} entries`
          : `larger than ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${issue.minimum} entries`
          : `must be at least ${issue.minimum}`;
    default:
      return issue.message;
  }
}
