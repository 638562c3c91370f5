title = Overseas warehouse: 9810 stock in Duisburg, EU VAT and returns
summary = A Zhengzhou seller ships B2B stock to a rented Duisburg warehouse: the 9810 code and route, booking data, importer of record and import VAT, VAT on sales from stock, a letter to the warehouse, full costing, and returning unsold goods within the 6-month tax-free window.

var-cash = Project budget
var-days_lost = Days lost
var-trust = Buyers' trust

speaker-li = Ms Li Na, export manager, Zhengzhou Zhongyuan Hair & Health Products Co., Ltd.
speaker-guo = Mr Guo Wei, customs broker, Zhengzhou

goods-wigs = boxed Xuchang synthetic-fibre wigs
goods-moxa = Nanyang mugwort moxa sticks (boxes of 10)
goods-extensions = boxed Xuchang clip-in hair extension sets

doc-plan = Stock plan: first consignment to Duisburg
field-seller = Seller and exporter
field-warehouse = Overseas warehouse
field-goods = Goods
field-pallets = Pallets
field-units = Units
field-unit-value = Export value a unit
field-value = Export value of the consignment
field-buyers = Who buys from the stock
field-deadline = When the stock must be in Duisburg
plan-buyers = German shops and salon chains, ordering from stock in small lots (B2B)
plan-deadline = Within 22 days of dispatch from Zhengzhou: the buyers' autumn orders start then

doc-quotes = Forwarder's quotes, Zhengzhou to Duisburg, for this lot
field-rail = Rail (China-Europe Railway Express)
field-sea = Sea (via Qingdao)
field-air = Air (Zhengzhou airport)
field-express = Express parcels (courier)
quote-rail = About 15 days door to door; { $freight } for the 40ft
quote-sea = 28 to 36 days port to port plus about 5 days inland; about EUR 2,800
quote-air = About 6 days; USD 5.5 to 9 a kg (about EUR 9,000 for this lot)
quote-express = 4 to 6 days a parcel; the courier collects about 20 cartons a day, so the lot leaves over three to four weeks; about EUR 14,000 in all

doc-estimate = Cost and tax sheet from the German customs broker and the warehouse
field-freight = Rail freight, one 40ft (EUR)
field-clearance = Import clearance and delivery to the warehouse (EUR)
field-inbound-rate = Inbound handling a pallet (EUR)
field-storage-rate = Storage a pallet a week (EUR)
field-weeks = Expected weeks in stock
field-vat-base = Import VAT base, per the broker (EUR)
field-vat-rate = Import VAT rate, per the broker
field-vat = Import VAT, per the broker (EUR)
field-margin = Target margin on the selling price (%)

doc-operator-mail = Email from the warehouse operator
field-from = From
field-subject = Subject
field-body = Message
mail-subject = Onboarding: your { $pallets } pallets, importer of record and VAT
mail-body = Welcome to RheinPort! Our onboarding team's view: as your goods stay in our warehouse until your buyers order, they are not yet imported, so no import VAT is due until they are sold. For the paperwork we can simply put your IOSS number on the entries. Please confirm who will be importer of record and how you handle VAT on your sales from stock.

