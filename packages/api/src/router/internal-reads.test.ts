import { describe, expect, it } from 'vitest';
import { ALFA, callerFor, createTestWorld, worldAs } from '../testing';

describe('internal reads', () => {
  it('give a council member their comune’s internal services, notes, versions and comments', async () => {
    const { caller: council } = worldAs('councilA');
    const overview = await council.comuni.overview({ istat: ALFA });
    expect(overview.comune).toMatchObject({ internalNote: 'NOTA INTERNA COMUNE', version: 1 });
    expect(overview.services.map((s) => [s.slug, s.visibility])).toEqual([
      ['mensa', 'public'],
      ['segreto', 'internal'],
      ['tari', 'public'],
    ]);
    expect(overview.comments?.map((c) => c.target.kind).sort()).toEqual(['comune', 'milestone', 'service']);
    expect(overview.comments?.[0]).toMatchObject({
      author: 'Consigliera di Alfa',
      body: expect.stringContaining('COMMENTO'),
    });

    const page = await council.services.get({ istat: ALFA, slug: 'segreto' });
    expect(page.service).toMatchObject({ visibility: 'internal', version: 1 });

    const roadmap = await council.milestones.roadmap({ istat: ALFA });
    const internal = roadmap.milestones.find((m) => m.title === 'Milestone interna');
    expect(internal).toMatchObject({ visibility: 'internal', internalNote: 'NOTA INTERNA MILESTONE', version: 1 });
    expect(roadmap.milestones.find((m) => m.title === 'Formazione sportello')?.dependsOn.map((d) => d.title)).toEqual([
      'TARI solo pagoPA',
      'Milestone interna',
    ]);
    expect(roadmap.milestones.find((m) => m.title === 'TARI solo pagoPA')?.replans[0]).toMatchObject({
      changedBy: 'Editor',
    });
    expect(roadmap.comments?.map((c) => c.target)).toEqual([
      { kind: 'milestone', id: expect.any(Number), title: 'TARI solo pagoPA' },
    ]);
  });

  it('give the consortium’s staff internal services in the portfolio and across comuni, not its council', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const staff = await callerFor(db, 'editor1').consortia.serviceAcross({
      consortium: 'consorzio-test',
      service: 'archivio',
    });
    expect(staff.comuni).toEqual([expect.objectContaining({ istat: ALFA, slug: 'segreto', visibility: 'internal' })]);
    const council = await callerFor(db, 'councilA').consortia.serviceAcross({
      consortium: 'consorzio-test',
      service: 'archivio',
    });
    expect(council.comuni).toEqual([]);
    const portfolio = await callerFor(db, 'admin1').consortia.portfolio({ slug: 'consorzio-test' });
    expect(portfolio.comuni.map((c) => [c.name, c.services])).toEqual([
      ['Alfa', 3],
      ['Beta', 1],
    ]);
  });
});
