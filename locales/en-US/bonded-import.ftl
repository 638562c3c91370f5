title = Bonded import: 1210 cross-border retail through a Zhengzhou bonded warehouse
summary = The compliance desk of a Zhengzhou bonded warehouse serving an import store: 1210 or 9610, the positive list, the RMB 5,000 and RMB 26,000 limits, tax at 70% of the statutory amount on a drawn order, the three records (order, payment, waybill), payer and purchaser, one item over 5,000, a consumer over the annual limit and a written reply, resale, and the in-store model.

var-cash = Desk budget
var-days_lost = Days lost
var-trust = Seller's trust

speaker-chen = Mr Chen Hao, e-commerce manager, Aurora Global Store (an import store on a cross-border platform)
speaker-li = Ms Li Na, operations manager, Henan Zhongyuan Bonded Supply Chain Co., Ltd. (your manager), Zhengzhou
speaker-zhao = Mr Zhao Qiang, a customer of Aurora Global Store, Luoyang

name-wang = Wang Li
name-husband = Liu Yang
name-zhao = Zhao Qiang

goods-serum = Premium face serum, 20 ml (cosmetics)
goods-cream = Premium eye cream, 15 ml (cosmetics)
goods-fishoil = Fish oil capsules, 400 capsules a bottle (health food)
goods-toothbrush = Electric toothbrush with 4 brush heads
origin-korea = Republic of Korea
origin-france = France
origin-australia = Australia
origin-germany = Germany

doc-master = Seller's product master (checked against the positive list)
field-goods = Goods
field-origin = Country of origin
field-vat = Import VAT, statutory rate
field-ct = Consumption tax, statutory rate
field-stock = Stock
master-stock = In the bonded warehouse, Zhengzhou (entered under 1210); on the positive list: yes

doc-cart = Checkout of order AUR-2612-08815 (before tax)
field-order-no = Order number
field-purchaser = Purchaser
field-unit-price = Unit price (actual selling price)
field-qty = Quantity
field-goods-value = Goods value
field-freight = Freight charged
field-insurance = Insurance charged

doc-order-rec = Order record (from the platform)
field-purchaser-id = Purchaser's ID number
field-base = Price incl. freight and insurance
field-tax = Cross-border tax collected
field-total = Total paid by the purchaser

doc-pay-rec = Payment record (from the payment firm)
field-pay-firm = Payment firm
field-pay-no = Payment number
field-payer = Payer
field-payer-id = Payer's ID number
field-pay-amount = Amount paid

doc-waybill = Waybill record (from the logistics firm)
field-waybill-no = Waybill number
field-consignee = Consignee
field-weight = Gross weight
waybill-weight = 1.6 kg (goods, carton and filling)

doc-zhao = Mr Zhao's cross-border purchases this year (from the purchaser's record)
field-consumer = Purchaser
field-annual-cap = Annual limit per person
field-used = Bought this year under his ID (tax base)
field-new-order = New order (price incl. freight and insurance)
zhao-goods = Skincare and health food, several items

doc-big = Order for one indivisible item
big-goods = Espresso machine with built-in grinder (one unit; on the positive list)
field-big-price = Price incl. freight and insurance
field-big-room = Annual limit
big-room = The purchaser's annual limit has room for it

model-text = Mr Chen wants to sell four fast-moving lines to Chinese consumers: skincare, eye cream, fish oil and electric toothbrushes. He would like the goods close to the buyers so orders arrive in two or three days. Your company runs a bonded warehouse in Zhengzhou, the city where 网购保税进口 began. Which model do you propose?
model-1210 = Bring the goods in bulk into our bonded warehouse and ship each consumer order from here: bonded cross-border retail import, supervision mode 1210
model-9610 = Keep the stock abroad and ship each consumer order direct from Korea, France, Australia and Germany by post or express, supervision mode 9610
model-0110 = Import the goods in bulk by general trade, mode 0110, pay duty and import VAT at entry, then sell them online from an ordinary warehouse
model-1210-fb = Right: goods held in a special customs zone or bonded centre and sold order by order are 1210, bonded e-commerce (GACC code table). Zhengzhou, a first-batch CBEC import pilot, originated 1210 (网购保税进口); it gives the two-to-three-day delivery Mr Chen wants.
model-9610-fb = That is direct mail: each parcel crosses the border on its own, so delivery takes far longer than from stock in Zhengzhou. Confusing 1210 (bonded stock in a special customs zone) with 9610 direct mail is a classic mistake; for goods held near the buyers the mode is 1210.
model-0110-fb = Lawful, but it gives up the cross-border retail treatment: general trade (0110) pays duty, import VAT and consumption tax in full at entry, while within the limits of 财关税〔2018〕49号 a 1210 order pays tariff 0 and 70% of the statutory VAT and consumption tax. For retail orders from a bonded warehouse, 1210 fits.

