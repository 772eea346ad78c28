/**
 * A failure the user can act on: the CLI prints its message (which says what to do) and exits non-zero,
 * without a stack trace.
 */
export class UserFacingError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserFacingError';
  }
}

/** Something a request names does not exist: transports answer NOT_FOUND (404), never an empty result. */
export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly ids: readonly string[],
    /** the selection's field that named it (subject, object, operations, …), for transports to name their argument */
    readonly field?: string,
  ) {
    super(`unknown ${what} ${ids.map((id) => JSON.stringify(id)).join(', ')}`);
    this.name = 'NotFoundError';
  }
}

/** One thing wrong with an input, with the path of the field it concerns ("claims[2].evidence[0].quote"). */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Input refused before anything is written: every issue found, each naming its field. */
export class ValidationError extends Error {
  constructor(
    readonly label: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`${label}: ${issues.map((i) => `${i.path ? `${i.path}: ` : ''}${i.message}`).join('; ')}`);
    this.name = 'ValidationError';
  }
}
