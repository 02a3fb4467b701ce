/**
 * Most frontmatter is one `key: value` per line, the value plain text or in double quotes. The
 * YAML parser is a large share of the time to build a plan, so such blocks are read here; anything
 * else (lists, comments, escapes, numbers, booleans, odd characters) is left to the parser.
 */

// Characters YAML treats specially or that need care: control and non-printable ones, lone
// surrogates, the byte order mark, and the line breaks YAML or JavaScript know.
const ODD = String.raw`\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff`;
const LINE = new RegExp(
  String.raw`^([A-Za-z][\w-]{0,63}): +(?:"([^"\\${ODD}]*)"|([^\s\-?:,[\]{}#&*!|>'"%@\`${ODD}][^:#[\]{}${ODD}]*(?<!\s)))$`,
);
// Plain values the YAML core schema reads as null, a boolean or a number (with some margin).
const NOT_A_STRING = /^(?:~|null|true|false|[-+]?(?:\.[\w.+-]*|[0-9][0-9.]*(?:e[-+]?[0-9]+)?)|0[ox]\w*)$/i;
const KEYWORD = /^(?:null|true|false)$/i;

export interface SimplePair {
  key: string;
  /** Offsets in the YAML text: the key's start and the value's end. */
  start: number;
  end: number;
}

/** The mapping and where each key is, or undefined when the block is not this simple. */
export function readSimpleMapping(yaml: string): { data: Record<string, string>; pairs: SimplePair[] } | undefined {
  const data: Record<string, string> = {};
  const pairs: SimplePair[] = [];
  let lineStart = 0;
  for (const line of yaml.split('\n')) {
    const match = LINE.exec(line);
    if (!match) return undefined;
    const [, key, quoted, plain] = match;
    if (KEYWORD.test(key) || Object.hasOwn(data, key)) return undefined;
    if (plain !== undefined && NOT_A_STRING.test(plain)) return undefined;
    data[key] = quoted ?? plain;
    pairs.push({ key, start: lineStart, end: lineStart + line.length });
    lineStart += line.length + 1;
  }
  return { data, pairs };
}