list-text = Mr Chen adds twelve more products, from a herbal supplement to a kitchen gadget, and wants them online next week. Before anything enters the bonded warehouse for retail sale, what do you check?
list-check = That each product is on the 跨境电子商务零售进口商品清单, matched line by line to its tariff line, and hold back any product that is not listed there
list-personal = Nothing more: cross-border retail goods are bought by consumers for their own use, so any consumer product can be sold once it is in the bonded warehouse
list-supplier = The supplier's written statement that each product is freely sold to consumers in its home market and approved there for online sale abroad
list-check-fb = Right: only goods on the 跨境电子商务零售进口商品清单 may be imported as cross-border retail. The check is product by product; the list's length does not matter to you, whether each product is on it does.
list-personal-fb = Personal use is a condition on the buyer, not a pass for the goods: only products on the 跨境电子商务零售进口商品清单 may go through cross-border retail import. An unlisted product sent into the bonded warehouse for retail sale cannot be released that way.
list-supplier-fb = A home-market approval does not put a product on China's 跨境电子商务零售进口商品清单; only the list decides what may be imported as cross-border retail. Check each product against it.

limits-text = The platform asks how the checkout should enforce the cross-border retail limits for Aurora's customers.
limits-id = Check every order against the purchaser's ID: RMB 5,000 a transaction and RMB 26,000 a year per person, over every platform
limits-account = Check each store account: RMB 5,000 a transaction and RMB 26,000 a year for every registered customer account, as the platform's own terms define a customer
limits-order = Check each order on its own against the RMB 5,000 per-transaction limit; what a customer buys over the year is the customer's own business
limits-id-fb = Right: 财关税〔2018〕49号 (from 1 Jan 2019) sets RMB 5,000 per transaction and RMB 26,000 per person per year. The limit follows the person, identified by name and ID, not the account or the store.
limits-account-fb = The annual limit of 财关税〔2018〕49号 is per person (RMB 26,000 a year), not per account: one person with three accounts still has one limit. Check against the purchaser's name and ID, which customs verifies.
limits-order-fb = 财关税〔2018〕49号 has two limits: RMB 5,000 per transaction and RMB 26,000 per person per year. The annual limit is checked on every order (三单对碰 checks the limits); a checkout that ignores it invites split orders and borrowed IDs.

filing-text = Ms Li asks you to set up the data flow for each consumer order before the first parcel leaves the warehouse (the 清单 is the list declaration filed for each order). Who sends what to customs?
filing-each = The platform sends the order, the payment firm the payment, the logistics firm the waybill, each to customs via the Single Window; we file the 清单
filing-screenshot = The platform collects the payment firm's confirmation screen and sends it with the order; the logistics firm sends the waybill, and we file the 清单
filing-warehouse = We collect the order, the payment and the waybill data from the three firms and upload all three records with our 清单 ourselves
filing-each-fb = Right: in 三单对碰 the order (platform or seller), the payment (payment firm) and the waybill (logistics firm) go to customs via the Single Window, and the warehouse files the 清单. GACC 2018 No. 194 sets the data rules; the raw payment data goes to customs from the payment firm (GACC 2018 No. 165).
filing-screenshot-fb = A screenshot is not the payment record: the payment firm sends the raw payment data to customs itself (GACC 2018 No. 165), via the Single Window, so customs can match it with the order and the waybill.
filing-warehouse-fb = Each of the three records comes from the party that holds it: order from the platform, payment from the payment firm, waybill from the logistics firm, via the Single Window (GACC 2018 No. 194). The warehouse files the 清单, not the other parties' records.

