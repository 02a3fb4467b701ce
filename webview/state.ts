/**
 * View state that is not in the document (selected view, zoom, an unsaved draft).
 * Kept with vscode.setState, so it survives hiding the tab and reloading the window
 * without retainContextWhenHidden.
 */
import { VIEW_IDS, type ViewId } from '../src/core/board/types';
import type { Editing } from './views/context';

export interface ViewState {
  view?: ViewId;
  zoom: number;
  editing?: Editing;
}

export const ZOOM_STEPS = [0.5, 0.67, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2];

/** State from an older session may be missing or malformed: keep what is valid. */
export function readState(raw: unknown): ViewState {
  const state = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<ViewState>;
  const zoom = typeof state.zoom === 'number' && ZOOM_STEPS.includes(state.zoom) ? state.zoom : 1;
  const view = VIEW_IDS.includes(state.view as ViewId) ? state.view : undefined;
  const editing = state.editing && typeof state.editing.ref === 'string' && typeof state.editing.draft === 'string' ? state.editing : undefined;
  return { view, zoom, editing };
}

export function nextZoom(zoom: number, direction: 1 | -1 | 0): number {
  if (direction === 0) return 1;
  const index = ZOOM_STEPS.indexOf(zoom);
  return ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, (index === -1 ? 4 : index) + direction))];
}
