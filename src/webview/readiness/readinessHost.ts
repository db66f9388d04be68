import { type ReadinessViewToHostMessage, readinessViewToHostSchema } from '../../readinessProtocol';

/** The part of the webview API VS Code injects that the readiness view uses. */
interface VsCodeApi {
  postMessage(message: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const api = acquireVsCodeApi();

/** Sends a message to the extension host, checked against the protocol first. */
export function postToHost(message: ReadinessViewToHostMessage): void {
  api.postMessage(readinessViewToHostSchema.parse(message));
}
