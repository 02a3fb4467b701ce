/** Converts between offsets and 1-based line/column points, as unist positions use. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is line 1. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.lineStarts[low] + 1, offset: clamped };
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.pointAt(startOffset), end: this.pointAt(endOffset) };
  }

  /** Offset of the end of a line, before its newline. */
  lineEnd(line: number): number {
    const next = this.lineStarts[line];
    return next === undefined ? this.text.length : next - 1;
  }
}
