<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ArticleSearch</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Words of the name, an article number or a barcode</source>
        <translation>Ord ur namnet, ett artikelnummer eller en streckkod</translation>
    </message>
    <message>
        <source>Find an article by name, article number or barcode</source>
        <translation>Sök en artikel på namn, artikelnummer eller streckkod</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article number</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Articles found</source>
        <translation>Artiklar som hittades</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Vad sökningen hittade</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>inget pris</translation>
    </message>
    <message>
        <source>The articles are still loading ({count} so far).</source>
        <translation>Artiklarna hämtas fortfarande ({count} hittills).</translation>
    </message>
    <message>
        <source>Type words of the name in any order, the start of an article number, or a barcode.</source>
        <translation>Skriv ord ur namnet i valfri ordning, början av ett artikelnummer eller en streckkod.</translation>
    </message>
    <message>
        <source>Up and Down choose, Enter puts it in the basket, Esc closes.</source>
        <translation>Upp och Ned väljer, Enter lägger den i korgen, Esc stänger.</translation>
    </message>
    <message>
        <source>Nothing here matches “{text}”: Enter asks Ongoing for it as a code.</source>
        <translation>Inget här matchar ”{text}”: Enter frågar Ongoing efter det som en kod.</translation>
    </message>
    <message>
        <source>The first {shown} of {total} articles: type more to narrow it down.</source>
        <translation>De första {shown} av {total} artiklar: skriv mer för att begränsa.</translation>
    </message>
    <message>
        <source>1 article.</source>
        <translation>1 artikel.</translation>
    </message>
    <message>
        <source>{total} articles.</source>
        <translation>{total} artiklar.</translation>
    </message>
</context>
<context>
    <name>Basket</name>
    <message>
        <source>Quantity must be between 1 and {most}.</source>
        <translation>Antalet måste vara mellan 1 och {most}.</translation>
    </message>
    <message>
        <source>“{typed}” is not a number. Type a whole number.</source>
        <translation>”{typed}” är inte ett tal. Skriv ett heltal.</translation>
    </message>
    <message>
        <source>Type a whole number of items.</source>
        <translation>Skriv ett helt antal.</translation>
    </message>
</context>
<context>
    <name>BasketActions</name>
    <message>
        <source>Clear the basket?</source>
        <translation>Tömma varukorgen?</translation>
    </message>
    <message>
        <source>Remove all {count} lines from the basket?</source>
        <translation>Ta bort alla {count} rader ur varukorgen?</translation>
    </message>
</context>
<context>
    <name>BasketPanel</name>
    <message>
        <source>Basket</source>
        <translation>Varukorg</translation>
    </message>
    <message>
        <source>Basket total</source>
        <translation>Varukorgens summa</translation>
    </message>
    <message>
        <source>{items} item   no price</source>
        <translation>{items} st   inget pris</translation>
    </message>
    <message>
        <source>{items} items   no price</source>
        <translation>{items} st   inget pris</translation>
    </message>
    <message>
        <source>{items} items   Total {total}  (1 line without a price left out)</source>
        <translation>{items} st   Summa {total}  (1 rad utan pris ingår inte)</translation>
    </message>
    <message>
        <source>{items} items   Total {total}  ({lines} lines without a price left out)</source>
        <translation>{items} st   Summa {total}  ({lines} rader utan pris ingår inte)</translation>
    </message>
    <message>
        <source>{items} item   Total {total}</source>
        <translation>{items} st   Summa {total}</translation>
    </message>
    <message>
        <source>{items} items   Total {total}</source>
        <translation>{items} st   Summa {total}</translation>
    </message>
</context>
<context>
    <name>BasketTableModel</name>
    <message>
        <source>no price</source>
        <translation>inget pris</translation>
    </message>
    <message>
        <source>{name}  (NO LONGER SOLD: remove it)</source>
        <translation>{name}  (SÄLJS INTE LÄNGRE: ta bort raden)</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Benämning</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>The basket cannot be saved on this PC ({problem}): it stays on the screen, but would be lost if the till stopped. Tell IT.</source>
        <translation>Varukorgen kan inte sparas på den här datorn ({problem}): den finns kvar på skärmen, men skulle gå förlorad om kassan stängdes. Meddela IT.</translation>
    </message>
    <message>
        <source>The basket is saved again.</source>
        <translation>Varukorgen sparas igen.</translation>
    </message>
    <message>
        <source>Code {code} is not in the articles loaded so far, and Ongoing cannot be reached to ask. Scan it again when it is back.</source>
        <translation>Koden {code} finns inte bland artiklarna som hämtats hittills, och det går inte att nå Ongoing för att fråga. Skanna den igen när Ongoing är tillbaka.</translation>
    </message>
    <message>
        <source>{code} could be any of {numbers}: their article numbers differ only in capitals. Type the one meant exactly, or find it with F2.</source>
        <translation>{code} kan vara vilken som helst av {numbers}: deras artikelnummer skiljer sig bara i stora och små bokstäver. Skriv den som menas exakt, eller sök fram den med F2.</translation>
    </message>
    <message>
        <source>Unknown code {code}: not in Ongoing.</source>
        <translation>Okänd kod {code}: finns inte i Ongoing.</translation>
    </message>
    <message>
        <source>{number} {name} is no longer sold: Ongoing has taken it out of the range. Do not sell it; put it aside and tell the store manager.</source>
        <translation>{number} {name} säljs inte längre: Ongoing har tagit den ur sortimentet. Sälj den inte; lägg den åt sidan och säg till butikschefen.</translation>
    </message>
    <message>
        <source>No longer sold: {articles}. Ongoing has taken them out of the range since they were scanned. Remove them from the basket (Delete) and put them aside; an order with them is refused.</source>
        <translation>Säljs inte längre: {articles}. Ongoing har tagit dem ur sortimentet sedan de skannades. Ta bort dem ur korgen (Delete) och lägg dem åt sidan; en order med dem nekas.</translation>
    </message>
</context>
<context>
    <name>CheckoutConfirmation</name>
    <message>
        <source>Checkout</source>
        <translation>Köp</translation>
    </message>
    <message>
        <source>The orders of this checkout</source>
        <translation>Beställningarna i det här köpet</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Ongoing id</source>
        <translation>Ongoing-id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Orders and their state</source>
        <translation>Beställningar och deras status</translation>
    </message>
    <message>
        <source>Enter prints the slip · Esc goes back to scanning</source>
        <translation>Enter skriver ut ordersedeln · Esc går tillbaka till skanning</translation>
    </message>
    <message>
        <source>✔ Order confirmed by Ongoing</source>
        <translation>✔ Beställningen är bekräftad av Ongoing</translation>
    </message>
    <message>
        <source>✔ All {count} orders confirmed by Ongoing</source>
        <translation>✔ Alla {count} beställningar är bekräftade av Ongoing</translation>
    </message>
    <message>
        <source>⚠ Stored on this PC, not sent: see why below (F7)</source>
        <translation>⚠ Sparad på den här datorn, inte skickad: se varför nedan (F7)</translation>
    </message>
    <message>
        <source>Order stored on this PC; not confirmed by Ongoing yet</source>
        <translation>Beställningen är sparad på den här datorn; inte bekräftad av Ongoing än</translation>
    </message>
    <message>
        <source>{confirmed} of {count} orders confirmed; every order is stored on this PC</source>
        <translation>{confirmed} av {count} beställningar bekräftade; alla beställningar är sparade på den här datorn</translation>
    </message>
    <message>
        <source>Delivered to {address}</source>
        <translation>Levereras till {address}</translation>
    </message>
    <message>
        <source>Collect at {place}; open {hours}</source>
        <translation>Hämtas på {place}; öppet {hours}</translation>
    </message>
    <message>
        <source>Collect at {place}</source>
        <translation>Hämtas på {place}</translation>
    </message>
    <message>
        <source>✔ confirmed</source>
        <translation>✔ bekräftad</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>skickas…</translation>
    </message>
    <message>
        <source>stored on this PC</source>
        <translation>sparad på den här datorn</translation>
    </message>
    <message>
        <source>⚠ not sent, waits in F7: {reason}</source>
        <translation>⚠ inte skickad, väntar i F7: {reason}</translation>
    </message>
    <message>
        <source>⚠ stored, stock not yet checked; sent when Ongoing answers: {reason}</source>
        <translation>⚠ sparad, lagersaldot inte kontrollerat än; skickas när Ongoing svarar: {reason}</translation>
    </message>
    <message>
        <source>⚠ stored, stock not yet checked; sent when Ongoing answers</source>
        <translation>⚠ sparad, lagersaldot inte kontrollerat än; skickas när Ongoing svarar</translation>
    </message>
    <message>
        <source>⚠ waiting: {reason}</source>
        <translation>⚠ väntar: {reason}</translation>
    </message>
    <message>
        <source>⚠ waiting; sent again by itself</source>
        <translation>⚠ väntar; skickas igen automatiskt</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>⚠ Ongoing is not answering since {time}: {reason} Showing the last known figures; the basket is kept. Retrying by itself.</source>
        <translation>⚠ Ongoing svarar inte sedan {time}: {reason} Visar senast kända saldon; varukorgen finns kvar. Försöker igen automatiskt.</translation>
    </message>
    <message>
        <source>⚠ Ongoing is not answering: {reason} Showing the last known figures; the basket is kept. Retrying by itself.</source>
        <translation>⚠ Ongoing svarar inte: {reason} Visar senast kända saldon; varukorgen finns kvar. Försöker igen automatiskt.</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>five digits, like 114 55</source>
        <translation>fem siffror, som 114 55</translation>
    </message>
    <message>
        <source>four digits, like 0150</source>
        <translation>fyra siffror, som 0150</translation>
    </message>
    <message>
        <source>four digits, like 2100</source>
        <translation>fyra siffror, som 2100</translation>
    </message>
    <message>
        <source>five digits, like 00100</source>
        <translation>fem siffror, som 00100</translation>
    </message>
    <message>
        <source>five digits, like 10115</source>
        <translation>fem siffror, som 10115</translation>
    </message>
    <message>
        <source>Remove the invisible control characters.</source>
        <translation>Ta bort de osynliga styrtecknen.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>Högst {count} tecken.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoriskt.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, like SE.</source>
        <translation>Använd landskoden med två bokstäver, som SE.</translation>
    </message>
    <message>
        <source>Not a phone number; include the area code.</source>
        <translation>Inte ett giltigt telefonnummer; ta med riktnumret.</translation>
    </message>
    <message>
        <source>Not an e-mail address, like name@example.se.</source>
        <translation>Inte en giltig e-postadress, som namn@exempel.se.</translation>
    </message>
    <message>
        <source>Give a phone number or an e-mail for pickup.</source>
        <translation>Ange ett telefonnummer eller en e-postadress för upphämtning.</translation>
    </message>
    <message>
        <source>SMS notification needs a phone number.</source>
        <translation>Avisering via sms kräver ett telefonnummer.</translation>
    </message>
    <message>
        <source>E-mail notification needs an e-mail address.</source>
        <translation>Avisering via e-post kräver en e-postadress.</translation>
    </message>
    <message>
        <source>Not a postcode.</source>
        <translation>Inte ett giltigt postnummer.</translation>
    </message>
    <message>
        <source>A {country} postcode is {shape}.</source>
        <translation>Ett postnummer i {country} har {shape}.</translation>
    </message>