doc-batch = Return batch to Zhengzhou (draft from the warehouse)
field-batch-header = Batch
field-line1 = Line 1
field-line2 = Line 2
field-line3 = Line 3
field-line4 = Line 4
field-line5 = Line 5
field-line6 = Line 6
field-evidence = Evidence
field-rebate = Export rebate
batch-header = RB-2702: return from RheinPort Fulfilment, Duisburg, declared at Zhengzhou customs on 25 Feb 2027 under MOF/GACC/STA 2026 No. 16
line-1 = { $product_name }: 3 cartons; exported under 9810 on 3 Sep 2026; unsold stock, original packing
line-late = { $product_name }: 3 cartons; exported under 9810 on 14 Jul 2026 (the first consignment); unsold stock, original packing
line-2 = { $product_name }: 2 cartons; exported under 9810 on 3 Sep 2026; returned unused by a Cologne buyer, original packing
line-reworked = { $product_name }: 2 cartons; exported under 9810 on 3 Sep 2026; relabelled and repacked in Duisburg under a buyer's private label
line-3 = { $product_name }: 4 cartons; exported under 9810 on 17 Sep 2026; unsold stock, original packing
line-food = Xinyang Maojian green tea gift boxes: 4 cartons; exported under 9810 on 17 Sep 2026; unsold stock, original packing
line-4 = { $product_name }: { $returned } cartons; exported under 9810 on 17 Sep 2026; unsold stock, original packing
line-code = { $product_name }: { $returned } cartons; exported under 0110 (general trade) on 17 Sep 2026; unsold stock, original packing
line-5 = { $product_name }: 2 cartons; exported under 9810 on 28 Aug 2026; unsold stock, original packing
line-6 = { $product_name }: 1 carton; exported under 9710 on 6 Oct 2026 (a direct B2B order); returned unused by the buyer, original packing
batch-evidence = A self-declaration for the unsold lines; the platform's return records for the lines buyers returned
batch-evidence-invoice = Copies of the commercial invoices and export declarations only
batch-rebate = Rebate received on the September consignment repaid; 《出口货物已补税/未退税证明》 attached
batch-rebate-later = Rebate received on the September consignment: to be repaid after the return is released

channel-text = Your company will keep stock in a rented warehouse in Duisburg and sell from it to German shops and salons. The first consignment is { $pallets } pallets of { $product_name }, and the stock must be there within 22 days. How do you send it?
channel-rail = One 40ft on the China-Europe rail from Zhengzhou, about 15 days
channel-sea = One 40ft by sea via Qingdao: the cheapest freight on the quotes
channel-air = By air from Zhengzhou airport: the stock arrives in about 6 days
channel-parcels = As express parcels, a few cartons a day straight to the warehouse
channel-rail-fb = Right: rail from Zhengzhou takes about 12.5 to 15 days to Hamburg and 15 to 20 to Europe in general (domain brief, Logistics), so the stock arrives inside 22 days at a fraction of air freight. An overseas warehouse trades storage cost for delivery speed: the pallets move slowly and cheaply, the buyers get fast delivery from stock.
channel-sea-fb = Cheapest, but sea takes 28 to 36 days (35 to 45 around the Cape) plus the inland leg (domain brief, Logistics): the stock misses the 22 days and the autumn orders start without it. No credit: cost matters, but the deadline decides, and rail meets it.
channel-air-fb = Half credit: the stock is on time, but air costs USD 5.5 to 9 a kg (domain brief, Logistics): about EUR 9,000 for this lot against { $freight } by rail, which also arrives inside the 22 days. An overseas warehouse trades storage cost for delivery speed: stock that will wait weeks on the shelf does not need to fly.
channel-parcels-fb = The courier's quote is about EUR 14,000, more than air and far above the rail freight of { $freight }, and at about 20 cartons a day the lot leaves over three to four weeks: the last cartons miss the 22 days. Stock for an overseas warehouse moves cheaply as a full container by rail or sea (domain brief, Logistics).

