import type { Finding, Kind, Status } from '../../core/index.js';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  kind: Kind;
  coverage: Record<string, Status>;
  findings: Finding[];
}

export type Formatter = (reports: FileReport[], options: { color: boolean }) => string;
