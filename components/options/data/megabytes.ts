/** Megabytes with one decimal ("10", "11.5"), for the import size limit and file sizes. */
export function megabytes(bytes: number): string {
  return (Math.round((bytes / (1024 * 1024)) * 10) / 10).toString();
}
