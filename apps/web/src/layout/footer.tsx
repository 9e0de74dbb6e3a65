import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** Designers Italia footer: what the product is, where the data comes from, the licence. */
export function Footer() {
  const { m } = useI18n();
  return (
    <footer className="it-footer">
      <div className="it-footer-main">
        <div className="container">
          <div className="row py-4">
            <div className="col-lg-6 pb-3">
              <h2 className="h5 text-white">
                <Link to="/" className="text-white">
                  {m.app.name}
                </Link>
              </h2>
              <p className="text-white mb-0">{m.app.footerAbout}</p>
            </div>
            <div className="col-lg-6 pb-3">
              <h2 className="h5 text-white">{m.app.footerData}</h2>
              <p className="text-white mb-1">{m.app.footerDataText}</p>
              <p className="text-white mb-1">{m.app.footerLicense}</p>
              <p className="mb-0">
                <a href="/opendata" className="text-white">
                  {m.openData.footerLink}
                </a>
              </p>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
