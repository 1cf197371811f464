/**
 * Puts text on the clipboard; false where the browser refuses (no
 * permission, an insecure context, an iframe without clipboard-write), so
 * each copy button can offer the text to select instead. The one place the
 * page writes to the clipboard.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
