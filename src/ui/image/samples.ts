/**
 * Sample pictures drawn by the app itself (no binary assets), each chosen to
 * make border artifacts obvious: content that touches the edges, and left/right
 * or top/bottom edges that differ so circular wrapping shows. Deterministic:
 * the only randomness is the core's seeded generator.
 */
import { IMAGE_LIMITS } from '../../core';
import { mulberry32 } from '../../core';

export const SAMPLES = ['test-card', 'scene', 'gradient'] as const;
export type SampleName = (typeof SAMPLES)[number];

export const SAMPLE_LABEL: Record<SampleName, string> = {
  'test-card': 'Test card (bars, text, fine lines)',
  scene: 'Landscape (photo-like)',
  gradient: 'Colour gradient (wraps left/right, not top/bottom)',
};

type Ctx = CanvasRenderingContext2D;

function testCard(ctx: Ctx, n: number): void {
  ctx.fillStyle = '#2a2d34';
  ctx.fillRect(0, 0, n, n);
  const bars = ['#ffffff', '#ffff00', '#00ffff', '#00ff00', '#ff00ff', '#ff0000', '#0000ff'];
  const bw = n / bars.length;
  bars.forEach((c, i) => {
    ctx.fillStyle = c;
    ctx.fillRect(Math.round(i * bw), 0, Math.ceil(bw), n * 0.19);
  });
  const ramp = ctx.createLinearGradient(0, 0, n, 0);
  ramp.addColorStop(0, '#000');
  ramp.addColorStop(1, '#fff');
  ctx.fillStyle = ramp;
  ctx.fillRect(0, n * 0.19, n, n * 0.12);
  // A checkerboard against the left edge: every mode treats it differently.
  const cell = n / 64;
  for (let y = 0; y < 24; y++) for (let x = 0; x < 16; x++) {
    ctx.fillStyle = (x + y) % 2 ? '#111' : '#eee';
    ctx.fillRect(x * cell, n * 0.31 + y * cell, cell, cell);
  }
  // Concentric rings: frequencies from coarse to fine.
  const cx = n * 0.64;
  const cy = n * 0.55;
  for (let r = n * 0.2; r > 2; r -= n / 128) {
    ctx.beginPath();
    ctx.arc(cx, cy, r, 0, 2 * Math.PI);
    ctx.fillStyle = Math.round(r / (n / 128)) % 2 ? '#f4f4f4' : '#d2452c';
    ctx.fill();
  }
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${Math.round(n * 0.085)}px sans-serif`;
  ctx.textBaseline = 'alphabetic';
  ctx.fillText('Padlab 0123', n * 0.3, n * 0.85);
  ctx.font = `${Math.round(n * 0.03)}px sans-serif`;
  ctx.fillText('reflect · symmetric · replicate · circular', n * 0.3, n * 0.9);
  // Fine stripes along the bottom edge, a bright line down the right edge.
  for (let x = 0; x < n; x += 2) {
    ctx.fillStyle = '#fff';
    ctx.fillRect(x, n * 0.94, 1, n * 0.06);
  }
  ctx.fillStyle = '#ffd400';
  ctx.fillRect(n - Math.max(2, n / 128), 0, Math.max(2, n / 128), n);
  // Fine checkers in the four corners, a different pair of colours in each,
  // so the magnified corner shows mirroring pixel by pixel and circular wrap brings in another corner.
  const sq = Math.max(1, Math.round(n / 64));
  const corner = 6 * sq;
  const pairs: [number, number, string, string][] = [
    [0, 0, '#000000', '#ffffff'],
    [n - corner, 0, '#d00000', '#ffffff'],
    [0, n - corner, '#0030c0', '#ffe000'],
    [n - corner, n - corner, '#008040', '#000000'],
  ];
  for (const [x0, y0, a, b] of pairs) {
    for (let y = 0; y < corner; y += sq) for (let x = 0; x < corner; x += sq) {
      ctx.fillStyle = ((x + y) / sq) % 2 ? a : b;
      ctx.fillRect(x0 + x, y0 + y, sq, sq);
    }
  }
}

/** A ridge line by midpoint displacement (seeded), as y values for x = 0..n. */
function ridge(n: number, base: number, rough: number, seed: number): number[] {
  const next = mulberry32(seed);
  const steps = 64;
  const ys = new Array<number>(steps + 1).fill(base);
  let amp = rough;
  for (let span = steps; span > 1; span /= 2) {
    for (let i = span / 2; i < steps; i += span) ys[i] = ((ys[i - span / 2] ?? base) + (ys[i + span / 2] ?? base)) / 2 + (next() - 0.5) * amp;
    amp *= 0.55;
  }
  return ys.map((y, i) => (i === 0 || i === steps ? y + (next() - 0.5) * rough : y)).map((y) => y * (n / 512));
}

function fillRidge(ctx: Ctx, n: number, ys: number[], color: string): void {
  ctx.beginPath();
  ctx.moveTo(0, n);
  ys.forEach((y, i) => ctx.lineTo((i / (ys.length - 1)) * n, y));
  ctx.lineTo(n, n);
  ctx.closePath();
  ctx.fillStyle = color;
  ctx.fill();
}

function scene(ctx: Ctx, n: number): void {
  const horizon = n * 0.66;
  const sky = ctx.createLinearGradient(0, 0, 0, horizon);
  sky.addColorStop(0, '#0f2a5c');
  sky.addColorStop(0.65, '#5b7fbf');
  sky.addColorStop(1, '#f3a35c');
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, n, horizon);
  const glow = ctx.createRadialGradient(n * 0.74, n * 0.3, n * 0.02, n * 0.74, n * 0.3, n * 0.3);
  glow.addColorStop(0, 'rgba(255,248,220,1)');
  glow.addColorStop(0.15, 'rgba(255,226,150,0.9)');
  glow.addColorStop(1, 'rgba(255,200,120,0)');
  ctx.fillStyle = glow;
  ctx.fillRect(0, 0, n, horizon);
  fillRidge(ctx, n, ridge(n, 250, 140, 11), '#4a5878');
  fillRidge(ctx, n, ridge(n, 300, 90, 23), '#2c344a');
  const lake = ctx.createLinearGradient(0, horizon, 0, n);
  lake.addColorStop(0, '#c98a55');
  lake.addColorStop(0.3, '#3d5c8c');
  lake.addColorStop(1, '#0b1a36');
  ctx.fillStyle = lake;
  ctx.fillRect(0, horizon, n, n - horizon);
  const next = mulberry32(5);
  ctx.fillStyle = 'rgba(255,240,210,0.35)';
  for (let i = 0; i < 70; i++) {
    const y = horizon + next() * (n - horizon);
    ctx.fillRect(next() * n, y, (n * 0.02 + next() * n * 0.1) * (1 - (y - horizon) / n), 1);
  }
  // Trees on the left shore, cut by the left edge.
  for (let i = 0; i < 9; i++) {
    const x = -n * 0.03 + i * n * 0.035 + next() * n * 0.02;
    const h = n * (0.12 + next() * 0.1);
    ctx.beginPath();
    ctx.moveTo(x, horizon + n * 0.03 - h);
    ctx.lineTo(x - h * 0.28, horizon + n * 0.03);
    ctx.lineTo(x + h * 0.28, horizon + n * 0.03);
    ctx.closePath();
    ctx.fillStyle = i % 2 ? '#10301f' : '#173f28';
    ctx.fill();
  }
  // Film grain, seeded: photos are never perfectly smooth.
  const img = ctx.getImageData(0, 0, n, n);
  const grain = mulberry32(17);
  for (let i = 0; i < img.data.length; i += 4) {
    const g = (grain() - 0.5) * 14;
    img.data[i] = (img.data[i] ?? 0) + g;
    img.data[i + 1] = (img.data[i + 1] ?? 0) + g;
    img.data[i + 2] = (img.data[i + 2] ?? 0) + g;
  }
  ctx.putImageData(img, 0, 0);
}

function gradient(ctx: Ctx, n: number): void {
  const hue = ctx.createLinearGradient(0, 0, n, 0);
  for (let i = 0; i <= 6; i++) hue.addColorStop(i / 6, `hsl(${i * 60} 100% 50%)`);
  ctx.fillStyle = hue;
  ctx.fillRect(0, 0, n, n);
  const light = ctx.createLinearGradient(0, 0, 0, n);
  light.addColorStop(0, 'rgba(255,255,255,0.95)');
  light.addColorStop(0.5, 'rgba(255,255,255,0)');
  light.addColorStop(0.5, 'rgba(0,0,0,0)');
  light.addColorStop(1, 'rgba(0,0,0,0.95)');
  ctx.fillStyle = light;
  ctx.fillRect(0, 0, n, n);
}

const DRAW: Record<SampleName, (ctx: Ctx, n: number) => void> = { 'test-card': testCard, scene, gradient };

/** Draws a sample at `side`×`side` pixels and returns its RGBA bytes. */
export function drawSample(name: SampleName, side: number = IMAGE_LIMITS.sampleSide): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('This browser has no 2-D canvas, so the sample pictures cannot be drawn.');
  DRAW[name](ctx, side);
  return ctx.getImageData(0, 0, side, side);
}
