/**
 * The toggle between a transposed convolution's two pictures (issue 13):
 * as a direct convolution over the zero-inserted input, or as a scatter of
 * stamps. Native radios, so arrow keys switch and Tab leaves; the choice is
 * the UI's (transposedPicture.ts), not the URL's.
 */
import { Segmented } from './Segmented';
import { setPicture, TRANSPOSED_PICTURES, type TransposedPicture } from './transposedPicture';

const LABEL: Record<TransposedPicture, string> = { direct: 'As a direct convolution', scatter: 'As a scatter' };
const HELP: Record<TransposedPicture, string> = {
  direct: 'zeros inserted between the input cells, a border, and the kernel rotated 180° sliding at stride 1 (the step-through walks output cells)',
  scatter: 'each input cell stamps the kernel, scaled by its value, onto the output; overlaps add up (the step-through walks input cells)',
};

export function PictureToggle({ picture }: { picture: TransposedPicture }) {
  return (
    <div className="picture-toggle">
      <Segmented legend="Show the transposed convolution" options={TRANSPOSED_PICTURES} value={picture} label={(p) => LABEL[p]} onChange={setPicture} testId="picture-toggle" />
      <span className="grid-pickers-help">{HELP[picture]}</span>
    </div>
  );
}
