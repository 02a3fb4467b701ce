/** Exports of a plan for other tools: a Marp pitch deck and a JSON Canvas board. */
export { pitchDeck, type PitchDeckOptions } from './pitch.js';
export { pitchAnswers, PITCH_FRAMES, type PitchAnswer, type PitchFrame } from './pitch-answers.js';
export { boardCanvas, type ExportBoard, type ExportCard, type JsonCanvas, type CanvasNode, type CanvasEdge, type CanvasColor } from './canvas.js';
export { inertMarkdown, type InertOptions } from './inert.js';
