/**
 * The framework bridge: the current layer in other frameworks — what each
 * does with these settings, code to run, a Keras-layers cross-check, what
 * each library calls the padding mode (a convolution's; pools pad with −∞
 * or count cells and a transposed convolution crops: no mode) — and a box that reads a pasted layer line back
 * into the controls. Reads the Plan only.
 * PasteLayer is exported too: it needs no Plan, so it can also be shown
 * next to an invalid configuration's alert.
 */
import { OPERATION_LABEL, type Plan } from '../../core';
import { CodeTabs } from './CodeTabs';
import { FrameworkTable } from './FrameworkTable';
import { KerasCheck } from './KerasCheck';
import { ModeNames } from './ModeNames';
import { PasteLayer } from './PasteLayer';

export { PasteLayer };

export function FrameworkPanel({ plan }: { plan: Plan }) {
  return (
    <section className="panel bridge" aria-labelledby="bridge-title" data-testid="bridge">
      <h2 id="bridge-title">Framework bridge</h2>
      <p className="bridge-intro">
        The same {OPERATION_LABEL[plan.op].toLowerCase()} layer in Keras, PyTorch, Theano, Caffe, ONNX and TensorFlow.js: how to write it, what
        each one does with these settings, and code that runs.
      </p>
      <PasteLayer />
      <FrameworkTable plan={plan} />
      <CodeTabs plan={plan} />
      <KerasCheck plan={plan} />
      {/* A pool pads with −∞ or counts cells, a transposed convolution crops: neither has a padding mode. */}
      {plan.pool || plan.transposed ? null : <ModeNames mode={plan.config.mode} />}
    </section>
  );
}
