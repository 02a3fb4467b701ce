/** Lower-case words inside personal names ("Daan van der Berg", "Anouk el Amrani", "Luca di Marco"). */
export const NAME_PARTICLES = ['van', 'de', 'der', 'den', 'ter', 'ten', 'te', 'el', 'da', 'di', 'du', 'le', 'la'];

/** The particles as a regular-expression alternation, with `extra` words of the caller's own. */
export function particlePattern(...extra: string[]): string {
  return [...NAME_PARTICLES, ...extra].join('|');
}