declare-text = Mr Guo prepares the export declaration for the { $pallets } pallets going to your own stock in Duisburg, with no buyer yet for any of it. Fill the supervision mode, the export value in EUR and the number of packages.
declare-mode = Supervision mode (监管方式)
declare-value = Export value of the consignment (EUR)
declare-packages = Number of packages (pallets)
declare-mode-9810 = Right: 9810 is B2B export to an overseas warehouse (GACC 2020 No. 75); the goods go to your own stock before any buyer orders.
declare-mode-9710 = 9710 is B2B direct export: a B2B order shipped straight to an overseas business buyer. Here no buyer has ordered yet; the goods go to your warehouse, which is 9810.
declare-mode-0110 = 0110, general trade, is the ordinary route and would clear, but the goods then leave outside the e-commerce codes: the tax-free return policy (2026 No. 16) covers only 1210, 9610, 9710 and 9810 exports, so unsold stock would come back taxed. 9810 is the code for stock sent to an overseas warehouse.
declare-mode-9610 = 9610 is B2C retail ("list release, summary declaration", GACC 2014 No. 12), for parcels to consumers, not pallets of B2B stock. 9810 is the code.
declare-mode-1210 = 1210 is bonded e-commerce in special customs zones, mostly for imports; it is not an export to an overseas warehouse. 9810 is the code.
declare-mode-blank = Choose the supervision mode: stock sent to your own overseas warehouse is 9810.
declare-value-right = Right: { $expected } is the consignment's export value, units × unit value from the stock plan.
declare-value-unit = You entered the value of one unit; the declaration takes the consignment's total, { $expected }.
declare-value-wrong = You entered { $entry }; the consignment's export value is { $expected }: units × unit value on the stock plan. Not yet sold does not mean no value.
declare-packages-right = Right: { $pallets } pallets, as on the stock plan.
declare-packages-units = That is the number of units; packages are what is counted and marked, here { $pallets } pallets.
declare-packages-wrong = You entered { $entry }; the stock plan shows { $pallets } pallets.
step-units = Units
step-unit-value = Export value a unit
step-goods-value = Export value of the consignment

route-text = The 9810 consignment is worth { $goods_value }. Mr Guo asks which route to lodge it by: the export list (清单) or the declaration form (报关单). Which route does he use?
route-form = The declaration form: the value is far above what the list allows
route-list = The list: it is the simplified route made for B2B e-commerce exports
route-form-9710 = The declaration form: the list is only for 9710 direct exports
route-conditions = The list: these goods need no licence, inspection or tax, so it is open
route-form-fb = Right: the list is only for consignments of at most RMB 5,000 with no licence, inspection or tax (GACC 2020 No. 75); { $goods_value } is far above that, and the declaration form has no value cap.
route-list-fb = The list is simplified, but only for a consignment of at most RMB 5,000 with no licence, inspection or tax (GACC 2020 No. 75). A consignment worth { $goods_value } must go on the declaration form; lodged as a list it is rejected and the pallets wait.
route-form-9710-fb = The right route for the wrong reason: the list serves 9710 and 9810 alike (GACC 2020 No. 75). What rules it out here is the value: the list takes only consignments of at most RMB 5,000 with no licence, inspection or tax. Partial credit.
route-conditions-fb = Both conditions must hold: at most RMB 5,000 a consignment and no licence, inspection or tax (GACC 2020 No. 75). Even if these goods meet the second, { $goods_value } is far above the first; lodged as a list the declaration is rejected. The declaration form, with no cap, is the route.

filing-text = Your colleague's checklist from 2023 says: "Before the first 9810 export, file the overseas warehouse (海外仓备案) with customs." What do you do?
filing-booking = No filing: send the booking order (订仓单) data with the declaration
filing-record = File the overseas warehouse first, as the checklist says, then declare
filing-nothing = Nothing to send any more: the filing and its data were abolished
filing-booking-fb = Right: GACC 2024 No. 167 abolished the overseas-warehouse filing from 15 Dec 2024, but the booking order (订仓单) data is still sent. Zhengzhou is among that announcement's pilots.
filing-record-fb = The checklist is out of date: GACC 2024 No. 167 abolished the 海外仓 filing from 15 Dec 2024. You lose days on a procedure that no longer exists; what is still needed is the booking order (订仓单) data.
filing-nothing-fb = Half of it is right: the filing ended on 15 Dec 2024 (GACC 2024 No. 167), but the booking order (订仓单) data is still sent. Without it the 9810 declaration lacks its data.

