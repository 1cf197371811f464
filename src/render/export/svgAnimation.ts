/**
 * The scene as one animated SVG: the static grids once, then one group per
 * frame (the moving layers, the veil, the caption) shown in turn by a SMIL
 * `<animate>` of its visibility — no script, so it plays in an <img>, on a
 * slide and in a course page. Without SMIL the first frame shows. No random
 * ids and no dates: the same scene gives the same text.
 */
import { INK, LABEL_INK } from '../colors';
import { boxRect } from '../layout';
import { EXPORT_BACKGROUND, EXPORT_FONT } from './drawFrame';
import { PENDING_FILL, SCENE, type ExportScene, type SceneFrame } from './exportScene';
import { escapeXml, gridSvg, hatchPattern, n, overlaySvg } from './svgGrid';

/** keyTimes of the cycle as SVG writes them (at most 6 decimals, the same string wherever two frames meet). */
function at(i: number, count: number): string {
  return String(Math.round((i / count) * 1e6) / 1e6);
}

/** The `<animate>` that shows frame `i` of `count` during its slot of a `dur`-long loop. */
export function frameAnimation(i: number, count: number, dur: string): string {
  const common = `attributeName="visibility" calcMode="discrete" dur="${dur}" repeatCount="indefinite"`;
  if (i === 0) return `<animate ${common} values="visible;hidden" keyTimes="0;${at(1, count)}"/>`;
  if (i === count - 1) return `<animate ${common} values="hidden;visible" keyTimes="0;${at(i, count)}"/>`;
  return `<animate ${common} values="hidden;visible;hidden" keyTimes="0;${at(i, count)};${at(i + 1, count)}"/>`;
}

function textAt(s: string, x: number, y: number, px: number, ink: string): string {
  return `<text x="${n(x)}" y="${n(y)}" font-size="${px}" fill="${ink}" dominant-baseline="central">${escapeXml(s)}</text>`;
}

function frameBody(scene: ExportScene, frame: SceneFrame): string {
  const { padded, output } = scene;
  const veil = frame.pending.map((box) => {
    const r = boxRect(output.layout, box);
    return `<rect x="${n(r.x)}" y="${n(r.y)}" width="${n(r.width)}" height="${n(r.height)}" fill="${PENDING_FILL}"/>`;
  });
  return (
    `<g transform="translate(${padded.x} ${padded.y})">${overlaySvg(padded.layout, frame.padded)}</g>` +
    `<g transform="translate(${output.x} ${output.y})">${veil.join('')}${overlaySvg(output.layout, frame.output)}</g>` +
    textAt(frame.caption, SCENE.margin, scene.height - SCENE.margin - SCENE.caption / 2, 13, INK)
  );
}

/** The whole animated SVG document of `scene`. */
export function sceneSvg(scene: ExportScene): string {
  const { width, height, padded, output, frames } = scene;
  const count = frames.length;
  const dur = `${n((count * scene.delayMs) / 1000)}s`;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(EXPORT_FONT)}">`,
    `<title>${escapeXml(scene.title)}: the step-through, ${count} frames</title>`,
    `<defs>${hatchPattern()}</defs>`,
    `<rect width="${width}" height="${height}" fill="${EXPORT_BACKGROUND}"/>`,
    textAt(scene.title, SCENE.margin, SCENE.margin + SCENE.title / 2, 14, INK),
  ];
  for (const grid of [padded, output]) {
    parts.push(textAt(grid.title, grid.x, grid.y - SCENE.gridTitle / 2, 12, LABEL_INK));
    parts.push(`<g transform="translate(${grid.x} ${grid.y})">${gridSvg(grid.layout, grid.picture, EXPORT_FONT)}</g>`);
  }
  frames.forEach((frame, i) => {
    const anim = count > 1 ? frameAnimation(i, count, dur) : '';
    parts.push(`<g class="frame" data-cell="${frame.index}" visibility="${i === 0 ? 'visible' : 'hidden'}">${anim}${frameBody(scene, frame)}</g>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
