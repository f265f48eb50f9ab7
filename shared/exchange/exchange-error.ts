/** The one error the exchange layer throws for a file it cannot read, with where and why. */

/** Why a file was refused; the UI may word its message by it. */
export type ExchangeErrorCode =
  | 'empty'
  | 'too-large'
  | 'too-deep'
  | 'not-json'
  | 'unknown-format'
  | 'unsupported-version'
  | 'invalid';

/**
 * A collection file that cannot be imported. `message` names the file, the place in it and the
 * problem, e.g. `notes.json: annotations[3].target[0].selector: expected a list of selectors`,
 * and is meant to be shown to the analyst as it is.
 */
export class ExchangeError extends Error {
  override readonly name = 'ExchangeError';
  readonly code: ExchangeErrorCode;
  readonly fileName: string;
  /** Where in the file (`first.items[2].target.selector`), or '' for the file as a whole. */
  readonly path: string;
  /** The problem alone, without file name and path. */
  readonly problem: string;

  constructor(code: ExchangeErrorCode, fileName: string, path: string, problem: string) {
    super(path === '' ? `${fileName}: ${problem}` : `${fileName}: ${path}: ${problem}`);
    this.code = code;
    this.fileName = fileName;
    this.path = path;
    this.problem = problem;
  }
}
