// jsonld ships no types (and none is in the catalog); the tests use only toRDF.
declare module 'jsonld' {
  type DocumentLoader = (
    url: string,
  ) => Promise<{ document: unknown; documentUrl: string; contextUrl?: string | null }>;
  const jsonld: {
    toRDF(
      input: unknown,
      options: { format: 'application/n-quads'; documentLoader: DocumentLoader; safe?: boolean },
    ): Promise<string>;
  };
  export default jsonld;
}
