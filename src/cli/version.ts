import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

declare const __VERSION__: string | undefined;

/** The package version, set by the build; 'dev' when running from source. */
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : 'dev';

let buildId: string | undefined;

/**
 * The version plus a hash of the running bundle: a rebuilt tool with the same
 * version number must still invalidate caches, because its rules may differ.
 */
export function toolFingerprint(version = VERSION): string {
  if (buildId === undefined) {
    try {
      buildId = createHash('sha1').update(readFileSync(__filename)).digest('hex').slice(0, 12);
    } catch {
      buildId = 'unknown';
    }
  }
  return `${version}+${buildId}`;
}
