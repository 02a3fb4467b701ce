/** A webview's script or stylesheet, built as text by scripts/inline-asset.mjs. */
declare module 'inline-asset:*' {
  const text: string;
  export default text;
}
