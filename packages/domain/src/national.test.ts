import { describe, expect, it } from 'vitest';
import { derivePlatforms, measureCode, searchKey } from './national';

describe('national data rules', () => {
  it('reads the measure code at the start of `misura`', () => {
    expect(measureCode('1.4.5 Digitalizzazione degli avvisi pubblici')).toBe('1.4.5');
    expect(measureCode('1.2 Abilitazione e facilitazione migrazione al Cloud')).toBe('1.2');
    expect(measureCode('Misura sconosciuta')).toBeNull();
  });

  it('derives platforms: E active, A in progress, R nothing; completion wins over funding', () => {
    expect(
      derivePlatforms([
        { measure: '1.4.5', state: 'E', stateDate: '2026-03-09' },
        { measure: '1.3.1', state: 'R', stateDate: '2023-02-16' },
        { measure: '1.3.1', state: 'A', stateDate: '2025-10-08' },
        { measure: '1.4.1', state: 'A', stateDate: '2023-01-03' },
        { measure: '1.4.4', state: 'E', stateDate: '2024-01-10' },
        { measure: '1.4.4', state: 'A', stateDate: '2023-01-10' },
      ]),
    ).toEqual([
      { platform: 'send', state: 'active', measure: '1.4.5', date: '2026-03-09' },
      { platform: 'pdnd', state: 'in_progress', measure: '1.3.1', date: '2025-10-08' },
      { platform: 'website', state: 'in_progress', measure: '1.4.1', date: '2023-01-03' },
      { platform: 'spid', state: 'active', measure: '1.4.4', date: '2024-01-10' },
      { platform: 'cie', state: 'active', measure: '1.4.4', date: '2024-01-10' },
      { platform: 'anpr', state: 'active', measure: '1.4.4', date: '2024-01-10' },
      { platform: 'ansc', state: 'active', measure: '1.4.4', date: '2024-01-10' },
    ]);
  });

  it('compares names without accents, case or punctuation', () => {
    expect(searchKey("Sant'Angelo a Cupolo")).toBe('sant angelo a cupolo');
    expect(searchKey('Forlì')).toBe('forli');
    expect(searchKey('  VALLE D’AOSTA ')).toBe('valle d aosta');
  });
});
