/**
 * Resolves when every CSS animation of the page has finished. Toasts fade in and out; axe,
 * which runs after each play function, measures contrast on half-transparent text otherwise.
 */
export async function animationsDone(): Promise<void> {
  await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => {})))
}
