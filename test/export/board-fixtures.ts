// Shared by the board export suites (test/export, test/cli): a plan with formatting, and the check that an SVG holds nothing that runs.
import assert from 'node:assert/strict';

export const FORMATTED_PLAN = `# Plan met opmaak

## Wie

**Sanne Bakker**, *teamleider* bij gemeente Dalfsen.

## Wat

- eerste punt met \`code\`
- tweede punt met een [link](https://example.org) en een [slechte](javascript:alert(1))

\`\`\`
let x = 1;
\`\`\`

## Hoe

1. stap een
2. stap twee

## Wanneer

1 maart 2027.

## Kosten

€ 40.000.
`;

/** Every text, href and attribute of an exported SVG, checked for anything that could run. */
export function assertSvgInert(markup: string): void {
  assert.doesNotMatch(markup, /<script/i, 'no script element');
  assert.doesNotMatch(markup, /<foreignObject/i, 'no foreignObject');
  assert.doesNotMatch(markup, /<(?:a|iframe|img|image|use|animate|set|handler|object|embed)[\s/>]/i, 'no element that links, loads or animates');
  assert.doesNotMatch(markup, /<[^>]*javascript:/i, 'no javascript: address in a tag');
  // Plan text has its "<" escaped, so every tag left is one the renderer wrote: check its attributes.
  for (const tag of markup.match(/<[^!?][^>]*>/g) ?? []) {
    for (const [, name] of tag.matchAll(/\s([\w:.-]+)\s*=/g)) {
      assert.doesNotMatch(name, /^on/i, `no event handler attribute in ${tag}`);
      assert.doesNotMatch(name, /href$/i, `no link in ${tag}`);
    }
  }
}
