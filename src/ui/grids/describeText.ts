/** Small wording helpers shared by the convolution and pooling hover lines. */

/** "1 window", "3 windows". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2" or "0–2": an inclusive range of rows or columns. */
export const spanText = (a: number, b: number): string => (a === b ? `${a}` : `${a}–${b}`);
