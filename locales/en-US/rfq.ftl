title = RFQ: qualifying inquiries and quoting on Alibaba.com
summary = You answer the Alibaba.com storefront and RFQ market of a Xuchang hair-products maker: tell a real buyer from a fishing request and a fraud attempt, name the trade term and its place, cost a CIF quotation with commission and 换汇成本, choose payment terms by risk, write the quotation letter, check the pro-forma invoice, and handle a Trade Assurance refund request.

var-cash = Sales budget
var-trust = Buyer's trust

speaker-li = Ms Li Na, export sales manager, Xuchang Ruifa Hair Products Co., Ltd.
speaker-chen = Mr Chen Bo, finance, Xuchang Ruifa Hair Products Co., Ltd.
speaker-vandijk = Mr Pieter van Dijk, purchasing, Van Dijk Hair Supplies B.V., Rotterdam

goods-wigs = Human-hair lace-front wigs, 18 in, natural black
goods-tape = Tape-in human-hair extensions, 20 in, 40 pieces a pack
goods-toppers = Human-hair toppers, 14 in, silk base
goods-synthetic = Heat-resistant synthetic-fibre wigs, 24 in
unit-pcs = pieces
unit-packs = packs

field-from = From
field-body = Message
field-goods = Goods
field-quantity = Quantity
field-unit = Unit
field-asked-term = Price basis asked
field-asked-shipment = Shipment asked
field-asked-payment = Payment
field-unit-vat = Purchase price a unit, VAT included (CNY)
field-purchase = Purchase price for the order, VAT included
field-rebate-rate = Export rebate rate of the HS line (broker)
field-domestic = Domestic charges (inland freight, port, broker, bank)
field-freight = Sea freight Qingdao to Rotterdam, this lot
field-premium-rate = Insurance premium rate, Institute Cargo Clauses (C)
field-margin = Profit margin, as a share of the price
field-commission = Buying agent's commission, on the price
field-buying = Bank's buying rate (CNY for USD 1)
field-middle = Middle rate (CNY for USD 1)
field-selling = Bank's selling rate (CNY for USD 1)
field-moq = Minimum order (MOQ)
field-lead = Lead time after the deposit (days)
field-line = Production line
field-buyer = Buyer
field-price = Unit price (USD)
field-term = Trade term
field-amount = Total amount
field-payment = Payment terms
field-shipment = Shipment
field-validity = Valid until
field-bank = Beneficiary and bank account
field-loading = Port of loading
field-order = Order
field-received = Receipt confirmed
field-request = Request
field-reason = Reason given

doc-inq-real = Inquiry 1, via the storefront: Van Dijk Hair Supplies B.V.
inq-real-term = CIF Rotterdam, including the { $commission } commission of our buying agent
inq-real-shipment = Within two weeks of the order, if possible
inq-real-payment = Please propose your terms; we are a new customer
doc-inq-fish = Inquiry 2, via the RFQ market
inq-fish-body = "Dear supplier, we are a big importer. Send your full price list and catalogue for all products with your best price. Urgent."
doc-inq-fraud = Inquiry 3, via the storefront
inq-fraud-body = "Urgent order of 20,000 wigs. Before we order, send 10 free samples by express at your cost, your business licence, your bank account letter and a signed, stamped pro-forma invoice for our bank's approval. We will pay 100% by T/T outside Trade Assurance, from a partner company abroad, to save the fees."
doc-costs = Cost sheet
doc-board = Bank of China, Xuchang: today's board (per USD 1; the board shows them per USD 100)
doc-schedule = Factory schedule, Ruifa workshop
schedule-line = Fully booked for the next 10 days; new orders start when the deposit arrives
doc-quotation = Quotation QT-2612-031, as approved by Ms Li and accepted by the buyer
quote-payment = 30% T/T deposit through Trade Assurance, 70% against a copy of the B/L, through Trade Assurance
quote-shipment = From Qingdao within the factory's lead time after the deposit
doc-pi = Pro-forma invoice PI-2612-031 (draft by the sales assistant)
pi-payment-wrong = 100% T/T within 60 days after the B/L date (open account)
doc-slip = Payment advice
slip-body = "Dear Ruifa, we have paid the 70% balance today by T/T outside Trade Assurance to your other account, to save fees. The bank slip is attached. Please telex-release the B/L now: our customs broker is waiting. Pieter"
doc-claim = Trade Assurance refund request
claim-received = The buyer confirmed receipt 5 days ago
claim-request = Full refund of the order
claim-reason = "Part of the goods is not as agreed; see the photos."

