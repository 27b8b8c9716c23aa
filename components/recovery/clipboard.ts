/** Copying a customer message: the Clipboard API, which an extension page may use on a click. */

/** true when the text is on the clipboard; false when the browser refused (the view says so). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
