/**
 * The chip's styles, inside its shadow root so the desk's CSS cannot reach it and ours cannot leak.
 * States differ by icon and words as well as colour; colours meet WCAG AA on their backgrounds in
 * light and dark.
 */
export const CHIP_CSS = `
:host { all: initial; display: inline-block; position: relative; margin: 0 0.5em; vertical-align: middle;
  font: 500 12px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chip { display: inline-flex; gap: 0.35em; align-items: center; padding: 0 0.6em; border-radius: 999px;
  border: 1px solid currentColor; cursor: default; white-space: nowrap; }
.chip:focus-visible { outline: 2px solid #1a56db; outline-offset: 2px; }
.chip[data-state="onTrack"] { color: #1e5631; background: #e7f5ea; }
.chip[data-state="atRisk"] { color: #7a4100; background: #fff4dc; }
.chip[data-state="breached"] { color: #9b1c1c; background: #fde8e8; font-weight: 700; }
.chip[data-state="paused"] { color: #374151; background: #eef0f3; }
.chip[data-state="met"] { color: #1e4e8c; background: #e8f0fc; }
.chip[data-state="unreadable"], .chip[data-state="none"], .chip[data-state="loading"] {
  color: #4b5563; background: #f6f7f9; border-style: dashed; }
.tip { display: none; position: absolute; z-index: 2147483647; top: calc(100% + 6px); left: 0; min-width: 24em;
  max-width: 34em; padding: 0.6em 0.8em; border-radius: 6px; background: #111827; color: #f9fafb;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.25); white-space: normal; font-weight: 400; }
:host(:hover) .tip, :host(:focus-within) .tip { display: block; }
.tip h3 { margin: 0.4em 0 0.2em; font: 700 12px/1.4 inherit; }
.tip h3:first-child { margin-top: 0; }
.tip p { margin: 0; }
@media (prefers-color-scheme: dark) {
  .chip[data-state="onTrack"] { color: #a7f3c0; background: #0f2e1a; }
  .chip[data-state="atRisk"] { color: #fcd58b; background: #3a2604; }
  .chip[data-state="breached"] { color: #fecaca; background: #450a0a; }
  .chip[data-state="paused"] { color: #e5e7eb; background: #1f2937; }
  .chip[data-state="met"] { color: #bfdbfe; background: #0c2548; }
  .chip[data-state="unreadable"], .chip[data-state="none"], .chip[data-state="loading"] {
    color: #d1d5db; background: #111827; }
  .tip { background: #f9fafb; color: #111827; }
}
`;

/** A sign per state, so no state is told by colour alone. */
export const CHIP_ICONS = {
  onTrack: '◷',
  atRisk: '⚠',
  breached: '⛔',
  paused: '⏸',
  met: '✓',
  unreadable: '?',
  none: '–',
  loading: '…',
} as const;