fishing-text = Monday, 09:00. Three new inquiries are in the storefront inbox, and the platform's response-time figure sits in the corner of the screen (scenery: nothing here turns on its exact figures). Ms Li: "Start with inquiry 2, from the RFQ market. What do we send?"
fishing-ask = A short reply today with our catalogue, asking for the goods, quantity, destination port and trade term before any price
fishing-ask-fb = Right. A price means nothing without a trade term and a named place (Incoterms 2020): the rule decides who bears freight, insurance and risk. The reply is prompt, costs nothing, and a real buyer answers with the facts you need to quote.
fishing-list = Send our complete price list for every product at once, so the importer sees our whole range and our best prices today
fishing-list-fb = A list of bare prices gives away your price levels to anyone who asks and still quotes no trade term or named place (Incoterms 2020), so it says nothing about who pays freight and insurance. Ask for the requirements first.
fishing-ignore = Leave it unanswered: a request with no quantity, goods or destination is not worth our time this week
fishing-ignore-fb = Nothing lost but nothing learned: a short reply asking for goods, quantity, destination and trade term costs nothing and qualifies the inquiry. No points, no harm.
fishing-lowest = Reply at once with our lowest possible unit price for the best-selling wig, to win this importer before the other suppliers can answer
fishing-lowest-fb = A lowest price with no quantity, no trade term and no named place is a promise with no costing behind it (export pricing: cost first, then the price per term); under CIF or DDP the same figure would have to carry freight, insurance or duties.

fraud-text = Inquiry 3 is next. Ms Li: "Twenty thousand wigs would fill the factory for months. How do we answer?"
fraud-ta = Offer a paid sample order through Trade Assurance; papers and payment only on a real order through Trade Assurance
fraud-ta-fb = Right. Ten free samples and the express courier would be your cost before any order exists, and a signed, stamped pro-forma would put in writing a price for 20,000 wigs with no trade term, named place or costing behind it (Incoterms 2020; export pricing: cost first, then the price per term). A paid sample order puts the sample cost on him, and a real order on Trade Assurance gives him the platform's refund request and dispute path: a real buyer has no reason to refuse either.
fraud-send = Send the samples, the licence, the bank letter and the signed pro-forma today: an order of this size easily pays for the courier fee
fraud-send-fb = You bear ten samples and the courier before any order exists, and the signed, stamped pro-forma puts in writing a price for 20,000 wigs with no trade term, named place or costing behind it (Incoterms 2020; export pricing: cost first, then the price per term), while your licence and bank letter are in a stranger's hands.
fraud-deposit = Agree to his T/T outside Trade Assurance and send the signed pro-forma, as long as his partner company pays a 30% deposit first
fraud-deposit-fb = A deposit before production is the safe end of the risk order (T/T advance < L/C < D/P < D/A < open account), but the signed, stamped pro-forma goes out now: a price for 20,000 wigs with no trade term, named place or costing behind it (Incoterms 2020; export pricing: cost first, then the price per term). Quote a costed price on a trade term, on a real order through Trade Assurance.
fraud-samples = Send two samples at our cost to test him, but keep the licence, the bank letter and the pro-forma until he places an order
fraud-samples-fb = Better: the papers stay home and no price is committed. But the samples and the courier are still your cost with no order in sight; a paid sample order through Trade Assurance puts that cost on the buyer.

