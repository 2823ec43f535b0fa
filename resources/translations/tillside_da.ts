<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Basket</name>
    <message>
        <source>Type a whole number of items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>The catalogue is still loading. Scan again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing refused the API user or password. Tell IT.</source>
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
        <source>Ongoing refused the API user or password, or the goods owner. Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing is busy. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The warehouse has already started on this order, so it can no longer be changed or cancelled here. Call the warehouse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing sent an answer Tillside cannot read (a proxy page?). Tell IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing could not find it (error 404). Check the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderSlip</name>
    <message>
        <source>Order slip</source>
        <translation>Ordreseddel</translation>
    </message>
    <message>
        <source>Order slip {number}</source>
        <translation>Ordreseddel {number}</translation>
    </message>
    <message>
        <source>Order number: {number}</source>
        <translation>Ordrenummer: {number}</translation>
    </message>
    <message>
        <source>Warehouse reference: {reference}</source>
        <translation>Lagerreference: {reference}</translation>
    </message>
    <message>
        <source>Date: {date}</source>
        <translation>Dato: {date}</translation>
    </message>
    <message>
        <source>Customer: {name}</source>
        <translation>Kunde: {name}</translation>
    </message>
    <message>
        <source>Article no.</source>
        <translation>Varenr.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Vare</translation>
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
        <translation>Beløb</translation>
    </message>
    <message>
        <source>Qty: {quantity}</source>
        <translation>Antal: {quantity}</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Total (items without a price not included)</source>
        <translation>I alt (varer uden pris er ikke medregnet)</translation>
    </message>
    <message>
        <source>Pick up at {warehouse}</source>
        <translation>Afhentningssted: {warehouse}</translation>
    </message>
    <message>
        <source>Opening hours: {hours}</source>
        <translation>Åbningstider: {hours}</translation>
    </message>
    <message>
        <source>We will let you know when it is ready.</source>
        <translation>Vi giver dig besked, når ordren er klar til afhentning.</translation>
    </message>
    <message>
        <source>Delivered to</source>
        <translation>Leveres til</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>marts</translation>
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
        <translation>august</translation>
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
    <name>Orders</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basket is empty.</source>
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
        <source>Ongoing refused the order and does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at the till</source>
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
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Ongoing API URL (https://...) or just the warehouse name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing goods owner id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing API user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store name, printed on slips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till&apos;s id within the store (1-4 letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store prefix of order numbers (a letter, then up to 5 letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse codes in the store&apos;s order of preference, nearest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance from the store to each warehouse code, in km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for pickup orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for home delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoing way-of-delivery code for sales over the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the store&apos;s own warehouse in Ongoing, if it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till sells over the counter (Shift+F10) from store.store_warehouse; sales deduct stock in Ongoing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow orders a warehouse cannot fully supply now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest gap between two keys of one scan, in ms (people type slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest code taken as a scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that end a scan: any of enter, tab, lf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the till: en or sv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock figures older than this many seconds are marked old.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Some settings are not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty; nothing was stored.</source>
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
</context>
</TS>
