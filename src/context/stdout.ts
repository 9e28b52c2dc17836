// Writing a command's output to stdout, where a closed pipe (`wikic graph | head`) is normal.

let guarded = false;

/** Writes text to stdout and resolves once it is handed over; a reader that went away is not an error. */
export function writeStdout(text: string): Promise<void> {
  if (!guarded) {
    guarded = true;
    // The stream reports EPIPE as an 'error' event, possibly after the write callback: without a
    // listener that event would crash the process with a stack trace.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE') reject(err);
      else resolve();
    });
  });
}
