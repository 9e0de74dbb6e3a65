import { describe, expect, it } from 'vitest';
import { errorsFromIssues, errorsFromServer } from './form-errors';

const trpcError = (code: string, message: string, data: Record<string, unknown> = {}) => ({
  message,
  data: { code, httpStatus: 400, ...data },
});

describe('errorsFromServer', () => {
  it('keeps one list of messages per field, and by full path for grids', () => {
    const errors = errorsFromServer(
      trpcError('BAD_REQUEST', 'Indica il motivo', {
        fieldErrors: { reason: ['Indica il motivo'], rows: ['Non può essere negativo'] },
        pathErrors: { reason: ['Indica il motivo'], 'rows.3.online': ['Non può essere negativo'] },
      }),
      'rete',
    );
    expect(errors.fields).toEqual({ reason: ['Indica il motivo'], rows: ['Non può essere negativo'] });
    expect(errors.paths['rows.3.online']).toEqual(['Non può essere negativo']);
    expect(errors.form).toBeNull();
    expect(errors.conflict).toBeNull();
  });

  it('treats a stale version as a conflict with the server’s message', () => {
    const message = 'Modificato da Mario Rossi il 15 luglio 2024 alle ore 10:12 — ricarica la pagina';
    expect(errorsFromServer(trpcError('CONFLICT', message), 'rete').conflict).toBe(message);
    expect(
      errorsFromServer(trpcError('CONFLICT', message, { pathErrors: { 'rows.2.version': [message] } }), 'rete')
        .conflict,
    ).toBe(message);
  });

  it('shows a CONFLICT about a field (an address already taken) on that field', () => {
    const errors = errorsFromServer(
      trpcError('CONFLICT', 'Esiste già', { fieldErrors: { slug: ['Esiste già'] } }),
      'rete',
    );
    expect(errors.conflict).toBeNull();
    expect(errors.fields.slug).toEqual(['Esiste già']);
  });

  it('says why when no field is concerned, and when the server is out of reach', () => {
    expect(errorsFromServer(trpcError('FORBIDDEN', 'Non hai accesso al comune di Crema'), 'rete').form).toBe(
      'Non hai accesso al comune di Crema',
    );
    expect(errorsFromServer(new TypeError('Failed to fetch'), 'Impossibile contattare il server').form).toBe(
      'Impossibile contattare il server',
    );
  });
});

describe('errorsFromIssues', () => {
  it('groups the domain’s issues like the server does', () => {
    const errors = errorsFromIssues([
      { path: ['rows', 1, 'online'], message: 'Non può essere negativo' },
      { path: [], message: 'Dati non validi' },
    ]);
    expect(errors.fields).toEqual({ rows: ['Non può essere negativo'] });
    expect(errors.paths).toEqual({ 'rows.1.online': ['Non può essere negativo'], '': ['Dati non validi'] });
    expect(errors.form).toBe('Dati non validi');
  });
});