real-text = Inquiry 1 is what the storefront is for: a named importer, the goods, { $qty } { $product_unit }, the destination and a trade term. The cost sheet will take finance an hour. Ms Li: "What goes out now?"
real-ack = A reply within the hour: thanks, the specification confirmed, and the quotation promised by a stated time today
real-ack-fb = Right. The buyer hears from you at once, the specification is confirmed, and the price that follows is costed (export pricing: real cost, total cost, the price per term, 换汇成本). The response-time figure is scenery here; a prompt and accurate answer is what wins the buyer.
real-old = Send last season's list price at once, CIF Rotterdam, to be first in his inbox, and sort out the details later
real-old-fb = Fast, but the price has no costing behind it: this year's purchase price, charges, rate and the agent's commission are all different (export pricing: cost first, then the price per term). Fixing a quoted price later costs trust or margin.
real-wait = Say nothing until the full costing is done and checked, then send one complete quotation in two or three days' time
real-wait-fb = A complete quotation is good, but two or three days of silence to a buyer who sent everything you need lets another supplier answer first. Acknowledge at once and quote the same day.

basis-text = Mr van Dijk asks for a price "CIF, our port". How does the quotation state the trade term he asked for?
basis-cif = CIF Rotterdam, Incoterms 2020
basis-cif-fb = Right. CIF is a sea rule: you pay freight and insurance (Institute Cargo Clauses (C)) to the named port of destination, Rotterdam, and the risk passes on board at Qingdao (Incoterms 2020). It is what he asked for; for goods handed over in a container, CIP Rotterdam (insurance on Clauses (A)) fits better and can be offered beside it.
basis-qingdao = CIF Qingdao, Incoterms 2020, since that is where we load
basis-qingdao-fb = CIF names the port of destination: freight and insurance are paid to it. "CIF Qingdao" would pay for nothing beyond the loading port. The place is Rotterdam.
basis-ddp = DDP Rotterdam, a landed price, so the buyer has no costs at all
basis-ddp-fb = DDP adds import clearance and duties, import VAT included, to your costs (Incoterms 2020: DAP + import clearance and duties), and the buyer asked for CIF. Sellers quoting DDP often forget the import VAT: a classic error.
basis-risk = CIF Rotterdam, our risk until the goods reach Rotterdam
basis-risk-fb = Under CIF the seller pays freight and insurance to Rotterdam, but the risk passes on board at the loading port (Incoterms 2020). Promising to carry the risk to Rotterdam is the classic CFR/CIF error.

rate-text = Mr Chen: "The costs are in CNY and the buyer pays in USD. Which rate of today's board do we price with?"
rate-selling = The selling rate: the bank's other side, and the higher figure on the board
rate-selling-fb = The selling rate is what the bank charges to sell you USD. You will sell USD to the bank, at its buying rate (export pricing: convert at the bank's buying rate).
rate-middle = The middle rate, halfway between the two, fair to both sides
rate-middle-fb = The middle rate is a reference, not a deal: the bank buys your USD at its buying rate, lower than the middle, so a price built on the middle rate overstates the CNY you receive.
rate-buying = The bank's buying rate
rate-buying-fb = Right. You sell the USD you earn to the bank, so the bank's buying rate is the rate you get (export pricing: convert at the bank's buying rate, and compare 换汇成本 with it).

