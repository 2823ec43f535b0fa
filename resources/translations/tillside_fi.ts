<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ArticleSearch</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words of the name, an article number or a barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an article by name, article number or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The articles are still loading ({count} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words of the name in any order, the start of an article number, or a barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down choose, Enter puts it in the basket, Esc closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here matches “{text}”: Enter asks Ongoing for it as a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} of {total} articles: type more to narrow it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} articles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>Quantity must be between 1 and {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{typed}” is not a number. Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number of items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketActions</name>
    <message>
        <source>Clear the basket?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove all {count} lines from the basket?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} item   no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items   no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items   Total {total}  (1 line without a price left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items   Total {total}  ({lines} lines without a price left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} item   Total {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{items} items   Total {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketTableModel</name>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}  (NO LONGER SOLD: remove it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>The basket cannot be saved on this PC ({problem}): it stays on the screen, but would be lost if the till stopped. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basket is saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code {code} is not in the articles loaded so far, and Ongoing cannot be reached to ask. Scan it again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} could be any of {numbers}: their article numbers differ only in capitals. Type the one meant exactly, or find it with F2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown code {code}: not in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} {name} is no longer sold: Ongoing has taken it out of the range. Do not sell it; put it aside and tell the store manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer sold: {articles}. Ongoing has taken them out of the range since they were scanned. Remove them from the basket (Delete) and put them aside; an order with them is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutConfirmation</name>
    <message>
        <source>Checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders of this checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and their state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter prints the slip · Esc goes back to scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Order confirmed by Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ All {count} orders confirmed by Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Stored on this PC, not sent: see why below (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order stored on this PC; not confirmed by Ongoing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{confirmed} of {count} orders confirmed; every order is stored on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect at {place}; open {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect at {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored on this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ not sent, waits in F7: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ stored, stock not yet checked; sent when Ongoing answers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ stored, stock not yet checked; sent when Ongoing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ waiting: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ waiting; sent again by itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>⚠ Ongoing is not answering since {time}: {reason} Showing the last known figures; the basket is kept. Retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Ongoing is not answering: {reason} Showing the last known figures; the basket is kept. Retrying by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>five digits, like 114 55</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four digits, like 0150</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>four digits, like 2100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five digits, like 00100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>five digits, like 10115</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the two-letter country code, like SE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number; include the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address, like name@example.se.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail for pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS notification needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail notification needs an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a postcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {country} postcode is {shape}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Goods on the way in — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods on the way in to {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase orders and their lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order / article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} purchase orders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell over the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders lacking stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods on the way in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillside — {suffix}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode or article number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode or article number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a basket line first (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {article}. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: the basket is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket cleared. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering is not set up on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items for the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order is confirmed by Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order placed yet on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales over the counter are not set up on this till (store.store_sale and store.store_warehouse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the items sold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store warehouse is set (store.store_warehouse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings are not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is switched but not saved for the next start: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection saved. Restart Tillside to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: {count} articles loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns are not set up on this till yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That return is no longer on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeLine</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ongoing</name>
    <message>
        <source>Ongoing cannot be reached. Check the network cable or Wi-Fi, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing is busy. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing is busy. Try again in {wait}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has already started on this order, so it can no longer be changed or cancelled here. Call the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at {address}, where this till reaches Ongoing. Try again in a moment; if it keeps happening, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {host} cannot be found on the network. Check the network cable or Wi-Fi; if it keeps happening, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC does not trust the certificate of {host}, so the till will not talk to it. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused goods owner {owner} for this till&apos;s API user. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused this till&apos;s API user or password. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Ongoing API at the address this till uses (error 404). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing failed several times in a row. Try again in {wait}; if it keeps happening, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}. Check the host and port of the API URL, and that this PC may reach them (firewall, proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name {host} does not resolve (DNS). Check the warehouse name or API URL for typing errors, and this PC&apos;s network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted by this PC. Check the API URL; if the store&apos;s network inspects TLS, add its root certificate to this PC&apos;s trust store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user {user} may not use goods owner {owner}: an API user belongs to one goods owner. Check the goods owner id in Ongoing (Administration, API for goods owners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused API user {user} (error {status}): {message}. Check the user in Ongoing (Administration, API for goods owners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused API user {user}: the user name or password is wrong (error {status}). Check both in Ongoing (Administration, API for goods owners).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Ongoing API at {url} (error 404). Check the warehouse name, or the path of the API URL (it ends in /api/v1/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at {host} did not answer in time. Check this PC&apos;s network and proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from {host} is not Ongoing&apos;s (a proxy or login page?). Check the API URL and this PC&apos;s proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing at {host} cannot be reached ({detail}). Check this PC&apos;s network, proxy and firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing has a problem right now (error {status}). Try again in a minute; if it keeps happening, tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing could not find it (error 404): {message}. Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing could not find it (error 404). Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}): {message}. Check the details or tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}). Check the details or tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing failed (error {status}): {message}. Try again later; if it keeps happening, contact Ongoing&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing failed (error {status}). Try again later; if it keeps happening, contact Ongoing&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}): {message}. Check what it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}) without saying why. Check the settings, or ask Ongoing&apos;s support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Sell over the counter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the sale of {items} items from {warehouse}? Ongoing deducts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this order? If Ongoing has it and the warehouse has not started, it is deleted there too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Place an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pickup at a warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup at a warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home de&amp;livery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse (✔ = can supply the whole basket):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouses, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the chosen warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into one order per warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into one or&amp;der per warehouse — {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail me when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify by e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMS me when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the order slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the order stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery &amp;instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? stock not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{covered} of {lines} items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  · this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue order (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {warehouse} cannot supply the whole basket. Choose a warehouse marked ✔, or reduce the quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing has no warehouses to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: {hours}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (0, oversold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing here: {articles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This warehouse cannot supply the whole basket. Choose another one, split the order (Alt+{key}), or reduce the quantities (Esc, then F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ This warehouse cannot supply the whole basket. Choose another one, or reduce the quantities (Esc, then F4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock is not known now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock here is not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter queues the order: it is stored on this PC now; when Ongoing answers, the stock is checked and the order sent. If something is missing then, the order waits in F7 and you are told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {reason}
Everything typed is kept; Ctrl+Enter sends again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup needs a phone number or an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the order on this PC…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSlip</name>
    <message>
        <source>Order slip</source>
        <translation>Tilausvahvistus</translation>
    </message>
    <message>
        <source>Order slip (copy)</source>
        <translation>Tilausvahvistus (kopio)</translation>
    </message>
    <message>
        <source>Order slip {number}</source>
        <translation>Tilausvahvistus {number}</translation>
    </message>
    <message>
        <source>Order number: {number}</source>
        <translation>Tilausnumero: {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Tilausnumero</translation>
    </message>
    <message>
        <source>Order {index} of {count}</source>
        <translation>Tilaus {index}/{count}</translation>
    </message>
    <message>
        <source>Your purchase comes from {count} warehouses, as {count} orders.</source>
        <translation>Ostoksesi tulevat {count} varastosta, {count} tilauksena.</translation>
    </message>
    <message>
        <source>Warehouse reference: {reference}</source>
        <translation>Varaston viite: {reference}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Päivämäärä: {date}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Asiakas: {name}</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Tuotenro</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Tuote</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Qty: {quantity}</source>
        <translation>Määrä: {quantity}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Total (items without a price not included)</source>
        <translation>Yhteensä (hinnattomat tuotteet eivät sisälly)</translation>
    </message>
    <message>
        <source>Pick up at {warehouse}</source>
        <translation>Noutopaikka: {warehouse}</translation>
    </message>
    <message>
        <source>Sent from {warehouse}</source>
        <translation>Lähtövarasto: {warehouse}</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation>Aukioloajat: {hours}</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Mitä seuraavaksi</translation>
    </message>
    <message>
        <source>We will let you know when it is ready.</source>
        <translation>Ilmoitamme sinulle, kun tilaus on noudettavissa.</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Toimitusosoite</translation>
    </message>
    <message>
        <source>Collect each order at the warehouse named above it. We will let you know when each one is ready.</source>
        <translation>Nouda kukin tilaus sen yläpuolella mainitusta varastosta. Ilmoitamme, kun kukin on valmis.</translation>
    </message>
    <message>
        <source>Bring this slip: the barcode is your order number.</source>
        <translation>Ota tämä vahvistus mukaan: viivakoodi on tilausnumerosi.</translation>
    </message>
    <message>
        <source>The warehouse sends your order to the address above.</source>
        <translation>Varasto lähettää tilauksesi yllä olevaan osoitteeseen.</translation>
    </message>
    <message>
        <source>Each order is sent from its own warehouse, so they may arrive on different days.</source>
        <translation>Jokainen tilaus lähetetään omasta varastostaan, joten ne voivat saapua eri päivinä.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the warehouse</source>
        <translation>Varasto ei ole vielä vahvistanut</translation>
    </message>
    <message>
        <source>An order marked &quot;not yet confirmed&quot; is stored at the till and goes to the warehouse as soon as the till can reach it; the stock is checked then. If anything is missing, the store will contact you.</source>
        <translation>Tilaus, jossa on merkintä ”ei vielä vahvistettu”, on tallennettu kassaan ja lähetetään varastoon heti, kun kassa saa yhteyden; saldo tarkistetaan silloin. Jos jotain puuttuu, myymälä ottaa sinuun yhteyttä.</translation>
    </message>
    <message>
        <source>A copy: the customer&apos;s name and address are not kept on the till once the warehouse has the order.</source>
        <translation>Kopio: asiakkaan nimeä ja osoitetta ei säilytetä kassalla, kun varasto on saanut tilauksen.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>tammikuuta</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>helmikuuta</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>maaliskuuta</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>huhtikuuta</translation>
    </message>
    <message>
        <source>May</source>
        <translation>toukokuuta</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>kesäkuuta</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>heinäkuuta</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>elokuuta</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>syyskuuta</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>lokakuuta</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>marraskuuta</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>joulukuuta</translation>
    </message>
</context>
<context>
    <name>OrderSlipPrint</name>
    <message>
        <source>80 mm receipt roll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Status {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>{article} (wanted {wanted}, sellable {sellable})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warehouse} cannot supply everything: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s disk is full, so the order was not sent. Free some space, then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s data folder cannot be written to ({folder}), so the order was not sent. IT: give the till&apos;s user write access to the folder; then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Tillside program on this PC is holding the list of orders, so the order was not sent. Send it again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC is damaged, so the order was not sent. Restart Tillside (it recovers the list), then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC could not store the order ({detail}), so it was not sent. Tell IT; then send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No warehouse with code {code}; known: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing already holds every order number this till tried, so the order was not sent. Tell IT: this PC may share its data folder with another till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing did not return an order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stock check before sending found that {shortage} In F7, Enter checks again and Delete cancels the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing has no warehouse with id {id} any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the order and does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} confirmed by Ongoing (order id {order_id}). F8 prints the slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {orders} is stored on this PC and goes to Ongoing now; the basket is free for the next customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sold any more: {articles}. Ongoing has taken them out of the range. Remove them from the basket (Delete), then send the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC; checking the stock and sending it to {warehouse}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} was sent and is confirmed by Ongoing (order id {order_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} confirmed (order id {order_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{order}: still not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC but NOT sent; it waits in F7: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC, NOT confirmed yet: {reason} It is sent again by itself (F7 shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC and is being sent (F7 shows it until Ongoing confirms it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Pickup order {order} is picked and ready at {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {order} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupBoardWindow</name>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup orders — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup orders for {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last answer from Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders not on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup orders, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status / waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {count} more orders below the screen, {new} of them NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {count} more orders below the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pickup orders waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pickup orders waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked — ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW — pick now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Connection to Ongoing lost since {time}. Retrying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceivedTodayPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;today (lines: {count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or cancel an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number from the customer&apos;s slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the barcode on the customer&apos;s slip, or type the number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower &amp;quantities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;whole order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print return slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was typed for this order is not sent. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Ongoing for order {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: not yet in Ongoing, waiting on this PC (F7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number}: {status}, warehouse {warehouse}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has not started on it: cancel the whole order, or type lower quantities and choose Lower quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has started on it: it can neither be changed nor returned now. A return is possible once it has been picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many of each article come back, choose the cause and where the goods go, then Send return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is cancelled: there is nothing to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on it is already returned: there is nothing left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the return on this PC and sending it to Ongoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} is confirmed by Ongoing (return order id {id}); the goods go to {warehouse}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} is stored on this PC and waits for Ongoing ({reason}); it is sent again by itself and waits in F7 meanwhile. The goods go to {warehouse}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the whole order?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order {number}? The warehouse will not pick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the order…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <source>Ca&amp;use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goods go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse the goods go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a comment is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: Ongoing needs a comment for “{cause}”. Say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for this cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional for this cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnLines</name>
    <message>
        <source>Lines of the order, with a quantity for each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return quantity, {article} {name}, at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New quantity, {article} {name}, at most {most}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnSlip</name>
    <message>
        <source>Return</source>
        <translation>Palautus</translation>
    </message>
    <message>
        <source>Return (copy)</source>
        <translation>Palautus (kopio)</translation>
    </message>
    <message>
        <source>Return {number}</source>
        <translation>Palautus {number}</translation>
    </message>
    <message>
        <source>Return number</source>
        <translation>Palautusnumero</translation>
    </message>
    <message>
        <source>Return number: {number}</source>
        <translation>Palautusnumero: {number}</translation>
    </message>
    <message>
        <source>Original order: {number}</source>
        <translation>Alkuperäinen tilaus: {number}</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Alkuperäinen tilaus</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Syy: {cause}</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Kommentti: {comment}</translation>
    </message>
    <message>
        <source>The goods go to: {warehouse}</source>
        <translation>Tuotteet menevät varastoon: {warehouse}</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Hyvitys</translation>
    </message>
    <message>
        <source>Refund the customer now</source>
        <translation>Hyvitä asiakkaalle nyt</translation>
    </message>
    <message>
        <source>Refund when the warehouse has received the goods — the till says when</source>
        <translation>Hyvitä, kun varasto on vastaanottanut tuotteet — kassa kertoo milloin</translation>
    </message>
    <message>
        <source>Not yet confirmed by Ongoing</source>
        <translation>Ongoing ei ole vielä vahvistanut</translation>
    </message>
    <message>
        <source>The return is stored at the till and goes to Ongoing as soon as the till can reach it.</source>
        <translation>Palautus on tallennettu kassaan ja lähtee Ongoingiin heti, kun kassa saa siihen yhteyden.</translation>
    </message>
    <message>
        <source>Ongoing return order: {reference}</source>
        <translation>Ongoingin palautustilaus: {reference}</translation>
    </message>
    <message>
        <source>Received by the warehouse: {date}</source>
        <translation>Varasto vastaanotti: {date}</translation>
    </message>
    <message>
        <source>Withdrawn: this return was cancelled.</source>
        <translation>Peruttu: tämä palautus peruttiin.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>The warehouse has not started on order {number}: cancel it instead of returning it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse is working on order {number} ({status}): it can neither be cancelled nor returned until it has been picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is cancelled: there is nothing to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on order {number} is already returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one article to return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not one of Ongoing&apos;s return causes. Choose one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cause {cause} needs a comment: say what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article {article} is not on order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return a whole number of {article}, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {most} of {article} can be returned ({picked} picked, {returned} already on a return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or scan the order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing has no order {number} for this store&apos;s goods owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing has no warehouse {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the customer now, in the store&apos;s POS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund the customer in the store&apos;s POS when the warehouse has received the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is changed on this PC; it goes to Ongoing with the new quantities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is changed in Ongoing: the quantities are lower now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing did not return a return order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such return in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} cannot be withdrawn now: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has started on order {number} ({status}): it cannot be cancelled now; return it once it has been picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantities of order {number} cannot be changed now ({status}): the warehouse has started on it or it is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} is not on order {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{article}: the new quantity must be a whole number from 0 to {ordered}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower at least one quantity, or close without changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every quantity is 0: cancel the whole order instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} is being sent to Ongoing right now: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has just started on order {number}: its quantities cannot be changed now; return what is not wanted once it is picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} received by the warehouse: refund the customer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} received by the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>French AZERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgian AZERTY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nordic with Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US with Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned. Scan again or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is too long for a barcode (over {limit} characters). Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code contains invisible control characters ({code}). Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit wrong: {code} should end in {digit}. Scan again or type the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” looks like {digits} typed with a {layout} keyboard layout. Switch the keyboard or scanner to the right layout, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GS1 code {code} has no valid GTIN after 01. Scan the product&apos;s EAN instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerDiagnostics</name>
    <message>
        <source>⏎Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⏎LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇥Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;GS&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner types as if the keyboard were {layout}: set the scanner to the PC&apos;s keyboard layout (or use its &apos;Alt+numpad&apos; / &apos;universal&apos; keyboard mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong check digit usually means a damaged label or a missed digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: a scan is keys at most {gap} ms apart, at least {length} long, ending with {terminators}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys as they arrive (gap in ms):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw keys with timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gap} ms  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan “{code}”: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check digit OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no check digit (article number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan “{code}”: {kind} {value}, {check}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: its keys came at most {slowest} ms apart, within scanner.max_interkey_ms ({limit} ms). Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scan: keys came up to {slowest} ms apart, slower than any setting allows. If this was the scanner, shorten its delay between characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too slow for the settings: its keys came up to {slowest} ms apart, and scanner.max_interkey_ms is {limit} ms, so its codes land as typing. Set scanner.max_interkey_ms to {suggested}, or shorten the scanner&apos;s delay between characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, only just: its slowest key came {slowest} ms after the one before, close to scanner.max_interkey_ms ({limit} ms). Set scanner.max_interkey_ms to {suggested} so that no scan is missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works, but the settings are far slower than this scanner: its keys came at most {slowest} ms apart, while scanner.max_interkey_ms is {limit} ms, so quick typing outside a text field is taken for a scan too. Set scanner.max_interkey_ms to {suggested}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scan: the code has {length} characters, fewer than scanner.min_length ({minimum}). Set scanner.min_length to {length} if your codes are that short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scan: the scanner ends its codes with {key}, which scanner.terminators does not list. Set scanner.terminators to {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scan: {count} keys came quickly with no Enter, Tab or LF after them. Set the scanner to end each code with Enter (its suffix setting).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Ongoing API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing API URL (https://...) or just the warehouse name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods owner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing goods owner id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing API user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name, printed on slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s id within the store (1-4 letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store prefix of order numbers (a letter, then up to 5 letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred warehouses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse codes in the store&apos;s order of preference, nearest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distances to warehouses (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the store to each warehouse code, in km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of delivery: pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for pickup orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of delivery: home delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for home delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Way of delivery: sale over the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for sales over the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store&apos;s own warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the store&apos;s own warehouse in Ongoing, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sells over the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till sells over the counter (Shift+F10) from store.store_warehouse; sales deduct stock in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backorders allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow orders a warehouse cannot fully supply now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the counter, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the warehouse has received them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the cashier refunds a return in the store&apos;s own POS: now, or once the warehouse has received the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency the store sells in (ISO 4217 code: SEK, NOK, DKK, EUR...); Ongoing&apos;s customer prices are read in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between scan keys (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between two keys of one scan, in ms (people type slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest code taken as a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that end a scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line feed (LF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that end a scan: any of enter, tab, lf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the till: en or sv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock is old after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock figures older than this many seconds are marked old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of the order slip: 80mm (a receipt roll) or a4 (a page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the store&apos;s `tillside webhooks` (http://host:port); its token in TILLSIDE_WEBHOOK_TOKEN. Empty: the till asks Ongoing every events.poll_seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling interval (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a receiver: seconds between two questions to Ongoing about goods received and stock adjustments (two calls each time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark adjustments reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark exported stock adjustments as reported in Ongoing; that flag is shared with every other system of the goods owner.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The config file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config file {path} is damaged: it is not text. Replace it, or remove it to start from the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the config file {path}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config file {path} is not valid TOML: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {path}, &apos;{section}&apos; must be a [section] table; sections are: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown settings section [{section}]; sections are: {sections}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings are not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {key} (from {source}) is not a setting; [{section}] has: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {key} is not a setting; [{section}] has: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {key} = {value} (from {source}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {key} = {value}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}. Allowed: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s keyring cannot be read ({problem}). Set {variable}, or fix the keyring and run `tillside set-password`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Ongoing password is stored for API user {user}. Run `tillside set-password`, or set {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no usable keyring ({problem}), so the password was not stored. Set {variable} for the user the till runs as, or fix the keyring and run `tillside set-password`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API URL or warehouse name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API URL is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API URL must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the API user and password in their own fields, not in the Ongoing API URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the Ongoing API URL (starting with https://) or just the warehouse name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API URL must use https:// (http only on this PC itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API URL must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in the Ongoing API URL is not a valid number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods owner id must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API user is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ongoing API password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency; use a code such as SEK, NOK, DKK or EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the distance to {code} must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown terminator {key}; use enter, tab or lf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Ongoing &amp;connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Ongoing connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on this PC by {variable}: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by IT in {file}: change it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the Ongoing connection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till will talk to another Ongoing account after a restart. Unsent orders stay in the outbox for the current one. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Connected. Goods owner {owner}: {warehouses} warehouses, {articles} articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Tillside to Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warehouse name or API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goods owner id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and open the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a connection to Ongoing the till cannot look up stock or send orders, so it closes. Press “Close the till” to close it, or fill in the connection and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection (URL, goods owner, user) is saved, the password is not: {problem} Until then the till asks for it at each start. “Open the till” uses the password typed here, this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goods owner id is a whole number, like 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortStockDialog</name>
    <message>
        <source>Asking Ongoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders lacking stock — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders lacking stock at {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders lacking stock, with what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order / article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {problem} The list below may be old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders lack stock (as of {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 order lacking stock (as of {time}; refreshes every minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} orders lacking stock (as of {time}; refreshes every minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly pickable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Scanned article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not found: {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}  ·  {name}  ·  {price}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an article to see its stock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▾ {count} warehouses have none of these (Enter hides them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▸ {count} warehouses have none of these (Enter shows them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} (old)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{figure} ★ new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ all {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ not enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{covered} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <source>Stock-taking and adjustments — {warehouse}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-taking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} adjustments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-taking is told apart only where the store&apos;s webhook receiver passed Ongoing&apos;s event on (events.receiver_url).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {file} cannot be written ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file}; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ {count} adjustments saved to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{marked} marked reported in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The list of unsent orders on this PC was damaged and could not be read; a new one was started. IT: the damaged file is kept as {kept}; compare it with the orders in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC was damaged: {unsent} orders were recovered and will be sent; {unreadable} could not be read. IT: the damaged file is kept as {kept}; compare it with the orders in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC was damaged: {unsent} orders were recovered and will be sent; nothing was lost. IT: the damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved basket on this PC was damaged, so the till started with an empty basket. IT: the damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The till&apos;s settings file was damaged, so the till started with IT&apos;s settings and the defaults. IT: the damaged file is kept as {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders cannot be placed on this till: {problem} The till still shows stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s disk is full. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s data folder cannot be written to ({folder}). IT: give the till&apos;s user write access to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Tillside program on this PC is holding the list of orders. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} on this PC is damaged. Restart Tillside: it sets the file aside and recovers what it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC could not use the file {file} ({detail}). Tell IT, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Problems with this PC&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillside hit an unexpected error. The basket and unsent orders are safe; you can go on.

Tell IT: crash report {report} in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tillside hit an unexpected error. The basket and unsent orders are safe; you can go on.

Tell IT: no crash report could be written (is the disk full?); the error was {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>Unsent orders (F7; Enter sends again, Delete cancels):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders not yet confirmed by Ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting, not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return {number} for order {order}  {state}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{order}  {kind}  {state}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
