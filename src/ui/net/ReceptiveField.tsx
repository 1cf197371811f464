/** Receptive field panel of the network view (placeholder until built). */
export function ReceptiveField() {
  return null;
}