costing-text = Cost the order from the cost sheet, step by step: rebate, total cost, then the FOB price. The purchase price includes 13% VAT. Enter figures to the cent.
costing-rebate = Export rebate (退税额), CNY
costing-rebate-right = Right: { $purchase } ÷ 113% × { $rebate_rate } = { $rebate }. The rebate is on the VAT-exclusive price.
costing-rebate-gross = You took { $rebate_rate } of the VAT-inclusive price ({ $rebate_gross }). The rebate is on the price without VAT: 退税额 = 含税购货价 ÷ (1 + 13%) × 退税率 = { $rebate }.
costing-rebate-slip = Close to { $rebate } (within 1%): the method is right; check the rounding.
costing-rebate-wrong = You entered { $entry }; the rebate is { $expected }: { $purchase } ÷ 113% × { $rebate_rate }.
costing-total = Total export cost (出口总成本), CNY
costing-total-right = Right: real cost { $purchase } − { $rebate }, plus domestic charges { $domestic } = { $total_cost }.
costing-total-added = You added the rebate to the cost ({ $total_added }); the rebate comes back to you, so it is taken off: 实际成本 = 含税购货价 − 退税额, then + domestic charges = { $total_cost }.
costing-total-slip = Close to { $total_cost } (within 1%): the method is right; check the figures.
costing-total-wrong = You entered { $entry }; the total export cost is { $expected }: purchase − rebate + domestic charges.
costing-fob = FOB Qingdao for the lot, USD (margin { $margin } of the price)
costing-fob-right = Right: { $total_cost } ÷ (1 − { $margin }) ÷ { $buying } = { $fob_total }. The margin is a share of the price, so you divide.
costing-fob-markup = You added { $margin } to the cost ({ $fob_markup }): that is a markup on cost. A margin on the price divides: FOB = total cost ÷ (1 − margin) ÷ buying rate = { $fob_total }.
costing-fob-middle = You converted at the middle rate ({ $fob_middle }). The bank buys your USD at its buying rate, { $buying }: { $fob_total }.
costing-fob-slip = Close to { $fob_total } (within 1%): the method is right; check the rounding.
costing-fob-wrong = You entered { $entry }; FOB is { $expected }: total cost ÷ (1 − margin) ÷ the buying rate.
step-purchase = Purchase price, VAT included
step-net = Without VAT (÷ 113%)
step-rebate = Rebate
step-domestic = Domestic charges
step-total = Total export cost
step-with-margin = Total cost ÷ (1 − margin), CNY
step-fob = FOB Qingdao, USD
step-cfr = CFR = FOB + freight
step-divisor = 1 − 110% × premium rate
step-cif = CIF = CFR ÷ (1 − 110% × r)
step-cifc = CIF with commission = CIF ÷ (1 − commission)
step-unit = A unit
step-fx = 换汇成本, CNY for USD 1

cif-text = Now the price the buyer asked for: CIF Rotterdam with the agent's { $commission } commission, and the 换汇成本 of the deal. Freight is { $freight } for the lot; insurance is on 110% of CIF at { $premium_rate }.
cif-total = CIF Rotterdam for the lot, net of commission, USD
cif-total-right = Right: CFR { $cfr_total } ÷ (1 − 110% × { $premium_rate }) = { $cif_total }. The premium is charged on 110% of the CIF price itself, so you divide.
cif-total-cfr = You put the premium on 110% of CFR ({ $cif_on_cfr }); it is on 110% of CIF, which already contains it: CIF = CFR ÷ (1 − 110% × r) = { $cif_total }.
cif-total-slip = Close to { $cif_total } (within 1%): the method is right; check the rounding.
cif-total-wrong = You entered { $entry }; CIF is { $expected }: (FOB + freight) ÷ (1 − 110% × premium rate).
cif-unit = CIF Rotterdam unit price including the commission, USD
cif-unit-right = Right: { $cif_total } ÷ (1 − { $commission }) = { $cifc_total }, ÷ { $qty } = { $cifc_unit } a unit. 含佣价 = 净价 ÷ (1 − 佣金率).
cif-unit-markup = You added { $commission } to the net price ({ $cifc_markup }). The commission is paid on the commission-inclusive price, so you divide: 含佣价 = 净价 ÷ (1 − 佣金率) = { $cifc_unit }.
cif-unit-net = That is the net CIF price ({ $cif_unit }) without the agent's commission; the agent's share would come out of your margin. With it: { $cifc_unit }.
cif-unit-slip = Close to { $cifc_unit } (within 1%): the method is right; check the rounding.
cif-unit-wrong = You entered { $entry }; the unit price is { $expected }: CIF ÷ (1 − commission) ÷ quantity.
cif-fx = 换汇成本 (CNY for USD 1 of net FOB income), 4 decimals
cif-fx-right = Right: { $total_cost } ÷ { $fob_total } = { $fx_cost }, below the buying rate { $buying }: the deal makes money. 换汇成本 is taken on the FOB net income, after commission, freight and insurance.
cif-fx-cif = You divided by the CIF revenue with commission ({ $fx_on_cif }). Freight, insurance and commission are not yours to keep: 换汇成本 = total cost ÷ FOB net USD income = { $fx_cost }.
cif-fx-slip = Close to { $fx_cost } (within 1%): the method is right; check the rounding.
cif-fx-wrong = You entered { $entry }; 换汇成本 is { $expected }: total export cost ÷ FOB net USD income.

