import { describe, expect, it } from 'vitest';
import { landingPath, MY_COMUNI_PATH, mayVisit } from './landing';
import type { User } from './viewer';

const consortium = { slug: 'consorzio-it', name: 'Consorzio.IT' };
const person = (role: User['role'], comuni: string[] = []): User => ({
  name: 'Persona',
  email: 'persona@test.it',
  role,
  consortium,
  comuni: comuni.map((istat) => ({ istat, name: `Comune ${istat}` })),
});
const mayor = person('council', ['019081']);
const councillor = person('council', ['019081', '019035']);
const editor = person('editor');
const admin = person('admin');

describe('landingPath', () => {
  it('sends each role where their work is', () => {
    expect(landingPath(mayor, null)).toBe('/comuni/019081');
    expect(landingPath(councillor, null)).toBe(MY_COMUNI_PATH);
    expect(landingPath(editor, null)).toBe('/consorzi/consorzio-it');
    expect(landingPath(admin, null)).toBe('/consorzi/consorzio-it');
  });

  it('goes back to the return address when the role reaches it', () => {
    expect(landingPath(mayor, '/comuni/019035/roadmap?vista=tutte')).toBe('/comuni/019035/roadmap?vista=tutte');
    expect(landingPath(admin, '/amministrazione/catalogo')).toBe('/amministrazione/catalogo');
    expect(landingPath(editor, '/consorzi/consorzio-it/importa')).toBe('/consorzi/consorzio-it/importa');
  });

  it('ignores a return address the role does not reach, or of another site', () => {
    expect(landingPath(mayor, '/amministrazione/utenti')).toBe('/comuni/019081');
    expect(landingPath(editor, '/amministrazione')).toBe('/consorzi/consorzio-it');
    expect(landingPath(mayor, '//evil.example')).toBe('/comuni/019081');
    expect(landingPath(mayor, '/accedi')).toBe('/comuni/019081');
    expect(landingPath(mayor, '/')).toBe('/comuni/019081');
  });
});

describe('mayVisit', () => {
  it('keeps staff pages to staff, and another consortium’s import to its own', () => {
    expect(mayVisit(mayor, '/comuni/019081/importa')).toBe(false);
    expect(mayVisit(mayor, '/comuni/019081/modifiche')).toBe(false);
    expect(mayVisit(mayor, '/comuni/019081/servizi-iniziali')).toBe(false);
    expect(mayVisit(editor, '/comuni/019081/modifiche')).toBe(true);
    expect(mayVisit(editor, '/consorzi/altro/importa')).toBe(false);
    expect(mayVisit(mayor, '/consorzi/consorzio-it/importa')).toBe(false);
    expect(mayVisit(mayor, '/consorzi/consorzio-it')).toBe(true);
  });

  it('opens a comune’s monthly figures to its council and to staff', () => {
    expect(mayVisit(mayor, '/comuni/019081/servizi/mensa/dati')).toBe(true);
    expect(mayVisit(mayor, '/comuni/019035/servizi/mensa/dati')).toBe(false);
    expect(mayVisit(editor, '/comuni/019035/servizi/mensa/dati')).toBe(true);
    expect(mayVisit(mayor, '/comuni/019035/servizi/mensa')).toBe(true);
  });
});
