/** The kernel: a preset with its size or σ, or the user's own numbers, and a preview of the values. */
import { useId } from 'react';
import { useStore } from 'zustand';
import { IMAGE_KERNELS, IMAGE_KERNEL_LABEL, SIZED_KERNELS, gaussianSize, type ImageKernelName, type KernelResult } from '../../core';
import { IMAGE_LIMITS } from '../../core';
import { formatNumber } from '../../render/formatNumber';
import { LabelledField } from '../controls/LabelledField';
import { NumberInput } from '../controls/NumberInput';
import { Select } from '../controls/Select';
import { imageStore, setKernel } from './imageStore';

const PREVIEW_MAX = 7;

function KernelPreview({ kernel }: { kernel: KernelResult }) {
  if (!kernel.ok) return null;
  const k = kernel.kernel;
  const sum = k.values.reduce((a, b) => a + b, 0);
  const caption = `${k.label} · sum ${formatNumber(sum)}`;
  if (k.h > PREVIEW_MAX || k.w > PREVIEW_MAX) return <p className="image-hint" data-testid="image-kernel">{caption}</p>;
  return (
    <table className="image-kernel" data-testid="image-kernel">
      <caption>{caption}</caption>
      <tbody>
        {Array.from({ length: k.h }, (_, i) => (
          <tr key={i}>
            {k.values.slice(i * k.w, (i + 1) * k.w).map((v, j) => (
              <td key={j}>{formatNumber(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function KernelControls({ kernel }: { kernel: KernelResult }) {
  const id = useId();
  const choice = useStore(imageStore, (s) => s.kernel);
  const { min, max } = IMAGE_LIMITS.kernel;
  return (
    <>
      <LabelledField label="Kernel" help="Applied to each colour channel on its own (depthwise), as cross-correlation.">
        {(ids) => (
          <Select id={ids.input} describedBy={ids.help} value={choice.name} options={IMAGE_KERNELS} labels={IMAGE_KERNEL_LABEL} onChange={(name: ImageKernelName) => setKernel({ name })} />
        )}
      </LabelledField>
      {SIZED_KERNELS.includes(choice.name) ? (
        <LabelledField label="Kernel size" help={`Taps per side (${min}..${max}); motion blur is one row this long.`}>
          {(ids) => <NumberInput id={ids.input} value={choice.size} min={min} max={max} describedBy={ids.help} onChange={(size) => setKernel({ size })} />}
        </LabelledField>
      ) : null}
      {choice.name === 'gaussian' ? (
        <LabelledField label="σ (pixels)" help={`The kernel is 2⌈3σ⌉+1 taps wide (${gaussianSize(choice.sigma)} now), at most ${max}; its weights sum to 1.`}>
          {(ids) => <NumberInput id={ids.input} real value={choice.sigma} min={IMAGE_LIMITS.sigma.min} max={IMAGE_LIMITS.sigma.max} describedBy={ids.help} onChange={(sigma) => setKernel({ sigma })} />}
        </LabelledField>
      ) : null}
      {choice.name === 'custom' ? (
        <div className="image-custom">
          <label htmlFor={`${id}-custom`}>Kernel values</label>
          <textarea
            id={`${id}-custom`}
            rows={4}
            spellCheck={false}
            value={choice.custom}
            aria-invalid={!kernel.ok}
            aria-describedby={`${id}-custom-help`}
            onChange={(e) => setKernel({ custom: e.target.value })}
          />
          <span id={`${id}-custom-help`} className="image-hint">
            {`Rows on new lines or separated by ';', numbers by spaces or commas; fractions like 1/16 work. Up to ${max}×${max}.`}
          </span>
          {!kernel.ok ? (
            <div role="alert" className="invalid" data-testid="kernel-error">
              {kernel.message}
            </div>
          ) : null}
        </div>
      ) : null}
      <KernelPreview kernel={kernel} />
    </>
  );
}
