import type { Finding, Kind, Status } from '../../core/index.js';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  kind: Kind;
  coverage: Record<string, Status>;
  findings: Finding[];
  /** Findings that --fix repaired in this run. */
  fixed?: number;
}

export interface FormatOptions {
  color: boolean;
  /** The tool version, for SARIF's driver. */
  version: string;
}

export type Formatter = (reports: FileReport[], options: FormatOptions) => string;
