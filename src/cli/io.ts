/** What a command may touch, so tests can run commands in-process. */
export interface CommandIO {
  cwd: string;
  color: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Bad usage: reported on stderr with exit code 2. */
export class UsageError extends Error {}
