/** The webview's side of the portfolio protocol. */
import type { WebviewMessage } from '../../src/shared/portfolio/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export const host = acquireVsCodeApi();
