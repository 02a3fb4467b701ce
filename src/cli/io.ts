/** What a command may touch, so tests can run commands in-process. */
export interface CommandIO {
  cwd: string;
  color: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Overrides the tool version (tests use it to check that a new version invalidates the cache). */
  version?: string;
  /** Today's date as yyyy-mm-dd, so `new` is reproducible in tests. */
  today?: string;
}

/** Bad usage: reported on stderr with exit code 2 and the command's help. */
export class UsageError extends Error {}

/** A request the command refuses (a file exists, a template is unknown): exit code 2, no help. */
export class RefusalError extends Error {}
