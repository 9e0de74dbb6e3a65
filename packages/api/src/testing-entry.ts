// @switchoff/api/testing: the test world and the helpers other packages' tests use with it.
export { logIn } from './auth/login';
export { recordLoginFailure } from './auth/rate-limit';
export { createSession, deleteSession } from './auth/sessions';
export { parseRdfXml, subjectsOf, valuesOf } from './opendata/rdf-testing';
export { PUBLIC_READ_PATHS } from './router/public-reads.testing';
export * from './testing';
