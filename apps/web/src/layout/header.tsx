import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Icon } from '../components/icon';
import { LOCALES } from '../format';
import { useI18n } from '../i18n/i18n';
import { ComuneSearch } from './comune-search';
import { UserArea } from './user-area';

/** The grid's one full-width column around a header band's content. */
function FullWidth({ className, children }: { className: string; children: ReactNode }) {
  return (
    <div className="container">
      <div className="row">
        <div className="col-12">
          <div className={className}>{children}</div>
        </div>
      </div>
    </div>
  );
}

/** Designers Italia header: slim bar with the language switch, then the product brand. */
export function Header() {
  const { m, locale, setLocale } = useI18n();
  return (
    <header className="it-header-wrapper">
      <div className="it-header-slim-wrapper">
        <FullWidth className="it-header-slim-wrapper-content">
          <span className="navbar-brand d-none d-sm-inline">{m.app.tagline}</span>
          <div className="it-header-slim-right-zone ms-auto">
            <UserArea />
            <div className="language-switch" role="group" aria-label={m.app.language}>
              {LOCALES.map((code) => (
                <button
                  key={code}
                  type="button"
                  lang={code}
                  className="btn btn-link language-option"
                  aria-pressed={code === locale}
                  onClick={() => setLocale(code)}
                >
                  <span aria-hidden="true">{code.toUpperCase()}</span>
                  <span className="visually-hidden">{m.app.languageNames[code]}</span>
                </button>
              ))}
            </div>
          </div>
        </FullWidth>
      </div>
      <div className="it-nav-wrapper">
        <div className="it-header-center-wrapper">
          <FullWidth className="it-header-center-content-wrapper">
            <div className="it-brand-wrapper">
              <Link to="/">
                <Icon name="it-pa" size="lg" className="icon-white" />
                <div className="it-brand-text">
                  <div className="it-brand-title">{m.app.name}</div>
                  <div className="it-brand-tagline d-none d-md-block">{m.app.navHome}</div>
                </div>
              </Link>
            </div>
            <ComuneSearch />
          </FullWidth>
        </div>
      </div>
    </header>
  );
}
