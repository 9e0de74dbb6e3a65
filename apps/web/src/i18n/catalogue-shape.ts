/**
 * The compiled messages of a language, typed from the Italian messages as the JSON files hold
 * them (`Tree`: every key once, in its area file) and from the messages that take parameters
 * (`WithParameters`, by dotted key, written by `catalogue:types`): a message with parameters is
 * a function of them, one without is its text, a list is its texts.
 */
export type CompiledCatalogue<Tree, WithParameters, Path extends string = ''> = {
  [Key in keyof Tree & string]: Tree[Key] extends string
    ? `${Path}${Key}` extends keyof WithParameters
      ? WithParameters[`${Path}${Key}`]
      : string
    : Tree[Key] extends readonly string[]
      ? readonly string[]
      : CompiledCatalogue<Tree[Key], WithParameters, `${Path}${Key}.`>;
};

/** The messages `Keys` (dotted), each compiled into a function of the parameters `Parameters`. */
export type Taking<Parameters, Keys extends string> = { [Key in Keys]: (p: Parameters) => string };
