/**
 * Whether a suite that lacks its browser or code-server must fail rather than skip: in CI, and under
 * `npm test` (which installs both first), so the README's test command never passes by skipping.
 */
export function mustNotSkip(): boolean {
  const flag = (name: string) => {
    const value = (process.env[name] ?? '').trim().toLowerCase();
    return value !== '' && value !== '0' && value !== 'false';
  };
  return flag('CI') || flag('INNOVATIE_FULL_SUITE');
}
