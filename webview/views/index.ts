/** One pure render function per view: board + context → VNode (DOM in the webview, markup in Node). */
import type { BoardModel, ViewId } from '../../src/core/board/types';
import type { VNode } from '../vnode';
import { cardsView } from './cards';
import type { ViewContext } from './context';
import { crystalView } from './crystal';
import { hkwView } from './hkw';
import { storyboardView } from './storyboard';
import { vehicleView } from './vehicle';

export function renderView(board: BoardModel, view: ViewId, ctx: ViewContext): VNode {
  switch (view) {
    case 'cards':
      return cardsView(board, ctx);
    case 'hkw':
      return hkwView(board, ctx);
    case 'vehicle':
      return vehicleView(board, ctx);
    case 'crystal':
      return crystalView(board, ctx);
    case 'pitch':
      return storyboardView(board, ctx);
  }
}

export type { ViewContext, Editing } from './context';
