/**
 * What the URL holds (design.md, URL schema v1): the computation's Config
 * plus the view settings a link must reproduce (step, hidden controls, view,
 * second configuration, backend). Which URL key holds which of these, and how
 * it is read and written, is declared once in fieldTable.ts.
 */
import { DEFAULT_CONFIG, type Config, type NetLayer, type SkipPair } from '../core';

export const VIEWS = ['grid', 'image', 'compare', 'net', 'quiz'] as const;

export type ViewName = (typeof VIEWS)[number];

/**
 * TensorFlow.js backends a link may ask for. `webgl` still falls back to the
 * CPU when WebGL cannot start; `cpu` forces the CPU (a reproducible baseline,
 * and how tests run without a GPU). The engine client reads `view.backend`.
 */
export const BACKENDS = ['webgl', 'cpu'] as const;
export type BackendName = (typeof BACKENDS)[number];

/**
 * The URL key of a control a teacher can hide with `hide=` (HIDEABLE in
 * fieldSelectors.ts lists them, from the table). A plain string: the table is the one place the
 * keys are spelled.
 */
export type Hideable = string;

export interface ViewSettings {
  /** Output cell shown by the step-through, row-major over OH×OW (filter chosen separately). */
  readonly step: number;
  readonly hide: readonly Hideable[];
  readonly view: ViewName;
  /** The second configuration of `view=compare`, as its own query string. */
  readonly b: string | null;
  /** The TensorFlow.js backend the link asks for (the engine client reads it at start-up). */
  readonly backend: BackendName;
  /** The network of `view=net` (URL `net`); its input is the Config's `in` and `c`. */
  readonly net: readonly NetLayer[];
  /** Skip pairs of the network (URL `skip`). */
  readonly skips: readonly SkipPair[];
  /**
   * While one network layer is open in the single-layer view: its number
   * (1-based, URL `layer`), and the network's own query to go back to
   * (URL `back`); 0 and null otherwise.
   */
  readonly layer: number;
  readonly back: string | null;
  /** Embed mode (URL `embed=1`): the grids and the step-through only, with a link to the full view. */
  readonly embed: boolean;
  /** The quiz (`view=quiz`): its seed (URL `qseed`), the operations asked about (`qops`) and the question kinds (`qkinds`); empty lists mean all. */
  readonly qseed: number;
  readonly qops: readonly string[];
  readonly qkinds: readonly string[];
}

export const DEFAULT_VIEW: ViewSettings = { step: 0, hide: [], view: 'grid', b: null, backend: 'webgl', net: [], skips: [], layer: 0, back: null, embed: false, qseed: 1, qops: [], qkinds: [] };

export interface UrlState {
  readonly config: Config;
  readonly view: ViewSettings;
}

export const DEFAULT_URL_STATE: UrlState = { config: DEFAULT_CONFIG, view: DEFAULT_VIEW };
