import { describe, expect, it } from 'vitest';
import {
  canAdministerConsortium,
  canChangeCatalogueEntry,
  canCommentOnComune,
  canEditComune,
  canEditConsortium,
  canReadComune,
  canReadConsortium,
  isAdmin,
  isStaff,
  type Viewer,
} from './access';

// Two consortia (1 and 2); comuni 10 and 11 in the first, 20 in the second.
const admin: Viewer<number> = { role: 'admin', consortium: 1, comuni: [] };
const editor: Viewer<number> = { role: 'editor', consortium: 1, comuni: [] };
const council: Viewer<number> = { role: 'council', consortium: 1, comuni: [10] };
const otherAdmin: Viewer<number> = { role: 'admin', consortium: 2, comuni: [] };
const own = { comune: 10, consortium: 1 };
const sibling = { comune: 11, consortium: 1 };
const foreign = { comune: 20, consortium: 2 };

describe('access', () => {
  it('lets a public visitor read public data only', () => {
    for (const visitor of [null, undefined]) {
      expect(isStaff(visitor)).toBe(false);
      expect(canReadComune(visitor, own)).toBe(false);
      expect(canCommentOnComune(visitor, own)).toBe(false);
      expect(canEditComune(visitor, own)).toBe(false);
      expect(canReadConsortium(visitor, 1)).toBe(false);
      expect(canAdministerConsortium(visitor, 1)).toBe(false);
      expect(canChangeCatalogueEntry(visitor, { owner: null }, 1)).toBe(false);
    }
  });

  it('lets staff read, comment on and edit every comune of their consortium, and no other', () => {
    for (const staff of [admin, editor]) {
      expect(isStaff(staff)).toBe(true);
      expect([own, sibling].map((place) => canReadComune(staff, place))).toEqual([true, true]);
      expect([own, sibling].map((place) => canEditComune(staff, place))).toEqual([true, true]);
      expect(canCommentOnComune(staff, own)).toBe(true);
      expect(canReadConsortium(staff, 1)).toBe(true);
      expect(canEditConsortium(staff, 1)).toBe(true);
      expect(canReadComune(staff, foreign)).toBe(false);
      expect(canEditComune(staff, foreign)).toBe(false);
      expect(canReadConsortium(staff, 2)).toBe(false);
    }
  });

  it('lets a council member read and comment on their own comuni, never edit, nor see the consortium', () => {
    expect(isStaff(council)).toBe(false);
    expect(canReadComune(council, own)).toBe(true);
    expect(canCommentOnComune(council, own)).toBe(true);
    expect(canReadComune(council, sibling)).toBe(false);
    expect(canEditComune(council, own)).toBe(false);
    expect(canReadConsortium(council, 1)).toBe(false);
    expect(canEditConsortium(council, 1)).toBe(false);
    expect(canAdministerConsortium(council, 1)).toBe(false);
  });

  it('lets only admins administer their consortium', () => {
    expect([admin, editor, council, null].map(isAdmin)).toEqual([true, false, false, false]);
    expect(canAdministerConsortium(admin, 1)).toBe(true);
    expect(canAdministerConsortium(editor, 1)).toBe(false);
    expect(canAdministerConsortium(admin, 2)).toBe(false);
  });

  it('lets the owner’s admins change a catalogue entry, the operator’s a shared one', () => {
    expect(canChangeCatalogueEntry(admin, { owner: 1 }, 2)).toBe(true);
    expect(canChangeCatalogueEntry(otherAdmin, { owner: 1 }, 2)).toBe(false);
    expect(canChangeCatalogueEntry(otherAdmin, { owner: null }, 2)).toBe(true);
    expect(canChangeCatalogueEntry(admin, { owner: null }, 2)).toBe(false);
    expect(canChangeCatalogueEntry(admin, { owner: null }, null)).toBe(false);
    expect(canChangeCatalogueEntry(editor, { owner: 1 }, null)).toBe(false);
  });

  it('works on whatever keys the caller holds (slugs and ISTAT codes in the browser)', () => {
    const viewer: Viewer<string> = { role: 'council', consortium: 'bassa', comuni: ['019081'] };
    expect(canReadComune(viewer, { comune: '019081', consortium: 'bassa' })).toBe(true);
    expect(canReadComune(viewer, { comune: '019082', consortium: 'bassa' })).toBe(false);
  });
});
