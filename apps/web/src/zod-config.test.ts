import './zod-config';
import { config } from 'zod';
import { describe, expect, it } from 'vitest';

describe('zod-config', () => {
  it('turns zod’s new Function compiler (and its CSP-reported probe) off', () => {
    expect(config().jitless).toBe(true);
  });
});
