/**
 * Runs `work` once the next frame has painted (a task queued from that frame's animation
 * callback), so it stays out of the frame a key press is waiting for. Returns a cancel.
 */
export function afterPaint(work: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
