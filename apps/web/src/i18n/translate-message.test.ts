import { MESSAGE_TEMPLATES, MESSAGES } from '@switchoff/domain';
import { readFiguresRow, readMilestoneRow } from '@switchoff/domain/formats';
import {
  createUserInput,
  monthFiguresInput,
  recordStageInput,
  saveMonthsInput,
  setPlatformInput,
} from '@switchoff/domain/schemas';
import { describe, expect, it } from 'vitest';
import { DOMAIN_MESSAGES_EN, DOMAIN_TEMPLATES_EN } from './domain-messages-en';
import { SERVER_MESSAGES_EN, SERVER_TEMPLATES_EN } from './server-messages-en';
import { messageInEnglish, translateMessage } from './translate-message';

type Template = (...values: string[]) => string;
const SAMPLES = ['12', '2024-03', 'inattivo, presubentro'];

describe('domain messages in English', () => {
  it('has an English text for every message of the domain, and no entry for a message that is gone', () => {
    expect(Object.keys(DOMAIN_MESSAGES_EN).sort()).toEqual(Object.keys(MESSAGES).sort());
    expect(Object.keys(DOMAIN_TEMPLATES_EN).sort()).toEqual(Object.keys(MESSAGE_TEMPLATES).sort());
  });

  it('translates each fixed message', () => {
    for (const [key, italian] of Object.entries(MESSAGES)) {
      const english = DOMAIN_MESSAGES_EN[key as keyof typeof MESSAGES];
      expect(english.trim(), key).not.toBe('');
      expect(translateMessage(italian, 'en'), key).toBe(english);
    }
  });

  it('translates each message that names a value, keeping the value', () => {
    for (const [key, template] of Object.entries(MESSAGE_TEMPLATES)) {
      const italian = (template as Template)(...SAMPLES);
      const english = DOMAIN_TEMPLATES_EN[key as keyof typeof MESSAGE_TEMPLATES](...SAMPLES);
      expect(translateMessage(italian, 'en'), key).toBe(english);
      expect(english, key).not.toBe(italian);
    }
  });

  it('knows what the real schemas and CSV readers answer', () => {
    const produced = [
      ...(monthFiguresInput.safeParse({
        month: '2024-13',
        online: -1,
        assisted: 1.5,
        paper: 'x',
        paymentsTotal: null,
        paymentsPagopa: 3,
      }).error?.issues ?? []),
      ...(recordStageInput.safeParse({
        slug: 'Mensa!',
        stage: 'boh',
        effectiveDate: '2024-02-30',
        reason: ' ',
        version: 0,
      }).error?.issues ?? []),
      ...(createUserInput.safeParse({ email: 'maria', name: '', role: 'council', comuni: [], password: 'corta' }).error
        ?.issues ?? []),
      ...(saveMonthsInput.safeParse({ slug: 'mensa', rows: [] }).error?.issues ?? []),
      ...(setPlatformInput.safeParse({ platform: 'anpr', state: 'active' }).error?.issues ?? []),
    ].map((issue) => issue.message);
    produced.push(
      ...readFiguresRow({
        istat: '12',
        servizio: '',
        mese: 'brumaio',
        online: '1,5',
        assistito: '-3',
        cartaceo: 'tanti',
        costo_euro: '1,234',
      }).issues.map((i) => i.message),
      ...readMilestoneRow({
        codice: 'a b',
        titolo: '',
        tipo: 'boh',
        data_prevista: '31/02/2024',
        avanzamento: '120',
        dipende_da: 'x! x!',
      }).issues.map((i) => i.message),
    );
    expect(produced.length).toBeGreaterThan(15);
    expect(produced.filter((message) => messageInEnglish(message) === null)).toEqual([]);
  });
});

describe('API messages in English', () => {
  it('translates the fixed ones', () => {
    for (const [italian, english] of Object.entries(SERVER_MESSAGES_EN))
      expect(translateMessage(italian, 'en')).toBe(english);
  });
  it('translates the ones with values, keeping the values', () => {
    for (const [italian, english] of SERVER_TEMPLATES_EN)
      expect(translateMessage(italian(...SAMPLES), 'en')).toBe(english(...SAMPLES));
    expect(translateMessage('Il file ha 1 errore: correggi e ripeti l’anteprima. Nulla è stato importato', 'en')).toBe(
      'The file has 1 error: correct it and preview again. Nothing was imported',
    );
  });
});

describe('translateMessage', () => {
  it('leaves Italian as the server wrote it', () => {
    expect(translateMessage(MESSAGES.valueMissing, 'it')).toBe('Valore mancante');
  });
  it('shows an unknown message as written rather than nothing', () => {
    expect(translateMessage('Un messaggio nuovo', 'en')).toBe('Un messaggio nuovo');
  });
});
