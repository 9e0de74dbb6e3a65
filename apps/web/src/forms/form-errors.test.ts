import { appMessage, MESSAGES, token } from '@switchoff/domain';
import { describe, expect, it } from 'vitest';
import { errorsFromIssues, errorsFromServer } from './form-errors';

const trpcError = (code: string, message: string, data: Record<string, unknown> = {}) => ({
  message,
  data: { code, httpStatus: 400, ...data },
});

const reason = appMessage('reasonRequired');
const negative = appMessage('notNegative');
const stale = appMessage('version.stale', { actor: 'Mario Rossi', at: '2024-07-15T08:12:00Z' });

describe('errorsFromServer', () => {
  it('keeps one list of messages per field, and by full path for grids', () => {
    const errors = errorsFromServer(
      trpcError('BAD_REQUEST', 'Indica il motivo', {
        appError: reason,
        fieldErrors: { reason: [reason], rows: [negative] },
        pathErrors: { reason: [reason], 'rows.3.online': [negative] },
      }),
    );
    expect(errors.fields).toEqual({ reason: [reason], rows: [negative] });
    expect(errors.paths['rows.3.online']).toEqual([negative]);
    expect(errors.form).toEqual([]);
    expect(errors.conflict).toBeNull();
  });

  it('treats a stale version as a conflict with the server’s message', () => {
    expect(errorsFromServer(trpcError('CONFLICT', 'Modificato da …', { appError: stale })).conflict).toEqual(stale);
    expect(
      errorsFromServer(
        trpcError('CONFLICT', 'Modificato da …', { appError: stale, pathErrors: { 'rows.2.version': [stale] } }),
      ).conflict,
    ).toEqual(stale);
  });

  it('shows a CONFLICT about a field (an address already taken) on that field', () => {
    const taken = appMessage('catalogue.slugTaken', { slug: 'tari' });
    const errors = errorsFromServer(
      trpcError('CONFLICT', 'Esiste già', { appError: taken, fieldErrors: { slug: [taken] } }),
    );
    expect(errors.conflict).toBeNull();
    expect(errors.fields.slug).toEqual([taken]);
  });

  it('says why when no field is concerned, and when the server is out of reach', () => {
    const forbidden = appMessage('access.comune', { comune: 'Crema' });
    expect(errorsFromServer(trpcError('FORBIDDEN', 'Non hai accesso', { appError: forbidden })).form).toEqual([
      forbidden,
    ]);
    expect(errorsFromServer(new TypeError('Failed to fetch')).form).toEqual([appMessage('server.unreachable')]);
  });

  it('never shows what it cannot translate: an unknown code is an unexpected error', () => {
    const answer = trpcError('INTERNAL_SERVER_ERROR', 'boom', { appError: { code: 'no.such', params: {} } });
    expect(errorsFromServer(answer).form).toEqual([appMessage('server.unexpected')]);
  });
});

describe('errorsFromIssues', () => {
  it('groups the domain’s issues like the server does, reading their codes', () => {
    const errors = errorsFromIssues([
      { path: ['rows', 1, 'online'], message: MESSAGES.notNegative },
      { path: [], message: token('maxMonths', { max: 120 }) },
    ]);
    expect(errors.fields).toEqual({ rows: [negative] });
    expect(errors.paths).toEqual({ 'rows.1.online': [negative], '': [appMessage('maxMonths', { max: 120 })] });
    expect(errors.form).toEqual([appMessage('maxMonths', { max: 120 })]);
  });
});