tax-rule-text = Mr Chen wants the checkout to show each consumer the cross-border tax on an order. What rule do you give the platform's developers?
tax-rule-seventy = Tariff 0; import VAT and consumption tax at 70% of the statutory amount, on the actual price including freight and insurance
tax-rule-goods = Tariff 0; import VAT and consumption tax at 70% of the statutory amount, on the goods price alone
tax-rule-full = Duty at the tariff rate, plus import VAT and consumption tax in full, as for general trade, on the actual price including freight
tax-rule-seventy-fb = Right: within the limits of 财关税〔2018〕49号 the tariff is 0% and import VAT and consumption tax are charged at 70% of the statutory amount; the tax base is the actual price incl. freight and insurance.
tax-rule-goods-fb = The base is wrong: under 财关税〔2018〕49号 the tax base is the actual price including freight and insurance. Leaving them out under-collects on every order, and the platform has to make up the difference.
tax-rule-full-fb = Within the limits of 财关税〔2018〕49号 the tariff is 0% and VAT and consumption tax are at 70% of the statutory amount; charging the general-trade tax in full over-charges every consumer.

tax-form-text = Order AUR-2612-08815 is at the checkout. From the checkout and the product master, work out the tax base, the effective cross-border tax rate (in %, to two decimals) and the tax to collect (CNY).
tax-form-base = Tax base: price incl. freight and insurance (CNY)
tax-form-base-right = Right: { $goods } of goods + { $freight } freight + { $insurance } insurance = { $base }. The tax base is the actual price incl. freight and insurance (财关税〔2018〕49号).
tax-form-base-goods = You entered { $entry }, the goods alone. The tax base is the actual price incl. freight and insurance: { $expected }.
tax-form-base-wrong = You entered { $entry }. The tax base is goods + freight + insurance: { $expected }.
step-goods = Goods value (unit price × quantity)
step-freight = Freight charged
step-insurance = Insurance charged
step-base = Tax base
tax-form-rate = Effective cross-border tax rate (%)
tax-form-rate-right = Right: [(CT + VAT) ÷ (1 − CT)] × 70% gives { $product_eff }% for these goods (VAT { $product_vat }, consumption tax { $product_ct }): 9.1% for 13%-VAT goods, 23.06% for cosmetics with 15% CT.
tax-form-rate-seventy = You entered 70%. The "70% tax" is the classic misreading: VAT and consumption tax are charged at 70% of the statutory amount, so the rate is [(CT + VAT) ÷ (1 − CT)] × 70% = { $product_eff }%.
tax-form-rate-full = You entered the statutory rate { $entry }%. Within the limits only 70% of it is charged: [(CT + VAT) ÷ (1 − CT)] × 70% = { $product_eff }%.
tax-form-rate-wrong = You entered { $entry }%. The effective rate is [(CT + VAT) ÷ (1 − CT)] × 70%: with VAT { $product_vat } and CT { $product_ct } that is { $product_eff }%.
tax-form-tax = Cross-border tax to collect (CNY)
tax-form-tax-right = Right: { $base } × { $product_eff }% ≈ { $tax }. Tariff 0; VAT and consumption tax at 70% of the statutory amount on the price incl. freight and insurance.
tax-form-tax-seventy = You entered { $entry }: 70% of the price. The rule charges 70% of the statutory tax, not a 70% tax: { $base } × { $product_eff }% ≈ { $expected }.
tax-form-tax-goods = You entered { $entry }, the tax on the goods alone. Freight and insurance are in the base: { $base } × { $product_eff }% ≈ { $expected }.
tax-form-tax-full = You entered { $entry }, the full statutory tax. Within the limits 70% of it is charged: { $expected }.
tax-form-tax-no-ct = You entered { $entry }, VAT alone. Cosmetics carry consumption tax too, and VAT is charged on the price including it: [(CT + VAT) ÷ (1 − CT)] × 70% gives { $expected }.
tax-form-tax-wrong = You entered { $entry }. Tax = base × [(CT + VAT) ÷ (1 − CT)] × 70% = { $expected }.
step-vat = VAT, statutory
step-ct = Consumption tax, statutory
step-tax = Tax: base × [(CT + VAT) ÷ (1 − CT)] × 70%

