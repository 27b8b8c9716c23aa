/**
 * Saves text as a file through the browser's own download of a Blob: no permission, no network;
 * the data leaves Plazo only because the user asked for this file.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; a later revoke keeps browsers that read lazily happy.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