</context>
<context>
    <name>IncomingDialog</name>
    <message>
        <source>Goods on the way in — {warehouse}</source>
        <translation>Inkommande varor — {warehouse}</translation>
    </message>
    <message>
        <source>Goods on the way in to {warehouse}</source>
        <translation>Inkommande varor till {warehouse}</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Not yet received</source>
        <translation>Ännu inte mottaget</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Expected from</source>
        <translation>Väntas från</translation>
    </message>
    <message>
        <source>Expected until</source>
        <translation>Väntas till och med</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Expected &amp;from:</source>
        <translation>Väntas &amp;från:</translation>
    </message>
    <message>
        <source>&amp;until:</source>
        <translation>&amp;till:</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listans status</translation>
    </message>
    <message>
        <source>Purchase orders and their lines</source>
        <translation>Inköpsordrar och deras rader</translation>
    </message>
    <message>
        <source>Purchase order / article</source>
        <translation>Inköpsorder / artikel</translation>
    </message>
    <message>
        <source>Supplier / name</source>
        <translation>Leverantör / namn</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Väntas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Aviserat</translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation>Frågar Ongoing…</translation>
    </message>
    <message>
        <source>{count} purchase orders.</source>
        <translation>{count} inköpsordrar.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Find article</source>
        <translation>Sök artikel</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Lagersaldo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Refresh stock</source>
        <translation>Uppdatera lagersaldo</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Varukorg</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Ta bort rad</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Clear basket</source>
        <translation>Töm varukorgen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>Unsent orders</source>
        <translation>Ej skickade beställningar</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Skriv ut ordersedel</translation>
    </message>
    <message>
        <source>Return or cancel</source>
        <translation>Retur eller makulering</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Sell over the counter</source>
        <translation>Sälj över disk</translation>
    </message>
    <message>
        <source>Orders lacking stock</source>
        <translation>Beställningar som saknar lagersaldo</translation>
    </message>
    <message>
        <source>Goods on the way in</source>
        <translation>Inkommande varor</translation>
    </message>
    <message>
        <source>Stock-taking</source>
        <translation>Inventering</translation>
    </message>
    <message>
        <source>Scanner diagnostics</source>
        <translation>Skannerdiagnostik</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Back to scanning</source>
        <translation>Tillbaka till skanning</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Startar…</translation>
    </message>
    <message>
        <source>Tillside — {suffix}</source>
        <translation>Tillside — {suffix}</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Barcode or article number</source>
        <translation>Streckkod eller artikelnummer</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or article number and press Enter</source>
        <translation>Skanna, eller skriv en streckkod eller ett artikelnummer och tryck Enter</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Varukorgen är tom.</translation>
    </message>
    <message>
        <source>Select a basket line first (F6).</source>
        <translation>Välj först en rad i varukorgen (F6).</translation>
    </message>
    <message>
        <source>Removed {article}. Ctrl+Z brings it back.</source>
        <translation>{article} är borttagen. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Inget att ångra.</translation>
    </message>
    <message>
        <source>Undone: the basket is as it was.</source>
        <translation>Ångrat: korgen är som den var.</translation>
    </message>
    <message>
        <source>Basket cleared. Ctrl+Z brings it back.</source>
        <translation>Varukorgen är tömd. Ctrl+Z ångrar.</translation>
    </message>
    <message>
        <source>Ordering is not set up on this till.</source>
        <translation>Beställning är inte inställd på den här kassan.</translation>
    </message>
    <message>
        <source>Scan the items for the order first.</source>
        <translation>Skanna först varorna till beställningen.</translation>
    </message>
    <message>
        <source>{error} Nothing was sent.</source>
        <translation>{error} Inget skickades.</translation>
    </message>
    <message>
        <source>Every order is confirmed by Ongoing.</source>
        <translation>Alla beställningar är bekräftade av Ongoing.</translation>
    </message>
    <message>
        <source>No order placed yet on this till.</source>
        <translation>Ingen beställning är lagd på den här kassan än.</translation>
    </message>
    <message>
        <source>Sales over the counter are not set up on this till (store.store_sale and store.store_warehouse).</source>
        <translation>Försäljning över disk är inte inställd på den här kassan (store.store_sale och store.store_warehouse).</translation>
    </message>
    <message>
        <source>Scan the items sold first.</source>
        <translation>Skanna först de sålda varorna.</translation>
    </message>
    <message>
        <source>No store warehouse is set (store.store_warehouse).</source>
        <translation>Inget butikslager är inställt (store.store_warehouse).</translation>
    </message>
    <message>
        <source>Settings are not available here.</source>
        <translation>Inställningarna är inte tillgängliga här.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna är sparade.</translation>
    </message>
    <message>
        <source>Language: {language}</source>
        <translation>Språk: {language}</translation>
    </message>
    <message>
        <source>The language is switched but not saved for the next start: {error}</source>
        <translation>Språket är bytt men sparades inte till nästa start: {error}</translation>
    </message>
    <message>
        <source>Connection saved. Restart Tillside to use it.</source>
        <translation>Anslutningen är sparad. Starta om Tillside för att använda den.</translation>
    </message>
    <message>
        <source>Ongoing answers again.</source>
        <translation>Ongoing svarar igen.</translation>
    </message>
    <message>
        <source>Ready: {count} articles loaded.</source>
        <translation>Klart: {count} artiklar inlästa.</translation>
    </message>
    <message>
        <source>Returns are not set up on this till yet.</source>
        <translation>Returer är inte inställda på den här kassan ännu.</translation>
    </message>
    <message>
        <source>That return is no longer on this PC.</source>
        <translation>Den returen finns inte längre på den här datorn.</translation>
    </message>
</context>
<context>
    <name>NoticeLine</name>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
