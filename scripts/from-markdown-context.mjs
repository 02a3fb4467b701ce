// A build-time change to mdast-util-from-markdown 2.x, applied by scripts/build.mjs to every bundle.
//
// Its compiler calls each token handler with `this` set to a fresh copy of the compile context
// (`{...context, sliceSerialize}`): one object of nine fields per micromark event, thousands per plan.
// No handler of the library or of its GFM and frontmatter extensions writes to `this`; they only read
// the shared stacks and call its functions. So one context object, whose `sliceSerialize` is set
// before each call, gives the same tree. On 2,000 bench plans, one thread: about 10% less CPU time.
// test/cli/bundle-parse.test.ts holds the bundled CLI's judgement equal to the library's on every corpus plan.

const PER_EVENT = `      if (own.call(handler, events[index][1].type)) {
        // Note: spread first, V8 has optimizations for object shape cloning.
        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);
      }`;
const SHARED = `      if (own.call(handler, events[index][1].type)) {
        sharedContext.sliceSerialize = events[index][2].sliceSerialize;
        handler[events[index][1].type].call(sharedContext, events[index][1]);
      }`;
const CONTEXT_READY = `    /** @type {Array<number>} */
    const listStack = [];`;

/** The library's source with one shared context; throws when the library no longer has the code this expects. */
export function shareCompileContext(source) {
  if (!source.includes(PER_EVENT) || !source.includes(CONTEXT_READY)) {
    throw new Error('mdast-util-from-markdown changed: review scripts/from-markdown-context.mjs before building');
  }
  return source.replace(CONTEXT_READY, `    const sharedContext = { ...context, sliceSerialize: undefined };\n${CONTEXT_READY}`).replace(PER_EVENT, SHARED);
}

/** The esbuild plugin. */
export const fromMarkdownContext = {
  name: 'from-markdown-shared-context',
  setup(build) {
    build.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      return { contents: shareCompileContext(await readFile(args.path, 'utf8')), loader: 'js' };
    });
  },
};
