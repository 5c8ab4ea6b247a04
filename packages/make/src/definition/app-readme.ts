/** The app's documentation as Make shows it to scenario builders (`README.md` of the clone). */
export const appReadme = `# Twenty

[Twenty](https://twenty.com) is an open-source CRM. This app connects Make scenarios to a Twenty workspace on
Twenty Cloud or on your own server.

## Connecting

1. In Twenty, open **Settings → APIs & Webhooks** and create an API key. Its role decides what Make may read
   and write; the instant trigger (Watch record events) also needs the "API keys and webhooks" permission.
2. In Make, add a Twenty connection and paste the key. For a self-hosted Twenty, open the advanced settings and
   enter your server's address, such as \`https://crm.example.com\`.

Make verifies the key by reading the workspace, and names the connection after it.

## Modules

- **Watch new people**, **Watch won opportunities**, **Watch completed tasks**: polling triggers. Each run outputs
  the new records oldest first, up to its Limit (the newest ones when there are more). "Won" is the stage you
  choose (Twenty's standard stages call it CUSTOMER). A won opportunity or a done task triggers again every time
  it is edited (a note, a new amount), because Twenty records no date for the stage change itself and Make
  remembers only the last change it processed. To act once per record (one invoice per deal), follow the trigger
  with a data store: look the record's ID up, let only IDs not found through a filter, then add the ID. Or use
  Watch record events with a filter: Opportunity: Stage (or Task: Status) is the won (or done) one, and the event is a
  creation, or an update with stage (or status) among the Updated fields.
- **Watch record events**: an instant trigger. Creating its webhook in Make registers it in Twenty for the
  events you choose; deleting it removes it from Twenty.
- **Create a person**, **Create a company**, **Create an opportunity**, **Create a task**, **Create a note**,
  **Update an opportunity**, **Update a person**, **Update a company**: fields you leave empty are not sent, so
  updating never erases what you did not map. Use the **erase** keyword to clear a field. Create a person creates
  nothing, and outputs nothing, when both the name and the primary email are empty; the three updates update
  nothing, and output nothing, when no field is mapped. Create a task and Create a note link the new record to the
  person, company and opportunity you choose.
- **Search people**: by email and/or part of a first or last name, ignoring case. With both empty (a mapped
  email that turned out empty, say), it outputs nothing instead of listing everyone. Twenty's filter cannot carry
  quotes, parentheses or square brackets, so in a name each of them matches any one character: O'Brien also
  finds O’Brien.
- **Search companies**: by part of the name, ignoring case, and/or by domain, whatever scheme, "www." or path
  it was stored with (acme.com finds https://www.Acme.com/about, but not shop.acme.com). With both empty it
  outputs nothing; names are matched as in Search people.
- **Search opportunities**: by part of the name, ignoring case, and/or stage and/or company. With all three
  empty it outputs nothing; names are matched as in Search people.
- **Make an API call**: any Twenty REST route, with your connection's URL and key.

The stage, won-stage and status dropdowns list your workspace's own options, including those it added to
Twenty's standard ones (such as a Negotiation stage). To map one instead of picking it, use its API value in
capitals, such as CUSTOMER or IN_PROGRESS.

Type amounts in units, such as 2500.50 for 2,500.50 USD: Make sends them to Twenty in micros (millionths, as
Twenty stores amounts), rounded to the nearest micro. Outputs carry both: the amount in micros inside the amount
collection (1250500000), and next to it the amount in units (1250.5).
`