samples-text = Next week a single carton of top-up stock for the Duisburg warehouse follows: value { $sample_cny }, no licence, no inspection, no tax. How does Mr Guo declare it?
samples-list = By the list under 9810: it is within the cap and needs nothing
samples-form-only = By the declaration form: the list is for 9710 direct orders only
samples-none = Not at all: a single carton this small needs no declaration
samples-list-fb = Right: a consignment of at most RMB 5,000 with no licence, inspection or tax may go by the list, and the list serves 9710 and 9810 alike (GACC 2020 No. 75; domain brief correction (e)).
samples-form-only-fb = The declaration form is always allowed (it has no cap), so the carton clears; but the reason is wrong: the list serves 9810 as well as 9710. Within RMB 5,000 and with no licence, inspection or tax the simpler list would do.
samples-none-fb = Small does not mean undeclared: the list is the simplified declaration for consignments of at most RMB 5,000 (GACC 2020 No. 75). Undeclared, the carton is stopped and the stock waits.

dr-held = Zhengzhou customs holds the declaration: the 9810 data arrived without the booking order data. Five days pass before it is sent and accepted.
dr-selected = "Double random": the computer selects the declaration for inspection, an inspector is assigned at random. B2B e-commerce exports get priority inspection: one day. (In this practice case the odds of selection are raised well above real export rates.)
dr-cleared = The declaration is not selected and clears; the container leaves Zhengzhou on the next departure. (In this practice case the odds of selection were raised well above real export rates.)

importer-text = The pallets are on their way to Duisburg. The German broker's sheet shows import VAT of { $vat } for this consignment. Who declares the import, and what happens to the VAT?
importer-us = We are importer of record; the import VAT is paid on entry, by us
importer-not-imported = Nobody yet: goods in a warehouse are not imported until sold
importer-ioss = Our IOSS number goes on the entries; VAT is settled as we sell
importer-three-euro = The new €3 duty a category replaces VAT for goods like these
importer-us-fb = Right: import VAT is due on entry and paid by the importer of record (domain brief, section 7); here that is your company, for { $vat } on this consignment. The stock is then in free circulation and your sales from it are local supplies.
importer-not-imported-fb = The classic error: goods brought into the EU and placed in a warehouse are imported; import VAT is due on entry and is paid by the importer of record. "Not yet imported, so no VAT" leaves the pallets held at the border.
importer-ioss-fb = IOSS covers only B2C sales of goods that are outside the EU at the moment of sale, up to EUR 150 a consignment: never stock, never B2B. Pallets for a warehouse need an importer of record who pays the import VAT on entry.
importer-three-euro-fb = The EUR 3 duty a category from 1 Jul 2026 is for low-value B2C parcels and replaces the EUR 150 duty relief; it has nothing to do with B2B stock and replaces no VAT. Import VAT is due on entry and paid by the importer of record.

sales-vat-text = A Munich salon chain orders 300 units from the Duisburg stock. How is VAT handled on these sales?
sales-vat-local = Local sales in Germany: we register there and invoice its VAT
sales-vat-oss = One OSS return covers all our EU sales, with no German VAT number
sales-vat-export = Export sales from China: no EU VAT, as on our invoices
sales-vat-local-fb = Right: sales from stock already in Germany are local supplies there, so you need a VAT registration there (domain brief, section 7). The import VAT paid on entry was a separate step: it fell due when the stock was imported, before any sale.
sales-vat-oss-fb = OSS covers intra-EU B2C distance sales, not B2B sales to a salon chain. Sales from stock in Germany are local supplies and need a VAT registration there.
sales-vat-export-fb = The goods left China weeks ago and were imported into the EU; a sale from the Duisburg stock is a local supply in Germany, not an export from China, and needs a VAT registration there.

