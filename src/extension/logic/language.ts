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

/**
 * The language of what is said about a plan (diagnostics, hovers, quick fixes):
 * the setting, else `.innovatierc.json`'s language, else the plan's own, the order the core uses.
 */
export function messageLanguage(setting: Language | undefined, configLanguage: Language | undefined, planLanguage: Language): Language {
  return setting ?? configLanguage ?? planLanguage;
}
