import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import type { Root } from 'mdast';

/** The processor defines the syntax: CommonMark + GFM + YAML frontmatter. */
export const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

type Extension = NonNullable<Options['extensions']>[number];
type MdastExtension = NonNullable<Options['mdastExtensions']>[number];

// What remark-parse does on every `processor.parse`, minus the per-call VFile and
// processor work: a plan is parsed in thousands of blocks, where that cost is about
// a fifth of the parse. The extensions come from the processor, so the syntax is the same.
const full: Options = {
  extensions: (processor.data('micromarkExtensions') ?? []) as Extension[],
  mdastExtensions: (processor.data('fromMarkdownExtensions') ?? []) as MdastExtension[],
};

/**
 * GFM autolink literals (`www.x.nl`, `https://…`, `a@b.nl`) cost about a third of a
 * parse: the e-mail construct is tried at every letter and digit, and a tree-wide
 * find-and-replace runs after. Neither can produce anything in text without `@`,
 * `www` or `http`; character references (`&#64;`) decode to such text only after
 * tokenizing, so they keep the full parse too. Without the constructs, the text
 * tokenizer cuts its data at fewer places, but adjacent data becomes one text node
 * either way, so the tree is the same (a randomised test holds the two parses equal).
 */
const AUTOLINK_POSSIBLE = /@|www|http|&[#a-z\d]+;/i;
const AUTOLINK_CONSTRUCTS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

const lean: Options = {
  extensions: full.extensions!.map(withoutAutolinkConstructs),
  mdastExtensions: full.mdastExtensions!.map(withoutAutolinkTransform),
};

/** Parses Markdown (CommonMark + GFM + YAML frontmatter) into mdast. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, AUTOLINK_POSSIBLE.test(text) ? full : lean);
}

/** Exposed for the equivalence test: the parse with every GFM construct, whatever the text. */
export function parseMarkdownFully(text: string): Root {
  return fromMarkdown(text, full);
}

/** A micromark extension without the autolink literal constructs (in every hook map). */
function withoutAutolinkConstructs(extension: Extension): Extension {
  if (Array.isArray(extension)) return extension.map(withoutAutolinkConstructs) as Extension;
  const result: Record<string, unknown> = {};
  for (const [field, hooks] of Object.entries(extension)) {
    if (field === 'disable' || !hooks || typeof hooks !== 'object' || Array.isArray(hooks)) {
      result[field] = hooks;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(hooks as Record<string, unknown>)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]).filter((construct: { name?: string }) => !AUTOLINK_CONSTRUCTS.has(construct?.name ?? ''));
      if (list.length > 0) kept[code] = list;
    }
    result[field] = kept;
  }
  return result as Extension;
}

/** An mdast extension without the find-and-replace transform of autolink literals. */
function withoutAutolinkTransform(extension: MdastExtension | MdastExtension[]): MdastExtension {
  if (Array.isArray(extension)) return extension.map(withoutAutolinkTransform) as unknown as MdastExtension;
  const handlesLiterals = extension.enter && 'literalAutolink' in extension.enter;
  return handlesLiterals ? { ...extension, transforms: [] } : extension;
}