letter-text = Reply to Ms Vogt's email in English (60 to 220 words). Say who is importer of record, that import VAT is due on entry and how much it is for this consignment, why IOSS does not fit, and how your sales from the stock are taxed. Mention the consignment (its pallets).
letter-facts = Names the consignment: its number of pallets
letter-facts-fb = The reply should tie itself to the consignment: { $letter_pallets } pallets, as on the stock plan.
letter-importer = Says that your company is importer of record
letter-importer-fb = The reply should say plainly that your company is importer of record: the party that declares the import and pays the import VAT.
letter-vat = Import VAT due on entry, with its amount; not "not yet imported"
letter-vat-fb = Import VAT is due on entry, paid by the importer of record: { $letter_vat } on this consignment, per the broker's sheet. "Not yet imported, so no VAT" is the mistake to correct.
letter-ioss = IOSS refused for stock: B2C up to EUR 150 only
letter-ioss-fb = IOSS covers only B2C sales of goods outside the EU at sale, up to EUR 150 a consignment; never stock or B2B. The reply should say so and must not accept the IOSS proposal.
letter-local = Sales from stock: VAT registration in Germany, not OSS
letter-local-fb = Sales from stock in Germany are local supplies: your company needs a VAT registration there; OSS covers intra-EU B2C distance sales, not these.
letter-tone = Courteous, clear and complete: corrects the operator without blame, asks for what comes next
letter-tone-0 = curt, confusing or blaming; the operator cannot act on it.
letter-tone-1 = polite and mostly clear, but the corrections are buried or the next step is missing.
letter-tone-2 = courteous, well ordered, corrects both points plainly and says what the operator should do next (file the import in your name, share the entry documents).

entry-cleared = The pallets are declared for import in your company's name; the import VAT of { $vat } is paid on entry and the stock is booked into RheinPort's system.
entry-held = German customs will not release the pallets: no importer of record has declared the import or paid its VAT, and IOSS numbers are refused for stock. A proper import declaration costs six days, demurrage and the first buyers' patience.

costing-text = Ms Li wants the full cost of this stock, from the export value to the shelf in Duisburg, and an ex-warehouse price with a margin of { $margin }% on the selling price. Use the stock plan and the broker's sheet. Round to the cent.
costing-landed = Landed cost a unit in the warehouse, without import VAT (EUR)
costing-storage = Storage for the expected weeks, all pallets (EUR)
costing-price = Ex-warehouse price a unit with the margin on price (EUR)
costing-landed-right = Right: (export value + freight + clearance + inbound handling) ÷ units = { $expected }. Import VAT stays out, as the task asks: it is a tax the importer of record pays in cash on entry (domain brief, section 7), a line of its own on the broker's sheet that Ms Li plans as cash flow, apart from the cost of the goods.
costing-landed-vat = You put the import VAT of { $vat } into the unit cost; the task asks for the landed cost without it. Import VAT is a tax the importer of record pays in cash on entry (domain brief, section 7): it has its own line on the broker's sheet and goes into the cash plan, apart from the cost of the goods. Without it: { $expected }.
costing-landed-short = You counted the goods and the freight only; clearance and inbound handling are part of the cost of getting the stock onto the shelf. The landed cost is { $expected }.
costing-landed-wrong = You entered { $entry }; the landed cost a unit is { $expected }: (export value + freight + clearance + inbound handling) ÷ units, without import VAT.
costing-storage-right = Right: pallets × rate a pallet a week × weeks = { $expected }. An overseas warehouse trades this storage for delivery speed.
costing-storage-one = That is the storage of one pallet; all { $pallets } pallets are stored: { $expected }.
costing-storage-wrong = You entered { $entry }; storage is pallets × rate a pallet a week × weeks = { $expected }.
costing-price-right = Right: full cost a unit (landed + storage a unit) ÷ (1 − { $margin }%) = { $expected }: the margin is a share of the price (domain brief, section 1).
costing-price-markup = You added { $margin }% to the cost (a markup on cost); the task asks for a margin on the price: full cost ÷ (1 − { $margin }%) = { $expected }. Markup on cost when margin on price is asked is a classic pricing error.
costing-price-wrong = You entered { $entry }; the price is the full cost a unit (landed + storage a unit) ÷ (1 − { $margin }%) = { $expected }.
step-freight = Rail freight
step-clearance = Clearance and delivery to the warehouse
step-inbound = Inbound handling, all pallets
step-landed = Landed cost a unit
step-pallets = Pallets
step-storage-rate = Storage a pallet a week
step-weeks = Weeks in stock
step-storage = Storage, all pallets
step-storage-unit = Storage a unit
step-full = Full cost a unit
step-margin = Margin on price (%)
step-price = Ex-warehouse price a unit

