/** "Paste a model" panel of the network view (placeholder until built). */
export function PasteModel() {
  return null;
}
