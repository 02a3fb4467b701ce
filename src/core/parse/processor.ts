import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { fromMarkdown, type Options } from 'mdast-util-from-markdown';
import type { Nodes, Root } from 'mdast';

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

/** The same options without the named micromark constructs. */
const withoutConstructs = (options: Options, names: ReadonlySet<string>): Options => ({ ...options, extensions: options.extensions!.map((extension) => without(extension, names)) });

const lean: Options = { ...withoutConstructs(full, AUTOLINK_CONSTRUCTS), mdastExtensions: full.mdastExtensions!.map(withoutAutolinkTransform) };

/**
 * The GFM table construct is tried at the start of every paragraph line, and reads the line to
 * its end before it looks for a delimiter row below (a twentieth of a parse's allocations on real
 * plans). A table needs that row: a line of only `|`, `-`, `:`, spaces, tabs (and `>` of a quote
 * around it) with a `-` and a `|` or `:` (`a` over `:-` is a table). Without such a line no table can start, so the
 * parse without the construct gives the same tree.
 */
const TABLE_POSSIBLE = /^(?=[^\n\r]*[|:])(?=[^\n\r]*-)[ \t>:|-]+$/m;
const TABLE_CONSTRUCTS = new Set(['table']);

/**
 * Text with `www` or `http` but no `@` (nor a character reference that could make one): the e-mail
 * construct, tried at every letter and digit, cannot match, while web addresses still need the
 * full parse. Most plans link to the web and name no e-mail address.
 */
const EMAIL_POSSIBLE = /@|&[#a-z\d]+;/i;
const noEmail = withoutConstructs(full, new Set(['emailAutolink']));

/** The four ways to parse, by [autolink constructs: none, without e-mail, all][tables possible]. */
const OPTIONS = [lean, noEmail, full].map((options) => [withoutConstructs(options, TABLE_CONSTRUCTS), options]);

/** Parses Markdown (CommonMark + GFM + YAML frontmatter) into mdast. */
export function parseMarkdown(text: string): Root {
  const tables = TABLE_POSSIBLE.test(text) ? 1 : 0;
  if (!AUTOLINK_POSSIBLE.test(text)) return fromMarkdown(text, OPTIONS[0][tables]);
  // Cues only inside link destinations (`[uitrol](https://…)`): the lean tree is the full one when
  // no text of it holds a cue. A plan with a link in every section parses about 8% faster.
  if (cuesOnlyInDestinations(text)) {
    const tree = fromMarkdown(text, OPTIONS[0][tables]);
    if (!cueInText(tree, text)) return tree;
  }
  return fromMarkdown(text, OPTIONS[EMAIL_POSSIBLE.test(text) ? 2 : 1][tables]);
}

const CUES = /@|www|http|&[#a-z\d]+;/gi;
/** What stands before a destination: `](`, `](<`, `]: ` (a definition) or `<` (an autolink), with spaces or tabs between. */
const DESTINATION_BEFORE = /(?:\]\([ \t]*<?|\]:[ \t]*<?|<)$/;
/** The characters of a destination word (`https://www.x.nl/a@b`), to find where it starts. */
const IN_WORD = /[^\s()<>[\]"'`]/;

/**
 * Whether every cue stands in a word that starts right after `](`, `]: ` or `<`, where a link's
 * destination or an autolink begins. A guess from the text alone; `cueInText` checks the tree.
 */
function cuesOnlyInDestinations(text: string): boolean {
  CUES.lastIndex = 0;
  for (let match = CUES.exec(text); match; match = CUES.exec(text)) {
    if (match[0][0] === '&') return false;
    let start = match.index;
    while (start > 0 && IN_WORD.test(text[start - 1])) start--;
    if (!DESTINATION_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return false;
  }
  return true;
}

const CUE = /@|www|http/i;

/**
 * Whether a lean tree holds a cue where the full parse could make an autolink literal of it:
 * in any text (or image description) but the text of an autolink `<https://…>`, which both parses
 * read alike. Destinations, titles, code and HTML are no text to either parse.
 */
function cueInText(root: Root, text: string): boolean {
  const stack: Array<{ node: Nodes; parent?: Nodes }> = [{ node: root }];
  while (stack.length > 0) {
    const { node, parent } = stack.pop()!;
    if (node.type === 'text' && CUE.test(node.value)) {
      const autolink = parent?.type === 'link' && text.charCodeAt(parent.position?.start.offset ?? -1) === 0x3c; /* < */
      if (!autolink) return true;
    }
    if ((node.type === 'image' || node.type === 'imageReference') && node.alt && CUE.test(node.alt)) return true;
    if ('children' in node) for (const child of node.children) stack.push({ node: child, parent: node });
  }
  return false;
}

/** Exposed for the equivalence test: the parse with every GFM construct, whatever the text. */
export function parseMarkdownFully(text: string): Root {
  return fromMarkdown(text, full);
}

/** A micromark extension without the named constructs (in every hook map). */
function without(extension: Extension, names: ReadonlySet<string>): Extension {
  if (Array.isArray(extension)) return extension.map((part) => without(part, names)) as Extension;
  const result: Record<string, unknown> = {};
  for (const [field, hooks] of Object.entries(extension)) {
    if (field === 'disable' || !hooks || typeof hooks !== 'object' || Array.isArray(hooks)) {
      result[field] = hooks;
      continue;
    }
    const kept: Record<string, unknown> = {};
    for (const [code, constructs] of Object.entries(hooks as Record<string, unknown>)) {
      const list = (Array.isArray(constructs) ? constructs : [constructs]).filter((construct: { name?: string }) => !names.has(construct?.name ?? ''));
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
