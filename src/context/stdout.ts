// Writing a command's output to stdout, where a closed pipe (`wikic graph | head`) is normal.
import { CLOSED_PIPE, ignoreClosedPipes } from '../io/closed-pipe.js';

/** Writes text to stdout and resolves once it is handed over; a reader that went away is not an error. */
export function writeStdout(text: string): Promise<void> {
  ignoreClosedPipes();
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (err) => {
      if (err && !CLOSED_PIPE.has((err as NodeJS.ErrnoException).code ?? '')) reject(err);
      else resolve();
    });
  });
}
