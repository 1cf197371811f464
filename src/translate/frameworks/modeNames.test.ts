/** The names table: its examples are the core's own index maps, and the traps say what they claim. */
import { describe, expect, it } from 'vitest';
import { PAD_MODES } from '../../core';
import { axisSourceMap, CONSTANT } from '../../core';
import { LIBRARIES, MODE_NAMES, NAME_TRAPS, namesFor } from './modeNames';

/** "c b | a b c d | c b": the row a b c d padded by 2 each side, as the core pads it. */
function example(mode: (typeof PAD_MODES)[number]): string {
  const cells = axisSourceMap(mode, 4, 2, 2).map((s) => (s === CONSTANT ? '0' : 'abcd'[s]));
  return `${cells.slice(0, 2).join(' ')} | ${cells.slice(2, 6).join(' ')} | ${cells.slice(6).join(' ')}`;
}

describe('padding mode names', () => {
  it('has one row per Padlab mode, and every example is what the core pads', () => {
    for (const mode of PAD_MODES) {
      const row = namesFor(mode);
      expect(row.modes).toContain(mode);
      if (mode !== 'constant') expect(row.example).toBe(example(mode));
    }
    expect(MODE_NAMES.flatMap((r) => r.modes).sort()).toEqual([...PAD_MODES].sort());
  });

  it('names every library in every row (null only where the library has no such mode)', () => {
    for (const row of MODE_NAMES) expect(Object.keys(row.names).sort()).toEqual([...LIBRARIES].sort());
    expect(namesFor('reflect').names.matlab).toBeNull();
    expect(namesFor('symmetric').names.torch).toBeNull();
    expect(namesFor('replicate').names.tf).toBeNull();
    expect(namesFor('circular').names.tf).toBeNull();
  });

  it("knows the traps: scipy 'reflect' and OpenCV BORDER_REFLECT are symmetric; numpy 'reflect' is BORDER_REFLECT_101 and scipy 'mirror'", () => {
    expect(namesFor('symmetric').names).toMatchObject({ scipy: "'reflect'", opencv: 'BORDER_REFLECT', numpy: "'symmetric'", matlab: "'symmetric'" });
    expect(namesFor('reflect').names).toMatchObject({ scipy: "'mirror'", opencv: 'BORDER_REFLECT_101', numpy: "'reflect'" });
    expect(NAME_TRAPS.join(' ')).toMatch(/scipy.ndimage 'reflect' and OpenCV BORDER_REFLECT .* numpy's 'symmetric'/);
    expect(NAME_TRAPS.join(' ')).toMatch(/MATLAB has no reflect-101/);
  });
});
