/** One-click presets and the dilated causal stack they open. */
export { PresetsPanel } from './PresetsPanel';
export { CausalStackPanel } from './CausalStackPanel';
