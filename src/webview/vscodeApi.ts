import { webviewToHostSchema, type WebviewToHostMessage } from '../protocol';

/** The part of the webview API VS Code injects that the sidebar uses. */
interface VsCodeApi {
  postMessage(message: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a message to the extension host, checked against the protocol first. */
export function postToHost(message: WebviewToHostMessage): void {
  api.postMessage(webviewToHostSchema.parse(message));
}
