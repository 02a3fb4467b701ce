/** The webview's side of the protocol: posting, and replies matched to requests by id. */
import type { HostMessage, WebviewMessage } from '../src/extension/canvas/protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export type Reply = Extract<HostMessage, { type: 'reply' }>;
type Request = Extract<WebviewMessage, { requestId: number }>;

// Distributes over the union so each request keeps its own fields.
type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;

export class Host {
  private readonly api = acquireVsCodeApi();
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private nextId = 1;

  post(message: WebviewMessage): void {
    this.api.postMessage(message);
  }

  request(message: WithoutId<Request>): Promise<Reply> {
    const requestId = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.api.postMessage({ ...message, requestId } as Request);
    });
  }

  /** Returns true when the message was a reply (and resolves its request). */
  settle(message: HostMessage): boolean {
    if (message.type !== 'reply') return false;
    this.pending.get(message.requestId)?.(message);
    this.pending.delete(message.requestId);
    return true;
  }

  getState(): unknown {
    return this.api.getState();
  }

  setState(state: unknown): void {
    this.api.setState(state);
  }
}
