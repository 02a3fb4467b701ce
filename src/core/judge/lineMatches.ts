/**
 * `text.replace(pattern, '')` for a `gm` pattern that starts with `^\s*`, in time linear in the text.
 *
 * Such a pattern's `\s*` runs on over blank lines, so the regex engine, which tries it again at the
 * start of every one of them, reads a long run of blank lines once per line (and, where more `\s*`
 * follow, once per way to share the white space out). Here a failed try skips the rest of the white
 * space it started in: a match from a line start further on in it would be a match from this one too,
 * the leading `\s*` taking the space in between. The matches found are exactly the regex's.
 *
 * `matchEnd(text, start)` is where the pattern's match from line start `start` ends, or -1.
 */
export function removeFromLineStarts(text: string, matchEnd: (text: string, start: number) => number): string {
  let out = '';
  let copied = 0;
  for (let start = 0; start < text.length; ) {
    const end = matchEnd(text, start);
    if (end > start) {
      out += text.slice(copied, start);
      copied = end;
      start = lineStartFrom(text, end);
    } else {
      let space = start;
      while (space < text.length && isSpace(text.charCodeAt(space))) space++;
      start = lineStartFrom(text, space + 1);
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** A sticky regex's match end at `start`, for `removeFromLineStarts`. */
export function stickyEnd(pattern: RegExp): (text: string, start: number) => number {
  if (!pattern.sticky) throw new Error(`stickyEnd needs a sticky pattern: ${pattern}`);
  return (text, start) => {
    pattern.lastIndex = start;
    return pattern.exec(text) ? pattern.lastIndex : -1;
  };
}

/** The first position at or after `from` where `^` matches in multiline mode. */
function lineStartFrom(text: string, from: number): number {
  if (from === 0) return 0;
  for (let i = from; i <= text.length; i++) if (isLineBreak(text.charCodeAt(i - 1))) return i;
  return text.length + 1;
}

/** `\s` in JavaScript regular expressions. */
export function isSpace(code: number): boolean {
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** What ends a line for `^` and `$` in multiline mode. */
function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

function isLineEnd(text: string, at: number): boolean {
  return at === text.length || isLineBreak(text.charCodeAt(at));
}

/** `**` or `__` at `at`. */
function isStrong(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return (code === 0x2a || code === 0x5f) && text.charCodeAt(at + 1) === code;
}

/** `[^:*_\n]` */
function isLabelChar(code: number): boolean {
  return code !== 0x3a && code !== 0x2a && code !== 0x5f && code !== 0x0a;
}

/**
 * The match end of `/^\s*(?:[-*+]\s+)?(?:\*\*|__)?[^:*_\n]{1,40}(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*$/gm` from line
 * start `start` ("- **Verantwoordelijkheden**:" with nothing after it), or -1. No part before the colon can
 * hold a colon, so the match ends where the first colon's tail does, whichever way its start is read;
 * the regex itself paid for every such way, which on blank lines holding spaces cost their number cubed.
 */
export function emptyLabelEnd(text: string, start: number): number {
  // Before the colon: white space and at most 45 other characters (marker, `**` twice, label), on at most two
  // lines (a marker alone on the first).
  let colon = start;
  let solid = 0;
  let firstLine = '';
  let lines = 0;
  let newLine = false;
  for (; colon < text.length; colon++) {
    const code = text.charCodeAt(colon);
    if (code === 0x3a) break;
    if (code === 0x0a) {
      newLine = solid > 0;
      continue;
    }
    if (isSpace(code)) continue;
    if (++solid > 45) return -1;
    if (newLine) {
      if (lines > 0 || !/^[-*+]$/.test(firstLine)) return -1;
      lines++;
      newLine = false;
    }
    if (lines === 0) firstLine += text[colon];
  }
  if (colon === text.length || !labelBefore(text, start, colon)) return -1;
  return tailEnd(text, colon);
}

/** Whether `text[start, colon)` is `\s*(?:[-*+]\s+)?(?:\*\*|__)?[^:*_\n]{1,40}(?:\*\*|__)?\s*` (it holds no colon). */
function labelBefore(text: string, start: number, colon: number): boolean {
  let first = start;
  while (first < colon && isSpace(text.charCodeAt(first))) first++;
  let last = colon;
  while (last > start && isSpace(text.charCodeAt(last - 1))) last--;
  // Where the label can start: in or after the leading white space, after `**` there, or after a list
  // marker and the white space after it (and after `**` there). Where it can end: in or before the
  // trailing white space, or before a closing `**` there.
  const starts: Array<[number, number]> = [[start, first]];
  if (first + 2 <= colon && isStrong(text, first)) starts.push([first + 2, first + 2]);
  if (first + 1 < colon && '-*+'.includes(text[first]) && isSpace(text.charCodeAt(first + 1))) {
    let next = first + 1;
    while (next < colon && isSpace(text.charCodeAt(next))) next++;
    starts.push([first + 2, next]);
    if (next + 2 <= colon && isStrong(text, next)) starts.push([next + 2, next + 2]);
  }
  const ends: Array<[number, number]> = [[last, colon]];
  if (last - 2 >= start && isStrong(text, last - 2)) ends.push([last - 2, last - 2]);
  return starts.some(([from, to]) => ends.some(([endFrom, endTo]) => labelBetween(text, from, to, endFrom, endTo)));
}

/** Whether some `[^:*_\n]{1,40}` starts in [from, to] and ends in [endFrom, endTo]. */
function labelBetween(text: string, from: number, to: number, endFrom: number, endTo: number): boolean {
  if (from > to || endFrom > endTo || from >= endTo) return false;
  const low = Math.max(from, endFrom - 1);
  const high = Math.min(to, endTo - 1);
  if (low <= high) {
    // A one-character label can start anywhere in [low, high], and every label holds one of those.
    for (let at = low; at <= high; at++) if (isLabelChar(text.charCodeAt(at))) return true;
    return false;
  }
  // Every start lies before every end: the shortest label, from the last start to the first end, is in any other.
  if (endFrom - to > 40) return false;
  for (let at = to; at < endFrom; at++) if (!isLabelChar(text.charCodeAt(at))) return false;
  return true;
}

/** Where `:\s*(?:\*\*|__)?\s*$` from the colon at `colon` ends (greedily, as the regex does), or -1. */
function tailEnd(text: string, colon: number): number {
  let solid = colon + 1;
  while (solid < text.length && isSpace(text.charCodeAt(solid))) solid++;
  if (solid + 2 <= text.length && isStrong(text, solid)) {
    let after = solid + 2;
    while (after < text.length && isSpace(text.charCodeAt(after))) after++;
    for (let at = after; at >= solid + 2; at--) if (isLineEnd(text, at)) return at;
  }
  for (let at = solid; at > colon; at--) if (isLineEnd(text, at)) return at;
  return -1;
}
