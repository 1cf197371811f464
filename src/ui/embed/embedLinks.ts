/**
 * The two links of embed mode, from the state through the URL codec (no
 * hand-written keys): the embedded view (`embed=1`) and the full view it
 * opens (the same query without `embed`), and the iframe snippet that
 * embeds it. Pure: the base URL is passed in.
 */
import { OPERATION_LABEL, type Config } from '../../core';
import type { ViewSettings } from '../../state/urlState';
import { formatQuery } from '../../state/urlCodec';

/** The page's own URL with the query of `config`/`view`, with `embed` on or off. */
export function viewUrl(base: string, config: Config, view: ViewSettings, embed: boolean): string {
  return new URL(`?${formatQuery({ config, view: { ...view, embed } })}`, base).href;
}

/** "Padlab: convolution, 5×5 input, 3×3 kernel, stride 1×1, same padding" — the iframe's title for screen readers. */
export function embedTitle(config: Config): string {
  const pad = config.pad.kind === 'explicit' ? `padding ${config.pad.top},${config.pad.bottom},${config.pad.left},${config.pad.right}` : `${config.pad.kind} padding`;
  return `Padlab: ${OPERATION_LABEL[config.op].toLowerCase()}, ${config.input.h}×${config.input.w} input, ${config.kernel.h}×${config.kernel.w} kernel, stride ${config.stride.h}×${config.stride.w}, ${pad}`;
}

function attr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** The `<iframe>` snippet, `height` px tall and as wide as its container. */
export function embedSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" style="width:100%;height:${Math.round(height)}px;border:0"></iframe>`;
}