match-text = Before the 清单 for order AUR-2612-08815 goes to customs, Ms Li asks you to check the three records against each other as customs will: purchaser's name and ID, payer, amounts, order number, goods. Mark every field that does not match.
match-firm-fb = The payment firm is a different company from the platform: that is normal. The payment record comes from the payment firm, which is the point of 三单对碰.
match-weight-fb = The waybill's gross weight includes the carton and filling: nothing in the order or payment contradicts it.
mm-payer-fb = The payment record names Liu Yang as payer, but the purchaser is Wang Li. 三单对碰 checks that the payer is the purchaser: this order cannot be declared as it is.
mm-payer-id-fb = The payer's ID number differs from the purchaser's: the payer must be the purchaser, verified by name and ID (三单对碰).
mm-amount-fb = The payment shows { $base }, without the { $tax } of tax, while the order's total is { $paid }. The three records' amounts, and price + tax, must agree.
mm-order-no-fb = The waybill carries order AUR-2612-08851, not AUR-2612-08815: two digits swapped. The three records must match on the order.
mm-qty-fb = The waybill shows { $qty_shipped } pieces against { $qty } ordered: the goods in the three records must match.
mm-tax-fb = The order's tax ({ $tax_goods }) is the tax on the goods alone; with freight and insurance the tax is { $tax }, and price + tax no longer gives the total paid. Customs checks the price and tax arithmetic.

returned-text = Customs returned the 清单 for order AUR-2612-08815: the three records did not match. The parcel waits while the records are corrected, and Mr Chen asks why his customer is waiting.

payer-text = Next morning another order: the purchaser is Ms Zhou Min, verified by name and ID, but the payment came from her husband's bank card and the payment record names him as payer. Mr Chen asks you to push it through; she is a good customer.
payer-hold = Hold the order and ask Ms Zhou to pay from her own account; refund her husband's card and release it once the records match
payer-rename = Change the purchaser on the order to her husband's name and ID, so all three records name one person
payer-send = Send the three records as they are: the order and the waybill both name Ms Zhou, and paying with a spouse's card is an ordinary household payment
payer-hold-fb = Right: 三单对碰 checks that the payer is the purchaser. Explaining why and letting her pay from her own account keeps the customer and the records straight.
payer-rename-fb = The purchaser is the person who buys and whose annual limit is used; rewriting the order to another person's name and ID makes the records match on paper only, and uses someone else's limit. Payer = purchaser means the buyer pays.
payer-send-fb = The payer must be the purchaser (三单对碰): customs matches the payment record with the order, and a payment by another person fails that check however the family shares its money.

big-text = A customer orders one espresso machine, a single indivisible item, at the price on the order. Her annual limit has room for it. The platform's checkout blocks any order over RMB 5,000 and Mr Chen asks what to do.
big-full = Let it through as cross-border retail, taxed in full rather than at the 70% rate, with its price counted toward her annual limit
big-refuse = Refuse it: a transaction over RMB 5,000 cannot be a cross-border retail import, so the customer must buy it through a general-trade importer
big-seventy = Let it through at the usual cross-border rate, tariff 0 and 70% of VAT, because one machine cannot be split into orders under 5,000
big-full-fb = Right: under 财关税〔2018〕49号 one indivisible item over RMB 5,000, with annual room left, may still use cross-border retail import, but it is taxed in full and counts toward the year.
big-refuse-fb = Refusing one item over 5,000 outright is a known mistake: an indivisible item over the per-transaction limit, with annual room left, may still go as cross-border retail, taxed in full and counted toward the year (财关税〔2018〕49号).
big-seventy-fb = The 70% treatment is for orders within the limits. An indivisible item over RMB 5,000 may go as cross-border retail, but it is taxed in full (财关税〔2018〕49号) and counts toward the year.

