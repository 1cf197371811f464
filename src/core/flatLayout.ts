/**
 * Where one value sits in Padlab's flat arrays (design.md, URL schema: `x` is
 * `C*H*W` channel-major then row-major; `w` is `F*C*KH*KW`, PyTorch's OIHW).
 * Written once: the reference, the padded grid, the hover texts, the grid
 * editors and the kernel layouts all index through these.
 */

/** Index of value (c, row, col) in a `C*H*W` array of `H` rows and `W` columns. */
export function chwIndex(H: number, W: number, c: number, row: number, col: number): number {
  return (c * H + row) * W + col;
}

/** Index of weight (f, c, i, j) in an OIHW `F*C*KH*KW` array with `C` input channels and a `KH×KW` kernel. */
export function oihwIndex(C: number, KH: number, KW: number, f: number, c: number, i: number, j: number): number {
  return ((f * C + c) * KH + i) * KW + j;
}
