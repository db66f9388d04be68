import type { GrowthLogTestApi } from '../../src/extension/extension';
import type { SidebarSnapshot } from '../../src/protocol';

/**
 * The next snapshot the sidebar sends its webview that `matches`, for an integration test
 * to read what the view shows. Subscribe before causing the change, so the snapshot cannot
 * go by unseen. Rejects after `timeoutMs` rather than leave the test hanging until mocha's
 * own timeout, which would not say what was awaited.
 */
export function nextSnapshot(
  api: GrowthLogTestApi,
  matches: (snapshot: SidebarSnapshot) => boolean,
  timeoutMs = 10_000,
): Promise<SidebarSnapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`the sidebar sent no matching snapshot within ${timeoutMs / 1000} s: ${matches.toString()}`));
    }, timeoutMs);
    const subscription = api.sidebar.onDidPostSnapshot((snapshot) => {
      if (!matches(snapshot)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(snapshot);
    });
  });
}
