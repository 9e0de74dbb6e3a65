import { describe, expect, it } from 'vitest';
import { generatePassword, hashPassword, verifyPassword } from './password';

describe('passwords', () => {
  it('hash with a fresh salt and verify only the right password', async () => {
    const hash = await hashPassword('càffè-e-brioche');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(hash).not.toContain('brioche');
    expect(await hashPassword('càffè-e-brioche')).not.toBe(hash);
    expect(await verifyPassword('càffè-e-brioche', hash)).toBe(true);
    expect(await verifyPassword('caffe-e-brioche', hash)).toBe(false);
  });

  it('treat a malformed stored hash as no match instead of throwing', async () => {
    for (const stored of [
      '',
      'plain',
      'bcrypt$1$2$3$4$5',
      'scrypt$1$1$1$c2FsdA$a2V5',
      'scrypt$3$8$1$c2FsdA$a2V5',
      'scrypt$32768$8$1$$',
    ]) {
      expect(await verifyPassword('qualsiasi', stored)).toBe(false);
    }
  });

  it('generate long random passwords', () => {
    expect(generatePassword()).toMatch(/^[\w-]{24}$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