terms-text = Mr van Dijk: "We are a new customer for you. What payment terms do you offer?" Ms Li asks for your recommendation.
terms-split = 30% T/T deposit, 70% against a copy of the B/L, both through Trade Assurance
terms-split-fb = Right for a new buyer. Cash in advance and T/T are the lowest risk for the seller (risk order: T/T advance < L/C < D/P < D/A < open account); 30% deposit and 70% against a B/L copy is the common B2B split, and paid through Trade Assurance it has the platform's dispute path behind it.
terms-dp = D/P at sight through his bank in Rotterdam, documents released only against payment
terms-dp-fb = D/P keeps the documents until he pays, but it ranks above T/T and L/C in risk: if he refuses, the goods are stranded in Rotterdam. For a new buyer, a T/T deposit comes first.
terms-da = D/A at 60 days, so his shop can sell the goods before the bill falls due
terms-da-fb = Under D/A he takes the goods against a mere acceptance: pure buyer credit risk, second only to open account in the risk order. Not for a first order with a new buyer.
terms-oa = Open account at 60 days after the B/L date, to win a new customer
terms-oa-fb = Open account is the top of the risk order: goods and documents go before any money, with no bank and no deposit behind them. Not for a first order with a new buyer.

lead-text = The inquiry asks for shipment within two weeks. The factory's schedule says { $product_lead } days after the deposit, and the line is booked. What do you tell him?
lead-honest = Quote { $product_lead } days after the deposit, and book his production slot when the deposit arrives
lead-honest-fb = Right. A quotation promises only what the factory can do; the schedule is the fact. Booking the slot on the deposit shows how soon he can have the goods.
lead-promise = Promise the two weeks he asked for: the workshop can add night shifts once a good order is confirmed
lead-promise-fb = The schedule says { $product_lead } days and the line is booked: two weeks is a promise the factory cannot keep, and a late shipment becomes the buyer's claim.
lead-stock = Promise two weeks, shipping what we have in stock now and the rest of the order later
lead-stock-fb = A split shipment from stock is not the order he asked for, and the quotation would still promise two weeks for the rest, a date the schedule cannot meet.

letter-text = Write the quotation to Mr van Dijk in English (whatever language your screen shows): the unit price you worked out with its trade term, named place and Incoterms 2020, the quantity, the factory's lead time, the payment terms, and the validity (16 December 2026).
letter-price = States the CIF Rotterdam unit price including the commission ({ $cifc_unit })
letter-price-fb = The price from your costing, with its trade term and named place: { $cifc_unit } CIF Rotterdam. A price without a trade term says nothing about who pays freight and insurance.
letter-rules = Names Incoterms 2020
letter-rules-fb = Naming the Incoterms version fixes the cost and risk split the price stands on.
letter-quantity = States the quantity quoted ({ $qty })
letter-quantity-fb = The price holds for { $qty } { $product_unit }; say so, or the buyer may order a smaller lot at the same price.
letter-lead = States the factory's lead time ({ $product_lead } days) and promises no shorter
letter-lead-fb = The schedule says { $product_lead } days after the deposit; two weeks or "from stock" is a promise the factory cannot keep.
letter-payment = Offers a T/T deposit through Trade Assurance, not open account or D/A
letter-payment-fb = For a new buyer: 30% T/T deposit, 70% against a B/L copy, through Trade Assurance (risk order: T/T < L/C < D/P < D/A < open account).
letter-validity = States the validity (16 December 2026)
letter-validity-fb = A quotation with a validity date lets you requote when costs or the rate move.
letter-no-landed = Quotes no landed or DDP price and no wrong place
letter-no-landed-fb = The buyer asked CIF Rotterdam: a landed or DDP price would carry import duties and VAT, and "CIF Qingdao" names the wrong port.
letter-clarity = Clarity and courtesy: a letter the buyer can accept as it stands
letter-clarity-0 = Muddled: the terms are missing or buried, or the letter reads as a price list
letter-clarity-1 = Correct but hard to use: the terms are there but scattered, or the tone is curt
letter-clarity-2 = Clear and courteous: thanks, one line per term, what happens next (the sample, the PI, the deposit)

