/**
 * When the bundle began to run: extension.ts imports this module first, so its body runs
 * before any other module of the bundle is evaluated. Used to report what loading the
 * extension costs VS Code's start-up, beside the time `activate()` itself takes.
 */
export const bundleEvaluationStarted = performance.now();
