/** Switches between the grid, image, compare and network views (`view=` in the URL). */
import { setView } from '../state/store';
import { VIEWS, type ViewName } from '../state/urlState';
import { useApp } from './hooks/useApp';

const LABEL: Record<ViewName, string> = { grid: 'Grid', image: 'Image', compare: 'Compare', net: 'Network', quiz: 'Quiz' };
const HINT: Record<ViewName, string> = {
  grid: 'The padded grid, the derivation and the step-through',
  image: 'A real picture through every padding mode',
  compare: 'Two configurations side by side',
  net: 'A stack of layers: shapes, skip connections, receptive fields',
  quiz: 'Exercises: predict sizes, pads and values, answered on the grid',
};

export function ViewNav() {
  const view = useApp((s) => s.view.view);
  return (
    <nav className="view-nav" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} title={HINT[v]} onClick={() => setView({ view: v })}>
          {LABEL[v]}
        </button>
      ))}
    </nav>
  );
}
