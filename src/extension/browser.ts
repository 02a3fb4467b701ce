// Browser entry (package.json "browser"): the web extension host has no Node, and the code needs none.
export { activate, deactivate } from './activate.js';
