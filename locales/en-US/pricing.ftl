title = Pricing: an export quotation from Zhengzhou to Hamburg
summary = Quote a container of Henan goods to a Hamburg importer: the export rebate, the real cost, FOB Qingdao, CFR and CIF Hamburg in USD at the bank's buying rate, the agent's CIFC price, 换汇成本 and 出口盈亏率, a forward sale of the dollars and a currency move before payment.

var-trust = Buyer trust
var-days_left = Days to the quote deadline
var-price_vat = Purchase price incl. VAT (whole order)
var-domestic = Domestic charges
var-freight = Sea freight Qingdao-Hamburg
var-profit_cny = Profit booked (CNY)

speaker-lu = Ms Lu Fang, export sales manager, Zhengzhou Yuxin Trading Co., Ltd.
speaker-weber = Mr Jan Weber, buyer, Alster Trading GmbH, Hamburg
speaker-bank = Mr Zhao Lei, FX desk, the company's bank in Zhengzhou

doc-rfq = Request for quotation
doc-costs = Cost file for the quote
doc-sheet = Quote sheet (colleague's draft)
field-buyer = Buyer
field-goods = Goods
field-quantity = Quantity ({ $goods_unit })
field-terms = Terms asked
field-hs = HS line
field-purchase = Supplier price for the order, incl. VAT
field-vat = VAT rate on the supplier's invoice
field-rebate-rate = Export rebate rate (this HS line)
field-domestic = Domestic charges (truck, port, broker, bank)
field-freight = Sea freight Qingdao-Hamburg, one 40' container
field-premium-rate = Insurance premium rate
field-margin = Profit margin (share of the price)
field-commission = Hamburg agent's commission (share of its CIFC price)
field-rates = Bank's USD board (CNY per USD 100)
field-rebate = Rebate
field-total-cost = Total export cost
field-rate = Rate used
field-fob = FOB Qingdao
field-insurance = Insurance
field-validity = Validity
goods-wigs = Human-hair wigs, 18 inch, natural black, made in Xuchang, Henan
goods-charger = GaN wall chargers, 65 W, USB-C, assembled in Zhengzhou
goods-tea = Xinyang Maojian green tea, in 25 kg cartons
goods-mugwort = Nanyang dried mugwort leaf, in 20 kg bales
unit-pcs = pcs
unit-wigs = pcs
unit-kg = kg
each-piece = piece
each-wig = piece
each-kg = kg
rfq-terms = FOB Qingdao, CFR and CIF Hamburg (Incoterms 2020), prices in USD
rates-board = buying { $board_buying } / middle { $board_middle } / selling { $board_selling }
sheet-insurance = 110% of CIF, premium { $premium_rate }
sheet-validity = 14 days from the quote date

step-purchase = Purchase price incl. VAT
step-net = Price without VAT (÷ (1 + VAT rate))
step-rebate = Rebate (× rebate rate)
step-actual = Real cost (price − rebate)
step-domestic = Domestic charges
step-total = Total export cost
step-with-margin = Price in CNY with the margin on price (÷ (1 − margin))
step-fob = FOB Qingdao in USD (÷ buying rate)
step-each = FOB per { $goods_each } (÷ quantity)
step-freight = Freight
step-cfr = CFR Hamburg (FOB + freight)
step-divisor = Divisor (1 − 110% × premium rate)
step-cif = CIF Hamburg (CFR ÷ divisor)
step-insured = Insured amount (CIF × 110%)
step-premium = Premium (insured amount × rate)
step-commission = Share left after commission (1 − commission)
step-cifc = CIFC Hamburg (CIF ÷ (1 − commission))
step-income = FOB income in CNY at the buying rate
step-fx-cost = 换汇成本 (CNY per USD)
step-pl = 出口盈亏率 (%)

inputs-text = Ms Lu forwards an RFQ from Alster Trading in Hamburg: { $quantity } { $goods_unit } of { $goods_name }, from our Henan supplier, priced FOB Qingdao, CFR and CIF Hamburg. "The quote is due in five days. How do you build it?"
inputs-build = Collect the supplier's VAT-inclusive price, the rebate rate of the HS line, the domestic charges and a freight quote, then build up from cost
inputs-build-fb = Right. A quote is built up from cost: real cost after the rebate, plus domestic charges, then the margin, then freight and insurance per trade term (domain method: 实际成本 → total cost → price per term → 换汇成本 against the buying rate).
inputs-rival = Start from the price a rival shows on Alibaba.com for similar goods, take five percent off it and fit the costs in later
inputs-rival-fb = A rival's list price says nothing about our cost. Without the cost build-up the quote may sit below cost, and nobody can see it until the money is booked.
inputs-list = Take last year's FOB price list for this product line, add this year's freight for CFR and CIF, and send it today
inputs-list-fb = Partly sound: the list is a start, but the purchase price, rebate rate and charges change, and rebate rates follow the export date. Rebuild the cost before you reuse an old price.

rebate-date-text = The supplier's invoice shows { $purchase } for { $quantity } { $goods_unit }, { $goods_vat } VAT included. The rebate rate for HS { $goods_hs } is { $goods_rebate_rate } today. Which date decides the rate you may count on?
rebate-date-contract = The date the sales contract is signed, as the contract fixes our price for the order
rebate-date-contract-fb = No. The rebate rate follows the export date on the declaration, not the contract date (MOF/STA notices change rates from a stated date, as 2024 No. 15 and 2026 No. 2 did). Name that assumption in the quote.
rebate-date-export = The export date on the declaration, and the quote states it assumes today's rate of { $goods_rebate_rate }
rebate-date-export-fb = Right. The rate in force on the export date on the declaration applies. Rates do change (MOF/STA 2024 No. 15 cut some lines from 13% to 9% from 1 Dec 2024), so the quote names the assumption.
rebate-date-invoice = The date on the supplier's VAT invoice, since that invoice is the document the rebate claim rests on
rebate-date-invoice-fb = No. The VAT invoice supports the claim, but the rate follows the export date on the declaration. A rate change between invoice and shipment would leave the quote wrong.

cost-text = Work out the cost for the whole order ({ $quantity } { $goods_unit }) in CNY, to the fen.
cost-rebate = Export rebate (CNY)
cost-rebate-right = Right: { $expected }. The rebate is the price without VAT times the rebate rate: { $purchase } ÷ (1 + { $goods_vat }) × { $goods_rebate_rate }.
cost-rebate-gross = You entered { $entry }: that is { $goods_rebate_rate } of the VAT-inclusive price, a common mistake. The rebate is taken on the price without VAT: { $purchase } ÷ (1 + { $goods_vat }) × { $goods_rebate_rate } = { $expected }.
cost-rebate-slip = The method is right but the figure is off: you entered { $entry }, the rebate is { $expected }. Check the division by (1 + { $goods_vat }).
cost-rebate-wrong = You entered { $entry }; the rebate is { $expected } (price ÷ (1 + VAT rate) × rebate rate).
cost-actual = Real cost after the rebate (CNY)
cost-actual-right = Right: { $expected }. Real cost = VAT-inclusive price − rebate.
cost-actual-added = You entered { $entry }: the rebate was added to cost (a published "model answer" does this). The rebate is money back, so it is taken off: { $expected }.
cost-actual-slip = The method is right, the arithmetic slipped: you entered { $entry }, the real cost is { $expected }.
cost-actual-wrong = You entered { $entry }; the real cost is { $expected } (price incl. VAT − rebate).
cost-total = Total export cost (CNY)
cost-total-right = Right: { $expected }. Total cost = real cost + domestic charges.
cost-total-slip = The method is right, the arithmetic slipped: you entered { $entry }, the total is { $expected }.
cost-total-wrong = You entered { $entry }; the total export cost is { $expected } (real cost + domestic charges of { $domestic_cny }).

rate-text = The bank's board quotes CNY per USD 100: buying { $board_buying }, middle { $board_middle }, selling { $board_selling }. Which rate turns the CNY cost into a USD price?
rate-selling = The selling rate, { $selling }, the last and highest figure on the bank's board
rate-selling-fb = No. The selling rate is what the bank charges to sell us USD. We will sell USD to the bank, so the bank's buying rate, { $buying }, applies.
rate-middle = The middle rate, { $middle }, between the buying and selling rates
rate-middle-fb = No. The middle rate is a reference; no bank pays it to us. Proceeds are converted at the bank's buying rate, { $buying }.
rate-buying = The buying rate, { $buying }, as the bank buys the dollars we earn
rate-buying-fb = Right. The exporter sells USD to the bank, so the bank's buying rate applies; the board quotes CNY per USD 100, so { $board_buying } means { $buying }.

margin-text = Ms Lu wants a profit margin of { $margin } on the price. How do you put it into the FOB price?
margin-markup = Multiply the total cost by { $markup }, then divide by the buying rate of { $buying }
margin-markup-fb = That is a markup of { $margin } on cost, not { $margin } of the price: the profit would be a smaller share of the price. Margin on price: cost ÷ (1 − { $margin }).
margin-price = Divide the total cost by { $keep }, then divide by the buying rate of { $buying }
margin-price-fb = Right. With the margin as a share of the price, FOB = total cost ÷ (1 − { $margin }) ÷ buying rate (domain formula).
margin-gross = Add { $margin } of the VAT-inclusive purchase price to the cost, then divide by the buying rate of { $buying }
margin-gross-fb = No. The margin is a share of the selling price, not of the supplier's price with VAT. FOB = total cost ÷ (1 − { $margin }) ÷ buying rate.

fob-text = Now the FOB Qingdao price in USD, to the cent.
fob-total = FOB Qingdao, { $quantity } { $goods_unit } (USD)
fob-right = Right: { $expected }.
fob-markup = You entered { $entry }: a markup of { $margin } on cost. With { $margin } of the price as profit the FOB is { $total_export } ÷ { $keep } ÷ { $buying } = { $expected }.
fob-selling = You entered { $entry }: converted at the bank's selling rate, { $selling }. Our dollars are sold to the bank at its buying rate: { $total_export } ÷ { $keep } ÷ { $buying } = { $expected }.
fob-middle = You entered { $entry }: converted at the middle rate, { $middle }, a reference no bank pays us. Our dollars are sold to the bank at its buying rate: { $total_export } ÷ { $keep } ÷ { $buying } = { $expected }.
fob-slip = The method is right, the arithmetic slipped: you entered { $entry }, the FOB is { $expected }.
fob-wrong = You entered { $entry }; FOB = total cost ÷ { $keep } ÷ { $buying } = { $expected }.
fob-each = FOB Qingdao per { $goods_each } (USD)
fob-each-right = Right: { $expected } per { $goods_each }.
fob-each-slip = Close: you entered { $entry }, the price per { $goods_each } is { $expected }.
fob-each-wrong = You entered { $entry }; the price per { $goods_each } is the order's FOB ÷ { $quantity } = { $expected }.

insurance-text = For CIF the seller insures. The premium rate is { $premium_rate }. On what amount is the premium worked out?
insurance-cif = On 110% of the CIF price, so CIF = CFR ÷ (1 − 110% × { $premium_rate })
insurance-cif-fb = Right. The insured amount is CIF × 110% and the premium is CIF × 110% × rate; since CIF contains the premium, CIF = CFR ÷ (1 − 110% × r).
insurance-cfr = On 110% of the CFR price, then add that premium to the CFR price
insurance-cfr-fb = A common mistake: the premium on CFR × 110% leaves the premium itself uninsured and the CIF slightly too low. CIF = CFR ÷ (1 − 110% × r).
insurance-plain = On the CIF price itself, the value the buyer paid
insurance-plain-fb = No. Practice insures 110% of CIF, covering the buyer's expected profit too; premium = CIF × 110% × r, so CIF = CFR ÷ (1 − 110% × r).

quote-text = Freight is { $freight_usd } for the container. Work out the prices in USD, to the cent. Our Hamburg agent also sells to its own customers at CIF Hamburg with its { $commission } commission in the price (CIFC): work out that price too.
quote-cfr = CFR Hamburg (USD)
quote-cfr-right = Right: { $expected } (FOB + freight).
quote-cfr-slip = The method is right, the arithmetic slipped: you entered { $entry }, CFR is { $expected }.
quote-cfr-wrong = You entered { $entry }; CFR = FOB + freight = { $expected }.
quote-cif = CIF Hamburg (USD)
quote-cif-right = Right: { $expected }. CIF = CFR ÷ (1 − 110% × { $premium_rate }) = CFR ÷ { $divisor }.
quote-cif-cfr = You entered { $entry }: the premium was worked out on CFR × 110% and added, so the premium itself is left uninsured. CIF = CFR ÷ { $divisor } = { $expected }.
quote-cif-slip = The method is right, the arithmetic slipped: you entered { $entry }, CIF is { $expected }.
quote-cif-wrong = You entered { $entry }; CIF = CFR ÷ (1 − 110% × { $premium_rate }) = { $expected }.
quote-premium = Insurance premium (USD)
quote-premium-right = Right: { $expected } (CIF × 110% × { $premium_rate }).
quote-premium-cfr = You entered { $entry }: the premium on CFR × 110%. The insured amount is CIF × 110%, and the CIF price contains the premium itself: premium = CIF × 110% × { $premium_rate } = { $expected }.
quote-premium-slip = The method is right, the arithmetic slipped: you entered { $entry }, the premium is { $expected }.
quote-premium-wrong = You entered { $entry }; premium = CIF × 110% × { $premium_rate } = { $expected }.
quote-cifc = CIFC Hamburg with the agent's { $commission } (USD)
quote-cifc-right = Right: { $expected }. The price with commission is the net price ÷ (1 − commission rate): CIF ÷ (1 − { $commission }).
quote-cifc-net = You entered { $entry }: the commission was added as { $commission } of the net CIF price. The commission is a share of the price that contains it, so CIFC = CIF ÷ (1 − { $commission }) = { $expected }.
quote-cifc-slip = The method is right, the arithmetic slipped: you entered { $entry }, CIFC is { $expected }.
quote-cifc-wrong = You entered { $entry }; CIFC = CIF ÷ (1 − { $commission }) = { $expected }.

basis-text = Ms Lu asks for 换汇成本 (CNY spent for each USD earned). Which USD income do you divide by?
basis-cif = The CIF income, since that is the amount the buyer will actually pay us
basis-cif-fb = No. CIF income includes freight and insurance we pass on to others. 换汇成本 = total export cost ÷ FOB net USD income (after commission, freight and insurance).
basis-cfr = The CFR income, as freight is our cost too
basis-cfr-fb = No. Freight is paid out again; divide by the FOB net USD income, the dollars left after freight, insurance and commission.
basis-fob = The FOB net income, what is left after freight and insurance
basis-fob-fb = Right. 换汇成本 = total export cost (CNY) ÷ FOB net USD income. Below the bank's buying rate means profit.

fx-text = Work out 换汇成本 and 出口盈亏率 on the FOB price.
fx-cost = 换汇成本 (CNY per USD, 4 decimals)
fx-cost-right = Right: { $expected }, below the buying rate of { $buying }, so the deal earns money.
fx-cost-cif = You entered { $entry }: divided by CIF income. Divide by FOB net income: { $expected }.
fx-cost-slip = The method is right, the arithmetic slipped: you entered { $entry }, 换汇成本 is { $expected }.
fx-cost-wrong = You entered { $entry }; 换汇成本 = total cost ÷ FOB = { $expected }.
fx-pl = 出口盈亏率 (%, 2 decimals)
fx-pl-right = Right: { $expected }%. (FOB × buying rate − total cost) ÷ total cost; a margin of { $margin } of the price is margin ÷ (1 − margin) of the cost.
fx-pl-slip = Close: you entered { $entry }, 出口盈亏率 is { $expected }%. Check the base: it is the total cost.
fx-pl-wrong = You entered { $entry }; 出口盈亏率 = (FOB × { $buying } − total cost) ÷ total cost = { $expected }%.

sheet-text = A colleague drafted the quote sheet before you started. Mark every figure on it that is wrong.
sheet-rebate-fb = Wrong: { $rebate_gross } is { $goods_rebate_rate } of the VAT-inclusive price. The rebate is { $purchase } ÷ (1 + { $goods_vat }) × { $goods_rebate_rate } = { $rebate_due }.
sheet-rate-fb = Wrong: { $selling } is the bank's selling rate. Proceeds are sold to the bank at its buying rate, { $buying }.
sheet-insurance-fb = Correct as it stands: insurance on 110% of CIF at { $premium_rate } is the practice the quote follows.

buyer-accepts = Mr Weber replies the next day: "Your CIF Hamburg price works for us. Please confirm."
buyer-counters = Mr Weber replies: "A supplier in Qingdao quotes 3% less CIF Hamburg. Can you match it?"

confirm-text = Mr Weber accepts the CIF Hamburg price. How do you confirm?
confirm-chat = Confirm by chat message at once, with the price and the quantity, and send the contract next week
confirm-chat-fb = Partly. Speed helps, but a chat line leaves the trade term, place, Incoterms version, validity and the rebate assumption open. Put them in writing.
confirm-written = Send a written offer: CIF Hamburg, Incoterms 2020, price, quantity and 14 days' validity
confirm-written-fb = Right. The written offer names the term with its place and version (Incoterms 2020), the price, quantity and validity, so both sides price the same thing.
confirm-cfr = Reply with the CFR figure from the draft sheet now and correct it later
confirm-cfr-fb = No. A CFR figure under a CIF heading leaves the insurance unpaid in the price: the premium comes out of our margin.

counter-text = Mr Weber asks for 3% off, taken off the FOB net price you receive (freight and insurance stay as quoted). What do you do?
counter-accept = Accept 3% off at once to win the order, as the margin on price is already { $margin }
counter-accept-fb = Risky. 3% off the price takes a large part of a margin of { $margin }; work out the new 出口盈亏率 before you answer, so you know what you give away.
counter-refuse = Refuse any change, as the price was worked out from cost
counter-refuse-fb = Partly. The price is sound, but a flat no risks the order. Work out the 出口盈亏率 at a lower price and offer what the margin allows.
counter-recompute = Recompute 出口盈亏率 at lower prices first, then offer 1% off the price
counter-recompute-fb = Right. Knowing the margin at each price lets you offer a cut you can afford; 1% off keeps most of the { $margin } margin.

forward-text = Payment is due in about 60 days. The bank offers a forward sale (远期结汇) of the USD at { $forward }. What do you do?
forward-lock = Sell the expected USD forward at { $forward } for the 60-day payment window
forward-lock-fb = Right. A forward sale fixes the CNY you receive: it is a binding sale of the set amount at the set rate on the set date or window, not an option.
forward-option = Book the forward at { $forward } and sell at the day's rate if it is better on the day
forward-option-fb = No. A forward is binding, not an option: you must deliver the USD at { $forward } whatever the day's rate. Getting out early means an extension or a close-out at a gain or loss.
forward-open = Stay open and sell at the day's buying rate when paid
forward-open-fb = Partly. It can be a choice, but the CNY result then moves with the rate. Know the exposure: compare 换汇成本 with the worst rate you can bear.

move-down = Before payment the USD weakens: the bank's buying rate falls to { $rate_down }.
move-flat = Before payment the bank's buying rate is unchanged at { $buying }.
move-up = Before payment the USD strengthens: the bank's buying rate rises to { $rate_up }.

settle-text = The buyer's payment arrives. The day's buying rate is { $settle_rate }. How do you turn the USD into CNY?
settle-deliver = Deliver the USD under the forward at { $forward }, as agreed with the bank
settle-deliver-fb = Right. The forward is binding; delivering it on the date keeps the result you priced in.
settle-spot = Sell the USD at the bank's buying rate of the day
settle-spot-fb = That is what an open position does: the result follows the rate of the day, for better or worse.
settle-hold = Keep the USD in the account and wait a few weeks for a better rate
settle-hold-fb = No. Waiting turns an export into a currency bet, and the cost of the wait (interest, the buyer's next order) falls on the quote.

books-wrong = The books close with the quote's errors showing.
books-thin = The books close with a thin profit.
books-sound = The books close as priced.

end-sound-text = The order ships at CIF Hamburg { $cif } (premium { $premium }) and is paid. The profit booked is { $profit_cny }, close to what the quote built in. You built the price from cost, converted at the buying rate and knew your exposure.
end-thin-text = The order ships and is paid, but the profit booked is only { $profit_cny }: the price or the currency took part of the margin. Review where it went in the debrief.
end-wrong-text = The quote went out with the wrong method in it. The profit booked is { $profit_cny }, not the one the price promised. Review the worked computations in the debrief.

letter-text = The sheet is right now. Ms Lu: "Write the quotation to Mr Weber, in English." Today is Monday 2 March 2026. Quote the order totals for { $quantity } { $goods_unit } in USD, to the cent as you worked them out (prices per { $goods_each } too, if you like): FOB Qingdao, CFR Hamburg and CIF Hamburg, each with its named place and the rules it follows, the basis of the insurance in the CIF price, how long the offer is valid (the sheet's 14 days from today), and Alster's usual terms, which the price and our dollar plan assume: 100% by T/T against a copy of the bill of lading, about 60 days from now. No credit cost is built into the price.
letter-fob = The FOB Qingdao total, in USD, with its term and place
letter-fob-fb = The FOB price is the one the quote was built on (total cost ÷ (1 − margin) ÷ buying rate); written with its named port, "FOB Qingdao" says the goods are delivered on board at Qingdao (Incoterms 2020: FOB).
letter-cfr = The CFR Hamburg total, in USD, with its term and place
letter-cfr-fb = CFR = FOB + freight; under CFR the seller pays the freight to the named port of destination, Hamburg, while the risk passes on board at Qingdao (Incoterms 2020: CFR).
letter-cif = The CIF Hamburg total, in USD, with its term and place
letter-cif-fb = CIF = CFR ÷ (1 − 110% × { $premium_rate }); the named place of a C-term is the port of destination, so "CIF Hamburg", never "CIF Qingdao" (Incoterms 2020: CIF).
letter-rules = Names the rules: Incoterms 2020
letter-rules-fb = The same three letters have meant different things in different editions; naming Incoterms 2020 fixes which rules the prices follow.
letter-insurance = States the insurance basis of the CIF price (110% of the CIF value)
letter-insurance-fb = Under CIF the seller insures (Incoterms 2020: CIF); the quote insures 110% of the CIF value, and saying so tells the buyer what the premium in the price buys. Insurance on 110% of the CFR (or FOB) value is the classic slip: the cover falls short of the price the buyer pays.
letter-validity = States the validity, as a date: 14 days from 2 March 2026
letter-validity-fb = 14 days from 2 March 2026 is 16 March 2026. A dated validity protects the quote against a later move in cost or in the rate, and rebate rates change by notice (MOF/STA 2026 No. 2 did).
letter-payment = States the payment terms the quote assumes: T/T against a copy of the bill of lading, no open account or D/A
letter-payment-fb = The price carries no credit cost and the forward covers one payment about 60 days out: 100% by T/T against a copy of the B/L. Offering open account or D/A would add credit risk and a financing cost the price does not contain (they are the two riskiest terms for the seller).
letter-places = No term with the wrong place (FOB Hamburg, CIF or CFR Qingdao)
letter-places-fb = F-terms name the place of shipment and C-terms the destination (Incoterms 2020): FOB Qingdao, CFR and CIF Hamburg. A term with the wrong place quotes a different bargain from the one priced.
letter-clarity = Clarity: a buyer could not misread what each price buys
letter-clarity-0 = Prices without their term, place or currency, or mixed up (a CFR figure under a CIF heading); quantity or unit unclear
letter-clarity-1 = Every price has its term, place and currency, but the letter is hard to follow (figures scattered in running text, totals and unit prices mixed)
letter-clarity-2 = Each price on its own line with term, named place, currency, quantity and unit; insurance, validity and payment stated once, plainly
