import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Invoice } from './invoice.js'
import { renderInvoiceHtml } from './render-invoice-html.js'

export interface WrittenInvoice {
  invoice: Invoice
  jsonPath: string
  htmlPath: string
}

/**
 * Writes `<number>.json` (for an accounting import) and `<number>.html` (to read or print) into `outDir`.
 * Files are named after the invoice number, so writing the same invoice again replaces it.
 */
export async function writeInvoice(invoice: Invoice, outDir: string): Promise<WrittenInvoice> {
  await mkdir(outDir, { recursive: true })
  const jsonPath = join(outDir, `${invoice.number}.json`)
  const htmlPath = join(outDir, `${invoice.number}.html`)
  await writeFile(jsonPath, `${JSON.stringify(invoice, null, 2)}\n`)
  await writeFile(htmlPath, renderInvoiceHtml(invoice))
  return { invoice, jsonPath, htmlPath }
}