pi-check-text = Mr van Dijk accepted quotation QT-2612-031. The sales assistant drafted the pro-forma invoice from a template. Mark every field that does not match the agreed quotation.
pi-buyer-fb = The buyer's name in capitals is the same company: not a discrepancy.
pi-loading-fb = Qingdao is the port of loading under CIF Rotterdam: correct.
pi-amount-fb = The total is the agreed unit price times the agreed quantity: correct as it stands.
change-price-fb = The PI shows { $cif_unit }, the net CIF price; the quotation agreed { $cifc_unit } with the agent's commission. The PI must match the agreed quotation.
change-term-fb = "CIF Qingdao" names the loading port; CIF names the port of destination, Rotterdam (Incoterms 2020). The buyer would be right to refuse it.
change-quantity-fb = The PI shows { $qty_wrong }; the quotation agreed { $qty }. The deposit and the shipment follow the PI, so the quantity must match.
change-payment-fb = The PI shows open account, the top of the risk order; the agreed terms are 30% T/T deposit and 70% against a B/L copy through Trade Assurance.
change-validity-fb = The PI runs to 16 January 2027; the quotation is valid until 16 December 2026. A longer validity lets the buyer hold your price past the date you chose.
change-bank-fb = The PI names another company's account in Hong Kong; the agreed quotation names Ruifa's own account at Bank of China, Xuchang. The PI must match the quotation: a deposit paid into that account would never reach you.
pi-slipped = The draft went to the buyer as it was. Mr van Dijk spotted the difference himself and asked, rather coolly, which figure was meant.

spoof-arrives = The goods are on board. A "payment advice" arrives from an address that is not the one on the order. (Such emails come far more often here than in real life: the odds are raised for practice.)
spoof-none = The goods are on board; the balance arrives on the Trade Assurance order as agreed.

release-text = Mr Chen: "No money has reached the Trade Assurance order. The broker in Rotterdam is waiting. Do we release the B/L?"
release-wait = Release nothing until the balance is on the Trade Assurance order; phone the number on the order
release-wait-fb = Right: the agreed terms are 70% against a copy of the B/L, so the original B/L, or a telex release, goes only when the balance is on the order. A slip is not money: releasing now would hand over the goods before payment, the open-account end of the risk order. The buyer's real contact, on the order, settles the matter.
release-slip = Telex-release now: the slip shows the payment, and holding the B/L would only upset a good new customer
release-slip-fb = A bank slip is not money on your account, and the "other account" is not the one on the order: releasing now hands over the goods before payment, the open-account end of the risk order (T/T advance < L/C < D/P < D/A < open account), and the money may never come.
release-half = Release half the B/L set now against the slip and the rest when the money is credited
release-half-fb = A part release still hands over control of the goods before the balance is paid, the open-account end of the risk order, against a slip from an address that is not the buyer's. Wait for the balance on the order.

