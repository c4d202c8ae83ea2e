/** Asks for fullscreen from a click; browsers that refuse (or lack the API) keep the overlay in the window. */
export function enterFullscreen(): void {
  const el = document.documentElement;
  if (document.fullscreenElement || typeof el.requestFullscreen !== 'function') return;
  el.requestFullscreen().catch(() => {
    /* refused: the overlay still fills the window */
  });
}
