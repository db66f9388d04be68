import { weekOffsetSchema, webviewToHostSchema, type WebviewToHostMessage } from '../protocol';

/** The part of the webview API VS Code injects that the sidebar uses. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a message to the extension host, checked against the protocol first. */
export function postToHost(message: WebviewToHostMessage): void {
  api.postMessage(webviewToHostSchema.parse(message));
}

/** The week the view showed before it was last hidden, if any. */
export function restoredWeekOffset(): number | undefined {
  const state = api.getState();
  const offset =
    typeof state === 'object' && state !== null ? (state as { weekOffset?: unknown }).weekOffset : undefined;
  const parsed = weekOffsetSchema.safeParse(offset);
  return parsed.success ? parsed.data : undefined;
}

export function rememberWeekOffset(weekOffset: number): void {
  api.setState({ weekOffset });
}
