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
