/**
 * Image mode's checkerboard section: the picture upsampled ×s by a transposed
 * convolution whose kernel size is not a multiple of s, beside one whose is,
 * each with its overlap-count map (Odena, Dumoulin, Olah, Distill 2016). The
 * plans and maps come from the core (checkerboardSetup.ts); the results from
 * tfjs through the section's own engine client (upsampleClient.ts).
 */
import { useStore } from 'zustand';
import { CHECKERBOARD_KINDS } from '../../core';
import { CheckerboardCard } from './CheckerboardCard';
import { CheckerboardJson } from './CheckerboardJson';
import { checkerboardSetupOf, type CheckerboardSetup } from './checkerboardSetup';
import { imageStore } from './imageStore';
import { PixelCanvas } from './PixelCanvas';
import { upsampleRunStore } from './upsampleClient';
import './checkerboard.css';

const DISTILL = 'https://distill.pub/2016/deconv-checkerboard/';

function statusText(state: string, error: string | null, backend: string | null): string {
  if (state === 'pending') return 'computing both upsamplings on TensorFlow.js…';
  if (state === 'error') return `TensorFlow.js failed: ${error ?? ''}`;
  if (state === 'ready') return `both upsamplings computed on TensorFlow.js ${backend ?? ''} and checked against the core's reference`;
  return '';
}

function InputLine({ setup }: { setup: CheckerboardSetup }) {
  const { source, input } = setup;
  if (!source || !input) return null;
  const { width, height } = input.image;
  return (
    <div className="cb-input">
      <PixelCanvas rgba={input.rgba} width={width} height={height} label={`The input: ${source.name}, ${width}×${height} pixels`} className="cb-pixels cb-input-thumb" />
      <p className="image-hint">
        Input <strong>{source.name}</strong>
        {input.factor > 1
          ? ` · box-averaged ${input.factor}×${input.factor} down to ${width}×${height}, so the core's exact reference can check every output pixel`
          : ` · ${width}×${height}`}
      </p>
    </div>
  );
}

export function CheckerboardPanel() {
  const source = useStore(imageStore, (s) => s.source);
  const choice = useStore(imageStore, (s) => s.checkerboard);
  const setup = checkerboardSetupOf(source, choice);
  const state = useStore(upsampleRunStore, (s) => s.state);
  const error = useStore(upsampleRunStore, (s) => s.error);
  const backend = useStore(upsampleRunStore, (s) => s.results.uneven?.result.backend ?? s.results.even?.result.backend ?? null);
  const { items, key, maxCount } = setup;

  return (
    <section className="panel cb-panel" aria-labelledby="cb-title">
      <h2 id="cb-title">Checkerboard artifacts of a transposed convolution</h2>
      <p className="cb-intro">
        {'Upsampling by a transposed convolution stamps the kernel, scaled by each input pixel, every s pixels of the output; where stamps overlap their taps add up. '}
        {'When the kernel size k is not a multiple of the stride s the overlaps are uneven, and the result shows a checkerboard even where the picture is flat ('}
        <a href={DISTILL} target="_blank" rel="noreferrer">
          Odena, Dumoulin and Olah, Distill 2016
        </a>
        {'). Both kernels here are uniform, every tap s²/k², so the average pixel keeps its brightness (brighter pixels are clamped to 255). '}
        {'Both crop as PyTorch does for an output of exactly n·s: padding = ⌈(k−s)/2⌉, output_padding = (k−s) mod 2. '}
        {"Keras Conv2DTranspose(padding='same') gives the same size but crops the odd row at the bottom instead of the top."}
      </p>
      <InputLine setup={setup} />
      <p className="image-hint cb-status" role="status" data-testid="checkerboard-status">
        {statusText(state, error, backend)}
      </p>
      {items && key !== null ? (
        <div className="cb-cards">
          {CHECKERBOARD_KINDS.map((kind) => (
            <CheckerboardCard key={kind} item={items[kind]} maxCount={maxCount} runKey={key} />
          ))}
        </div>
      ) : (
        <p className="image-hint">Choose a picture to upsample.</p>
      )}
      <p className="image-hint">The article's remedy: resize first (nearest or bilinear), then a stride-1 convolution — every output pixel then gets the same taps.</p>
      <CheckerboardJson setup={setup} />
    </section>
  );
}