room-text = Mr Zhao has placed a new order. Before it goes to customs, the checkout asks you to check it against his annual limit. From his record, work out what is left of his annual limit and by how much the new order exceeds it (CNY).
room-left = Left of the annual limit (CNY)
room-left-right = Right: { $annual_cap } − { $used } = { $room_left }. The annual limit is RMB 26,000 per person (财关税〔2018〕49号).
room-left-txn = You entered the per-transaction limit. The annual limit counts everything bought under his ID this year: { $annual_cap } − { $used } = { $expected }.
room-left-wrong = You entered { $entry }. What is left is the annual limit less this year's purchases: { $annual_cap } − { $used } = { $expected }.
step-cap = Annual limit per person
step-used = Bought this year
step-left = Left of the annual limit
room-over = The new order exceeds what is left by (CNY)
room-over-right = Right: { $order2 } − { $room_left } = { $over }. The order is under RMB 5,000 but over his annual room, so it cannot go as it is.
room-over-zero = The order is under the RMB 5,000 per-transaction limit, but the annual limit counts too: { $order2 } − { $room_left } = { $expected } over.
room-over-wrong = You entered { $entry }. The excess is the new order less what is left: { $order2 } − { $room_left } = { $expected }.
step-order2 = New order
step-over = Over the annual room

annual-text = Mr Zhao calls: "I only want the order delivered. Surely there is a way." The order is on hold. What do you tell him?
annual-reduce = He can take items out of the order until it fits the room left this year, or cancel it for a full refund
annual-relative = He can place the same order under his wife's name and ID instead, since each person has an annual limit of their own
annual-split = He can split it into two smaller orders placed on different days, each well under the RMB 5,000 limit
annual-reduce-fb = Right: the annual limit of RMB 26,000 is per person (财关税〔2018〕49号). Reducing the order to the room left, or cancelling it, are the lawful ways; the purchaser must be the person who buys and pays.
annual-relative-fb = Using a relative's ID is the classic mistake: the purchaser must be the person who buys and pays (三单对碰 verifies name and ID and payer = purchaser), and the relative's limit is not his to use.
annual-split-fb = Splitting does not help and is a known mistake: the RMB 26,000 annual limit counts every order under his ID, so two smaller orders exceed it just the same.

reply-text = Mr Zhao writes to the store: "Why is my order still not shipped?" Write him a short email in English (whatever language your screen shows): what happened to his order, why (the rule and his figures), and what he can do lawfully.
reply-facts = Says what happened: the order of { $order2 } exceeds his annual room
reply-facts-fb = Name the order's amount ({ $order2 }) and that it exceeds what is left of his annual limit: he should recognise his order at once.
reply-rule = Gives the rule: the annual limit of CNY 26,000 and the { $room_left } left, without calling it a "70% tax"
reply-rule-fb = 财关税〔2018〕49号: RMB 26,000 per person per year; with { $used } already used, { $room_left } is left. The tax is 70% of the statutory amount, not a "70% tax".
reply-lawful = Offers lawful options (reduce the order to fit, or cancel and refund), never a relative's ID or split orders
reply-lawful-fb = The lawful ways are to reduce the order to the room left or cancel it; a relative's ID or split orders break the rule that the purchaser is the person who buys, within one annual limit.
reply-tone-0 = Curt or confusing: the customer cannot tell why the order is held or what to do
reply-tone-1 = Correct but stiff: the facts and the rule are there, but the options are buried or the tone is bureaucratic
reply-tone-2 = Clear and courteous: what happened, why, his options and what the store does next, in plain words
reply-tone = Tone: clear, courteous, plain words for a consumer

resale-text = A shop owner in Kaifeng asks to buy forty bottles of fish oil and forty eye creams a month through Aurora's store, to sell in her shop. She offers to spread the orders over her staff's names and IDs. Mr Chen likes the volume.
resale-decline = Decline: cross-border retail goods are for personal use, not resale; offer to introduce her to a general-trade importer
resale-ids = Accept, placing each order under one of her staff's names and IDs, each with an annual limit of their own
resale-under = Accept, as long as each order stays under RMB 5,000 and each purchaser within RMB 26,000 a year; the limits are what customs checks
resale-decline-fb = Right: cross-border retail import is for personal use, with no resale. Goods for a shop come in through general trade; pointing her there keeps the customer and the store's record.
resale-ids-fb = Staff IDs for a shop's stock are a relative's-ID scheme by another name: cross-border retail goods are for personal use, with no resale, and the purchaser must be the real buyer who pays.
resale-under-fb = The limits are not the only rule: cross-border retail goods are for personal use, with no resale. Orders within the limits bought for a shop still break it.

