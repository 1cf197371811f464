/** The network presets, one button each (keyboard: Tab and Enter), with what to look at once loaded. */
import { loadNetPreset } from './presetQuery';
import { NET_PRESETS } from './netPresets';

export function NetPresets() {
  return (
    <section className="panel net-presets" aria-labelledby="net-presets-title">
      <h2 id="net-presets-title">Presets</h2>
      <ul className="net-preset-list">
        {NET_PRESETS.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => loadNetPreset(p)} aria-describedby={`net-preset-${p.id}`} data-testid={`net-preset-${p.id}`}>
              {p.label}
            </button>
            <span id={`net-preset-${p.id}`} className="net-hint">
              {p.note}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
