import type { Language } from '../../core/index.js';

/** Which language the user reads: the setting wins, else VS Code's display language. */
export type UiLanguage = 'nl' | 'en';
export type LanguageSetting = 'auto' | 'nl' | 'en';

/** The language of the UI chrome (status bar, commands, pickers). */
export function resolveLanguage(setting: string | undefined, displayLanguage: string): UiLanguage {
  if (setting === 'nl' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

/** The language the setting asks for, or undefined for `auto`: then the plan decides, as in the CLI. */
export function explicitLanguage(setting: string | undefined): Language | undefined {
  return setting === 'nl' || setting === 'en' ? setting : undefined;
}