</context>
<context>
    <name>Ongoing</name>
    <message>
        <source>Ongoing cannot be reached. Check the network cable or Wi-Fi, then try again.</source>
        <translation>Det går inte att nå Ongoing. Kontrollera nätverkskabeln eller wifi-anslutningen och försök sedan igen.</translation>
    </message>
    <message>
        <source>Ongoing did not answer in time. Try again in a moment.</source>
        <translation>Ongoing svarade inte i tid. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Ongoing is busy. Try again in a minute.</source>
        <translation>Ongoing är överbelastat. Försök igen om en minut.</translation>
    </message>
    <message>
        <source>Ongoing is busy. Try again in {wait}.</source>
        <translation>Ongoing är överbelastat. Försök igen om {wait}.</translation>
    </message>
    <message>
        <source>The warehouse has already started on this order, so it can no longer be changed or cancelled here. Call the warehouse.</source>
        <translation>Lagret har redan börjat med den här ordern, så den kan inte längre ändras eller avbeställas här. Ring lagret.</translation>
    </message>
    <message>
        <source>Nothing answers at {address}, where this till reaches Ongoing. Try again in a moment; if it keeps happening, tell IT.</source>
        <translation>Inget svarar på {address}, där kassan når Ongoing. Försök igen om en stund; säg till IT om det fortsätter.</translation>
    </message>
    <message>
        <source>The name {host} cannot be found on the network. Check the network cable or Wi-Fi; if it keeps happening, tell IT.</source>
        <translation>Namnet {host} går inte att hitta på nätverket. Kontrollera nätverkskabeln eller wifi; säg till IT om det fortsätter.</translation>
    </message>
    <message>
        <source>This PC does not trust the certificate of {host}, so the till will not talk to it. Tell IT.</source>
        <translation>Den här datorn litar inte på certifikatet för {host}, så kassan pratar inte med den. Säg till IT.</translation>
    </message>
    <message>
        <source>Ongoing refused goods owner {owner} for this till&apos;s API user. Tell IT.</source>
        <translation>Ongoing nekade varuägare {owner} för kassans API-användare. Säg till IT.</translation>
    </message>
    <message>
        <source>Ongoing refused this till&apos;s API user or password. Tell IT.</source>
        <translation>Ongoing nekade kassans API-användare eller lösenord. Säg till IT.</translation>
    </message>
    <message>
        <source>There is no Ongoing API at the address this till uses (error 404). Tell IT.</source>
        <translation>Det finns inget Ongoing-API på adressen kassan använder (fel 404). Säg till IT.</translation>
    </message>
    <message>
        <source>Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT.</source>
        <translation>Ongoing skickade ett svar som Tillside inte kan läsa (en proxysida?). Kontakta IT.</translation>
    </message>
    <message>
        <source>Ongoing failed several times in a row. Try again in {wait}; if it keeps happening, tell IT.</source>
        <translation>Ongoing har misslyckats flera gånger i rad. Försök igen om {wait}; kontakta IT om det fortsätter.</translation>
    </message>
    <message>
        <source>Nothing answers at {host} on port {port}. Check the host and port of the API URL, and that this PC may reach them (firewall, proxy).</source>
        <translation>Inget svarar på {host} port {port}. Kontrollera värden och porten i API-adressen, och att den här datorn får nå dem (brandvägg, proxy).</translation>
    </message>
    <message>
        <source>The name {host} does not resolve (DNS). Check the warehouse name or API URL for typing errors, and this PC&apos;s network.</source>
        <translation>Namnet {host} går inte att slå upp (DNS). Kontrollera lagernamnet eller API-adressen efter skrivfel, och datorns nätverk.</translation>
    </message>
    <message>
        <source>The certificate of {host} is not trusted by this PC. Check the API URL; if the store&apos;s network inspects TLS, add its root certificate to this PC&apos;s trust store.</source>
        <translation>Den här datorn litar inte på certifikatet för {host}. Kontrollera API-adressen; om butikens nätverk granskar TLS, lägg till dess rotcertifikat i datorns certifikatarkiv.</translation>
    </message>
    <message>
        <source>API user {user} may not use goods owner {owner}: an API user belongs to one goods owner. Check the goods owner id in Ongoing (Administration, API for goods owners).</source>
        <translation>API-användaren {user} får inte använda varuägare {owner}: en API-användare hör till en varuägare. Kontrollera varuägarens id i Ongoing (Administration, API för varuägare).</translation>
    </message>
    <message>
        <source>Ongoing refused API user {user} (error {status}): {message}. Check the user in Ongoing (Administration, API for goods owners).</source>
        <translation>Ongoing nekade API-användaren {user} (fel {status}): {message}. Kontrollera användaren i Ongoing (Administration, API för varuägare).</translation>
    </message>
    <message>
        <source>Ongoing refused API user {user}: the user name or password is wrong (error {status}). Check both in Ongoing (Administration, API for goods owners).</source>
        <translation>Ongoing nekade API-användaren {user}: användarnamnet eller lösenordet är fel (fel {status}). Kontrollera båda i Ongoing (Administration, API för varuägare).</translation>
    </message>
    <message>
        <source>There is no Ongoing API at {url} (error 404). Check the warehouse name, or the path of the API URL (it ends in /api/v1/).</source>
        <translation>Det finns inget Ongoing-API på {url} (fel 404). Kontrollera lagernamnet, eller sökvägen i API-adressen (den slutar på /api/v1/).</translation>
    </message>
    <message>
        <source>Ongoing at {host} did not answer in time. Check this PC&apos;s network and proxy, then try again.</source>
        <translation>Ongoing på {host} svarade inte i tid. Kontrollera datorns nätverk och proxy och försök sedan igen.</translation>
    </message>
    <message>
        <source>The answer from {host} is not Ongoing&apos;s (a proxy or login page?). Check the API URL and this PC&apos;s proxy.</source>
        <translation>Svaret från {host} kommer inte från Ongoing (en proxy- eller inloggningssida?). Kontrollera API-adressen och datorns proxy.</translation>
    </message>
    <message>
        <source>Ongoing at {host} cannot be reached ({detail}). Check this PC&apos;s network, proxy and firewall.</source>
        <translation>Ongoing på {host} går inte att nå ({detail}). Kontrollera datorns nätverk, proxy och brandvägg.</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Ongoing has a problem right now (error {status}). Try again in a minute; if it keeps happening, tell IT.</source>
        <translation>Ongoing har problem just nu (fel {status}). Försök igen om en minut; kontakta IT om det fortsätter.</translation>
    </message>
    <message>
        <source>Ongoing could not find it (error 404): {message}. Check the number.</source>
        <translation>Ongoing hittade det inte (fel 404): {message}. Kontrollera numret.</translation>
    </message>
    <message>
        <source>Ongoing could not find it (error 404). Check the number.</source>
        <translation>Ongoing hittade det inte (fel 404). Kontrollera numret.</translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}): {message}. Check the details or tell IT.</source>
        <translation>Ongoing avvisade anropet (fel {status}): {message}. Kontrollera uppgifterna eller kontakta IT.</translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}). Check the details or tell IT.</source>
        <translation>Ongoing avvisade anropet (fel {status}). Kontrollera uppgifterna eller kontakta IT.</translation>
    </message>
    <message>
        <source>Ongoing failed (error {status}): {message}. Try again later; if it keeps happening, contact Ongoing&apos;s support.</source>
        <translation>Ongoing misslyckades (fel {status}): {message}. Försök igen senare; kontakta Ongoings support om det fortsätter.</translation>
    </message>
    <message>
        <source>Ongoing failed (error {status}). Try again later; if it keeps happening, contact Ongoing&apos;s support.</source>
        <translation>Ongoing misslyckades (fel {status}). Försök igen senare; kontakta Ongoings support om det fortsätter.</translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}): {message}. Check what it names.</source>
        <translation>Ongoing nekade anropet (fel {status}): {message}. Kontrollera det som nämns.</translation>
    </message>
    <message>
        <source>Ongoing refused the request (error {status}) without saying why. Check the settings, or ask Ongoing&apos;s support.</source>
        <translation>Ongoing nekade anropet (fel {status}) utan att säga varför. Kontrollera inställningarna, eller fråga Ongoings support.</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <source>Sell over the counter?</source>
        <translation>Sälja över disk?</translation>
    </message>
    <message>
        <source>Record the sale of {items} items from {warehouse}? Ongoing deducts them.</source>
        <translation>Registrera försäljningen av {items} varor från {warehouse}? Ongoing drar av dem från lagersaldot.</translation>
    </message>
    <message>
        <source>Cancel the order?</source>
        <translation>Makulera beställningen?</translation>
    </message>
    <message>
        <source>Cancel this order? If Ongoing has it and the warehouse has not started, it is deleted there too.</source>
        <translation>Makulera den här beställningen? Om Ongoing har den och lagret inte har börjat med den raderas den där också.</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source>Place an order</source>
        <translation>Lägg en order</translation>
    </message>
    <message>
        <source>&amp;Pickup at a warehouse</source>
        <translation>&amp;Upphämtning på ett lager</translation>
    </message>
    <message>
        <source>Pickup at a warehouse</source>
        <translation>Upphämtning på ett lager</translation>
    </message>
    <message>
        <source>Home de&amp;livery</source>
        <translation>&amp;Hemleverans</translation>
    </message>
    <message>
        <source>Home delivery</source>
        <translation>Hemleverans</translation>
    </message>
    <message>
        <source>&amp;Warehouse (✔ = can supply the whole basket):</source>
        <translation>&amp;Lager (✔ = kan leverera hela varukorgen):</translation>
    </message>
    <message>
        <source>Warehouses, best first</source>
        <translation>Lager, bästa först</translation>
    </message>
    <message>
        <source>About the chosen warehouse</source>
        <translation>Om det valda lagret</translation>
    </message>
    <message>
        <source>Split into one order per warehouse</source>
        <translation>Dela upp i en order per lager</translation>
    </message>
    <message>
        <source>Split into one or&amp;der per warehouse — {parts}</source>
        <translation>Dela upp i &amp;flera ordrar, en per lager — {parts}</translation>
    </message>
    <message>
        <source>Problem with {field}</source>
        <translation>Problem med {field}</translation>
    </message>
    <message>
        <source>E-&amp;mail me when ready</source>
        <translation>&amp;Mejla mig när ordern är klar</translation>
    </message>
    <message>
        <source>Notify by e-mail</source>
        <translation>Avisera via e-post</translation>
    </message>
    <message>
        <source>&amp;SMS me when ready</source>
        <translation>&amp;SMS:a mig när ordern är klar</translation>
    </message>
    <message>
        <source>Notify by SMS</source>
        <translation>Avisera via SMS</translation>
    </message>
    <message>
        <source>Language of the order slip</source>
        <translation>Ordersedelns språk</translation>
    </message>
    <message>
        <source>Slip lan&amp;guage:</source>
        <translation>Språk på o&amp;rdersedeln:</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Kvittonummer</translation>
    </message>
    <message>
        <source>&amp;Receipt no.:</source>
        <translation>K&amp;vittonr:</translation>
    </message>
    <message>
        <source>Send order (Ctrl+Enter)</source>
        <translation>Skicka ordern (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send order</source>
        <translation>Skicka ordern</translation>
    </message>
    <message>
        <source>How the order stands</source>
        <translation>Hur det går med beställningen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Namn</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adress</translation>
    </message>
    <message>
        <source>Address &amp;2</source>
        <translation>Adress &amp;2</translation>
    </message>
    <message>
        <source>Post&amp;code</source>
        <translation>&amp;Postnummer</translation>
    </message>
    <message>
        <source>Ci&amp;ty</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Door c&amp;ode</source>
        <translation>Port&amp;kod</translation>
    </message>
    <message>
        <source>Delivery &amp;instruction</source>
        <translation>Leverans&amp;instruktion</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>? stock not known</source>
        <translation>? saldot okänt</translation>
    </message>
    <message>
        <source>✔ all items</source>
        <translation>✔ alla varor</translation>
    </message>
    <message>
        <source>{covered} of {lines} items</source>
        <translation>{covered} av {lines} varor</translation>
    </message>
    <message>
        <source>✖ not enough</source>
        <translation>✖ räcker inte</translation>
    </message>
    <message>
        <source>  · this store</source>
        <translation>  · den här butiken</translation>
    </message>
    <message>
        <source>Queue order (Ctrl+Enter)</source>
        <translation>Lägg beställningen i kö (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Queue the order</source>
        <translation>Lägg beställningen i kö</translation>
    </message>
    <message>
        <source>⚠ {warehouse} cannot supply the whole basket. Choose a warehouse marked ✔, or reduce the quantities.</source>
        <translation>⚠ {warehouse} kan inte leverera hela varukorgen. Välj ett lager markerat med ✔ eller minska antalet.</translation>
    </message>
    <message>
        <source>Ongoing has no warehouses to choose from.</source>
        <translation>Ongoing har inga lager att välja mellan.</translation>
    </message>
    <message>
        <source>Open: {hours}</source>
        <translation>Öppet: {hours}</translation>
    </message>
    <message>
        <source>{name} (0, oversold)</source>
        <translation>{name} (0, översålt)</translation>
    </message>
    <message>
        <source>Missing here: {articles}</source>
        <translation>Saknas här: {articles}</translation>
    </message>
    <message>
        <source>⚠ This warehouse cannot supply the whole basket. Choose another one, split the order (Alt+{key}), or reduce the quantities (Esc, then F4).</source>
        <translation>⚠ Det här lagret kan inte leverera hela varukorgen. Välj ett annat lager, dela upp ordern (Alt+{key}) eller minska antalet (Esc, sedan F4).</translation>
    </message>
    <message>
        <source>⚠ This warehouse cannot supply the whole basket. Choose another one, or reduce the quantities (Esc, then F4).</source>
        <translation>⚠ Det här lagret kan inte leverera hela varukorgen. Välj ett annat lager eller minska antalet (Esc, sedan F4).</translation>
    </message>
    <message>
        <source>The stock is not known now: {reason}</source>
        <translation>Lagersaldot är inte känt nu: {reason}</translation>
    </message>
    <message>
        <source>The stock here is not known yet.</source>
        <translation>Lagersaldot här är inte känt än.</translation>
    </message>
    <message>
        <source>Ctrl+Enter queues the order: it is stored on this PC now; when Ongoing answers, the stock is checked and the order sent. If something is missing then, the order waits in F7 and you are told.</source>
        <translation>Ctrl+Enter lägger beställningen i kö: den sparas på den här datorn nu; när Ongoing svarar kontrolleras lagersaldot och beställningen skickas. Saknas något då väntar beställningen i F7 och du får veta det.</translation>
    </message>
    <message>
        <source>⚠ {reason}
Everything typed is kept; Ctrl+Enter sends again.</source>
        <translation>⚠ {reason}
Allt du skrivit finns kvar; Ctrl+Enter skickar igen.</translation>
    </message>
    <message>
        <source>Pickup needs a phone number or an e-mail address.</source>
        <translation>För upphämtning behövs ett telefonnummer eller en e-postadress.</translation>
    </message>
    <message>
        <source>Storing the order on this PC…</source>
        <translation>Sparar beställningen på den här datorn…</translation>
    </message>
</context>
<context>
    <name>OrderSlip</name>
    <message>
        <source>Order slip</source>
        <translation>Ordersedel</translation>
    </message>
    <message>
        <source>Order slip (copy)</source>
        <translation>Ordersedel (kopia)</translation>
    </message>
    <message>
        <source>Order slip {number}</source>
        <translation>Ordersedel {number}</translation>
    </message>
    <message>
        <source>Order number: {number}</source>
        <translation>Ordernummer: {number}</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Ordernummer</translation>
    </message>
    <message>
        <source>Order {index} of {count}</source>
        <translation>Order {index} av {count}</translation>
    </message>
    <message>
        <source>Your purchase comes from {count} warehouses, as {count} orders.</source>
        <translation>Ditt köp kommer från {count} lager, som {count} ordrar.</translation>
    </message>
    <message>
        <source>Warehouse reference: {reference}</source>
        <translation>Lagerreferens: {reference}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Datum: {date}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kund: {name}</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Art.nr</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vara</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Pris</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Belopp</translation>
    </message>
    <message>
        <source>Qty: {quantity}</source>
        <translation>Antal: {quantity}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Total (items without a price not included)</source>
        <translation>Summa (varor utan pris ingår inte)</translation>
    </message>
    <message>
        <source>Pick up at {warehouse}</source>
        <translation>Hämtställe: {warehouse}</translation>
    </message>
    <message>
        <source>Sent from {warehouse}</source>
        <translation>Skickas från {warehouse}</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation>Öppettider: {hours}</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Vad händer nu</translation>
    </message>
    <message>
        <source>We will let you know when it is ready.</source>
        <translation>Vi meddelar dig när ordern är klar att hämta.</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Levereras till</translation>
    </message>
    <message>
        <source>Collect each order at the warehouse named above it. We will let you know when each one is ready.</source>
        <translation>Hämta varje order på lagret som står ovanför den. Vi meddelar dig när var och en är klar.</translation>
    </message>
    <message>
        <source>Bring this slip: the barcode is your order number.</source>
        <translation>Ta med den här sedeln: streckkoden är ditt ordernummer.</translation>
    </message>
    <message>
        <source>The warehouse sends your order to the address above.</source>
        <translation>Lagret skickar din order till adressen ovan.</translation>
    </message>
    <message>
        <source>Each order is sent from its own warehouse, so they may arrive on different days.</source>
        <translation>Varje order skickas från sitt eget lager, så de kan komma olika dagar.</translation>
    </message>
    <message>
        <source>Not yet confirmed by the warehouse</source>
        <translation>Ännu inte bekräftad av lagret</translation>
    </message>
    <message>
        <source>An order marked &quot;not yet confirmed&quot; is stored at the till and goes to the warehouse as soon as the till can reach it; the stock is checked then. If anything is missing, the store will contact you.</source>
        <translation>En order märkt ”ännu inte bekräftad” är sparad i kassan och skickas till lagret så snart kassan når det; lagersaldot kontrolleras då. Om något saknas kontaktar butiken dig.</translation>
    </message>
    <message>
        <source>A copy: the customer&apos;s name and address are not kept on the till once the warehouse has the order.</source>
        <translation>Kopia: kundens namn och adress sparas inte i kassan när lagret har fått ordern.</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>augusti</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>september</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>november</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>OrderSlipPrint</name>
    <message>
        <source>80 mm receipt roll</source>
        <translation>Kvittorulle 80 mm</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Status {number}</source>
        <translation>Status {number}</translation>
    </message>
</context>
<context>
    <name>Orders</name>
    <message>
        <source>{article} (wanted {wanted}, sellable {sellable})</source>
        <translation>{article} (önskat {wanted}, säljbart {sellable})</translation>
    </message>
    <message>
        <source>{warehouse} cannot supply everything: {items}.</source>
        <translation>{warehouse} kan inte leverera allt: {items}.</translation>
    </message>
    <message>
        <source>This PC&apos;s disk is full, so the order was not sent. Free some space, then send it again.</source>
        <translation>Datorns disk är full, så beställningen skickades inte. Frigör utrymme och skicka den sedan igen.</translation>
    </message>
    <message>
        <source>This PC&apos;s data folder cannot be written to ({folder}), so the order was not sent. IT: give the till&apos;s user write access to the folder; then send it again.</source>
        <translation>Det går inte att skriva i datorns datamapp ({folder}), så beställningen skickades inte. IT: ge kassans användare skrivrätt till mappen; skicka den sedan igen.</translation>
    </message>
    <message>
        <source>Another Tillside program on this PC is holding the list of orders, so the order was not sent. Send it again in a moment.</source>
        <translation>Ett annat Tillside-program på den här datorn håller listan över beställningar, så beställningen skickades inte. Skicka den igen om en stund.</translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC is damaged, so the order was not sent. Restart Tillside (it recovers the list), then send it again.</source>
        <translation>Listan över ej skickade beställningar på den här datorn är skadad, så beställningen skickades inte. Starta om Tillside (listan återställs), och skicka den sedan igen.</translation>
    </message>
    <message>
        <source>This PC could not store the order ({detail}), so it was not sent. Tell IT; then send it again.</source>
        <translation>Datorn kunde inte spara beställningen ({detail}), så den skickades inte. Meddela IT; skicka den sedan igen.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>No warehouse with code {code}; known: {known}.</source>
        <translation>Inget lager med koden {code}; kända lager: {known}.</translation>
    </message>
    <message>
        <source>The basket is empty.</source>
        <translation>Varukorgen är tom.</translation>
    </message>
    <message>
        <source>Ongoing already holds every order number this till tried, so the order was not sent. Tell IT: this PC may share its data folder with another till.</source>
        <translation>Ongoing har redan alla ordernummer som kassan försökte med, så beställningen skickades inte. Meddela IT: den här datorn kanske delar datamapp med en annan kassa.</translation>
    </message>
    <message>
        <source>No such order in the outbox.</source>
        <translation>Ordern finns inte i utkorgen.</translation>
    </message>
    <message>
        <source>Ongoing did not return an order id.</source>
        <translation>Ongoing skickade inget order-id.</translation>
    </message>
    <message>
        <source>the stock check before sending found that {shortage} In F7, Enter checks again and Delete cancels the order.</source>
        <translation>saldokontrollen före sändningen visade att {shortage} I F7 kontrollerar Enter igen och Delete avbryter beställningen.</translation>
    </message>
    <message>
        <source>Ongoing has no warehouse with id {id} any more.</source>
        <translation>Ongoing har inte längre något lager med id {id}.</translation>
    </message>
    <message>
        <source>Ongoing refused the order and does not have it.</source>
        <translation>Ongoing avvisade ordern och har den inte.</translation>
    </message>
    <message>
        <source>Could not cancel now: {error}</source>
        <translation>Kunde inte avbeställa nu: {error}</translation>
    </message>
    <message>
        <source>cancelled at the till</source>
        <translation>avbeställd i kassan</translation>
    </message>
    <message>
        <source>Order {order} confirmed by Ongoing (order id {order_id}). F8 prints the slip.</source>
        <translation>Beställning {order} är bekräftad av Ongoing (order-id {order_id}). F8 skriver ut ordersedeln.</translation>
    </message>
    <message>
        <source>Order {orders} is stored on this PC and goes to Ongoing now; the basket is free for the next customer.</source>
        <translation>Beställning {orders} är sparad på den här datorn och skickas till Ongoing nu; varukorgen är ledig för nästa kund.</translation>
    </message>
    <message>
        <source>Not sold any more: {articles}. Ongoing has taken them out of the range. Remove them from the basket (Delete), then send the order.</source>
        <translation>Säljs inte längre: {articles}. Ongoing har tagit dem ur sortimentet. Ta bort dem ur korgen (Delete) och skicka sedan ordern.</translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC; checking the stock and sending it to {warehouse}…</source>
        <translation>Beställning {order} är sparad på den här datorn; kontrollerar lagersaldot och skickar den till {warehouse}…</translation>
    </message>
    <message>
        <source>Order {order} was sent and is confirmed by Ongoing (order id {order_id}).</source>
        <translation>Beställning {order} är skickad och bekräftad av Ongoing (order-id {order_id}).</translation>
    </message>
    <message>
        <source>Order {order} confirmed (order id {order_id}).</source>
        <translation>Beställning {order} är bekräftad (order-id {order_id}).</translation>
    </message>
    <message>
        <source>{order}: still not sent: {reason}</source>
        <translation>{order}: fortfarande inte skickad: {reason}</translation>
    </message>
    <message>
        <source>Order {order} cancelled.</source>
        <translation>Beställning {order} är makulerad.</translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC but NOT sent; it waits in F7: {reason}</source>
        <translation>Beställning {order} är sparad på den här datorn men INTE skickad; den väntar i F7: {reason}</translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC, NOT confirmed yet: {reason} It is sent again by itself (F7 shows it).</source>
        <translation>Beställning {order} är sparad på den här datorn, INTE bekräftad än: {reason} Den skickas igen automatiskt (F7 visar den).</translation>
    </message>
    <message>
        <source>Order {order} is stored on this PC and is being sent (F7 shows it until Ongoing confirms it).</source>
        <translation>Beställning {order} är sparad på den här datorn och håller på att skickas (F7 visar den tills Ongoing bekräftar den).</translation>
    </message>
    <message>
        <source>✔ Pickup order {order} is picked and ready at {place}.</source>
        <translation>✔ Upphämtningsbeställning {order} är plockad och klar att hämta i {place}.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled.</source>
        <translation>Beställning {order} har makulerats.</translation>
    </message>
</context>
<context>
    <name>PickupBoardWindow</name>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} tim {minutes} min</translation>
    </message>
    <message>
        <source>{quantity} × {name}</source>
        <translation>{quantity} × {name}</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} till</translation>
    </message>
    <message>
        <source>Pickup orders — {warehouse}</source>
        <translation>Upphämtningsordrar — {warehouse}</translation>
    </message>
    <message>
        <source>Pickup orders for {warehouse}</source>
        <translation>Upphämtningsordrar på {warehouse}</translation>
    </message>
    <message>
        <source>Board title</source>
        <translation>Tavlans rubrik</translation>
    </message>
    <message>
        <source>Last answer from Ongoing</source>
        <translation>Senaste svar från Ongoing</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>Orders not on the screen</source>
        <translation>Ordrar som inte syns på skärmen</translation>
    </message>
    <message>
        <source>Pickup orders, oldest first</source>
        <translation>Upphämtningsordrar, äldsta först</translation>
    </message>
    <message>
        <source>Order / customer</source>
        <translation>Order / kund</translation>
    </message>
    <message>
        <source>Status / waiting</source>
        <translation>Status / väntat</translation>
    </message>
    <message>
        <source>+ {count} more orders below the screen, {new} of them NEW</source>
        <translation>+ {count} ordrar till nedanför skärmen, {new} av dem NYA</translation>
    </message>
    <message>
        <source>+ {count} more orders below the screen</source>
        <translation>+ {count} ordrar till nedanför skärmen</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Varor</translation>
    </message>
    <message>
        <source>No pickup orders waiting.</source>
        <translation>Inga upphämtningsordrar väntar.</translation>
    </message>
    <message>
        <source>No pickup orders waiting</source>
        <translation>Inga upphämtningsordrar väntar</translation>
    </message>
    <message>
        <source>Picked — ready</source>
        <translation>Plockad — klar</translation>
    </message>
    <message>
        <source>NEW — pick now</source>
        <translation>NY — plocka nu</translation>
    </message>
    <message>
        <source>To pick</source>
        <translation>Att plocka</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>Uppdaterad {time}</translation>
    </message>
    <message>
        <source>⚠ Connection to Ongoing lost since {time}. Retrying.</source>
        <translation>⚠ Ingen anslutning till Ongoing sedan {time}. Försöker igen.</translation>
    </message>
