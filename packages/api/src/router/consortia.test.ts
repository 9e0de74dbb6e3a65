import { schema } from '@switchoff/db';
import { HOME_COMUNI_SHOWN } from '@switchoff/db/reads/comuni';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestWorld, publicCaller } from '../testing';

describe('consortia', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('lists consortia with how many comuni each serves and the first of them by name', async () => {
    expect(await api.consortia.list()).toEqual([
      {
        slug: 'altro-consorzio',
        name: 'Altro Consorzio',
        city: 'Lodi',
        comuni: 1,
        firstComuni: [{ istat: '098001', name: 'Gamma' }],
      },
      {
        slug: 'consorzio-test',
        name: 'Consorzio Test',
        city: 'Crema',
        comuni: 2,
        firstComuni: [
          { istat: '019001', name: 'Alfa' },
          { istat: '019002', name: 'Beta' },
        ],
      },
    ]);
  });

  it('names at most HOME_COMUNI_SHOWN comuni of a consortium, the first by name', async () => {
    const { db: big } = createTestWorld();
    const consortium = big.select().from(schema.consortia).where(eq(schema.consortia.slug, 'altro-consorzio')).get();
    if (!consortium) throw new Error('the test world has altro-consorzio');
    for (let n = 0; n < HOME_COMUNI_SHOWN + 3; n++) {
      big
        .insert(schema.comuni)
        .values({
          consortiumId: consortium.id,
          istatCode: `098${String(100 + n)}`,
          name: `Zeta ${String(n).padStart(2, '0')}`,
          provinceCode: 'LO',
          ipaCode: `c_z${String(100 + n)}`,
          region: 'Lombardia',
          population: 1000,
        })
        .run();
    }
    const altro = (await publicCaller(big).consortia.list()).find((c) => c.slug === 'altro-consorzio');
    expect(altro?.comuni).toBe(HOME_COMUNI_SHOWN + 4);
    expect(altro?.firstComuni.map((c) => c.name)).toEqual([
      'Gamma',
      ...Array.from({ length: HOME_COMUNI_SHOWN - 1 }, (_, n) => `Zeta ${String(n).padStart(2, '0')}`),
    ]);
  });

  it('shows the portfolio: stage counts, volume-weighted take-up, late milestones', async () => {
    const portfolio = await api.consortia.portfolio({ slug: 'consorzio-test' });
    expect(portfolio.comuni.map((c) => [c.name, c.services, c.lateMilestones])).toEqual([
      ['Alfa', 2, 1],
      ['Beta', 1, 1],
    ]);
    // 450 digital of 500 in Alfa, 5 of 50 in Beta: weighted by volume, not a mean of 90% and 10%.
    expect(portfolio.totals.takeUp?.value).toBeCloseTo(455 / 550, 10);
    expect(portfolio.totals.takeUp?.n).toBe(550);
    expect(portfolio.totals.stageCounts).toEqual({ paper: 0, hybrid: 1, digital_first: 1, switched_off: 1 });
  });

  it('never counts other consortia or internal services', async () => {
    const portfolio = await api.consortia.portfolio({ slug: 'consorzio-test' });
    const json = JSON.stringify(portfolio);
    expect(json).not.toContain('Gamma');
    expect(json).not.toContain('segreto');
    expect(portfolio.comuni[0]?.takeUp?.n).toBe(500);
  });

  it('answers NOT_FOUND for an unknown consortium', async () => {
    await expect(api.consortia.portfolio({ slug: 'nessuno' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Nessun consorzio con indirizzo "nessuno"',
    });
  });
});
