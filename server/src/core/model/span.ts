/** Half-open character range on one line. */
export interface ColumnSpan {
  readonly start: number;
  readonly end: number;
}