ta-brief-text = Ms Li: "Our new assistant asks what happens if a buyer opens a refund request on a Trade Assurance order. Which timeline do we teach her?"
ta-brief-aliexpress = The buyer may escalate on days 4 to 15; the system escalates on day 16
ta-brief-aliexpress-fb = That is AliExpress, the B2C platform. On Alibaba.com Trade Assurance: 3 days of direct negotiation, the buyer may escalate from day 4, and it escalates automatically on day 7.
ta-brief-right = 3 days of direct talks; the buyer may escalate from day 4; automatic on day 7
ta-brief-right-fb = Right (Trade Assurance buyer rules): 3 days of direct negotiation, the buyer may escalate from day 4, automatic escalation on day 7; the platform then intervenes within 2 working days, and evidence must be in by its deadline.
ta-brief-at-once = The platform takes the case on day 1 and rules within 2 working days
ta-brief-at-once-fb = The platform intervenes within 2 working days of escalation, not on day 1: first come 3 days of direct negotiation, escalation from day 4 by the buyer, automatic on day 7.
ta-brief-consent = Nothing goes to the platform unless both sides agree to escalate
ta-brief-consent-fb = The buyer alone may escalate from day 4, and the case escalates automatically on day 7; the seller's consent is not needed.

arrival-claim = Five days after confirming receipt, Mr van Dijk opens a Trade Assurance refund request. (Claims come far more often here than in real life: the odds are raised for practice.)
arrival-fine = The goods arrived and Mr van Dijk confirmed receipt without a word of complaint.

dispute-text = Day 1 of the refund request: Mr van Dijk asks for a full refund and sends photos of some of the goods.
dispute-negotiate = Answer today on the order: ask for batch photos, check them against the PI, propose an outcome
dispute-negotiate-fb = Right: the first 3 days are direct negotiation (the buyer may escalate from day 4, automatically on day 7). The claim came 5 days after receipt, inside the 30 days of cover. Evidence first; the outcome may be a partial refund, a return and refund or compensation, not the whole order by reflex.
dispute-refund = Refund the whole order at once: a fast refund protects our store rating and keeps this new customer
dispute-refund-fb = A full refund on day 1, before anyone has seen what is wrong, gives away the whole order. Trade Assurance outcomes include a partial refund, a return and refund or compensation, decided on the evidence.
dispute-wait = Wait: the platform will look at it and decide, and our reply will carry more weight then
dispute-wait-fb = The first 3 days are yours to negotiate directly; the buyer may escalate from day 4, and the case escalates by itself on day 7. Silence hands the story to the buyer.

evidence-text = No agreement by day 5: the buyer escalated and the platform asks both sides for evidence by its deadline. What do you file?
evidence-file = The quotation, the PI, the production and packing photos and the B/L, filed by the deadline
evidence-file-fb = Right (Trade Assurance: evidence by the deadline, or the claim lapses). The quotation, the PI and the B/L show what was agreed and what was shipped.
evidence-late = The full factory records after the deadline, once the workshop has gathered every one of them
evidence-late-fb = Evidence after the deadline is not counted: the platform decides on what it has (Trade Assurance: evidence by the deadline or the claim lapses).
evidence-off = A letter sent straight to the buyer's email, with our own photos and no platform filing
evidence-off-fb = Evidence sent outside the case is not before the platform. File it on the order by the deadline.

wrapup-loss = The quarter's books show an order paid away: goods released against nothing, or a whole order refunded without a look at the evidence.
wrapup-lost = Mr van Dijk pays what he owes, but he will not order again.
wrapup-kept = Mr van Dijk pays what he owes and asks for the next season's catalogue, without enthusiasm.
wrapup-repeat = Mr van Dijk pays what he owes and sends a second inquiry, bigger than the first.

end-repeat = A new buyer won on a costed, clear quotation, paid on safe terms through Trade Assurance, and coming back for more.
end-kept = The deal paid and the buyer stayed, though some slips on the way cost goodwill.
end-lost-buyer = The money came in, but the buyer did not come back: the slips on the way cost the relationship.
end-loss = The order lost money: goods or a full refund went out with nothing behind them.