</context>
<context>
    <name>ReceivedTodayPanel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Purchase order</source>
        <translation>Inköpsorder</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Goods received today</source>
        <translation>Varor inlevererade i dag</translation>
    </message>
    <message>
        <source>Received &amp;today (lines: {count})</source>
        <translation>Inlevererat i &amp;dag (rader: {count})</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>Return or cancel an order</source>
        <translation>Retur eller makulering av en order</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>Order&amp;nummer:</translation>
    </message>
    <message>
        <source>Order number from the customer&apos;s slip</source>
        <translation>Ordernummer från kundens ordersedel</translation>
    </message>
    <message>
        <source>Scan the barcode on the customer&apos;s slip, or type the number and press Enter</source>
        <translation>Skanna streckkoden på kundens ordersedel, eller skriv numret och tryck Enter</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Sö&amp;k</translation>
    </message>
    <message>
        <source>&amp;Send return</source>
        <translation>&amp;Skicka returen</translation>
    </message>
    <message>
        <source>Lower &amp;quantities</source>
        <translation>Sänk &amp;antal</translation>
    </message>
    <message>
        <source>Cancel &amp;whole order</source>
        <translation>Makulera &amp;hela ordern</translation>
    </message>
    <message>
        <source>&amp;Print return slip</source>
        <translation>Skriv &amp;ut retursedel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>About the order</source>
        <translation>Om ordern</translation>
    </message>
    <message>
        <source>What stands in the way</source>
        <translation>Det som hindrar</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Det som gjordes</translation>
    </message>
    <message>
        <source>Close without sending?</source>
        <translation>Stänga utan att skicka?</translation>
    </message>
    <message>
        <source>What was typed for this order is not sent. Close anyway?</source>
        <translation>Det som skrevs för den här ordern är inte skickat. Stänga ändå?</translation>
    </message>
    <message>
        <source>Type or scan the order number.</source>
        <translation>Skriv eller skanna ordernumret.</translation>
    </message>
    <message>
        <source>Asking Ongoing for order {number}…</source>
        <translation>Frågar Ongoing efter order {number}…</translation>
    </message>
    <message>
        <source>Order {number}: not yet in Ongoing, waiting on this PC (F7).</source>
        <translation>Order {number}: ännu inte i Ongoing, väntar på den här datorn (F7).</translation>
    </message>
    <message>
        <source>Order {number}: {status}, warehouse {warehouse}.</source>
        <translation>Order {number}: {status}, lager {warehouse}.</translation>
    </message>
    <message>
        <source>The warehouse has not started on it: cancel the whole order, or type lower quantities and choose Lower quantities.</source>
        <translation>Lagret har inte börjat på den: makulera hela ordern, eller skriv lägre antal och välj Sänk antal.</translation>
    </message>
    <message>
        <source>The warehouse has started on it: it can neither be changed nor returned now. A return is possible once it has been picked.</source>
        <translation>Lagret har börjat på den: den kan varken ändras eller returneras nu. Retur går när den har plockats.</translation>
    </message>
    <message>
        <source>Type how many of each article come back, choose the cause and where the goods go, then Send return.</source>
        <translation>Skriv hur många av varje artikel som kommer tillbaka, välj orsak och vart varorna går, sedan Skicka returen.</translation>
    </message>
    <message>
        <source>It is cancelled: there is nothing to return.</source>
        <translation>Den är makulerad: det finns inget att returnera.</translation>
    </message>
    <message>
        <source>Everything on it is already returned: there is nothing left.</source>
        <translation>Allt på den är redan returnerat: inget finns kvar.</translation>
    </message>
    <message>
        <source>Storing the return on this PC and sending it to Ongoing…</source>
        <translation>Sparar returen på den här datorn och skickar den till Ongoing…</translation>
    </message>
    <message>
        <source>Return {number} is confirmed by Ongoing (return order id {id}); the goods go to {warehouse}.</source>
        <translation>Retur {number} är bekräftad av Ongoing (returorder-id {id}); varorna går till {warehouse}.</translation>
    </message>
    <message>
        <source>Return {number} is stored on this PC and waits for Ongoing ({reason}); it is sent again by itself and waits in F7 meanwhile. The goods go to {warehouse}.</source>
        <translation>Retur {number} är sparad på den här datorn och väntar på Ongoing ({reason}); den skickas igen av sig själv och väntar i F7 så länge. Varorna går till {warehouse}.</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad ännu</translation>
    </message>
    <message>
        <source>Changing the order…</source>
        <translation>Ändrar ordern…</translation>
    </message>
    <message>
        <source>Cancel the whole order?</source>
        <translation>Makulera hela ordern?</translation>
    </message>
    <message>
        <source>Cancel order {number}? The warehouse will not pick it.</source>
        <translation>Makulera order {number}? Lagret plockar den inte.</translation>
    </message>
    <message>
        <source>Cancelling the order…</source>
        <translation>Makulerar ordern…</translation>
    </message>
