/**
 * The `<iframe>` snippet of the current configuration in embed mode and a
 * "Copy embed code" button. The snippet's height is measured on the real
 * embed page (measureEmbed); until then, or if that fails, it carries a
 * rough height and says so. Loaded when "Embed" first opens (EmbedCode).
 */
import { useEffect, useId, useState } from 'react';
import { useApp } from '../hooks/useApp';
import { embedSnippet, embedTitle, viewUrl } from '../embed/embedLinks';
import { MEASURE_WIDTH, measureEmbed } from '../embed/measureEmbed';
import { copyText } from './copyText';

/** The height used before the measurement is in, px: the embed page of the default configuration at MEASURE_WIDTH. */
const ROUGH_HEIGHT = 900;

type Height = { kind: 'measuring' | 'rough' | 'measured'; px: number };

function useEmbedHeight(src: string): Height {
  const [height, setHeight] = useState<{ src: string; px: number; ok: boolean } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    measureEmbed(src, controller.signal).then(
      (px) => setHeight({ src, px, ok: true }),
      () => {
        if (!controller.signal.aborted) setHeight({ src, px: ROUGH_HEIGHT, ok: false });
      },
    );
    return () => controller.abort();
  }, [src]);
  if (!height || height.src !== src) return { kind: 'measuring', px: height?.px ?? ROUGH_HEIGHT };
  return { kind: height.ok ? 'measured' : 'rough', px: height.px };
}

export function EmbedSnippet() {
  const config = useApp((s) => s.config);
  const view = useApp((s) => s.view);
  // The step is where the figure starts; the snippet follows the configuration, not playback.
  const src = viewUrl(window.location.href, config, { ...view, step: 0 }, true);
  const height = useEmbedHeight(src);
  const snippet = embedSnippet(src, embedTitle(config), height.px);
  const [status, setStatus] = useState('');
  const id = useId();

  const copy = async () => {
    setStatus((await copyText(snippet)) ? 'Embed code copied' : 'Could not copy: select the code above and press Ctrl+C (⌘C on a Mac).');
  };

  return (
    <div className="embed-code">
      <label htmlFor={id}>Embed code (an iframe as wide as its container)</label>
      <textarea id={id} readOnly rows={4} value={snippet} data-testid="embed-snippet" data-state={height.kind} onFocus={(e) => e.target.select()} />
      <p className="embed-height" data-testid="embed-height">
        {height.kind === 'measuring'
          ? 'Measuring the height of the embedded view…'
          : height.kind === 'measured'
            ? `Height ${height.px} px: measured on the embedded view at ${MEASURE_WIDTH} px wide.`
            : `Height ${height.px} px is a rough guess: the embedded view could not be measured here.`}
      </p>
      <button type="button" onClick={() => void copy()} data-testid="embed-copy">
        Copy embed code
      </button>
      <span role="status" className="share-status" data-testid="embed-status">
        {status}
      </span>
    </div>
  );
}
