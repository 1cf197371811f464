import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, type Config, type PadKind } from '../../core';
import { FIELDS } from '../../state/fieldTable';
import type { ConfigField } from '../../state/fieldTypes';
import { FieldControl } from './FieldControl';

const border = FIELDS.find((f) => f.key === 'pad') as ConfigField;

/** Chooses `kind` in the Border select that the Layer panel and the compare editor both render, and returns the edit. */
function chooseBorder(config: Config, kind: PadKind): Partial<Config> {
  const patches: Partial<Config>[] = [];
  // FieldControl has no hooks: calling it gives the select element, whose handler is what a user's choice runs.
  const select = FieldControl({ field: border, config, id: 'x', onChange: (p) => patches.push(p) }) as ReactElement<{ onChange: (k: PadKind) => void }>;
  select.props.onChange(kind);
  expect(patches).toHaveLength(1);
  return patches[0]!;
}

describe('the Border control', () => {
  it('in=5 k=5 pad=same -> explicit keeps 2,2,2,2 in both panels (not the 1,1,1,1 the Layer panel used to set)', () => {
    expect(chooseBorder({ ...DEFAULT_CONFIG, input: { h: 5, w: 5 }, kernel: { h: 5, w: 5 } }, 'explicit')).toEqual({
      pad: { kind: 'explicit', top: 2, bottom: 2, left: 2, right: 2 },
    });
  });

  it('explicit -> valid sets the name only', () => {
    expect(chooseBorder({ ...DEFAULT_CONFIG, pad: { kind: 'explicit', top: 1, bottom: 0, left: 0, right: 0 } }, 'valid')).toEqual({ pad: { kind: 'valid' } });
  });
});