</context>
<context>
    <name>ReturnForm</name>
    <message>
        <source>Ca&amp;use:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>&amp;Goods go to:</source>
        <translation>Varorna &amp;går till:</translation>
    </message>
    <message>
        <source>Return cause</source>
        <translation>Returorsak</translation>
    </message>
    <message>
        <source>Comment on the return</source>
        <translation>Kommentar till returen</translation>
    </message>
    <message>
        <source>Warehouse the goods go to</source>
        <translation>Lager som varorna går till</translation>
    </message>
    <message>
        <source>Whether a comment is needed</source>
        <translation>Om en kommentar behövs</translation>
    </message>
    <message>
        <source>Required: Ongoing needs a comment for “{cause}”. Say what happened.</source>
        <translation>Obligatorisk: Ongoing kräver en kommentar för ”{cause}”. Skriv vad som hände.</translation>
    </message>
    <message>
        <source>Required for this cause</source>
        <translation>Obligatorisk för den här orsaken</translation>
    </message>
    <message>
        <source>Optional for this cause.</source>
        <translation>Frivillig för den här orsaken.</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivillig</translation>
    </message>
</context>
<context>
    <name>ReturnLines</name>
    <message>
        <source>Lines of the order, with a quantity for each</source>
        <translation>Orderns rader, med ett antal för varje</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Plockat</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returnerat</translation>
    </message>
    <message>
        <source>Return now</source>
        <translation>Returnera nu</translation>
    </message>
    <message>
        <source>New quantity</source>
        <translation>Nytt antal</translation>
    </message>
    <message>
        <source>Return quantity, {article} {name}, at most {most}</source>
        <translation>Antal att returnera, {article} {name}, högst {most}</translation>
    </message>
    <message>
        <source>New quantity, {article} {name}, at most {most}</source>
        <translation>Nytt antal, {article} {name}, högst {most}</translation>
    </message>
</context>
<context>
    <name>ReturnSlip</name>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Return (copy)</source>
        <translation>Retur (kopia)</translation>
    </message>
    <message>
        <source>Return {number}</source>
        <translation>Retur {number}</translation>
    </message>
    <message>
        <source>Return number</source>
        <translation>Returnummer</translation>
    </message>
    <message>
        <source>Return number: {number}</source>
        <translation>Returnummer: {number}</translation>
    </message>
    <message>
        <source>Original order: {number}</source>
        <translation>Ursprunglig order: {number}</translation>
    </message>
    <message>
        <source>Original order</source>
        <translation>Ursprunglig order</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Orsak: {cause}</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Kommentar: {comment}</translation>
    </message>
    <message>
        <source>The goods go to: {warehouse}</source>
        <translation>Varorna skickas till: {warehouse}</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Återbetalning</translation>
    </message>
    <message>
        <source>Refund the customer now</source>
        <translation>Återbetala kunden nu</translation>
    </message>
    <message>
        <source>Refund when the warehouse has received the goods — the till says when</source>
        <translation>Återbetala när lagret har tagit emot varorna — kassan säger till när</translation>
    </message>
    <message>
        <source>Not yet confirmed by Ongoing</source>
        <translation>Ännu inte bekräftad av Ongoing</translation>
    </message>
    <message>
        <source>The return is stored at the till and goes to Ongoing as soon as the till can reach it.</source>
        <translation>Returen är sparad i kassan och skickas till Ongoing så snart kassan når det.</translation>
    </message>
    <message>
        <source>Ongoing return order: {reference}</source>
        <translation>Ongoings returorder: {reference}</translation>
    </message>
    <message>
        <source>Received by the warehouse: {date}</source>
        <translation>Mottagen av lagret: {date}</translation>
    </message>
    <message>
        <source>Withdrawn: this return was cancelled.</source>
        <translation>Återkallad: returen är makulerad.</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>The warehouse has not started on order {number}: cancel it instead of returning it.</source>
        <translation>Lagret har inte börjat på order {number}: avbryt den i stället för att returnera den.</translation>
    </message>
    <message>
        <source>The warehouse is working on order {number} ({status}): it can neither be cancelled nor returned until it has been picked.</source>
        <translation>Lagret arbetar med order {number} ({status}): den kan varken avbrytas eller returneras förrän den är plockad.</translation>
    </message>
    <message>
        <source>Order {number} is cancelled: there is nothing to return.</source>
        <translation>Order {number} är avbruten: det finns inget att returnera.</translation>
    </message>
    <message>
        <source>Everything on order {number} is already returned.</source>
        <translation>Allt på order {number} är redan returnerat.</translation>
    </message>
    <message>
        <source>Choose at least one article to return.</source>
        <translation>Välj minst en artikel att returnera.</translation>
    </message>
    <message>
        <source>{code} is not one of Ongoing&apos;s return causes. Choose one of: {known}.</source>
        <translation>{code} är inte en av Ongoings returorsaker. Välj en av: {known}.</translation>
    </message>
    <message>
        <source>The cause {cause} needs a comment: say what happened.</source>
        <translation>Orsaken {cause} kräver en kommentar: skriv vad som hände.</translation>
    </message>
    <message>
        <source>Article {article} is not on order {number}.</source>
        <translation>Artikel {article} finns inte på order {number}.</translation>
    </message>
    <message>
        <source>Return a whole number of {article}, at least 1.</source>
        <translation>Returnera ett helt antal av {article}, minst 1.</translation>
    </message>
    <message>
        <source>At most {most} of {article} can be returned ({picked} picked, {returned} already on a return).</source>
        <translation>Högst {most} av {article} kan returneras ({picked} plockade, {returned} redan på en retur).</translation>
    </message>
    <message>
        <source>Type or scan the order number.</source>
        <translation>Skriv eller skanna ordernumret.</translation>
    </message>
    <message>
        <source>Ongoing has no order {number} for this store&apos;s goods owner.</source>
        <translation>Ongoing har ingen order {number} för butikens varuägare.</translation>
    </message>
    <message>
        <source>Ongoing has no warehouse {code}.</source>
        <translation>Ongoing har inget lager {code}.</translation>
    </message>
    <message>
        <source>Refund the customer now, in the store&apos;s POS.</source>
        <translation>Återbetala kunden nu, i butikens kassasystem.</translation>
    </message>
    <message>
        <source>Refund the customer in the store&apos;s POS when the warehouse has received the goods.</source>
        <translation>Återbetala kunden i butikens kassasystem när lagret har tagit emot varorna.</translation>
    </message>
    <message>
        <source>Order {number} is cancelled.</source>
        <translation>Order {number} är makulerad.</translation>
    </message>
    <message>
        <source>Order {number} is changed on this PC; it goes to Ongoing with the new quantities.</source>
        <translation>Order {number} är ändrad på den här datorn; den går till Ongoing med de nya antalen.</translation>
    </message>
    <message>
        <source>Order {number} is changed in Ongoing: the quantities are lower now.</source>
        <translation>Order {number} är ändrad i Ongoing: antalen är lägre nu.</translation>
    </message>
    <message>
        <source>Ongoing did not return a return order id.</source>
        <translation>Ongoing svarade inte med något returorder-id.</translation>
    </message>
    <message>
        <source>No such return in the outbox.</source>
        <translation>Returen finns inte i utkorgen.</translation>
    </message>
    <message>
        <source>Return {number} cannot be withdrawn now: {reason}</source>
        <translation>Retur {number} kan inte dras tillbaka nu: {reason}</translation>
    </message>
    <message>
        <source>withdrawn at the till</source>
        <translation>tillbakadragen i kassan</translation>
    </message>
    <message>
        <source>The warehouse has started on order {number} ({status}): it cannot be cancelled now; return it once it has been picked.</source>
        <translation>Lagret har börjat på order {number} ({status}): den kan inte avbrytas nu; returnera den när den är plockad.</translation>
    </message>
    <message>
        <source>The quantities of order {number} cannot be changed now ({status}): the warehouse has started on it or it is cancelled.</source>
        <translation>Antalen på order {number} kan inte ändras nu ({status}): lagret har börjat på den eller så är den makulerad.</translation>
    </message>
    <message>
        <source>Line {line} is not on order {number}.</source>
        <translation>Rad {line} finns inte på order {number}.</translation>
    </message>
    <message>
        <source>{article}: the new quantity must be a whole number from 0 to {ordered}.</source>
        <translation>{article}: det nya antalet måste vara ett heltal från 0 till {ordered}.</translation>
    </message>
    <message>
        <source>Lower at least one quantity, or close without changing.</source>
        <translation>Sänk minst ett antal, eller stäng utan att ändra.</translation>
    </message>
    <message>
        <source>Every quantity is 0: cancel the whole order instead.</source>
        <translation>Alla antal är 0: makulera hela ordern i stället.</translation>
    </message>
    <message>
        <source>Order {number} is being sent to Ongoing right now: try again in a moment.</source>
        <translation>Order {number} skickas till Ongoing just nu: försök igen om en stund.</translation>
    </message>
    <message>
        <source>The warehouse has just started on order {number}: its quantities cannot be changed now; return what is not wanted once it is picked.</source>
        <translation>Lagret har just börjat på order {number}: antalen kan inte ändras nu; returnera det som inte önskas när den är plockad.</translation>
    </message>
    <message>
        <source>Return {number} received by the warehouse: refund the customer now.</source>
        <translation>Retur {number} har tagits emot av lagret: återbetala kunden nu.</translation>
    </message>
    <message>
        <source>Return {number} received by the warehouse.</source>
        <translation>Retur {number} har tagits emot av lagret.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>French AZERTY</source>
        <translation>fransk AZERTY</translation>
    </message>
    <message>
        <source>Belgian AZERTY</source>
        <translation>belgisk AZERTY</translation>
    </message>
    <message>
        <source>Nordic with Shift</source>
        <translation>nordisk med Shift</translation>
    </message>
    <message>
        <source>US with Shift</source>
        <translation>amerikansk med Shift</translation>
    </message>
    <message>
        <source>article number</source>
        <translation>artikelnummer</translation>
    </message>
    <message>
        <source>Nothing was scanned. Scan again or type the code.</source>
        <translation>Ingenting skannades. Skanna igen eller skriv in koden.</translation>
    </message>
    <message>
        <source>That is too long for a barcode (over {limit} characters). Scan again.</source>
        <translation>Det är för långt för en streckkod (över {limit} tecken). Skanna igen.</translation>
    </message>
    <message>
        <source>The code contains invisible control characters ({code}). Scan again.</source>
        <translation>Koden innehåller osynliga styrtecken ({code}). Skanna igen.</translation>
    </message>
    <message>
        <source>Check digit wrong: {code} should end in {digit}. Scan again or type the code.</source>
        <translation>Fel kontrollsiffra: {code} ska sluta på {digit}. Skanna igen eller skriv in koden.</translation>
    </message>
    <message>
        <source>“{code}” looks like {digits} typed with a {layout} keyboard layout. Switch the keyboard or scanner to the right layout, then scan again.</source>
        <translation>”{code}” ser ut som {digits} skrivet med tangentbordslayouten {layout}. Ställ om tangentbordet eller skannern till rätt layout och skanna sedan igen.</translation>
    </message>
    <message>
        <source>The GS1 code {code} has no valid GTIN after 01. Scan the product&apos;s EAN instead.</source>
        <translation>GS1-koden {code} har inget giltigt GTIN efter 01. Skanna varans EAN-kod i stället.</translation>
    </message>