quote-text = The Munich chain asks for a price list "with the delivery term". The goods sit in your Duisburg stock. How do you quote?
quote-fca = FCA our Duisburg warehouse, Incoterms 2020, net plus German VAT
quote-cif = CIF Hamburg, Incoterms 2020, as the container came in through it
quote-fob = FOB Qingdao, as on our export price list, converted into euros
quote-fca-fb = Right: the goods are already in Germany, so the term names the warehouse; FCA fits any mode (Incoterms 2020), and the price is the ex-warehouse price you costed, with German VAT added as a local supply.
quote-cif-fb = CIF is a sea-only rule (Incoterms 2020) and names a port of destination for goods still to be shipped; stock in a Duisburg warehouse is delivered from the warehouse. FCA or EXW Duisburg names the real place.
quote-fob-fb = The FOB Qingdao price leaves out freight, clearance, handling and storage, so every sale from stock loses them; and the goods are no longer in China. Quote from the warehouse, on the full cost.

sales-slow = Sales are slower than planned: the autumn orders take most of the stock, but { $returned } cartons and a few other lines remain unsold by February, and two buyers return unused lots.
sales-steady = The stock sells well; still, a few lines do not move and two buyers return unused lots. Ms Li wants them back in Zhengzhou for the spring range.

returns-plan-text = Some goods will come back from Duisburg to Zhengzhou. How do you plan the return?
returns-plan-window = Within 6 months of export and untouched, so they come back tax-free
returns-plan-later = After next season's sales: the policy covers any later 9810 return
returns-plan-relabel = Relabel them for a buyer first, then return what is left tax-free
returns-plan-discount = Sell them off in Germany at a discount instead of shipping back
returns-plan-window-fb = Right: MOF/GACC/STA 2026 No. 16 (exports 1 Jan 2026 to 31 Dec 2027, codes 1210, 9610, 9710, 9810): goods returned within 6 months of export, in their original state, unsold or returned by the buyer, not food, pay no import duty, import VAT or consumption tax, and any export duty paid is refunded.
returns-plan-later-fb = The policy is tied to a window: the return must come within 6 months of export (2026 No. 16). Goods held into next season come back as ordinary imports, with duty and import VAT.
returns-plan-relabel-fb = Reworked goods are no longer in their original state, which the policy requires (2026 No. 16): relabelled lots come back taxed. Keep the goods to be returned untouched.
returns-plan-discount-fb = A commercial choice and no rule broken: it saves the return freight but sells at a loss, and the policy's tax-free return (within 6 months, original state, 2026 No. 16) would have brought the goods home at no duty or import VAT. No credit either way.

evidence-text = Customs will ask for evidence with the tax-free return. What do you prepare?
evidence-both = A self-declaration for unsold goods; platform return records for returns
evidence-invoice = The commercial invoices and the 9810 declarations of the exports
evidence-none = Nothing more: the 9810 declaration already shows the goods left
evidence-both-fb = Right: the policy's evidence is a self-declaration for unsold goods, or the platform's return records for goods buyers returned (2026 No. 16).
evidence-invoice-fb = The export papers prove the goods left, not that they are unsold or were returned. The evidence is a self-declaration (unsold) or platform return records (returned) (2026 No. 16).
evidence-none-fb = The export declaration does not show why the goods come back. Without a self-declaration (unsold) or the platform's return records the tax-free treatment is not granted (2026 No. 16).

