import { describe, expect, it } from 'vitest';
import { classifySendError } from './outbox-admin';

describe('classifySendError: the last error in the kinds an admin can act on', () => {
  it.each([
    [null, null],
    ['connect ECONNREFUSED 127.0.0.1:2525', 'connection'],
    ['getaddrinfo ENOTFOUND smtp.example.it', 'connection'],
    ['Connection closed unexpectedly', 'connection'],
    ['Greeting never received', 'connection'],
    ['Invalid login: 535 5.7.8 Authentication failed', 'login'],
    ['Message failed: 550 5.1.1 <x@example.it>: Recipient address rejected', 'refused'],
    ['Message failed: 451 refused for the test (451)', 'deferred'],
    ['Cannot read properties of undefined', 'other'],
  ] as const)('%s → %s', (text, kind) => {
    expect(classifySendError(text)).toBe(kind);
  });
});