</context>
<context>
    <name>ScannerDiagnostics</name>
    <message>
        <source>⏎Enter</source>
        <translation>⏎Enter</translation>
    </message>
    <message>
        <source>⏎LF</source>
        <translation>⏎LF</translation>
    </message>
    <message>
        <source>⇥Tab</source>
        <translation>⇥Tabb</translation>
    </message>
    <message>
        <source>&lt;GS&gt;</source>
        <translation>&lt;GS&gt;</translation>
    </message>
    <message>
        <source>The scanner types as if the keyboard were {layout}: set the scanner to the PC&apos;s keyboard layout (or use its &apos;Alt+numpad&apos; / &apos;universal&apos; keyboard mode).</source>
        <translation>Skannern skriver som om tangentbordet vore {layout}: ställ in skannern på datorns tangentbordslayout (eller använd dess läge &apos;Alt+numpad&apos; / &apos;universal&apos;).</translation>
    </message>
    <message>
        <source>A wrong check digit usually means a damaged label or a missed digit.</source>
        <translation>En felaktig kontrollsiffra betyder oftast en skadad etikett eller en siffra som inte lästes.</translation>
    </message>
    <message>
        <source>Scanner diagnostics</source>
        <translation>Skannerdiagnostik</translation>
    </message>
    <message>
        <source>Settings: a scan is keys at most {gap} ms apart, at least {length} long, ending with {terminators}.</source>
        <translation>Inställningar: en skanning är tangenter med högst {gap} ms mellanrum, minst {length} tecken lång, avslutad med {terminators}.</translation>
    </message>
    <message>
        <source>Keys as they arrive (gap in ms):</source>
        <translation>Tangenter när de kommer (mellanrum i ms):</translation>
    </message>
    <message>
        <source>Raw keys with timing</source>
        <translation>Råa tangenter med tider</translation>
    </message>
    <message>
        <source>What was recognised</source>
        <translation>Vad som kändes igen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>{gap} ms  {key}</source>
        <translation>{gap} ms  {key}</translation>
    </message>
    <message>
        <source>Scan something.</source>
        <translation>Skanna något.</translation>
    </message>
    <message>
        <source>Scan “{code}”: {problem}</source>
        <translation>Skanning ”{code}”: {problem}</translation>
    </message>
    <message>
        <source>check digit OK</source>
        <translation>kontrollsiffran stämmer</translation>
    </message>
    <message>
        <source>no check digit (article number)</source>
        <translation>ingen kontrollsiffra (artikelnummer)</translation>
    </message>
    <message>
        <source>Scan “{code}”: {kind} {value}, {check}.</source>
        <translation>Skanning ”{code}”: {kind} {value}, {check}.</translation>
    </message>
    <message>
        <source>Works: its keys came at most {slowest} ms apart, within scanner.max_interkey_ms ({limit} ms). Nothing to change.</source>
        <translation>Fungerar: tangenterna kom högst {slowest} ms isär, inom scanner.max_interkey_ms ({limit} ms). Inget behöver ändras.</translation>
    </message>
    <message>
        <source>Not a scan: keys came up to {slowest} ms apart, slower than any setting allows. If this was the scanner, shorten its delay between characters.</source>
        <translation>Ingen skanning: tangenterna kom upp till {slowest} ms isär, långsammare än någon inställning tillåter. Om det var skannern, korta dess fördröjning mellan tecken.</translation>
    </message>
    <message>
        <source>Too slow for the settings: its keys came up to {slowest} ms apart, and scanner.max_interkey_ms is {limit} ms, so its codes land as typing. Set scanner.max_interkey_ms to {suggested}, or shorten the scanner&apos;s delay between characters.</source>
        <translation>För långsam för inställningarna: tangenterna kom upp till {slowest} ms isär och scanner.max_interkey_ms är {limit} ms, så koderna hamnar som vanlig inmatning. Sätt scanner.max_interkey_ms till {suggested}, eller korta skannerns fördröjning mellan tecken.</translation>
    </message>
    <message>
        <source>Works, only just: its slowest key came {slowest} ms after the one before, close to scanner.max_interkey_ms ({limit} ms). Set scanner.max_interkey_ms to {suggested} so that no scan is missed.</source>
        <translation>Fungerar, men knappt: den långsammaste tangenten kom {slowest} ms efter den förra, nära scanner.max_interkey_ms ({limit} ms). Sätt scanner.max_interkey_ms till {suggested} så att ingen skanning missas.</translation>
    </message>
    <message>
        <source>Works, but the settings are far slower than this scanner: its keys came at most {slowest} ms apart, while scanner.max_interkey_ms is {limit} ms, so quick typing outside a text field is taken for a scan too. Set scanner.max_interkey_ms to {suggested}.</source>
        <translation>Fungerar, men inställningarna är mycket långsammare än den här skannern: tangenterna kom högst {slowest} ms isär medan scanner.max_interkey_ms är {limit} ms, så snabb inmatning utanför ett textfält tas också för en skanning. Sätt scanner.max_interkey_ms till {suggested}.</translation>
    </message>
    <message>
        <source>Not a scan: the code has {length} characters, fewer than scanner.min_length ({minimum}). Set scanner.min_length to {length} if your codes are that short.</source>
        <translation>Ingen skanning: koden har {length} tecken, färre än scanner.min_length ({minimum}). Sätt scanner.min_length till {length} om era koder är så korta.</translation>
    </message>
    <message>
        <source>Not a scan: the scanner ends its codes with {key}, which scanner.terminators does not list. Set scanner.terminators to {value}.</source>
        <translation>Ingen skanning: skannern avslutar sina koder med {key}, som inte finns i scanner.terminators. Sätt scanner.terminators till {value}.</translation>
    </message>
    <message>
        <source>Not a scan: {count} keys came quickly with no Enter, Tab or LF after them. Set the scanner to end each code with Enter (its suffix setting).</source>
        <translation>Ingen skanning: {count} tangenter kom snabbt utan Enter, Tab eller LF efter. Ställ in skannern att avsluta varje kod med Enter (dess suffix-inställning).</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Ongoing API URL</source>
        <translation>Ongoings API-adress</translation>
    </message>
    <message>
        <source>Ongoing API URL (https://...) or just the warehouse name.</source>
        <translation>Ongoings API-adress (https://...) eller bara lagrets namn i Ongoing.</translation>
    </message>
    <message>
        <source>Goods owner id</source>
        <translation>Varuägar-id</translation>
    </message>
    <message>
        <source>Ongoing goods owner id.</source>
        <translation>Varuägarens id i Ongoing.</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>API-användare</translation>
    </message>
    <message>
        <source>Ongoing API user name.</source>
        <translation>Användarnamn för Ongoings API.</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Butikens namn</translation>
    </message>
    <message>
        <source>Store name, printed on slips.</source>
        <translation>Butikens namn, skrivs ut på ordersedlar.</translation>
    </message>
    <message>
        <source>Till id</source>
        <translation>Kassans id</translation>
    </message>
    <message>
        <source>This till&apos;s id within the store (1-4 letters or digits).</source>
        <translation>Kassans id i butiken (1–4 bokstäver eller siffror).</translation>
    </message>
    <message>
        <source>Order number prefix</source>
        <translation>Prefix för ordernummer</translation>
    </message>
    <message>
        <source>Store prefix of order numbers (a letter, then up to 5 letters or digits).</source>
        <translation>Butikens prefix för ordernummer (en bokstav, sedan upp till 5 bokstäver eller siffror).</translation>
    </message>
    <message>
        <source>Preferred warehouses</source>
        <translation>Föredragna lager</translation>
    </message>
    <message>
        <source>Warehouse codes in the store&apos;s order of preference, nearest first.</source>
        <translation>Lagerkoder i butikens prioritetsordning, närmaste först.</translation>
    </message>
    <message>
        <source>Distances to warehouses (km)</source>
        <translation>Avstånd till lagren (km)</translation>
    </message>
    <message>
        <source>Distance from the store to each warehouse code, in km.</source>
        <translation>Avstånd från butiken till varje lagerkod, i km.</translation>
    </message>
    <message>
        <source>Way of delivery: pickup</source>
        <translation>Leveranssätt: upphämtning</translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for pickup orders.</source>
        <translation>Ongoings leveranssättskod för upphämtningsordrar.</translation>
    </message>
    <message>
        <source>Way of delivery: home delivery</source>
        <translation>Leveranssätt: hemleverans</translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for home delivery.</source>
        <translation>Ongoings leveranssättskod för hemleverans.</translation>
    </message>
    <message>
        <source>Way of delivery: sale over the counter</source>
        <translation>Leveranssätt: försäljning över disk</translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for sales over the counter.</source>
        <translation>Ongoings leveranssättskod för försäljning över disk.</translation>
    </message>
    <message>
        <source>Store&apos;s own warehouse</source>
        <translation>Butikens eget lager</translation>
    </message>
    <message>
        <source>Code of the store&apos;s own warehouse in Ongoing, if it has one.</source>
        <translation>Koden för butikens eget lager i Ongoing, om butiken har ett.</translation>
    </message>
    <message>
        <source>Sells over the counter</source>
        <translation>Säljer över disk</translation>
    </message>
    <message>
        <source>This till sells over the counter (Shift+F10) from store.store_warehouse; sales deduct stock in Ongoing.</source>
        <translation>Den här kassan säljer över disk (Shift+F10) från store.store_warehouse; försäljningen dras från lagersaldot i Ongoing.</translation>
    </message>
    <message>
        <source>Backorders allowed</source>
        <translation>Restorder tillåts</translation>
    </message>
    <message>
        <source>Allow orders a warehouse cannot fully supply now.</source>
        <translation>Tillåt ordrar som ett lager inte kan leverera fullt ut just nu.</translation>
    </message>
    <message>
        <source>Refund returns</source>
        <translation>Återbetala returer</translation>
    </message>
    <message>
        <source>at the counter, now</source>
        <translation>i kassan, direkt</translation>
    </message>
    <message>
        <source>when the warehouse has received them</source>
        <translation>när lagret har tagit emot varorna</translation>
    </message>
    <message>
        <source>When the cashier refunds a return in the store&apos;s own POS: now, or once the warehouse has received the goods.</source>
        <translation>När kassören återbetalar en retur i butikens eget kassasystem: direkt, eller när lagret har tagit emot varorna.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Currency the store sells in (ISO 4217 code: SEK, NOK, DKK, EUR...); Ongoing&apos;s customer prices are read in it.</source>
        <translation>Valutan butiken säljer i (ISO 4217-kod: SEK, NOK, DKK, EUR...); Ongoings kundpriser läses i den.</translation>
    </message>
    <message>
        <source>Longest gap between scan keys (ms)</source>
        <translation>Längsta paus mellan skanningens tangenter (ms)</translation>
    </message>
    <message>
        <source>Longest gap between two keys of one scan, in ms (people type slower).</source>
        <translation>Längsta paus mellan två tangenter i en skanning, i ms (människor skriver långsammare).</translation>
    </message>
    <message>
        <source>Shortest scan</source>
        <translation>Kortaste skanning</translation>
    </message>
    <message>
        <source>Shortest code taken as a scan.</source>
        <translation>Kortaste kod som räknas som en skanning.</translation>
    </message>
    <message>
        <source>Keys that end a scan</source>
        <translation>Tangenter som avslutar en skanning</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Line feed (LF)</source>
        <translation>Radmatning (LF)</translation>
    </message>
    <message>
        <source>Keys that end a scan: any of enter, tab, lf.</source>
        <translation>Tangenter som avslutar en skanning: någon av enter, tab, lf.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Language of the till: en or sv.</source>
        <translation>Kassans språk: en eller sv.</translation>
    </message>
    <message>
        <source>Stock is old after (seconds)</source>
        <translation>Lagersaldot är gammalt efter (sekunder)</translation>
    </message>
    <message>
        <source>Stock figures older than this many seconds are marked old.</source>
        <translation>Lagersaldon som är äldre än så här många sekunder markeras som gamla.</translation>
    </message>
    <message>
        <source>Slip paper</source>
        <translation>Papper för ordersedeln</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>80 mm kvittorulle</translation>
    </message>
    <message>
        <source>A4 page</source>
        <translation>A4-ark</translation>
    </message>
    <message>
        <source>Paper of the order slip: 80mm (a receipt roll) or a4 (a page).</source>
        <translation>Papper för ordersedeln: 80mm (en kvittorulle) eller a4 (ett ark).</translation>
    </message>
    <message>
        <source>Webhook receiver</source>
        <translation>Webhook-mottagare</translation>
    </message>
    <message>
        <source>Address of the store&apos;s `tillside webhooks` (http://host:port); its token in TILLSIDE_WEBHOOK_TOKEN. Empty: the till asks Ongoing every events.poll_seconds.</source>
        <translation>Adress till butikens `tillside webhooks` (http://värd:port); dess token i TILLSIDE_WEBHOOK_TOKEN. Tomt: kassan frågar Ongoing var events.poll_seconds.</translation>
    </message>
    <message>
        <source>Polling interval (s)</source>
        <translation>Frågeintervall (s)</translation>
    </message>
    <message>
        <source>Without a receiver: seconds between two questions to Ongoing about goods received and stock adjustments (two calls each time).</source>
        <translation>Utan mottagare: sekunder mellan två frågor till Ongoing om inlevererade varor och lagerjusteringar (två anrop varje gång).</translation>
    </message>
    <message>
        <source>Mark adjustments reported</source>
        <translation>Markera justeringar som rapporterade</translation>
    </message>
    <message>
        <source>Mark exported stock adjustments as reported in Ongoing; that flag is shared with every other system of the goods owner.</source>
        <translation>Markera exporterade lagerjusteringar som rapporterade i Ongoing; den flaggan delas med alla andra system hos varuägaren.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The config file {path} does not exist.</source>
        <translation>Konfigurationsfilen {path} finns inte.</translation>
    </message>
    <message>
        <source>The config file {path} is damaged: it is not text. Replace it, or remove it to start from the defaults.</source>
        <translation>Inställningsfilen {path} är skadad: den är inte text. Ersätt den, eller ta bort den för att börja från standardvärdena.</translation>
    </message>
    <message>
        <source>Cannot read the config file {path}: {problem}.</source>
        <translation>Det går inte att läsa konfigurationsfilen {path}: {problem}.</translation>
    </message>
    <message>
        <source>The config file {path} is not valid TOML: {problem}.</source>
        <translation>Konfigurationsfilen {path} är inte giltig TOML: {problem}.</translation>
    </message>
    <message>
        <source>In {path}, &apos;{section}&apos; must be a [section] table; sections are: {sections}.</source>
        <translation>I {path} måste &apos;{section}&apos; vara en [sektion]-tabell; sektionerna är: {sections}.</translation>
    </message>
    <message>
        <source>Unknown settings section [{section}]; sections are: {sections}.</source>
        <translation>Okänd inställningssektion [{section}]; sektionerna är: {sections}.</translation>
    </message>
    <message>
        <source>Some settings are not valid:</source>
        <translation>Några inställningar är ogiltiga:</translation>
    </message>
    <message>
        <source>- {key} (from {source}) is not a setting; [{section}] has: {allowed}.</source>
        <translation>- {key} (från {source}) är ingen inställning; [{section}] har: {allowed}.</translation>
    </message>
    <message>
        <source>- {key} is not a setting; [{section}] has: {allowed}.</source>
        <translation>- {key} är ingen inställning; [{section}] har: {allowed}.</translation>
    </message>
    <message>
        <source>- {key} = {value} (from {source}): {problem}</source>
        <translation>- {key} = {value} (från {source}): {problem}</translation>
    </message>
    <message>
        <source>- {key} = {value}: {problem}</source>
        <translation>- {key} = {value}: {problem}</translation>
    </message>
    <message>
        <source>{reason}. Allowed: {allowed}</source>
        <translation>{reason}. Tillåtet: {allowed}</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>This PC&apos;s keyring cannot be read ({problem}). Set {variable}, or fix the keyring and run `tillside set-password`.</source>
        <translation>Den här datorns nyckelring går inte att läsa ({problem}). Sätt {variable}, eller laga nyckelringen och kör `tillside set-password`.</translation>
    </message>
    <message>
        <source>No Ongoing password is stored for API user {user}. Run `tillside set-password`, or set {variable}.</source>
        <translation>Inget Ongoing-lösenord är sparat för API-användaren {user}. Kör `tillside set-password` eller sätt {variable}.</translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>Lösenordet är tomt; inget sparades.</translation>
    </message>
    <message>
        <source>This PC has no usable keyring ({problem}), so the password was not stored. Set {variable} for the user the till runs as, or fix the keyring and run `tillside set-password`.</source>
        <translation>Den här datorn har ingen användbar nyckelring ({problem}), så lösenordet sparades inte. Sätt {variable} för användaren som kassan körs som, eller laga nyckelringen och kör `tillside set-password`.</translation>
    </message>
    <message>
        <source>The Ongoing API URL or warehouse name is empty.</source>
        <translation>Ongoings API-adress eller lagernamn är tomt.</translation>
    </message>
    <message>
        <source>The Ongoing API URL is too long.</source>
        <translation>Ongoings API-adress är för lång.</translation>
    </message>
    <message>
        <source>The Ongoing API URL must not contain spaces.</source>
        <translation>Ongoings API-adress får inte innehålla mellanslag.</translation>
    </message>
    <message>
        <source>Put the API user and password in their own fields, not in the Ongoing API URL.</source>
        <translation>Skriv API-användaren och lösenordet i sina egna fält, inte i Ongoings API-adress.</translation>
    </message>
    <message>
        <source>Give the Ongoing API URL (starting with https://) or just the warehouse name.</source>
        <translation>Ange Ongoings API-adress (som börjar med https://) eller bara lagrets namn i Ongoing.</translation>
    </message>
    <message>
        <source>The Ongoing API URL must use https:// (http only on this PC itself).</source>
        <translation>Ongoings API-adress måste använda https:// (http bara på den här datorn).</translation>
    </message>
    <message>
        <source>The Ongoing API URL must not contain &apos;?&apos; or &apos;#&apos;.</source>
        <translation>Ongoings API-adress får inte innehålla &apos;?&apos; eller &apos;#&apos;.</translation>
    </message>
    <message>
        <source>The port in the Ongoing API URL is not a valid number.</source>
        <translation>Porten i Ongoings API-adress är inte ett giltigt nummer.</translation>
    </message>
    <message>
        <source>The goods owner id must be a positive number.</source>
        <translation>Varuägarens id måste vara ett positivt tal.</translation>
    </message>
    <message>
        <source>The Ongoing API user is empty.</source>
        <translation>API-användaren för Ongoing är tom.</translation>
    </message>
    <message>
        <source>The Ongoing API password is empty.</source>
        <translation>Lösenordet till Ongoings API är tomt.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency; use a code such as SEK, NOK, DKK or EUR</source>
        <translation>{code} är ingen ISO 4217-valuta; använd en kod som SEK, NOK, DKK eller EUR</translation>
    </message>
    <message>
        <source>the distance to {code} must not be negative</source>
        <translation>avståndet till {code} får inte vara negativt</translation>
    </message>
    <message>
        <source>unknown terminator {key}; use enter, tab or lf</source>
        <translation>okänd avslutningstangent {key}; använd enter, tab eller lf</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Skanner</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visning</translation>
    </message>
    <message>
        <source>Settings problems</source>
        <translation>Problem med inställningarna</translation>
    </message>
    <message>
        <source>Change the Ongoing &amp;connection…</source>
        <translation>Byt &amp;anslutning till Ongoing…</translation>
    </message>
    <message>
        <source>Change the Ongoing connection</source>
        <translation>Byt anslutning till Ongoing</translation>
    </message>
    <message>
        <source>Set on this PC by {variable}: change it there.</source>
        <translation>Satt på den här datorn av {variable}: ändra det där.</translation>
    </message>
    <message>
        <source>Set by IT in {file}: change it there.</source>
        <translation>Satt av IT i {file}: ändra det där.</translation>
    </message>
    <message>
        <source>Change the Ongoing connection?</source>
        <translation>Byta anslutning till Ongoing?</translation>
    </message>
    <message>
        <source>The till will talk to another Ongoing account after a restart. Unsent orders stay in the outbox for the current one. Go on?</source>
        <translation>Kassan använder ett annat Ongoing-konto efter en omstart. Ej skickade ordrar ligger kvar i utkorgen för det nuvarande kontot. Fortsätta?</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Connected. Goods owner {owner}: {warehouses} warehouses, {articles} articles.</source>
        <translation>Ansluten. Varuägare {owner}: {warehouses} lager, {articles} artiklar.</translation>
    </message>
    <message>
        <source>Connect Tillside to Ongoing</source>
        <translation>Anslut Tillside till Ongoing</translation>
    </message>
    <message>
        <source>&amp;Warehouse name or API URL</source>
        <translation>&amp;Lagernamn eller API-adress</translation>
    </message>
    <message>
        <source>&amp;Goods owner id</source>
        <translation>&amp;Varuägar-id</translation>
    </message>
    <message>
        <source>API &amp;user</source>
        <translation>API-&amp;användare</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Löse&amp;nord</translation>
    </message>
    <message>
        <source>set by {variable}</source>
        <translation>satt av {variable}</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultat av anslutningstestet</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testa anslutningen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testa anslutningen</translation>
    </message>
    <message>
        <source>&amp;Open the till</source>
        <translation>Öppna &amp;kassan</translation>
    </message>
    <message>
        <source>&amp;Save and open the till</source>
        <translation>&amp;Spara och öppna kassan</translation>
    </message>
    <message>
        <source>&amp;Close the till</source>
        <translation>Stän&amp;g kassan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Without a connection to Ongoing the till cannot look up stock or send orders, so it closes. Press “Close the till” to close it, or fill in the connection and save it.</source>
        <translation>Utan anslutning till Ongoing kan kassan inte slå upp lagersaldon eller skicka ordrar, så den stängs. Tryck på ”Stäng kassan” för att stänga den, eller fyll i anslutningen och spara den.</translation>
    </message>
    <message>
        <source>The connection (URL, goods owner, user) is saved, the password is not: {problem} Until then the till asks for it at each start. “Open the till” uses the password typed here, this time.</source>
        <translation>Anslutningen (adress, varuägare, användare) är sparad, men inte lösenordet: {problem} Tills dess frågar kassan efter det vid varje start. ”Öppna kassan” använder lösenordet som skrivits här, den här gången.</translation>
    </message>
    <message>
        <source>The goods owner id is a whole number, like 12.</source>
        <translation>Varuägar-id är ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <source>Give the API user.</source>
        <translation>Ange API-användaren.</translation>
    </message>
    <message>
        <source>Give the password.</source>
        <translation>Ange lösenordet.</translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation>Frågar Ongoing…</translation>
    </message>
</context>
<context>
    <name>ShortStockDialog</name>
    <message>
        <source>Asking Ongoing…</source>
        <translation>Frågar Ongoing…</translation>
    </message>
    <message>
        <source>Orders lacking stock — {warehouse}</source>
        <translation>Ordrar med lagerbrist — {warehouse}</translation>
    </message>
    <message>
        <source>Orders lacking stock at {warehouse}</source>
        <translation>Ordrar med lagerbrist på {warehouse}</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listans status</translation>
    </message>
    <message>
        <source>Orders lacking stock, with what is missing</source>
        <translation>Ordrar med lagerbrist och vad som saknas</translation>
    </message>
    <message>
        <source>Order / article</source>
        <translation>Order / artikel</translation>
    </message>
    <message>
        <source>Article name</source>
        <translation>Artikelnamn</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Beställt</translation>
    </message>
    <message>
        <source>Ongoing says</source>
        <translation>Ongoing säger</translation>
    </message>
    <message>
        <source>⚠ {problem} The list below may be old.</source>
        <translation>⚠ {problem} Listan nedan kan vara inaktuell.</translation>
    </message>
    <message>
        <source>No orders lack stock (as of {time}).</source>
        <translation>Inga ordrar har lagerbrist (kl. {time}).</translation>
    </message>
    <message>
        <source>1 order lacking stock (as of {time}; refreshes every minute).</source>
        <translation>1 order med lagerbrist (kl. {time}; uppdateras varje minut).</translation>
    </message>
    <message>
        <source>{count} orders lacking stock (as of {time}; refreshes every minute).</source>
        <translation>{count} ordrar med lagerbrist (kl. {time}; uppdateras varje minut).</translation>
    </message>
    <message>
        <source>Cannot be picked</source>
        <translation>Kan inte plockas</translation>
    </message>
    <message>
        <source>Partly pickable</source>
        <translation>Kan delvis plockas</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>Scanned article</source>
        <translation>Skannad artikel</translation>
    </message>
    <message>
        <source>Stock per warehouse</source>
        <translation>Lagersaldo per lager</translation>
    </message>
    <message>
        <source>✖ Not found: {code}</source>
        <translation>✖ Hittades inte: {code}</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>inget pris</translation>
    </message>
    <message>
        <source>{number}  ·  {name}  ·  {price}</source>
        <translation>{number}  ·  {name}  ·  {price}</translation>
    </message>
    <message>
        <source>Scan an article to see its stock.</source>
        <translation>Skanna en artikel för att se lagersaldot.</translation>
    </message>
</context>
<context>
    <name>StockTableModel</name>
    <message>
        <source>Basket</source>
        <translation>Varukorg</translation>
    </message>
    <message>
        <source>▾ {count} warehouses have none of these (Enter hides them)</source>
        <translation>▾ {count} lager har inget av detta (Enter döljer dem)</translation>
    </message>
    <message>
        <source>▸ {count} warehouses have none of these (Enter shows them)</source>
        <translation>▸ {count} lager har inget av detta (Enter visar dem)</translation>
    </message>
    <message>
        <source>{time} (old)</source>
        <translation>{time} (gammalt)</translation>
    </message>
    <message>
        <source>{figure} ★ new</source>
        <translation>{figure} ★ ny</translation>
    </message>
    <message>
        <source>✔ enough</source>
        <translation>✔ räcker</translation>
    </message>
    <message>
        <source>✔ all {count}</source>
        <translation>✔ alla {count}</translation>
    </message>
    <message>
        <source>✖ not enough</source>
        <translation>✖ räcker inte</translation>
    </message>
    <message>
        <source>{covered} of {count}</source>
        <translation>{covered} av {count}</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Per</translation>
    </message>
</context>
<context>
    <name>StockTakingDialog</name>
    <message>
        <source>Stock-taking and adjustments — {warehouse}</source>
        <translation>Inventering och justeringar — {warehouse}</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>&amp;Sedan:</translation>
    </message>
    <message>
        <source>Adjustments since</source>
        <translation>Justeringar sedan</translation>
    </message>
    <message>
        <source>Export CSV (Ctrl+S)</source>
        <translation>Exportera CSV (Ctrl+S)</translation>
    </message>
    <message>
        <source>Stock adjustments</source>
        <translation>Lagerjusteringar</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <source>Stock-taking</source>
        <translation>Inventering</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Asking Ongoing…</source>
        <translation>Frågar Ongoing…</translation>
    </message>
    <message>
        <source>{count} adjustments.</source>
        <translation>{count} justeringar.</translation>
    </message>
    <message>
        <source>Stock-taking is told apart only where the store&apos;s webhook receiver passed Ongoing&apos;s event on (events.receiver_url).</source>
        <translation>Inventering skiljs ut bara där butikens webhook-mottagare förmedlat Ongoings händelse (events.receiver_url).</translation>
    </message>
    <message>
        <source>⚠ Not saved: {file} cannot be written ({problem}).</source>
        <translation>⚠ Inte sparad: {file} kan inte skrivas ({problem}).</translation>
    </message>
    <message>
        <source>Saved {file}; </source>
        <translation>Sparade {file}; </translation>
    </message>
    <message>
        <source>✔ {count} adjustments saved to {file}.</source>
        <translation>✔ {count} justeringar sparade i {file}.</translation>
    </message>
    <message>
        <source>{marked} marked reported in Ongoing.</source>
        <translation>{marked} markerade som rapporterade i Ongoing.</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The list of unsent orders on this PC was damaged and could not be read; a new one was started. IT: the damaged file is kept as {kept}; compare it with the orders in Ongoing.</source>
        <translation>Listan över ej skickade beställningar på den här datorn var skadad och gick inte att läsa; en ny lista påbörjades. IT: den skadade filen finns kvar som {kept}; jämför den med beställningarna i Ongoing.</translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC was damaged: {unsent} orders were recovered and will be sent; {unreadable} could not be read. IT: the damaged file is kept as {kept}; compare it with the orders in Ongoing.</source>
        <translation>Listan över ej skickade beställningar på den här datorn var skadad: {unsent} beställningar räddades och kommer att skickas; {unreadable} gick inte att läsa. IT: den skadade filen finns kvar som {kept}; jämför den med beställningarna i Ongoing.</translation>
    </message>
    <message>
        <source>The list of unsent orders on this PC was damaged: {unsent} orders were recovered and will be sent; nothing was lost. IT: the damaged file is kept as {kept}.</source>
        <translation>Listan över ej skickade beställningar på den här datorn var skadad: {unsent} beställningar räddades och kommer att skickas; inget gick förlorat. IT: den skadade filen finns kvar som {kept}.</translation>
    </message>
    <message>
        <source>The saved basket on this PC was damaged, so the till started with an empty basket. IT: the damaged file is kept as {kept}.</source>
        <translation>Den sparade varukorgen på den här datorn var skadad, så kassan startade med en tom varukorg. IT: den skadade filen finns kvar som {kept}.</translation>
    </message>
    <message>
        <source>The till&apos;s settings file was damaged, so the till started with IT&apos;s settings and the defaults. IT: the damaged file is kept as {kept}.</source>
        <translation>Kassans inställningsfil var skadad, så kassan startade med IT:s inställningar och standardvärdena. IT: den skadade filen finns kvar som {kept}.</translation>
    </message>
    <message>
        <source>Orders cannot be placed on this till: {problem} The till still shows stock.</source>
        <translation>Beställningar kan inte läggas i den här kassan: {problem} Kassan visar fortfarande lagersaldon.</translation>
    </message>
    <message>
        <source>This PC&apos;s disk is full. Free some space, then try again.</source>
        <translation>Datorns disk är full. Frigör utrymme och försök sedan igen.</translation>
    </message>
    <message>
        <source>This PC&apos;s data folder cannot be written to ({folder}). IT: give the till&apos;s user write access to it, then try again.</source>
        <translation>Det går inte att skriva i datorns datamapp ({folder}). IT: ge kassans användare skrivrätt till den och försök sedan igen.</translation>
    </message>
    <message>
        <source>Another Tillside program on this PC is holding the list of orders. Try again in a moment.</source>
        <translation>Ett annat Tillside-program på den här datorn håller listan över beställningar. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>The file {file} on this PC is damaged. Restart Tillside: it sets the file aside and recovers what it can.</source>
        <translation>Filen {file} på den här datorn är skadad. Starta om Tillside: filen läggs undan och det som går räddas.</translation>
    </message>
    <message>
        <source>This PC could not use the file {file} ({detail}). Tell IT, then try again.</source>
        <translation>Datorn kunde inte använda filen {file} ({detail}). Meddela IT och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Problems with this PC&apos;s files</source>
        <translation>Problem med den här datorns filer</translation>
    </message>
</context>
<context>
    <name>UnexpectedError</name>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Tillside hit an unexpected error. The basket and unsent orders are safe; you can go on.

Tell IT: crash report {report} in {folder}</source>
        <translation>Tillside råkade ut för ett oväntat fel. Varukorgen och ej skickade beställningar är i säkerhet; du kan fortsätta.

Meddela IT: felrapport {report} i {folder}</translation>
    </message>
    <message>
        <source>Tillside hit an unexpected error. The basket and unsent orders are safe; you can go on.

Tell IT: no crash report could be written (is the disk full?); the error was {error}.</source>
        <translation>Tillside råkade ut för ett oväntat fel. Varukorgen och ej skickade beställningar är i säkerhet; du kan fortsätta.

Meddela IT: ingen felrapport kunde skrivas (är disken full?); felet var {error}.</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>Unsent orders (F7; Enter sends again, Delete cancels):</source>
        <translation>Ej skickade beställningar (F7; Enter skickar igen, Delete makulerar):</translation>
    </message>
    <message>
        <source>Orders not yet confirmed by Ongoing</source>
        <translation>Beställningar som Ongoing ännu inte har bekräftat</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>kräver åtgärd</translation>
    </message>
    <message>
        <source>waiting, not yet checked</source>
        <translation>väntar, inte kontrollerad än</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>väntar</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickad än</translation>
    </message>
    <message>
        <source>Return {number} for order {order}  {state}: {reason}</source>
        <translation>Retur {number} för order {order}  {state}: {reason}</translation>
    </message>
    <message>
        <source>{order}  {kind}  {state}: {reason}</source>
        <translation>{order}  {kind}  {state}: {reason}</translation>
    </message>
    <message>
        <source>pickup</source>
        <translation>upphämtning</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>hemleverans</translation>
    </message>
    <message>
        <source>store-sale</source>
        <translation>försäljning i butik</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retur</translation>
    </message>
</context>
</TS>
