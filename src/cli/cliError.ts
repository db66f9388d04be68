/** A mistake in how the command was called: exit code 1, with the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