rebate-text = The September consignment's export VAT rebate has been paid to your company. What happens to it before the return?
rebate-first = Repay it first; declare the return with proof of payment
rebate-later = Declare the return now and repay it if the tax office asks
rebate-keep = Keep it: the rebate and the tax-free return are separate
rebate-first-fb = Right: any rebate received is repaid first, and the 《出口货物已补税/未退税证明》 goes with the return (2026 No. 16). Goods that come home tax-free cannot also keep their export rebate.
rebate-later-fb = The order is the other way round: the rebate is repaid first and the 《出口货物已补税/未退税证明》 shown (2026 No. 16). Declared without it, the return is not tax-free and the kept rebate is a claim against you.
rebate-keep-fb = Wrong: a tax-free return requires that any rebate received be repaid first, with the 《出口货物已补税/未退税证明》 (2026 No. 16). Keeping both is refunded tax on goods that never stayed exported.

return-check-text = Check the warehouse's draft of the return batch against the policy: exports within 6 months before 25 Feb 2027, original state, not food, codes 1210, 9610, 9710 or 9810, evidence, rebate repaid first. Mark every line or field that cannot go tax-free as written.
fault-late-fb = Line 1 was exported on 14 Jul 2026, more than 6 months before the return on 25 Feb 2027: outside the window of 2026 No. 16, it comes back with duty and import VAT.
fault-reworked-fb = Line 2 was relabelled and repacked: no longer in its original state, so not covered by 2026 No. 16.
fault-food-fb = Line 3 is green tea, a food: food is excluded from the tax-free return (2026 No. 16).
fault-code-fb = Line 4 left under 0110, general trade: the policy covers only exports under 1210, 9610, 9710 and 9810 (2026 No. 16).
fault-rebate-fb = The rebate must be repaid first, with the 《出口货物已补税/未退税证明》 (2026 No. 16); "after the release" is too late.
fault-evidence-fb = Invoices and declarations do not prove that goods are unsold or returned: the evidence is a self-declaration or the platform's return records (2026 No. 16).
line5-fb = 28 Aug 2026 to 25 Feb 2027 is within 6 months of export (just under six), unsold and in original packing: eligible.
line6-fb = 9710 is one of the policy's codes (1210, 9610, 9710, 9810), and goods returned unused by the buyer are eligible: nothing wrong.

return-refused = Zhengzhou customs checks the batch: a line that fails the policy is taken off the tax-free return and cleared with duty and import VAT, after three days of queries.

wrapup-vat = Looking back, the VAT question decided the year.
wrapup-rebate = Looking back, the rebate decided the year.
wrapup-costly = Looking back, the returns cost more than they should have.
wrapup-clean = Looking back, the stock, the VAT and the returns all held together.

end-clean = The Duisburg stock works: declared under 9810 with its booking data, imported in your name with import VAT paid on entry, sold as local supplies under a German VAT registration, priced on its full cost, and the unsold lines came home tax-free inside the 6-month window. Ms Li plans the spring consignment on the same lines.
end-costly = The warehouse runs and the buyers are served, but the returns came back taxed: goods outside the 6-month window, reworked, food or exported outside the policy's codes pay duty and import VAT. Next season the return batch is checked before it is declared.
end-vat = The stock never worked as planned: pallets held at the border without an importer of record, back VAT and demurrage, and buyers who went elsewhere. Goods in an EU warehouse are imported; import VAT is due on entry and IOSS never covers stock.
end-rebate = The tax office finds the return declared tax-free while the export rebate was kept: the return loses its tax-free treatment and the rebate is reclaimed. Under 2026 No. 16 any rebate received is repaid first, with the 《出口货物已补税/未退税证明》.
