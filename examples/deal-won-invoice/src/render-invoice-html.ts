// A printable one-page HTML invoice (print to PDF from any browser). Every value from the CRM is escaped:
// company and deal names are user input.
import type { Invoice } from './invoice.js'

// The locale only decides how amounts look; the digits come from the exact decimal string.
const LOCALE_BY_CURRENCY: Record<string, string> = { VND: 'vi-VN', USD: 'en-US', EUR: 'de-DE' }

/**
 * The amount in the currency's usual form (`$18,500.00`, `250.000.000 ₫`), with every digit the CRM holds: the
 * currency's minor digits are always shown, and digits beyond them (`$10.005`, `BHD 1.234567`) are kept rather
 * than rounded, so the HTML says what the JSON says.
 */
export function formatMoney(amount: string, currencyCode: string): string {
  const locale = LOCALE_BY_CURRENCY[currencyCode] ?? 'en-US'
  const minorDigits =
    new Intl.NumberFormat(locale, { style: 'currency', currency: currencyCode }).resolvedOptions()
      .maximumFractionDigits ?? 2
  const givenDigits = amount.split('.')[1]?.length ?? 0
  // Intl formats a numeric string exactly (no float rounding); the cast is for TypeScript's older signature.
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currencyCode,
    minimumFractionDigits: minorDigits,
    maximumFractionDigits: Math.max(minorDigits, givenDigits),
  }).format(amount as `${number}`)
}

export function renderInvoiceHtml(invoice: Invoice): string {
  const { billTo, total } = invoice
  const rows = invoice.lines
    .map(
      (line) =>
        `<tr><td>${escapeHtml(line.description)}</td><td class="num">${escapeHtml(formatMoney(line.amount, total.currencyCode))}</td></tr>`,
    )
    .join('\n        ')
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Invoice ${escapeHtml(invoice.number)}</title>
    <style>
      body { font: 14px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 3rem auto; color: #222; }
      table { width: 100%; border-collapse: collapse; margin-top: 2rem; }
      td, th { padding: .5rem; border-bottom: 1px solid #ddd; text-align: left; }
      .num { text-align: right; }
      tfoot td { font-weight: bold; border-bottom: none; }
    </style>
  </head>
  <body>
    <h1>Invoice ${escapeHtml(invoice.number)}</h1>
    <p>Issued ${escapeHtml(invoice.issuedOn)} · Due ${escapeHtml(invoice.dueOn)}</p>
    <h2>Bill to</h2>
    <p>
      <strong>${escapeHtml(billTo.company)}</strong><br>
      ${billTo.address.map(escapeHtml).join('<br>\n      ')}
      ${billTo.contact ? `<br>Attn: ${escapeHtml(billTo.contact)}` : ''}${billTo.email ? ` &lt;${escapeHtml(billTo.email)}&gt;` : ''}
    </p>
    <table>
      <thead><tr><th>Description</th><th class="num">Amount</th></tr></thead>
      <tbody>
        ${rows}
      </tbody>
      <tfoot><tr><td>Total (${escapeHtml(total.currencyCode)})</td><td class="num">${escapeHtml(formatMoney(total.amount, total.currencyCode))}</td></tr></tfoot>
    </table>
  </body>
</html>
`
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] as string)
}
