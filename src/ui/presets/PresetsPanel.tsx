/**
 * A short list of one-click presets (presetList.ts) under the Layer panel:
 * each a link to its configuration (a new tab works too) that applies it in place.
 */
import { useId } from 'react';
import { ConfigLink } from '../inverse';
import { PRESETS } from './presetList';
import './presets.css';

export function PresetsPanel() {
  const id = useId();
  return (
    <section className="panel presets" aria-labelledby={`${id}-title`} data-testid="presets">
      <h2 id={`${id}-title`}>Presets</h2>
      <ul>
        {PRESETS.map((p) => (
          <li key={p.id}>
            <ConfigLink config={p.config} testId={`preset-${p.id}`}>
              {p.title}
            </ConfigLink>
            <span className="preset-gist">{p.gist}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
