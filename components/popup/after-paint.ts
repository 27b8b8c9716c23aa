/** Resolves once the browser has painted what was rendered before the call (a frame, then a task). */
export function afterPaint(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}
