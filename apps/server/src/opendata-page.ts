import type { Licence } from '@switchoff/api/server';
import { FRESHNESS_RULE_IT } from '@switchoff/domain';
import { OPEN_DATASET_INFO, OPEN_DATASETS } from '@switchoff/domain/formats';

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * /opendata: what is published, at which addresses, with every column and the licence — the
 * documentation of the open data, written from the same definitions the files are.
 */
export function openDataPage(params: {
  baseUrl: string;
  licence: Licence;
  /** Why there is no DCAT-AP_IT catalogue (in Italian), or null when there is one to link. */
  noCatalogue: string | null;
}): string {
  const { baseUrl, licence } = params;
  const catalogue =
    params.noCatalogue === null
      ? `<a href="${escapeHtml(baseUrl)}/opendata/catalogo.rdf">catalogo.rdf</a> (RDF/XML) e <a href="${escapeHtml(baseUrl)}/opendata/catalogo.jsonld">catalogo.jsonld</a> (JSON-LD), a pagine (<code>?page=N</code>, Hydra).`
      : `non ancora disponibile. ${escapeHtml(params.noCatalogue)}.`;
  const sections = OPEN_DATASETS.map((dataset) => {
    const info = OPEN_DATASET_INFO[dataset];
    const rows = info.columns
      .map(
        (c) =>
          `<tr><th scope="row"><code>${escapeHtml(c.name)}</code></th><td>${escapeHtml(c.type)}</td><td>${escapeHtml(c.description)}</td></tr>`,
      )
      .join('\n');
    return `<section id="${dataset}">
<h2>${escapeHtml(info.title.it)} <small>(<code>${dataset}</code>)</small></h2>
<p>${escapeHtml(info.description.it)}</p>
<p><code>/opendata/comuni/{istat}/${dataset}.csv</code>, <code>.json</code> · <code>/opendata/consorzi/{consorzio}/${dataset}.csv</code>, <code>.json</code> · aggiornamento: ${info.monthly ? 'mensile' : 'a ogni modifica'}</p>
<table><thead><tr><th scope="col">Colonna</th><th scope="col">Tipo</th><th scope="col">Significato</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dati aperti — Switch-off</title>
<meta name="description" content="Dati aperti di Switch-off: servizi dei comuni, fasi, dati mensili per canale e traguardi della roadmap, in CSV e JSON con licenza ${escapeHtml(licence.id)} e catalogo DCAT-AP_IT.">
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #1a1a1a; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border: 1px solid #c5c7c9; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f2f2f2; }
code { font-size: .95em; overflow-wrap: anywhere; }
th, td, li, p { overflow-wrap: anywhere; }
td:nth-child(2) { white-space: nowrap; overflow-wrap: normal; }
</style>
</head>
<body>
<header><p><a href="${escapeHtml(baseUrl)}/">← Switch-off</a></p></header>
<main>
<h1>Dati aperti di Switch-off</h1>
<p>Per ogni comune e per ogni consorzio: i servizi e la loro fase, la storia delle fasi, i dati mensili per canale e i traguardi della roadmap, in CSV e JSON. Solo i dati pubblici; nessun dato personale. Senza registrazione.</p>
<ul>
<li>Licenza: <a href="${escapeHtml(licence.url)}" rel="license">${escapeHtml(licence.name)}</a> (<code>${escapeHtml(licence.id)}</code>), indicata anche in ogni risposta (<code>Link: rel="license"</code>) e nei file JSON.</li>
<li id="catalogo">Catalogo DCAT-AP_IT per dati.gov.it: ${catalogue}</li>
<li>CSV: separatore virgola, UTF-8 senza BOM, fine riga CRLF, punto decimale, prima riga con i nomi delle colonne; un valore assente è una cella vuota (mai zero). JSON: gli stessi nomi, con numeri, vero/falso e <code>null</code>.</li>
<li>Protezione dalle formule (linee guida OWASP sulla <i lang="en">CSV injection</i>): nei CSV un testo che comincia con <code>=</code>, <code>+</code>, <code>-</code>, <code>@</code>, tabulazione o ritorno a capo ha davanti un apostrofo (<code>'</code>), così un foglio di calcolo non lo esegue; anche un testo che comincia con un apostrofo seguito da uno di quei caratteri ne riceve un altro. Per il testo originale togli il primo apostrofo da quelle celle. I numeri restano numeri; i file JSON riportano il testo senza apostrofo.</li>
<li>Dati illustrativi: i file della dimostrazione (dati inventati, non statistiche ufficiali) hanno un'ultima colonna <code>dati_illustrativi</code> (<code>true</code>), e i JSON <code>"dati_illustrativi": true</code> con un'avvertenza; il catalogo DCAT-AP_IT non li elenca.</li>
<li>Indirizzi stabili: il comune è il codice ISTAT a 6 cifre (es. <code>/opendata/comuni/019081/dati-mensili.csv</code>, Ripalta Cremasca), il consorzio il suo indirizzo.</li>
<li>Cache: ogni risposta ha un <code>ETag</code> (impronta del contenuto; con <code>If-None-Match</code> la risposta è 304; un file compresso ha il suo, con <code>-br</code> o <code>-gzip</code>) e <code>Cache-Control: public, max-age=300</code>. CORS aperto a ogni sito, che legge anche <code>ETag</code>, <code>Link</code> e <code>X-License</code>.</li>
<li>${escapeHtml(FRESHNESS_RULE_IT)}</li>
</ul>
${sections}
</main>
</body>
</html>
`;
}
