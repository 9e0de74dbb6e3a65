import { readUnsubscribeToken, unsubscribe, unsubscribeSecret } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import express, { type Request, type Response, Router } from 'express';

const PAGE_TEXTS = {
  confirm: {
    title: 'Annulla l’iscrizione · Unsubscribe',
    digest: 'Non ricevere più il riepilogo mensile di Switch-off. · Stop the monthly digest of Switch-off.',
    alerts: 'Non ricevere più gli avvisi di Switch-off. · Stop the alerts of Switch-off.',
    button: 'Conferma · Confirm',
  },
  done: {
    title: 'Iscrizione annullata · Unsubscribed',
    digest:
      'Non riceverai più il riepilogo mensile; gli avvisi continuano. · You will no longer get the monthly digest; alerts go on.',
    alerts: 'Non riceverai più gli avvisi; il riepilogo continua. · You will no longer get alerts; the digest goes on.',
  },
  invalid: {
    title: 'Collegamento non valido · Invalid link',
    body: 'Il collegamento per annullare l’iscrizione non è valido: copialo per intero dall’email. · The unsubscribe link is not valid: copy it whole from the email.',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(res: Response, status: number, title: string, body: string): void {
  res
    .status(status)
    .type('html')
    .setHeader('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`,
    );
}

function tokenOf(req: Request): string {
  const token = req.query.token;
  return typeof token === 'string' ? token : '';
}

/**
 * `/email/disiscrizione?token=…`: GET shows what the link stops and a button (a link scanner
 * that follows it changes nothing); POST stops it without login, which is also what a mail
 * client's one-click unsubscribe sends (RFC 8058: `List-Unsubscribe=One-Click`, form-encoded).
 */
export function unsubscribeRouter({ db }: { db: Db }): Router {
  const router = Router();
  router.get('/email/disiscrizione', (req, res) => {
    const token = tokenOf(req);
    const read = readUnsubscribeToken(unsubscribeSecret(db), token);
    if (read === null) {
      page(res, 400, PAGE_TEXTS.invalid.title, `<p>${escapeHtml(PAGE_TEXTS.invalid.body)}</p>`);
      return;
    }
    const action = `/email/disiscrizione?token=${encodeURIComponent(token)}`;
    page(
      res,
      200,
      PAGE_TEXTS.confirm.title,
      `<p>${escapeHtml(PAGE_TEXTS.confirm[read.topic])}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(PAGE_TEXTS.confirm.button)}</button></form>`,
    );
  });
  router.post('/email/disiscrizione', express.urlencoded({ extended: false, limit: '4kb' }), (req, res) => {
    const done = unsubscribe(db, tokenOf(req));
    if (done === null) {
      page(res, 400, PAGE_TEXTS.invalid.title, `<p>${escapeHtml(PAGE_TEXTS.invalid.body)}</p>`);
      return;
    }
    page(res, 200, PAGE_TEXTS.done.title, `<p>${escapeHtml(PAGE_TEXTS.done[done.topic])}</p>`);
  });
  return router;
}
