import { useSyncExternalStore } from 'react';
import { BackendLine } from './BackendLine';
import { FailureTable } from './FailureTable';
import type { ParsedOptions } from './options';
import { ProgressLine } from './ProgressLine';
import type { SelfTestStore } from './selftestStore';
import { SummaryJson } from './SummaryJson';
import { Verdict } from './Verdict';

/** Links to run again with the other backend; the other query keys stay. */
function switchBackendHref(search: string, backend: 'webgl' | 'cpu'): string {
  const params = new URLSearchParams(search);
  params.set('backend', backend);
  return `?${params.toString()}`;
}

export interface SelfTestPageProps {
  readonly store: SelfTestStore;
  readonly parsed: ParsedOptions;
  /** The page's query string, for the "run again" links. */
  readonly search: string;
}

/**
 * The self-test page: runs Padlab's golden layers (computed by PyTorch)
 * on TensorFlow.js in this browser and says whether every output agrees.
 */
export function SelfTestPage({ store, parsed, search }: SelfTestPageProps) {
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const { options, notices } = parsed;
  const other = options.backend === 'cpu' ? 'webgl' : 'cpu';
  return (
    <main className="selftest">
      <header>
        <h1>Padlab self-test</h1>
        <p>
          Runs Padlab’s golden layers — convolutions in every padding mode, stride, dilation and kernel flip, grouped
          and causal ones, transposed convolutions with crops and output padding, max and average pooling with
          ceil_mode and count_include_pad, with outputs computed by PyTorch — on TensorFlow.js in this browser, and
          checks that each output agrees to float32
          precision. If a case fails here, Padlab’s numbers in this browser are not to be trusted.
        </p>
        <p className="links">
          <a href={switchBackendHref(search, other)}>
            {other === 'cpu' ? 'Run again on the CPU backend only' : 'Run again with WebGL first'}
          </a>{' '}
          · <a href="./">Back to Padlab</a>
        </p>
      </header>

      {notices.map((n) => (
        <p key={n} role="status" className="notice">
          {n}
        </p>
      ))}

      <section aria-labelledby="st-backend">
        <h2 id="st-backend">Backend</h2>
        <BackendLine backend={state.backend} />
      </section>

      <section aria-labelledby="st-result">
        <h2 id="st-result">Result</h2>
        <ProgressLine state={state} />
        <Verdict state={state} options={options} />
        <FailureTable failures={state.failures} />
      </section>

      <SummaryJson state={state} />
    </main>
  );
}
