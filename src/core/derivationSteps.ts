/**
 * One line of an output-size derivation, kept as data so the UI can lay it
 * out (and a test can read it) without re-doing the arithmetic:
 * `symbol = formula = substituted = value`, e.g.
 * `ke = d·(k−1)+1 = 2·(3−1)+1 = 5`.
 */
export interface DerivationStep {
  /** What this line computes, in words ("effective kernel"). */
  readonly label: string;
  /** The quantity's symbol (`ke`, `pb`, `o`). */
  readonly symbol: string;
  /** The rule with symbols (`d·(k−1)+1`). */
  readonly formula: string;
  /** The rule with this configuration's numbers (`2·(3−1)+1`); empty when the formula is already a number. */
  readonly substituted: string;
  readonly value: number;
  /** Where the rule comes from (framework doc or source), when it is framework-specific. */
  readonly source?: string;
}

/** Unicode minus for formulas, so `3−1` reads as arithmetic, not a hyphen. */
export function signed(n: number): string {
  return n < 0 ? `−${-n}` : String(n);
}
