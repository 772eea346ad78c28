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
  ) {
    super(`unknown ${what} ${ids.map((id) => JSON.stringify(id)).join(', ')}`);
    this.name = 'NotFoundError';
  }
}
