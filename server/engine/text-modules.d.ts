// esbuild bundles lexicon data files as strings (loader '.txt': 'text').
declare module '*.txt' {
  const content: string;
  export default content;
}
