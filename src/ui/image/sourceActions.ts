/**
 * Setting the picture: a sample drawn by the app, or the user's file. A file
 * that cannot be used leaves the current picture in place and says why.
 */
import { rgbaToRgb } from '../../core';
import { imageStore, setImageUi, sourceImage, type SourceImage } from './imageStore';
import { loadImageFile } from './loadImage';
import { drawSample, SAMPLE_LABEL, type SampleName } from './samples';

const samples = new Map<SampleName, SourceImage>();

function fromImageData(name: string, origin: SourceImage['origin'], img: ImageData): SourceImage {
  return sourceImage(name, origin, img.width, img.height, img.data, rgbaToRgb(img.data, img.width, img.height));
}

/** Shows a sample picture (drawn once, then reused). */
export function showSample(name: SampleName): void {
  try {
    let s = samples.get(name);
    if (!s) {
      s = fromImageData(SAMPLE_LABEL[name], 'sample', drawSample(name));
      samples.set(name, s);
    }
    setImageUi({ source: s, sample: name, loadError: null, loadNotice: null });
  } catch (e) {
    setImageUi({ loadError: e instanceof Error ? e.message : String(e) });
  }
}

let loadSeq = 0;

/** Loads the user's file; a newer load supersedes an older one still decoding. */
export async function loadUserFile(file: File, origin: 'file' | 'paste'): Promise<void> {
  const seq = ++loadSeq;
  const name = file.name || (origin === 'paste' ? 'pasted image' : 'unnamed file');
  setImageUi({ loading: name, loadError: null, loadNotice: null });
  const r = await loadImageFile(file, name);
  if (seq !== loadSeq) return;
  if (!r.ok) {
    setImageUi({ loading: null, loadError: r.message });
    return;
  }
  setImageUi({ loading: null, source: fromImageData(r.name, origin, r.image), sample: null, loadNotice: r.notice });
}

/** The first file of a drop or paste, if any. */
export function firstFile(list: FileList | null | undefined): File | null {
  return list && list.length > 0 ? (list[0] ?? null) : null;
}

/** Whether the store has a picture yet. */
export const hasSource = () => imageStore.getState().source !== null;
