import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { boardCanvas, lint, type JsonCanvas } from '../../src/core/index.js';
import { buildBoard } from '../../src/core/board/model.js';
import schema from '../export/jsoncanvas.schema.json';

const ROOT = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function canvasOf(file: string): JsonCanvas {
  const text = read(file);
  // Through JSON and back, as the file is written and read.
  return JSON.parse(JSON.stringify(boardCanvas(buildBoard(text, lint(text).plan, { today: new Date('2026-11-25') }))));
}

const inside = (inner: { x: number; y: number; width: number; height: number }, outer: typeof inner) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('export: JSON Canvas board', () => {
  const files = [...['nl', 'en'].flatMap((lang) => readdirSync(path.join(ROOT, 'examples', lang)).map((name) => `examples/${lang}/${name}`)), 'test/export/hostile-pitch.md'];

  it('matches the JSON Canvas 1.0 schema for every example, with unique ids and edges between existing nodes', () => {
    for (const file of files) {
      const canvas = canvasOf(file);
      assert.ok(validate(canvas), `${file}: ${JSON.stringify(validate.errors)}`);
      const ids = canvas.nodes.map((node) => node.id);
      assert.equal(new Set([...ids, ...canvas.edges.map((edge) => edge.id)]).size, ids.length + canvas.edges.length, file);
      for (const edge of canvas.edges) assert.ok(ids.includes(edge.fromNode) && ids.includes(edge.toNode), `${file}: ${edge.id}`);
    }
  });

  it('gives one text node per card, coloured red, yellow or green by its status', () => {
    const text = read('examples/nl/pitch.md');
    const board = buildBoard(text, lint(text).plan);
    const canvas = canvasOf('examples/nl/pitch.md');
    const colour = { missing: '1', weak: '3', answered: '4' };
    for (const card of board.cards) {
      const node = canvas.nodes.find((candidate) => candidate.id === `card-${card.questionId}`);
      assert.ok(node, card.questionId);
      assert.equal(node.type, 'text');
      assert.equal(node.color, colour[card.status], card.questionId);
      assert.match(node.text!, new RegExp(`^## ${card.heading.replace(/[?()]/g, '\\$&')}\\n`));
    }
    const cost = canvas.nodes.find((node) => node.id === 'card-kosten')!;
    assert.match(cost.text!, /✓ beantwoord[\s\S]*€ 1\.535\.000/);
    const missing = canvasOf('test/export/hostile-pitch.md').nodes.find((node) => node.id === 'card-kosten')!;
    assert.equal(missing.color, '1');
    assert.match(missing.text!, /✗ ontbreekt/);
  });

  it('makes a group per HKW cluster, labelled with its votes, holding its notes', () => {
    const canvas = canvasOf('examples/nl/hkw.md');
    const groups = canvas.nodes.filter((node) => node.type === 'group');
    assert.ok(groups.length >= 1);
    const first = groups[0];
    assert.match(first.label!, /^Hoe kunnen we-vragen — stemmen: 10$/);
    const notes = canvas.nodes.filter((node) => node.id.startsWith('note-1-'));
    assert.equal(notes.length, 8);
    for (const note of notes) assert.ok(inside(note, first), note.id);
    assert.match(notes[0].text!, /^Hoe kunnen we leveranciers laten aantonen .*\n\nstemmen: ●●●●$/);
    assert.equal(notes[7].text!.includes('stemmen'), false);
    // Groups come before their notes: in JSON Canvas, earlier nodes are drawn below later ones.
    assert.ok(canvas.nodes.indexOf(first) < canvas.nodes.indexOf(notes[0]));
  });

  it('draws a Build Your Vehicle plan as its parts joined to the vehicle by edges', () => {
    const canvas = canvasOf('examples/nl/vehicle.md');
    const hub = canvas.nodes.find((node) => node.id === 'vehicle')!;
    assert.match(hub.text!, /^# Build Your Vehicle: tekort aan ICT'ers/);
    const parts = ['bestuurder', 'passagiers', 'chassis', 'motor', 'brandstof', 'weg'];
    assert.deepEqual(canvas.edges.map((edge) => [edge.fromNode, edge.toNode, edge.label]), [
      ['vehicle-bestuurder', 'vehicle', 'stuurt'], ['vehicle-passagiers', 'vehicle', 'rijden mee'], ['vehicle-chassis', 'vehicle', 'rust op'],
      ['vehicle-motor', 'vehicle', 'drijft aan'], ['vehicle-brandstof', 'vehicle', 'loopt op'], ['vehicle-weg', 'vehicle', 'rijdt over'],
    ]);
    for (const part of parts) assert.equal(canvas.nodes.find((node) => node.id === `vehicle-${part}`)!.color, '4', part);
    // The parts are not drawn twice among the cards, and no two nodes overlap.
    assert.equal(canvas.nodes.some((node) => parts.some((part) => node.id === `card-${part}`)), false);
    const texts = canvas.nodes.filter((node) => node.type === 'text');
    for (const a of texts) for (const b of texts) {
      if (a === b) continue;
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      assert.ok(apart, `${a.id} overlaps ${b.id}`);
    }
    // Other kinds get no vehicle.
    assert.equal(canvasOf('examples/nl/pitch.md').edges.length, 0);
  });

  it('leaves nothing executable from a hostile plan in the canvas file', () => {
    const file = JSON.stringify(canvasOf('test/export/hostile-pitch.md'));
    assert.doesNotMatch(file, /<(?:script|img|a|pre)\b/i);
    assert.doesNotMatch(file, /\]\(\s*javascript:/i);
    assert.match(file, /&lt;script>alert\('voor wie'\)&lt;\/script>/);
  });
});
