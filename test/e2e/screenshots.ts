import { join } from 'node:path';
import type { Session } from './harness';

/**
 * `npm run screenshots` sets INNOVATIE_SCREENSHOTS=1: the e2e tests then save what a person sees at
 * their checkpoints into media/screenshots/, for the README. Ordinary runs write nothing.
 */
export async function keepScreenshot(session: Session, name: string): Promise<void> {
  if (process.env.INNOVATIE_SCREENSHOTS !== '1') return;
  await session.screenshot(join(__dirname, '..', '..', 'media', 'screenshots', `${name}.png`));
}
