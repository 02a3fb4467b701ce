/** Which language the user reads: the setting wins, else VS Code's display language. */
export type UiLanguage = 'nl' | 'en';
export type LanguageSetting = 'auto' | 'nl' | 'en';

export function resolveLanguage(setting: string | undefined, displayLanguage: string): UiLanguage {
  if (setting === 'nl' || setting === 'en') return setting;
  return displayLanguage.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
