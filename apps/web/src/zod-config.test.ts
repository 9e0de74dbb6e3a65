import './zod-config';
import { describe, expect, it } from 'vitest';
import { config } from 'zod';

describe('zod-config', () => {
  it('turns zod’s new Function compiler (and its CSP-reported probe) off', () => {
    expect(config().jitless).toBe(true);
  });
});
