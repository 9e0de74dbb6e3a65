/** A language's compiled message catalogue (vite-catalogue.ts), typed from the Italian messages. */
declare module 'virtual:catalogue/*' {
  const messages: import('./catalogue-types.generated').CatalogueMessages;
  export default messages;
}
