/**
 * FROZEN COPY (test fixture) of src/state/urlState.ts at commit 92a838e; see oldUrlCodec.ts.
 *
 * What the URL holds (design.md, URL schema v1): the computation's Config
 * plus the view settings a link must reproduce (step, hidden controls, view,
 * second configuration).
 */
import { DEFAULT_CONFIG, type V1Config as Config } from './oldConstants';

export const VIEWS = ['grid', 'image', 'compare'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Controls a teacher can hide with `hide=` (names match the URL keys). */
export const HIDEABLE = ['in', 'c', 'f', 'k', 's', 'd', 'pad', 'mode', 'cval', 'fw', 'flip', 'x', 'w', 'seed'] as const;
export type Hideable = (typeof HIDEABLE)[number];

export interface ViewSettings {
  /** Output cell shown by the step-through, row-major over OH×OW (filter chosen separately). */
  readonly step: number;
  readonly hide: readonly Hideable[];
  readonly view: ViewName;
  /** The second configuration of `view=compare`, as its own query string. */
  readonly b: string | null;
}

export const DEFAULT_VIEW: ViewSettings = { step: 0, hide: [], view: 'grid', b: null };

export interface UrlState {
  readonly config: Config;
  readonly view: ViewSettings;
}

export const DEFAULT_URL_STATE: UrlState = { config: DEFAULT_CONFIG, view: DEFAULT_VIEW };
