import type { HeadingSection } from './sites.js';

// Sections about the past or the problem: money and dates there describe the situation, not the plan.
const BACKGROUND_IDS = new Set(['probleem', 'waarom', 'vertrekpunt']);
const BACKGROUND_TITLE = /\b(?:achtergrond|aanleiding|context|background|history|geschiedenis|historie|huidige situatie|current situation|probleem\w*|problem|problemen|knelpunt\w*|inleiding|introduction|motivati\w*|waarom|why|situatieschets|uitgangssituatie|state of the art|related work)\b/i;

/** A section about the past or the problem. */
export function isBackground(section: HeadingSection | undefined): boolean {
  return !!section && (section.questionIds.some((id) => BACKGROUND_IDS.has(id)) || BACKGROUND_TITLE.test(section.title));
}

