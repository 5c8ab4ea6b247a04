// The fields of a Shopify order (Admin REST API `Order`, the body of the `orders/create` and `orders/updated`
// webhooks) that this sync reads. Shopify sends money as decimal strings in the shop's currency.

export interface ShopifyAddress {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  city?: string | null
  /** ISO 3166-1 alpha-2, e.g. `VN`: the country to read a national phone number in. */
  country_code?: string | null
}

export interface ShopifyOrder {
  id: number
  /** What the shop and the customer see, e.g. `#1001`. */
  name: string
  email?: string | null
  /** ISO 4217, e.g. `VND`. */
  currency: string
  /** After edits and refunds; `total_price` is what was first charged. */
  current_total_price?: string
  total_price: string
  financial_status:
    | 'pending'
    | 'authorized'
    | 'partially_paid'
    | 'paid'
    | 'partially_refunded'
    | 'refunded'
    | 'voided'
  processed_at: string
  customer?: {
    id: number
    email?: string | null
    first_name?: string | null
    last_name?: string | null
    phone?: string | null
  } | null
  billing_address?: ShopifyAddress | null
  line_items: { title: string; quantity: number; price: string }[]
}

/**
 * The orders in a JSON document from Shopify: a webhook body is the order itself, while the Admin REST API
 * wraps one in `order` (`GET /orders/{id}.json`) and a page of them in `orders` (`GET /orders.json`).
 * `undefined` when it holds none of these, so a wrong file is refused instead of synced as an order without an email.
 */
export function ordersIn(json: unknown): ShopifyOrder[] | undefined {
  const document = json as { order?: unknown; orders?: unknown } | null
  const candidates = Array.isArray(document?.orders)
    ? document.orders
    : [document?.order !== undefined ? document.order : document]
  return candidates.length > 0 && candidates.every(isOrder) ? candidates : undefined
}

function isOrder(value: unknown): value is ShopifyOrder {
  const order = value as Partial<ShopifyOrder> | null
  return typeof order?.id === 'number' && typeof order.name === 'string'
}
