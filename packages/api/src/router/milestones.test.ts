import { describe, expect, it } from 'vitest';
import { createTestWorld, expectNoInternalMarkers, publicCaller } from '../testing';

describe('milestones.roadmap', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('lists public milestones late first, with re-plans and public dependencies', async () => {
    const roadmap = await api.milestones.roadmap({ istat: '019001' });
    expect(roadmap.today).toBe('2024-07-15');
    expect(roadmap.milestones.map((m) => [m.title, m.status])).toEqual([
      ['TARI solo pagoPA', 'late'],
      ['Formazione sportello', 'slipped'],
      ['Mensa solo online', 'done'],
    ]);
    const [late, next] = roadmap.milestones;
    expect(late?.replans).toEqual([
      expect.objectContaining({
        previousDate: '2024-01-01',
        plannedDate: '2024-05-01',
        reason: 'Gara del fornitore in ritardo',
      }),
    ]);
    expect(next?.dependsOn.map((d) => d.title)).toEqual(['TARI solo pagoPA']);
    expect(next?.slippageDays).toBe(61);
  });

  it('never shows internal milestones or who re-planned', async () => {
    const json = JSON.stringify(await api.milestones.roadmap({ istat: '019001' }));
    expectNoInternalMarkers(json);
    expect(json).not.toContain('changedBy');
  });

  it('answers NOT_FOUND for an unknown comune', async () => {
    await expect(api.milestones.roadmap({ istat: '000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
