// A reader that stops early (`wikic maintain | head`, `wikic graph | head`) closes the pipe: the rest of the
// output goes nowhere, the command still finishes with its own exit code, and no stack trace follows.

/** Codes of a write to a pipe whose reader went away (the stream is destroyed after the first). */
export const CLOSED_PIPE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED']);

let guarded = false;

/** Lets stdout and stderr fail quietly once their reader is gone (once per process; later calls do nothing). */
export function ignoreClosedPipes(): void {
  if (guarded) return;
  guarded = true;
  for (const stream of [process.stdout, process.stderr]) {
    // The stream reports EPIPE as an 'error' event, possibly after the write callback: without a listener that
    // event would crash the process.
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (!CLOSED_PIPE.has(err.code ?? '')) throw err;
    });
  }
}
