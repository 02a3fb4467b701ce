/**
 * The one message protocol between the canvas provider (extension host) and its
 * webview (webview/main.ts). Both sides import this file; nothing here may import
 * `vscode` or touch the DOM. One entry per message and direction.
 *
 * Order: the webview posts `ready` once its listener is installed; only then does the
 * host send `board`. Requests carry a `requestId`; the host answers each with exactly
 * one `reply` carrying the same id.
 */
import type { ExportTheme } from '../../core/board/svg/palette';
import type { Anchor, BoardModel, Language } from '../../core/board/types';

/** What a board edit means; the host turns it into minimal text edits against the current text. */
export type EditIntent =
  /** Replace the editable part of an answer with `newText`. */
  | { kind: 'answer'; questionId: string; anchor: Anchor; newText: string }
  /** Add (+1) or remove (-1) one dot vote on a note; `anchor.text` is the note's text. */
  | { kind: 'vote'; anchor: Anchor; delta: 1 | -1 }
  /** Answer a missing question: appends a section with the question's heading. */
  | { kind: 'add'; questionId: string; newText: string };

export type ExportFormat = 'svg' | 'png';

/** The colours of a board export: `auto` follows the editor's theme kind. */
export type ExportThemeSetting = 'auto' | ExportTheme;

/** Webview → host. */
export type WebviewMessage =
  /** The webview is listening; the host answers with `board`. Sent again after a reload. */
  | { type: 'ready' }
  /** Show this range of the plan in the text editor (a card or note was activated). */
  | { type: 'reveal'; version: number; start: number; end: number }
  /** Apply a board edit made against document `version`. Answered by `reply`. */
  | { type: 'edit'; requestId: number; version: number; intent: EditIntent }
  /** Save an export; `data` is SVG text or a base64 PNG. Answered by `reply`. */
  | { type: 'export'; requestId: number; format: ExportFormat; data: string; name: string }
  /** A link in a card was activated: the host asks the user, then opens http, https and mailto only. */
  | { type: 'open-link'; url: string }
  /** Something went wrong inside the webview; the host logs it. */
  | { type: 'log'; message: string };

/** Host → webview. */
export type HostMessage =
  /** The board for document `version`. Sent after `ready` and after every change of the document. */
  | { type: 'board'; version: number; readOnly: boolean; uiLanguage: Language; exportTheme: ExportThemeSetting; board: BoardModel }
  /** The answer to request `requestId`. `stale`: the text moved on and the target could not be found again. */
  | { type: 'reply'; requestId: number; ok: boolean; reason?: ReplyReason; message?: string };

export type ReplyReason = 'stale' | 'readonly' | 'cancelled' | 'failed';

/** Cheap shape check for messages arriving from the webview (it renders untrusted text). */
export function isWebviewMessage(value: unknown): value is WebviewMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as { type?: unknown };
  switch (message.type) {
    case 'ready':
    case 'log':
      return true;
    case 'reveal': {
      const m = value as { start?: unknown; end?: unknown; version?: unknown };
      return isInt(m.start) && isInt(m.end) && isInt(m.version);
    }
    case 'edit': {
      const m = value as { requestId?: unknown; version?: unknown; intent?: { kind?: unknown } };
      return isInt(m.requestId) && isInt(m.version) && typeof m.intent?.kind === 'string';
    }
    case 'open-link':
      return typeof (value as { url?: unknown }).url === 'string';
    case 'export': {
      const m = value as { requestId?: unknown; format?: unknown; data?: unknown; name?: unknown };
      return isInt(m.requestId) && (m.format === 'svg' || m.format === 'png') && typeof m.data === 'string' && typeof m.name === 'string';
    }
    default:
      return false;
  }
}

function isInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
