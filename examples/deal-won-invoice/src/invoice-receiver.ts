// The webhook receiver: an Express app whose one route verifies Twenty's signature and, when a deal was just
// won, writes its invoice. Verification needs the raw body, so this route is mounted before any
// `express.json()`; the SDK's middleware reads the bytes itself (or takes them from `express.raw()`).
import express, { type Express } from 'express'
import { isTwentyNotFoundError, type TwentyClient } from 'twenty-sdk'
import { isOpportunityWon, twentyWebhookMiddleware } from 'twenty-sdk/webhooks'
import { buildInvoice, NotInvoiceableError } from './invoice.js'
import { type WrittenInvoice, writeInvoice } from './write-invoice.js'

export const WEBHOOK_PATH = '/webhooks/twenty'

export interface InvoiceReceiverOptions {
  twenty: TwentyClient
  /** The secret of the Twenty webhook that delivers here. */
  secret: string
  outDir: string
  /** The stage that means "won" in your pipeline (default `CUSTOMER`, Twenty's standard last stage). */
  wonStage?: string
  /** Called after each invoice is written (the demo prints it; you might email it). */
  onInvoice?: (written: WrittenInvoice) => void
}

/**
 * Answers 204 once the invoice is on disk, 400 for a delivery that fails verification (bad signature, stale
 * timestamp), and 500 if writing fails. Other events, and deals won while in the trash or deleted before they
 * are read, are acknowledged and ignored.
 */
export function createInvoiceReceiver(options: InvoiceReceiverOptions): Express {
  const app = express()
  app.post(
    WEBHOOK_PATH,
    twentyWebhookMiddleware({
      secret: options.secret,
      onEvent: async (event) => {
        if (!isOpportunityWon(event, { wonStage: options.wonStage })) return
        // Twenty's updates by id reach the trash, so a deleted deal can be "won" too; it is not billed.
        if (event.record.deletedAt) {
          console.warn(`No invoice: opportunity ${event.record.id} is in the trash`)
          return
        }
        try {
          // The event carries the opportunity only; read it again with its company and contact embedded.
          const opportunity = await options.twenty.opportunities.get(event.record.id, { depth: 1 })
          const written = await writeInvoice(buildInvoice(opportunity, event.eventDate), options.outDir)
          options.onInvoice?.(written)
        } catch (error) {
          // Deleted since the event (a read does not see the trash): nothing to bill, and a retry would not help.
          if (isTwentyNotFoundError(error)) {
            console.warn(`No invoice: opportunity ${event.record.id} was deleted`)
            return
          }
          if (!(error instanceof NotInvoiceableError)) throw error
          console.warn(`No invoice: ${error.message}`)
        }
      },
    }),
  )
  return app
}
