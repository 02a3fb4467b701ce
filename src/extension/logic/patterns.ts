/** The editor matches `plans` and `ignore` with the core's patterns, as the CLI does. */
export { PathPatterns } from '../../core/detect/patterns.js';
