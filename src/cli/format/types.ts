import type { AnswerEvidence, Finding, Kind, Status } from '../../core/index.js';

export interface FileReport {
  /** Relative to the working directory, forward slashes. */
  path: string;
  kind: Kind;
  /** Whether the file reads as a plan; a non-plan has no findings. */
  isPlan: boolean;
  /** What decided `isPlan`, in the plan's language. */
  detection: string;
  coverage: Record<string, Status>;
  /** Per question the plan is judged on: status, the lines that count and why. */
  answers: Record<string, AnswerEvidence>;
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
