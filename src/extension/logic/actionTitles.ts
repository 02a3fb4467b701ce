import type { Language } from '../../core/index.js';

/**
 * Titles of the quick fixes the extension adds itself. They sit in one menu with the
 * rules' own fix titles, which are in the language of the findings, so they follow that
 * language too rather than VS Code's display language.
 */
const TITLES = {
  disableLine: { nl: (ruleId: string) => `${ruleId} uitzetten voor deze regel`, en: (ruleId: string) => `Disable ${ruleId} for this line` },
  disableFile: { nl: (ruleId: string) => `${ruleId} uitzetten voor dit bestand`, en: (ruleId: string) => `Disable ${ruleId} for this file` },
  fixAll: { nl: () => 'Alle Innovatie-problemen oplossen', en: () => 'Fix all Innovatie problems' },
};

export function actionTitle(action: keyof typeof TITLES, language: Language, ruleId = ''): string {
  return TITLES[action][language](ruleId);
}
