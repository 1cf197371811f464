/** Which backend runs image mode, and how far the six modes have got (a progress bar while computing). */
import { useStore } from 'zustand';
import { engineStore, imageRunStore } from '../engineClient/engineStatus';

export function ImageStatus() {
  const backend = useStore(engineStore, (s) => s.backend);
  const state = useStore(imageRunStore, (s) => s.state);
  const done = useStore(imageRunStore, (s) => s.done);
  const total = useStore(imageRunStore, (s) => s.total);
  const error = useStore(imageRunStore, (s) => s.error);
  return (
    <div className="badges image-status">
      <span className={`badge backend-${backend?.name ?? 'loading'}`} data-testid="image-backend" title={backend?.renderer ?? ''}>
        {backend ? `TensorFlow.js ${backend.name}` : 'starting TensorFlow.js…'}
        {backend?.fallbackReason ? ` (fell back: ${backend.fallbackReason})` : ''}
      </span>
      {state === 'pending' ? <progress max={total} value={done} aria-label="Padding modes computed" /> : null}
      {/* One live region that stays in the page while its words change: a status element that is
          inserted together with its text is not reliably announced by screen readers. */}
      <span role="status" data-testid="image-run-status" className={state === 'ready' ? (total > 0 ? 'badge badge-good' : 'badge badge-bad') : state === 'pending' ? 'image-progress' : 'visually-hidden'}>
        {state === 'pending' ? `computing ${done} of ${total} modes…` : state === 'ready' ? (total > 0 ? `all ${total} modes computed` : 'no mode can run with these settings') : ''}
      </span>
      {state === 'error' ? (
        <span className="badge badge-bad" role="alert">
          {`TensorFlow.js failed: ${error ?? ''}`}
        </span>
      ) : null}
    </div>
  );
}
