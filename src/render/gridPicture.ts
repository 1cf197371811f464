/**
 * The plain data a grid's static layer is drawn from (drawGrid): how each
 * cell looks, the labels of its rows and columns, and the marks a pool or a
 * transposed convolution adds. Pictures (paddedPicture, matrixPicture,
 * directPicture, scatterPicture) build it; nothing here draws.
 */
import type { CellBox } from './layout';

/** How one cell looks. */
export interface CellPaint {
  /** CSS colour of the cell. */
  readonly fill: string;
  /** Main text, centred (drawn only when the layout has room for values). */
  readonly text?: string;
  /** A small second line (e.g. the input cell a padding cell copies), when the layout has room. */
  readonly sub?: string;
  /** Text colour; INK by default. */
  readonly ink?: string;
  /** A padding cell: diagonal hatch and a dashed border, so it differs from input by more than colour. */
  readonly pad?: boolean;
  /** No window reads this cell: crossed out. */
  readonly unread?: boolean;
  /** The fill is dark: hatch and halo are drawn light so they stay visible. */
  readonly dark?: boolean;
  /** Pooling: the cell does not count (never wins a max, not in an average's divisor): cross-hatched. */
  readonly uncounted?: boolean;
  /** Pooling: past the declared padding, where a ceil_mode window hangs over: its own fill and a dotted border. */
  readonly overhang?: boolean;
  /** Max pooling: the cell wins at least one window: a corner flag. */
  readonly winner?: boolean;
  /** Transposed convolution: a zero inserted between input cells (`s−1` per gap): its own fill and a dotted border. */
  readonly inserted?: boolean;
  /** Transposed convolution: cut away by a crop (drawn outside what is kept): red hatch. */
  readonly cropped?: boolean;
}

export interface AxisLabel {
  readonly text: string;
  /** Greyed (labels of padding rows/columns). */
  readonly muted?: boolean;
}

/** Plain data for one grid's static layer. */
export interface GridPicture {
  /** `rows × cols` cells, row-major. */
  readonly cells: readonly CellPaint[];
  /** Outlined with a solid thick line (the input inside the padding). */
  readonly region?: CellBox | null;
  /** One label per row / column, drawn when the layout has label strips. */
  readonly rowLabels?: readonly AxisLabel[];
  readonly colLabels?: readonly AxisLabel[];
  /**
   * Pooling: the cells may carry `uncounted`, `overhang` or `winner` (the
   * marks are looked for only then, so a convolution's redraw stays as it was).
   */
  readonly pool?: boolean;
  /** Pooling with a ceil overhang: the declared padded extent, outlined where the overhang begins. */
  readonly edge?: CellBox | null;
  /**
   * Transposed convolution: the cells may carry `inserted` or `cropped`, and
   * `kept` is the block a crop keeps, with a red dashed cut line on each side
   * in `cut` (the marks are looked for only then).
   */
  readonly transposed?: { readonly kept: CellBox; readonly cut: CropSides } | null;
}

/** Which sides of a block a crop cuts. */
export interface CropSides {
  readonly top: boolean;
  readonly bottom: boolean;
  readonly left: boolean;
  readonly right: boolean;
}
