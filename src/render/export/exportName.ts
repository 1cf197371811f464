/**
 * File names that say the configuration, e.g.
 * `padlab-conv-in5x5-k3x3-s1x1-same-zeros.gif`: what a teacher's download
 * folder needs to tell twenty exports apart. Only settings that differ from
 * their default beyond the core ones are added (dilation, groups, ceil…).
 */
import type { Config, Pair } from '../../core';
import type { ExportFormat } from './exportOptions';

function pair(p: Pair): string {
  return `${p.h}x${p.w}`;
}

function padPart(config: Config): string {
  const pad = config.pad;
  return pad.kind === 'explicit' ? `p${pad.top}-${pad.bottom}-${pad.left}-${pad.right}` : pad.kind;
}

/** The configuration as a file-name stem (ASCII letters, digits, `-` and `.` only). */
export function exportStem(config: Config, channel = 0, filter = 0): string {
  const parts = [`padlab-${config.op}`, `in${pair(config.input)}`];
  if (config.channels > 1) parts.push(`c${config.channels}`);
  const pool = config.op === 'maxpool' || config.op === 'avgpool';
  if (!pool && config.filters > 1) parts.push(`f${config.filters}`);
  parts.push(`k${pair(config.kernel)}`, `s${pair(config.stride)}`);
  if (config.dilation.h !== 1 || config.dilation.w !== 1) parts.push(`d${pair(config.dilation)}`);
  if (!pool && config.groups > 1) parts.push(`g${config.groups}`);
  if (config.op === 'convt' && (config.opad.h > 0 || config.opad.w > 0)) parts.push(`o${pair(config.opad)}`);
  parts.push(padPart(config));
  if (pool) {
    if (config.ceil) parts.push('ceil');
    if (config.op === 'avgpool' && !config.cip) parts.push('cip0');
  } else {
    parts.push(config.mode === 'constant' ? `constant${config.cval}` : config.mode);
    if (config.flip) parts.push('flip');
  }
  // The channel and filter drawn, when there is a choice.
  if (config.channels > 1) parts.push(`ch${channel}`);
  if (!pool && config.filters > 1) parts.push(`out${filter}`);
  return parts.join('-').replace(/[^A-Za-z0-9.-]/g, '_');
}

/** `stem.ext` for an export format. */
export function exportFileName(config: Config, format: ExportFormat, channel = 0, filter = 0): string {
  return `${exportStem(config, channel, filter)}.${format}`;
}
