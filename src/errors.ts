/**
 * An error the user can act on: printed as one line on stderr, no stack trace, with an exit code.
 * Exit code 2 means bad input or usage (the CLI contract).
 */
export class WikicError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'WikicError';
    this.exitCode = exitCode;
  }
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
