import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';

/** The processor defines the syntax: CommonMark + GFM + YAML frontmatter. */
export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

// What remark-parse does on every `processor.parse`, minus the per-call VFile and
// processor work: a plan is parsed in thousands of blocks, where that cost is about
// a fifth of the parse. The extensions come from the processor, so the syntax is the same.
const options: Options = {
  extensions: (processor.data('micromarkExtensions') ?? []) as Options['extensions'],
  mdastExtensions: (processor.data('fromMarkdownExtensions') ?? []) as Options['mdastExtensions'],
};

/** Parses Markdown (CommonMark + GFM + YAML frontmatter) into mdast. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, options);
}
