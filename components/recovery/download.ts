/**
 * Saves an export as a file on this computer: a Blob behind an object URL, clicked through a
 * temporary link. Nothing leaves the machine unless the user shares the file.
 */
export function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; revoking later frees the Blob without cutting it short.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
