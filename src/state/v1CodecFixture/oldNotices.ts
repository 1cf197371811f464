/** FROZEN COPY (test fixture) of src/state/notices.ts at commit 92a838e; see oldUrlCodec.ts. */
/** A URL value that was clamped, replaced or ignored, told to the user (role="status"). */
export interface Notice {
  /** The URL key it concerns. */
  readonly key: string;
  readonly message: string;
}

/** Shortens a raw URL value for a message: never echo 10 KB back, and show it as text only. */
export function shown(raw: string): string {
  const oneLine = raw.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}…` : oneLine;
}
