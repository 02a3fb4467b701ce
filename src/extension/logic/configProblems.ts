/** Where in `.innovatierc.json` a problem from validateConfig points, by the key it names. */
export interface ProblemLocation {
  message: string;
  /** The key the problem names, e.g. "rules.question-wie". */
  key?: string;
  start: number;
  end: number;
}

export function locateProblems(text: string, problems: readonly string[]): ProblemLocation[] {
  return problems.map((message) => {
    const position = /not valid JSON.*position (\d+)/.exec(message)?.[1];
    if (position !== undefined) {
      const at = Math.min(Number(position), Math.max(0, text.length - 1));
      return { message, start: at, end: Math.min(text.length, at + 1) };
    }
    // validateConfig quotes the key: "'rules.foo' must be ..." or "unknown key 'foo'".
    const key = /'([^']+)'/.exec(message)?.[1];
    if (!key) return { message, start: 0, end: Math.min(text.length, 1) };
    const last = key.split('.').pop()!;
    const at = text.indexOf(JSON.stringify(last));
    if (at < 0) return { message, key, start: 0, end: Math.min(text.length, 1) };
    return { message, key, start: at, end: at + JSON.stringify(last).length };
  });
}