store-text = Aurora opens a "网购保税+实体新零售" counter in Zhengzhou: customers see the products on display and buy them from bonded stock. A customer wants to take a bottle of serum home now. How does the counter sell it?
store-swipe = She orders at the counter, her ID is swiped for the name, ID and limit checks, and she leaves with the goods as a cross-border retail order
store-cash = She pays the shelf price at the till like any shop customer and leaves with the goods; the counter's sales are declared in one batch at the end of the day
store-ship = She orders at the counter with her ID, and the goods are posted to her from the bonded warehouse a few days later
store-swipe-fb = Right: Zhengzhou's "网购保税+实体新零售" model is buy in store, ID swipe, leave with the goods: the sale is still a cross-border retail order with the purchaser verified and counted against the limits.
store-cash-fb = The goods on the counter are bonded cross-border retail stock: each sale needs the purchaser's name and ID verified and the limits checked. An anonymous till sale skips both.
store-ship-fb = Safe but it misses the point: Zhengzhou's "网购保税+实体新零售" model lets the customer swipe her ID, buy, and leave with the goods at once.

selection-yes = Customs selects one of Aurora's 清单 for a documentary check (selection odds raised here for practice).
selection-no = No 清单 of Aurora's is selected for a check this week (selection odds raised here for practice).

query-text = Customs asks for the order, payment and waybill behind the selected 清单, and the purchaser's name and ID check. What do you send?
query-records = The three records exactly as they went through the Single Window, the ID check result and our 清单, with a cover note
query-screens = Screenshots of the order page and the payment confirmation, and a letter from Aurora that the customer is genuine
query-later = A request to answer after the shopping festival, when the team has time to pull the records together properly
query-records-fb = Right: customs matches what it received through the Single Window; giving it those records and the ID check answers the query.
query-screens-fb = Customs checks the data sent through the Single Window (GACC 2018 No. 194, No. 165 for payment data); screenshots and letters are not those records.
query-later-fb = A delay keeps the parcels and the store on hold; the records already exist in the Single Window and can be sent at once.

alert-yes = A risk alert (raised odds for practice): fourteen orders in two months to one address in Kaifeng, under six different IDs, paid from the same card.
alert-no = No risk alert on Aurora's orders this month (alert odds raised here for practice).

pattern-text = Ms Li asks how to deal with the orders to the Kaifeng address.
pattern-stop = Stop shipping to that address, keep the records for customs, and tell the buyers the goods are for personal use
pattern-ship = Keep shipping: each ID is a real person, every order is under RMB 5,000, and no purchaser is over the annual limit
pattern-ids = Ask the buyers to put all further orders under one ID each, paid by that person, so each record matches its own purchaser
pattern-stop-fb = Right: orders under several IDs to one address and one card point to resale or borrowed IDs; cross-border retail is personal use, and the payer must be the purchaser.
pattern-ship-fb = The limits being met does not make these orders lawful: one card paying for six purchasers breaks payer = purchaser, and the pattern points to resale, which cross-border retail does not allow.
pattern-ids-fb = Tidier records do not change what the orders are: goods bought for one shop under several IDs are resale, which cross-border retail does not allow.

wrapup-suspended = Customs suspends cross-border retail for the orders tied to the Kaifeng address and opens an inquiry into Aurora's store.
wrapup-lost = Mr Chen is tired of held parcels and corrections and moves his stock to another bonded warehouse.
wrapup-costly = The season ends with Aurora's orders cleared, after delays and corrections that cost time and goodwill.
wrapup-clean = The season ends cleanly: Aurora's orders clear, the customers get their parcels in days, and Mr Chen renews the contract.

end-clean = A clean season: orders cleared in days, taxed correctly and within the limits.
end-costly = Orders cleared, but with delays and corrections.
end-lost = The seller moved his stock elsewhere.
end-suspended = Cross-border retail suspended for the store's suspicious orders.
