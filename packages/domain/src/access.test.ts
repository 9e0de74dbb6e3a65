import { describe, expect, it } from 'vitest';
import * as access from './access';

// Two consortia (1 and 2); comuni 10 and 11 in the first, 20 in the second.
const admin: access.Viewer<number> = { role: 'admin', consortium: 1, comuni: [] };
const editor: access.Viewer<number> = { role: 'editor', consortium: 1, comuni: [] };
const council: access.Viewer<number> = { role: 'council', consortium: 1, comuni: [10] };
const otherAdmin: access.Viewer<number> = { role: 'admin', consortium: 2, comuni: [] };
const own = { comune: 10, consortium: 1 };
const sibling = { comune: 11, consortium: 1 };
const foreign = { comune: 20, consortium: 2 };

describe('access', () => {
  it('lets a public visitor read public data only', () => {
    for (const visitor of [null, undefined]) {
      expect(access.isStaff(visitor)).toBe(false);
      expect(access.canReadComune(visitor, own)).toBe(false);
      expect(access.canCommentOnComune(visitor, own)).toBe(false);
      expect(access.canEditComune(visitor, own)).toBe(false);
      expect(access.canReadConsortium(visitor, 1)).toBe(false);
      expect(access.canAdministerConsortium(visitor, 1)).toBe(false);
      expect(access.canChangeCatalogueEntry(visitor, { owner: null }, 1)).toBe(false);
    }
  });

  it('lets staff read, comment on and edit every comune of their consortium, and no other', () => {
    for (const staff of [admin, editor]) {
      expect(access.isStaff(staff)).toBe(true);
      expect([own, sibling].map((place) => access.canReadComune(staff, place))).toEqual([true, true]);
      expect([own, sibling].map((place) => access.canEditComune(staff, place))).toEqual([true, true]);
      expect(access.canCommentOnComune(staff, own)).toBe(true);
      expect(access.canReadConsortium(staff, 1)).toBe(true);
      expect(access.canEditConsortium(staff, 1)).toBe(true);
      expect(access.canReadComune(staff, foreign)).toBe(false);
      expect(access.canEditComune(staff, foreign)).toBe(false);
      expect(access.canReadConsortium(staff, 2)).toBe(false);
    }
  });

  it('lets a council member read and comment on their own comuni, never edit, nor see the consortium', () => {
    expect(access.isStaff(council)).toBe(false);
    expect(access.canReadComune(council, own)).toBe(true);
    expect(access.canCommentOnComune(council, own)).toBe(true);
    expect(access.canReadComune(council, sibling)).toBe(false);
    expect(access.canEditComune(council, own)).toBe(false);
    expect(access.canReadConsortium(council, 1)).toBe(false);
    expect(access.canEditConsortium(council, 1)).toBe(false);
    expect(access.canAdministerConsortium(council, 1)).toBe(false);
  });

  it('lets only admins administer their consortium', () => {
    expect([admin, editor, council, null].map(access.isAdmin)).toEqual([true, false, false, false]);
    expect(access.canAdministerConsortium(admin, 1)).toBe(true);
    expect(access.canAdministerConsortium(editor, 1)).toBe(false);
    expect(access.canAdministerConsortium(admin, 2)).toBe(false);
  });

  it('lets the owner’s admins change a catalogue entry, the operator’s a shared one', () => {
    expect(access.canChangeCatalogueEntry(admin, { owner: 1 }, 2)).toBe(true);
    expect(access.canChangeCatalogueEntry(otherAdmin, { owner: 1 }, 2)).toBe(false);
    expect(access.canChangeCatalogueEntry(otherAdmin, { owner: null }, 2)).toBe(true);
    expect(access.canChangeCatalogueEntry(admin, { owner: null }, 2)).toBe(false);
    expect(access.canChangeCatalogueEntry(admin, { owner: null }, null)).toBe(false);
    expect(access.canChangeCatalogueEntry(editor, { owner: 1 }, null)).toBe(false);
  });

  it('works on whatever keys the caller holds (slugs and ISTAT codes in the browser)', () => {
    const viewer: access.Viewer<string> = { role: 'council', consortium: 'bassa', comuni: ['019081'] };
    expect(access.canReadComune(viewer, { comune: '019081', consortium: 'bassa' })).toBe(true);
    expect(access.canReadComune(viewer, { comune: '019082', consortium: 'bassa' })).toBe(false);
  });
});
