// Node entry (package.json "main"). Identical to the browser entry: nothing here needs Node.
export { activate, deactivate } from './activate.js';
