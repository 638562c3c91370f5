title = Capstone: one order from Zhengzhou to Almaty
summary = Source, price, declare, ship and get paid for a container of bus brake pads sold to an Almaty distributor: supplier vetting, landed cost, Incoterms, a 9710 declaration, the China-Central Asia train, documents, payment terms, a claim and collection. Early choices carry through to the end.

var-cash = Cash
var-days_left = Days to deadline
var-trust = Buyer trust

bus-12m = 12 m city buses
bus-10m = 10.5 m city buses
bus-18m = 18 m articulated buses
bus-coach = 12 m intercity coaches

speaker-buyer = Arman Seitkali, purchasing manager, Dala Transit Parts LLP (Almaty)
speaker-manager = Ms Guo, export manager, Zhengzhou Yuxin Import & Export
speaker-forwarder = Ms Liu, rail freight forwarder, Tianzhong Supply Chain
speaker-broker = Mr Zhao, customs broker
speaker-bank = Mr Wang, trade finance desk, your bank in Zhengzhou
speaker-qc = Xiao Chen, your QC inspector
speaker-finance = Ms Du, finance

seller-name = Zhengzhou Yuxin Import & Export Co., Ltd.
buyer-name = Dala Transit Parts LLP, Almaty
huiyuan-name = Henan Huiyuan Brake Technology Co., Ltd.

doc-licence = Business licence (Huiyuan)
doc-report = Test report (sent by Huiyuan)
doc-bid = Quotation (Huiyuan)
doc-lc = Documentary credit, as issued
doc-contract = Sales contract
doc-lc-final = Documentary credit: terms for presentation
doc-invoice = Commercial invoice
doc-packing = Packing list
doc-waybill = SMGS rail waybill (duplicate)

field-name = Name
field-type = Type
field-capital = Registered capital
field-established = Established
field-address = Registered address
field-scope = Business scope
field-lab = Testing laboratory
field-applicant = Applicant
field-product = Product
field-standard = Standard
field-result = Result
field-supplier = Supplier
field-price = Unit price
field-payment = Payment
field-lead = Lead time
field-claims = About us
field-validity = Offer valid for
field-form = Form of credit
field-beneficiary = Beneficiary
field-amount = Amount
field-quantity = Quantity
field-shipment = Shipment
field-expiry = Expiry
field-inspection = Inspection certificate
field-operative = Special condition
field-partial = Partial shipments
field-charges = Charges
field-number = Number
field-seller = Seller
field-seller-address = Seller's address
field-buyer = Buyer
field-goods = Description of goods
field-terms = Delivery term (Incoterms 2020)
field-packages = Packages
field-net = Net weight (kg)
field-gross = Gross weight (kg)
field-marks = Shipping marks
field-consignor = Consignor
field-consignee = Consignee
field-destination = Destination station
field-container = Container
field-transport = Transport document
field-presentation = Presentation period

licence-type = Limited liability company
licence-capital = CNY 1,000,000
licence-address = Room 1207, 18 Jinshui Road, Zhengzhou (office floor)
licence-scope = Wholesale and retail of auto parts and accessories; import and export of goods
report-lab = Jinhe Brake Testing Centre, Tianjin (CNAS-accredited)
report-applicant = Shandong Lutai Friction Materials Co., Ltd.
report-product = Disc brake pads, WVA { $product_report }
report-result = Pass
bid-product = Disc brake pads WVA { $product_wva }, axle sets, for { $product_bus }
bid-price = { $huiyuan_unit } per set
bid-payment = 100% T/T before production
bid-lead = 15 days
bid-claims = Our own factory: 15 years of brake-pad manufacturing
bid-validity = 3 days
lc-form = Irrevocable, by payment at sight
lc-quantity = About { $qty } axle sets
lc-shipment = Latest date of shipment: { $lc_ship } days after issue
lc-expiry = { $lc_expiry } days after issue; available with and expiring at the issuing bank's counters in Almaty
lc-inspection = Issued and signed by the applicant's authorised representative
lc-operative = This credit becomes operative only upon our amendment advising that the applicant's import documents are in order
lc-partial = Not allowed
lc-charges = All banking charges outside Kazakhstan are for the beneficiary's account
contract-seller-address = Zhengzhou, Henan, China
goods-contract = Disc brake pads WVA { $product_wva }, axle sets, for { $product_bus }
qty-contract = { $qty } sets in { $cartons } cartons
lc-goods = Disc brake pads WVA { $product_wva } for { $product_bus }, { $qty } axle sets
lc-transport = Duplicate of the SMGS rail waybill, Zhengzhou to Almaty station, consignee: Dala Transit Parts LLP, Almaty
lc-presentation = Within 21 days after the date of shipment, and within the validity of the credit
invoice-seller-address = Building 3, Airport Economy Zone, Zhengzhou, Henan, China
goods-invoice = Disc brake pads WVA { $product_wva }, axle sets, for { $product_bus }
packing-packages = { $cartons } cartons on 10 pallets
packing-marks = DTP / ALMATY / C/NO. 1-{ $cartons }
goods-invoice-wrong = Brake shoes for { $product_bus }, WVA { $product_wva }
waybill-packages-wrong = { $cartons_short } cartons on 10 pallets
waybill-destination-wrong = Astana, Kazakhstan
waybill-consignee-wrong = Dala Transit LLP, Almaty
waybill-destination = Almaty, Kazakhstan
goods-waybill = Brake pads for buses
waybill-container = 20GP, seal no. YX041702

inquiry-text = Monday morning. An inquiry has come in through your company's storefront on a cross-border B2B platform, in Russian with an English copy. Arman Seitkali of Dala Transit Parts, a distributor that services bus and coach fleets in Almaty, wants { $qty } axle sets of disc brake pads (WVA { $product_wva } pattern) for Zhengzhou-built { $product_bus }. He needs them in Almaty within { $deadline } days, before the fleets' spring maintenance, and asks for "a price delivered Almaty, insured" and your payment terms. Ms Guo asks how you will answer.
inquiry-clarify = Reply today in Russian and English: confirm the WVA number and bus model, ask for his drawing or an old pad, the friction material, carton marks and the papers his broker needs; a firm quote within three days.
inquiry-clarify-fb = Good. A fast reply in the buyer's business language builds trust, and the questions protect you: pads that fit "the same bus" can differ in backing plate and wear sensor, and you can only quote a landed price once the specification and delivery place are fixed. Russian is the everyday business language of many Kazakh importers; an English copy keeps the contract language clear.
inquiry-pricelist = Send your standard catalogue price list at once, EXW Zhengzhou in CNY, with a note that freight and insurance to Almaty can be quoted on request.
inquiry-pricelist-fb = Fast but unhelpful: he asked for a price delivered to Almaty, insured, in a currency he can compare. An EXW price in CNY leaves him to work out freight, insurance and exchange, and tells him you did not read his message.
inquiry-cif = Win him with speed: quote today a CIF Almaty price in USD built on last month's rail rate and your usual insurance, 30% advance and the balance against documents, and send the details once he confirms the order.
inquiry-cif-fb = He liked the speed, but the quote teaches the wrong rule and may lose money. Incoterms 2020: CIF is a sea and inland-waterway rule; Almaty is no seaport and the goods go by rail, so there is no loading on board a vessel, the point where CIF passes the risk. For rail with insurance the rule is CIP. And last month's rate and an unchecked specification make the price a guess.
inquiry-later = Take the week to prepare one complete, polished package (specifications, certificates, prices) and send it on Saturday, in English, the language of the contract.
inquiry-later-fb = Thorough, but slow and in one language only. Buyers comparing Chinese suppliers tend to order from whoever answers first and clearly, and the three days come out of your delivery window. Russian is the everyday business language of many Kazakh importers; English can stay the contract language.

shortlist-text = Three suppliers answered your request for quotation. Before anyone compares prices, Ms Guo asks you to check the papers of the cheapest bidder, Huiyuan: its business licence, the test report it sent and its quotation. Mark every field that is a real red flag.
shortlist-scope-fb = Red flag: the business scope covers only wholesale, retail and import-export of auto parts, no manufacturing, yet the bid says "our own factory". Huiyuan is a trader, and you do not know who really makes the pads, or where.
shortlist-applicant-fb = Red flag: the test report was issued to a different company, a Shandong friction-material maker. A borrowed report proves nothing about the pads Huiyuan will ship.
shortlist-product-fb = Red flag: the report tested WVA { $product_report } pads, not the WVA { $product_wva } Arman ordered. A test report must cover the exact model you buy.
shortlist-claims-fb = Red flag: "15 years of brake-pad manufacturing" does not square with a company registered in 2019 whose licence has no manufacturing in its scope.
shortlist-capital-fb = Not a red flag by itself: under China's subscribed-capital system many sound small companies register modest capital. Judge the business scope, the real factory and the documents, not the capital figure.
shortlist-validity-fb = Not a document fault: short validity is common when steel and resin prices move. It is sales pressure, so do not let it rush your checks, but it is not false information.

doubt-text = Ms Guo frowns: "You found nothing wrong? Their price is a quarter below the factories'. Where does that money come from?"
doubt-verify = Take a second look at the papers, and ask Huiyuan for the factory address and a live video walk along its production line.
doubt-verify-fb = Right instinct. A price far below real manufacturers usually means a trader, a workshop without quality control, or a cheaper material. Matching the licence scope and the report's applicant and model against the bid takes ten minutes.
doubt-dismiss = Stand by the shortlist: the report comes from a CNAS-accredited lab and says the pads pass GB 5763, and a quarter off is what a quick decision is worth.
doubt-dismiss-fb = An accredited lab's report counts only for the applicant and the model it tested. This one was issued to another company, for another WVA number, so it proves nothing about Huiyuan's pads.

supplier-text = Choose the supplier for { $qty } sets (per axle, WVA { $product_wva }). Prices include 13% VAT and are shown in USD at today's bank buying rate; you pay in CNY. Songyue Friction Materials, Zhengzhou: a manufacturer certified to IATF 16949, already exporting to Russian-speaking markets; { $unit } a set, 30% advance payment and 70% before delivery, 25 days. Muye Brake Parts, Xinxiang: a manufacturer with ISO 9001 only and no export record; { $muye_unit } a set, 30% advance, 20 days. Huiyuan, whose papers you just checked: { $huiyuan_unit } a set, 100% before production, 15 days. Working capital for this order: { $cash }.
supplier-songyue = Songyue, Zhengzhou: { $songyue_total } in all; pay the 30% advance payment ({ $songyue_adv }) now
supplier-songyue-fb = A sound choice for safety parts going to a new buyer: an automotive quality system (IATF 16949), export experience and a real factory close by. The higher price buys a lower risk of a failed inspection and a lost customer, and the 30/70 terms leave you cash for the rest of the order.
supplier-muye = Muye, Xinxiang: { $muye_total } in all; pay the 30% advance payment ({ $muye_adv }) now
supplier-muye-fb = Cheaper and a real factory, but with no automotive quality certification and no export record. Workable only if you vet it properly: audit it and test samples before production.
supplier-huiyuan = Huiyuan: { $huiyuan_total } in all, paid 100% before production starts
supplier-huiyuan-fb = The cheapest bid comes from a trader with borrowed paperwork, and paying 100% before production gives away all your leverage. It also ties up nearly all your working capital, which rules out expensive rescues such as air freight if anything goes wrong later.

vetting-text = Before production starts, how do you vet the supplier and its pads? These are safety parts, { $qty } axle sets of them.
vetting-audit = Book an on-site factory audit and an independent lab test of pre-production samples against Arman's drawing and GB 5763 (USD 900, 4 days).
vetting-audit-fb = Thorough, and for brake pads the right call: the audit shows whether the supplier really makes the pads and controls its materials, and an accredited lab test of samples from the line checks friction and shear strength. The cost is small against a rejected shipment.
vetting-samples = Courier four samples to Arman to approve their fit and finish (USD 160, 6 days).
vetting-samples-fb = Useful: the buyer approves fit and finish, and a signed sample becomes the quality reference in the contract. But his eye cannot check friction performance or whether mass production will match the sample; this vets the product more than the supplier.
vetting-video = Ask for a video call walk-through of the factory (1 day).
vetting-video-fb = Better than nothing, but a video call shows what the supplier chooses to show. It does not test a single pad.
vetting-none = Skip it: the papers check out, the factory is certified and time is short; the pre-shipment inspection at the end will catch any problem.
vetting-none-fb = For safety parts to a new buyer this is the most expensive saving you can make. An inspection at the end finds defects when the goods are made and paid for; an audit and a sample test before production find them while they are cheap to fix.

sample-pass = The samples passed every test and fit Arman's drawing. Production can start.
sample-borderline = The samples passed, but the friction coefficient sat at the low edge of the range. The supplier adjusted its mix and re-tested: three days lost.
sample-fail = The samples failed: the friction material separated from the backing plate in the shear test. Mass production on this basis would fail in Almaty.

samplefail-text = The pre-production samples failed. You have already paid this supplier { $paid_supplier }. What now?
samplefail-switch = Cancel, recover what you can (the supplier keeps 20% for materials), and place the order with Songyue in Zhengzhou.
samplefail-switch-fb = Painful but sound: you found the problem before shipment, when it is cheapest to fix. Switching to a certified maker costs money and days but protects the order and the customer.
samplefail-rework = Make the supplier correct its process and re-test new samples, with you paying the lab (USD 300, 8 days).
samplefail-rework-fb = Reasonable if the supplier cooperates, and the re-test keeps you in control. But it eats eight days of the delivery window.
samplefail-discount = Accept them with a 10% discount, and ask the factory to tighten its process for the production run.
samplefail-discount-fb = A discount does not make a brake pad safe, and a promise to tighten the process is not a re-test. You now know the goods fail the shear test, and you are about to ship them to a buyer who will test them.

route-text = Ms Liu quotes three ways to move one 20-foot container ({ $gross_kg } kg gross, { $cartons } cartons on 10 pallets) from Zhengzhou to Almaty by rail. At the Kazakh border (Alashankou or Khorgos) China's 1,435 mm gauge meets the 1,520 mm gauge, so the cargo is transferred there. Rates change week to week; these are this week's.
route-rail = China-Central Asia train from the Zhengzhou land port: { $rail }, about 12 days
route-rail-fb = The natural channel from Henan: the train leaves from Zhengzhou itself, so it is both the cheapest and the fastest of the three, and it runs reliably enough for a { $deadline }-day window. One SMGS rail waybill covers the whole journey across the gauge change.
route-xian = Truck to Xi'an, then a Central Asia train from Xi'an: { $xian } with trucking, about 15 days
route-xian-fb = Xi'an is a major hub for Central Asia trains, but from Zhengzhou you pay 500 km of trucking and an extra handling to reach it, for a longer journey. Zhengzhou has its own departures: use them.
route-searail = Truck to Lianyungang, then rail across the New Eurasian Land Bridge: { $searail } with trucking, about 20 days
route-searail-fb = Lianyungang is the eastern end of the land bridge, which suits cargo arriving by sea or made near the coast. Goods made in Henan would travel hundreds of kilometres east only to come back west through Zhengzhou: slower and no cheaper than the train from Zhengzhou.

incoterm-text = Arman repeats: "Price delivered Almaty, insured, please. We collect the goods at Almaty station." You will book and pay the carriage. Which delivery term goes into your quotation?
incoterm-cip = CIP Almaty: you pay carriage and insurance to Almaty station
incoterm-cip-fb = Right. CIP works for any mode, rail included. You pay carriage and cargo insurance to Almaty; the risk passes to Arman when the goods are handed to the first carrier in Zhengzhou, and the policy protects him from there. Incoterms 2020 raised CIP cover to Institute Cargo Clauses (A), at least 110% of the value.
incoterm-cpt = CPT Almaty: you pay the carriage to Almaty station
incoterm-cpt-fb = CPT fits rail and you pay the carriage, but it includes no insurance, and Arman asked for an insured price. The risk passes to him in Zhengzhou, so uninsured damage on the way will end in an argument. Incoterms 2020: CIP is CPT plus insurance.
incoterm-fob = FOB Zhengzhou, with freight and insurance to Almaty added on the invoice
incoterm-fob-fb = FOB is a sea and inland-waterway rule (Incoterms 2020): risk passes when the goods are on board a vessel at the named port of shipment. Zhengzhou has no such port and the goods go by train, so the contract has no clear point where risk passes, and adding freight to the invoice does not change that. Use FCA, CPT or CIP for rail.
incoterm-cif = CIF Almaty: you pay the freight and cargo insurance to Almaty station
incoterm-cif-fb = CIF is for sea freight to a named port of destination, and Almaty is not a seaport. It also requires only minimum cover (Institute Cargo Clauses (C)). For rail with insurance, the rule is CIP.

quote-text = Work out the quotation for the { $qty } sets. Your costs, paid in CNY and shown at today's bank buying rate of { $rate0 } CNY per USD: goods { $goods_cost } (including 13% VAT); main carriage { $freight }; cargo insurance premium { $insurance } (zero if your term includes none); local charges { $local } (trucking to the land port, terminal handling, customs broker, documents). Company rule: quote total cost plus 10%, in whole dollars. The export rebate stays out of the quote: it comes only after a correct declaration and filing.
quote-total-cost = Total cost of the order (USD)
quote-cost-right = Correct: goods plus carriage, insurance and local charges. A landed-cost sheet includes everything you pay up to the point where your Incoterm says you stop paying.
quote-cost-goods-only = That is only the goods. Under your term you also pay the carriage, any insurance and the local charges in China; leave them out and your margin disappears.
quote-cost-wrong = Not the total: add goods { $goods_cost }, carriage { $freight }, insurance { $insurance } and { $local } local charges.
quote-price = Quoted total price (USD)
quote-price-right = Correct: total cost plus 10%. You know exactly how much room you have before you reach cost.
quote-price-near = Close, but not the company rule of cost plus 10%. A few hundred dollars either way is a large part of your profit on an order like this.
quote-price-wrong = This price does not follow from your costs (total cost plus 10%). Too high and Arman buys elsewhere; too low and you ship at a loss.
quote-container = Container
quote-container-right = Right: { $gross_kg } kg on 10 pallets fits one 20-foot container, which carries that weight easily. A 40-foot box costs more and adds nothing for heavy, compact cargo.
quote-container-lcl = Groupage (LCL) exists on the trains, but at this volume a full 20-foot container is cheaper per set, safer (no handling with other cargo) and sealed from Zhengzhou to Almaty.
quote-container-wrong = A 40-foot container is for light, bulky cargo. Brake pads are heavy and compact: { $gross_kg } kg on 10 pallets is a 20-foot load.
quote-currency = Currency of the quotation
quote-currency-right = Right: USD is what Arman's bank pays in and how the trade prices. But your supplier, your local charges and the export rebate are in CNY, so you carry the USD/CNY risk until you settle; once the order is firm, a forward sale of the USD (远期结汇) can fix the rate.
quote-currency-cny = Also sound: your supplier, local charges and rebate are all in CNY, so a CNY price leaves you no exchange risk. The risk moves to Arman, who must buy CNY, and your price is harder for him to compare with offers in USD, so expect questions.
quote-currency-wrong = Quoting in tenge puts the exchange-rate risk on you for the two months until payment.

negotiate-text = Arman replies to your offer of { $contract_value }: "A trader in Guangzhou offers 5% less. Give me 5% and we sign today." Your cost sheet says { $total_cost }.
negotiate-value = Hold the price and explain what is behind it: an IATF-certified factory, lab-tested samples, insured rail to Almaty; offer 1% off as a goodwill gesture on a first order.
negotiate-value-fb = Well handled: you sold value, not price, and made a small concession that costs little and shows goodwill. Each 1% of the price you give away here is about a ninth of your mark-up on this order.
negotiate-five = Match the Guangzhou offer: give him the 5% and sign today, before he changes his mind.
negotiate-five-fb = Five percent off a 10% mark-up gives away half your margin before the first risk has even appeared. Ask what the other offer includes before you match it.
negotiate-hard = Refuse any discount: tell him the price is already cost plus a fair margin, that serious suppliers do not bargain on safety parts, and that the offer stands as written until Friday.
negotiate-hard-fb = You kept the margin but put the order at risk. To a new buyer, a flat refusal without reasons reads as arrogance; explain the value instead.
negotiate-requote = Your offer is far above cost plus 10%: apologise and re-quote at cost plus 10%.
negotiate-requote-fb = Correcting an inflated offer saves the deal, but Arman now trusts your prices less. Quote right the first time.
negotiate-panic = Cut 12% at once, so that no trader can undercut you on this order.
negotiate-panic-fb = A 12% cut on a 10% mark-up prices the order below your total cost, so only the export rebate stands between you and a loss, and a buyer who sees you drop that fast assumes your first price was padded.

walkaway-price-stays = Arman grumbles, but he stays: your samples beat the Guangzhou offer.
walkaway-price-gone = Arman writes back one line: "We will buy elsewhere." The order is gone.

terms-text = Payment terms. Arman proposes open account, 60 days after arrival, "as with our Turkish suppliers". What else he will accept depends on how far he trusts you by now. What do you propose?
terms-tt = 30% T/T advance payment now, 70% T/T against a copy of the SMGS rail waybill
terms-tt-fb = The common B2B split, and reasonable: the advance covers your supplier's advance. But for a first order of about { $order_about } to a new buyer the leverage is weak. The SMGS waybill is not a document of title: the named consignee collects the goods in Almaty whether or not he has paid, so the 70% rests on his goodwill. A credit would have secured it.
terms-lc = Irrevocable documentary credit, payable at sight, advised through your bank in Zhengzhou
terms-lc-fb = The strongest term you can get for a first order of about { $order_about } to a buyer you have never met: the issuing bank's undertaking replaces his promise, provided your documents comply (UCP 600 Arts 14-16). It costs fees (USD 150 on your side) and days, so read the credit carefully when it arrives: soft clauses can take the protection away again.
terms-oa-insured = Open account 60 days, once Sinosure has approved a credit limit on his company (premium about 0.6%)
terms-oa-insured-fb = Acceptable when the buyer insists on open account: Sinosure short-term cover indemnifies up to 90% of a loss, but only if a credit limit on this buyer is in force before shipment and matches the payment term, and you declare the shipment and report overdue payment in time. The premium comes out of your margin.
terms-oa = Open account 60 days after arrival, uninsured, as he asks: a first order on his terms wins the account and the volumes behind it
terms-oa-fb = All the risk sits with you: you pay the supplier and the freight, then wait two months on a buyer you met a few weeks ago. Buyer credit risk is the main payment problem in cross-border B2B.
terms-advance = Insist on 100% T/T in advance before production
terms-advance-fb = Safest for you, but few distributors pay a first order of about { $order_about } in full before production. Unless he already trusts you a great deal, you lose the order.
terms-decline = Decline the order: his terms are too risky for a first order
terms-decline-fb = Walking away is sometimes right, but you had options here: an L/C, or open account with export credit insurance.

walkaway-terms-agrees = Arman trusts you enough: he wires 100% of the order value. An unusual result for a first order.
walkaway-terms-gone = "We do not pay strangers in advance," Arman writes, and orders from someone else.

lcreview-text = Arman's bank in Almaty has issued the credit and your bank has advised it. Mr Wang asks you to check it before you accept it and release production: mark every clause you must have amended.
lcreview-expiry-fb = Must be amended: the credit is available only at the issuing bank's counters in Almaty and expires there { $lc_gap } days after the latest shipment date. UCP 600 Art. 14(c) allows up to 21 days to present transport documents, but never beyond expiry, and documents couriered to Almaty will not make it. Ask for it to be available and to expire in China (with your bank or any bank), at least 21 days after the latest shipment date.
lcreview-inspection-fb = Soft clause: an inspection certificate signed by the applicant's representative means Arman decides whether you are paid. If he does not sign, your documents can never comply. Ask for a certificate from an independent inspection company instead.
lcreview-operative-fb = Soft clause: a credit that becomes operative only on a later amendment is not yet a payment undertaking. Do not ship until it is operative without conditions.
lcreview-quantity-fb = Fine: "about" allows 10% more or less on the quantity (UCP 600 Art. 30(a)). Harmless for you.
lcreview-partial-fb = Fine: you ship one container in one lot, so a ban on partial shipments costs you nothing.
lcreview-charges-fb = Normal practice: each side pays its own bank's charges. Budget for them; it is nothing to amend.

lcamend-text = You found clauses that would put your payment in the buyer's hands. What now?
lcamend-request = Ask Arman to have his bank amend the credit: delete both soft clauses and move expiry to China, 21 days after shipment (USD 100, 3 days).
lcamend-request-fb = Right: never ship under a credit you cannot comply with. Explain it politely; an honest buyer accepts amendments that only take away his veto.
lcamend-accept = Accept the credit as issued and ship early, so that the documents reach Almaty well before expiry and Arman has no reason to withhold his signature.
lcamend-accept-fb = Shipping early does not cure it. An applicant-signed certificate leaves payment to Arman's goodwill, a credit operative only on a later amendment is no undertaking yet, and with expiry at the issuing bank's counters in Almaty the documents must arrive there before expiry (UCP 600 Art. 14(c)). Never ship under a credit you cannot comply with.

contract-text = Ms Guo drafts the sales contract; Arman has sent his own draft too. What goes into the quality and dispute clauses?
contract-strong = Our draft: specification per drawing and GB 5763; our pre-shipment inspection with photos; claims within 15 days of arrival, backed by an independent surveyor's report; CIETAC arbitration, in English
contract-strong-fb = A clause that protects both sides: a clear standard, a claim window, neutral evidence and an agreed forum. Under CIETAC's 2024 rules Chinese is the language of the arbitration unless the parties agree otherwise, so write "English" into the clause if that is what you want.
contract-buyer-final = Arman's draft, to show good faith to a new customer: the buyer's inspection at Almaty is final and binding on quality, with claims settled by credit note on his next order
contract-buyer-final-fb = This gives Arman the last word on quality. Any complaint, fair or not, becomes a claim you cannot contest.
contract-short = Keep it short and friendly: goods as per the approved sample, no claim period and no dispute clause, as in many first orders
contract-short-fb = Short contracts are fine until something goes wrong. With no standard, no deadline and no forum, a quality dispute becomes your word against his, in a foreign court.

production-ontime = Production finished on schedule.
production-late = The supplier's steel backing plates arrived late: production finished 8 days behind schedule.
production-vanished = Huiyuan stopped answering for a week. The pads came 12 days late, from a workshop you have never seen.

rescue-text = Production is late. You now have { $days_left } days to the deadline, and the transport alone takes about { $transit_days }. Cash: { $cash }. What do you do?
rescue-extension = Call Arman today: explain the cause, send new dates and weekly production photos, and ask for a 10-day extension.
rescue-extension-fb = Right. Bad news told early and honestly is usually accepted, especially when the buyer gets something to plan with. Customers are lost through silence, not delays.
rescue-air = Air-freight the 200 sets he needs first from Zhengzhou airport (about { $air_kg } kg at { $air_rate } a kg: { $air_cost }) and send the rest on the next train.
rescue-air-fb = Fast, but air freight at USD 5.5-9 a kilo costs far more than the whole margin on this order, and splitting the consignment means two sets of transport documents (under a credit that bans partial shipments, a discrepancy). Ask the buyer what he really needs before you spend it.
rescue-express = Pay for a slot on an express service with fewer stops and priority at the border transfer: about USD 2,400 more, 3 days faster.
rescue-express-fb = A reasonable fix if the buyer truly cannot wait, but it costs real margin. Asking him first might have saved it.
rescue-silent = Say nothing yet and push the factory; the train may make up the time.
rescue-silent-fb = Trains do not make up eight days. Arman will find out when nothing arrives, and after that he will doubt everything you say.

psi-text = The pads are packed at the factory, and the balance owed to the supplier is due before the truck leaves. Xiao Chen, your QC inspector, asks how you want to handle the release. The defect that matters most is the friction lining coming away from the backing plate: a critical defect on a brake.
psi-aql = Send Xiao Chen for a pre-shipment inspection: a random sample by the AQL table, zero tolerance for bond failures, a shear test on pads drawn from the lot; pay the balance once it passes (USD 250, 1 day).
psi-aql-fb = Right: you pay only after independent sampling, and the photos give Arman confidence and you evidence. AQL sampling (ISO 2859-1 / GB/T 2828.1, level II) is acceptance sampling, not a sort: at AQL 2.5 a lot of { $qty } sets is judged on 80 sets and passes with up to 5 defectives. A bond failure on a brake is a critical defect: acceptance number 0, checked by destructive shear tests on a few pads.
psi-photos = Ask the supplier for photos of the packed cartons and its own QC report, then pay.
psi-photos-fb = Photos chosen by the supplier show the best cartons. Better than nothing, but not an inspection.
psi-none = Pay the balance and ship; the supplier knows its job.
psi-none-fb = Once the balance is paid and the container sealed, your leverage is gone. A one-day inspection is the cheapest insurance in the whole order.
psi-withhold = Keep the 70% balance back until Arman has received and accepted the goods in Almaty: the supplier then has every reason to get the quality right, and you risk nothing.
psi-withhold-fb = The supplier will not release goods on those terms, and you agreed 70% before delivery. After five days of arguing you paid anyway, and the delay came out of your delivery window.

declare-text = Mr Zhao is preparing the export declaration. The order was concluded on a cross-border B2B platform and goes straight to a business buyer abroad, so the order data go to customs with the declaration. Check the contract and packing list and give him the data.
declare-hs = HS code (6-digit subheading)
declare-hs-right = Correct: 8708.30, brakes and servo-brakes and parts thereof, for the motor vehicles of headings 8701 to 8705 (buses are 8702). Pads with their linings mounted on steel backing plates are brake parts. China declares 10 digits plus inspection-and-quarantine codes, but the first 6 are international.
declare-hs-heading = Heading 8708 (parts of motor vehicles) is right, but the subheading is not: brakes and their parts are 8708.30. A wrong subheading changes duty and rebate treatment and can bring penalties.
declare-hs-friction = Heading 6813 covers friction material and unmounted brake linings and pads. These pads are mounted on steel backing plates, ready to fit: they are brake parts, 8708.30.
declare-hs-wrong = Not this heading. Brake pads ready to fit, linings mounted, are parts of motor-vehicle brakes: 8708.30.
declare-mode = Supervision mode
declare-mode-right = Correct: 9710, cross-border e-commerce B2B direct export, for an order concluded on a cross-border B2B platform and shipped straight to a business buyer abroad. At about { $order_about } it goes on a full declaration form: the simplified list is only for consignments of at most RMB 5,000 with no licence, inspection or tax issues.
declare-mode-general = 0110 general trade is legal, but this order was concluded on a cross-border B2B platform and goes straight to a business buyer: its code is 9710, and the platform's order data go with the declaration. Either way, an order of this size needs a full declaration form, not the simplified list.
declare-mode-wrong = Wrong mode: 9810 is export to an overseas warehouse, 9610 is B2C parcels and 1210 is bonded e-commerce. A B2B order shipped straight to a business buyer is 9710.
declare-basis = Price basis code (成交方式): 1 CIF, 2 C&F, 3 FOB, 4 C&I, 5 市场价, 6 垫仓, 7 EXW
declare-basis-right = Correct. The declaration's price-basis field (成交方式) takes only the codes of its table, not an Incoterm. In practice an FCA deal is declared as 3 FOB, a CPT deal as 2 C&F and a CIP deal as 1 CIF, with the freight and insurance premium fields filled in to match the contract.
declare-basis-wrong = Not the code for your deal. The price-basis field (成交方式) takes only its table's codes (1 CIF, 2 C&F, 3 FOB, 4 C&I, 5 市场价, 6 垫仓, 7 EXW); in practice FCA is declared as FOB, CPT as C&F and CIP as CIF, with freight and premium filled in. Your contract says { $term_named }: code { $decl_code }.
declare-value = Declared total value (USD)
declare-value-right = Correct: the declared total matches the contract and invoice, as it must for clearance and the export tax rebate; on a CIF-basis declaration the freight and premium go in their own fields.
declare-value-wrong = The declared value must match the invoice: { $contract_value }. Customs compares them, and a mismatch puts the export tax rebate at risk.

customs-selected = Customs' "double random" system picked your declaration for inspection (in this exercise the odds are raised for practice; real export inspection rates are far lower). Officers opened the container at the land port and found everything in order. Two days lost.
customs-mismatch = Customs flagged a declaration that does not agree with the contract data. Inspection, a correction and a fee: four days and USD 500 lost.
customs-cleared = The declaration was released without inspection.

loading-text = The container is being loaded at the Zhengzhou land port. Today you pay the forwarder, the insurer and the broker ({ $freight } carriage, { $insurance } insurance, { $local } local charges). How is the cargo loaded?
loading-secure = Pallets, stretch wrap, lashing and dunnage; photos at each stage; the seal number on every document (USD 150)
loading-secure-fb = Right for a container that will be lifted and transferred at the gauge change. The photos and seal number are also your evidence if anyone claims damage later.
loading-loose = Floor-load the cartons tight to the roof so that nothing can move, and skip the pallets: it saves USD 150 and about 300 kg of tare
loading-loose-fb = Heavy loose cartons shift and crush when the container is lifted at the border. The saving is tiny against the risk.
loading-driver = Let the trucker's crew load it as they do every day; they know the container, and nobody from your side needs to stand in the yard
loading-driver-fb = Nobody checked the count, the stowage or the seal. If anything is short or damaged, you have no evidence of how it left Zhengzhou, and any claim costs you more to settle.

transit-smooth = The container ran on schedule and reached Almaty on time.
transit-congestion = Congestion at the border transfer held the container five extra days.
transit-crushed = At the border transfer, loose cartons shifted when the container was lifted: 180 sets arrived crushed.
transit-forklift = Even well secured, one pallet was hit by a forklift at the border transfer: 60 sets damaged.

damage-text = Arman writes from Almaty station: some sets arrived damaged, and he wants to know who pays. Your contract term is { $term_named }.
damage-insurance = Send him the insurance certificate, have a surveyor record the damage, help him claim under the policy, and ship replacements at cost on the next train.
damage-insurance-fb = This is what the insurance was for. Under CIP the risk passed to him at the first carrier (Incoterms 2020), and the policy you bought covers him from there; helping him claim keeps the customer. Your share is the replacements' extra cost: USD 300, or USD 800 if nobody recorded the loading and the condition at departure cannot be shown.
damage-buyer-risk = Explain politely but firmly that the risk passed to him when the container was handed to the carrier in Zhengzhou, so the loss is his to recover.
damage-buyer-risk-fb = Legally right under CPT or CIP (Incoterms 2020: risk passes on handover to the first carrier), but said like that it loses the customer. Under CPT he had no insurance because nobody raised it; under CIP you should hand him the policy and help him claim.
damage-fob = Tell him that under FOB the risk passed to him when the goods were loaded in Zhengzhou.
damage-fob-fb = This is where the wrong rule bites: under FOB risk passes on board the vessel at the named port of shipment, and there was neither a vessel nor a port. Arman has a strong point.
damage-replace = Replace the damaged sets at your own cost (about USD 2,000) and say no more.
damage-replace-fb = It keeps the customer, but it all comes out of your margin. { $incoterm ->
        [CIP] Under CIP the risk had passed to Arman at the first carrier in Zhengzhou, and the insurance you bought would have carried this loss: help him claim instead.
        [CIF] You bought insurance, so use it before paying yourself; and CIF, a sea rule, leaves unclear on a rail shipment where the risk passed. CIP is the rule that fits.
        [FOB] FOB, a sea rule, leaves unclear on a rail shipment where the risk passed, so Arman can argue the loss is yours; paying in silence settles it at full cost and fixes nothing. Use FCA, CPT or CIP for rail.
       *[other] Under CPT the risk had passed to Arman at the first carrier in Zhengzhou; under CIP the insurance would have carried it.
    }

fob-text = Arman's lawyer writes: "FOB requires delivery on board a vessel at a named port of shipment. Zhengzhou is no port and there was no vessel, so the risk never passed. The damage is the seller's." What do you answer?
fob-concede = Concede: replace the damaged sets at your cost, and switch your contract templates to FCA, CPT or CIP for rail.
fob-concede-fb = The honest answer: the term could not work for rail and Arman has the better argument. Learn the lesson and fix your templates.
fob-split = Offer to split the loss 50/50.
fob-split-fb = A pragmatic compromise that keeps the relationship, though your legal position was weak anyway.
fob-insist = Hold firm: in your trade FOB has always meant the risk passes when the goods are loaded at your premises; refuse any payment and offer to discuss it on the next order.
fob-insist-fb = Insisting on a rule that does not fit the mode damages trust and would probably lose in arbitration. Incoterms 2020: FOB is for sea and inland waterway only.

docprep-lc = Ms Liu sends the waybill duplicate; the invoice and packing list are ready for presentation under the credit.
docprep-contract = Ms Liu sends the waybill duplicate; the invoice and packing list are ready to go to Arman.

docs-text = Before anything goes to Arman, check the documents against the contract. The weighbridge ticket at the land port showed { $gross_kg } kg gross. Mark every field that is really wrong.
docs-general-fb = "Brake pads for buses" is a general description that does not conflict with the contract. Transport documents may describe the goods in general terms.
docs-address-fb = The invoice gives your full address in the Airport Economy Zone, the contract only "Zhengzhou". Same company, same city: no conflict.

err-goods-fb = { $pay_term ->
        [lc] The invoice says "brake shoes"; the credit calls for disc brake pads WVA { $product_wva }. The invoice's description must correspond with the credit's (UCP 600 Art. 18(c)): a certain refusal.
       *[other] The invoice says "brake shoes", but the contract sold disc brake pads WVA { $product_wva }. Brake shoes are a different product, for drum brakes, and Arman's broker would declare the wrong goods. The invoice must describe the goods as the contract does.
    }
err-amount-fb = { $pay_term ->
        [lc] The invoice claims { $invoice_over }: the carriage ({ $freight }) added again on top of the credit's amount, { $contract_value }, which already covers it. An invoice for more than the credit allows is a typical discrepancy, and the bank will refuse it.
       *[other] The invoice claims { $invoice_over }: the carriage ({ $freight }) added again on top of the agreed { $contract_value }, which already covers it. Arman will not pay more than the contract, and his broker declares the invoice value.
    }
err-gross-fb = { $pay_term ->
        [lc] The waybill gives { $net_kg } kg, the net weight, as gross; the packing list and the weighbridge say { $gross_kg } kg. Data need not be identical, but must not conflict (UCP 600 Art. 14(d)).
       *[other] The waybill gives { $net_kg } kg, the net weight, as gross; the packing list and the weighbridge say { $gross_kg } kg. Weights must agree across documents, or customs at the border and in Almaty will stop the container.
    }
err-consignee-fb = { $pay_term ->
        [lc] The credit calls for a waybill consigned to "Dala Transit Parts LLP"; this one names "Dala Transit LLP". The transport document does not comply.
       *[other] The consignee is "Dala Transit LLP", but the buyer is "Dala Transit Parts LLP". At the destination station only the named consignee can take delivery.
    }
err-packages-fb = { $pay_term ->
        [lc] The waybill counts { $cartons_short } cartons; the packing list and the invoice's quantity say { $cartons }. Data need not be identical, but must not conflict (UCP 600 Art. 14(d)).
       *[other] The waybill counts { $cartons_short } cartons; the packing list says { $cartons }. The station in Almaty hands over what the waybill states, and Arman's broker will find the count does not match.
    }
err-destination-fb = { $pay_term ->
        [lc] The credit calls for a rail waybill from Zhengzhou to Almaty station; this one's destination is Astana. Data need not be identical, but must not conflict (UCP 600 Art. 14(d)), and the goods would go to the wrong city.
       *[other] Arman collects at Almaty station (the shipping marks and his address say Almaty); the waybill sends the container to Astana, more than a thousand kilometres away. The waybill must name the station Arman collects from.
    }

docslc-text = Before you present to the bank, check the documents against the credit. The weighbridge ticket at the land port showed { $gross_kg } kg gross. The bank will refuse on any discrepancy. Mark every field that is really wrong.
docslc-general-fb = Fine: documents other than the invoice may describe the goods in general terms not conflicting with the credit (UCP 600 Art. 14(e)).
docslc-address-fb = Fine: the beneficiary's address need not be the same as in the credit, as long as it is in the same country (UCP 600 Art. 14(j)).

docsfix-text = The errors you missed came back from Almaty: the station and Arman's broker will not clear goods whose documents disagree with each other and with the contract.
docsfix-correct = Have the forwarder amend the waybill (the consignor may still change the contract of carriage) and reissue the invoice (USD 200, 3 days).
docsfix-correct-fb = Correcting costs time and money; checking before the documents leave costs neither.
docsfix-buyer = Ask Arman to settle it with the station and his broker in Almaty: he is on the spot, speaks the language and knows the people, and it saves you three days.
docsfix-buyer-fb = Making the buyer fix your documents costs trust, and under a credit the bank simply refuses: UCP 600 Art. 16 gives it five banking days to send one refusal listing every discrepancy.

present-text = The train is on its way. How do you send the documents and ask for the money?
present-tt = The day the train leaves, email scans of the invoice, packing list and waybill duplicate, remind Arman politely in Russian and English that the 70% balance is now due as agreed, and follow up by phone.
present-tt-fb = Right: the balance was due on the copy, so send it at once and ask clearly while the goods are still moving.
present-lc = Present the documents to your bank at once: within 21 days of shipment and before expiry.
present-lc-fb = Right: present early. The bank has five banking days to examine them (UCP 600 Art. 14(b)), and an early presentation leaves time to correct anything before expiry.
present-oa = Send the invoice and document copies with the due date on the invoice, and ask Arman to confirm receipt.
present-oa-fb = Right: a confirmed receipt fixes the start of the credit period, and a clear due date makes any follow-up straightforward.
present-wait = Keep the originals and copies together until the goods reach Almaty, then courier one complete set, so as not to trouble him with papers while the train is on its way.
present-wait-fb = Holding the documents delays customs clearance in Almaty and your own payment. Documents should travel faster than the goods.

arrival-fail = Arman's mechanics test samples on arrival: on 15% of the pads the friction material is coming away from the backing plate. He sends photos and a claim.
arrival-rust = Arman's team finds rust on the backing plates of 30 sets, in 8 cartons, after the long, damp journey. He sends photos.
arrival-pass = Arman's mechanics check samples from every pallet on arrival: everything matches the drawing.

claimmajor-text = Arman's claim: 15% of the pads are defective, and his fleet customers are waiting. He wants a solution this week.
claimmajor-survey = As the contract provides, ask for an independent surveyor's report within the 15-day claim period; once it confirms the defects, issue a credit note for the defective share and claim it back from your supplier.
claimmajor-survey-fb = Right: the contract gives you a procedure, evidence and a limit, and you follow it calmly. The buyer is compensated for what is proven, and you keep recourse against your supplier.
claimmajor-joint = With no claim procedure in the contract, propose a joint inspection by an independent surveyor, costs shared, and settle on its findings.
claimmajor-joint-fb = The best you can do without a contract clause: neutral evidence instead of an argument. Expect to pay for the survey and to settle generously.
claimmajor-deny = Deny it: the goods left Zhengzhou in good order.
claimmajor-deny-fb = Denial without evidence turns a claim into a dispute. The buyer holds back the balance and tells others, in a market where everyone knows everyone.
claimmajor-cut = Offer a 30% price cut at once: the fleets are waiting, a survey takes weeks, and a quick, generous settlement keeps a distributor loyal.
claimmajor-cut-fb = Paying double the defect rate without evidence buys peace at the cost of your whole margin, and teaches the buyer that claims pay.

claimminor-text = Rust on the backing plates of 30 sets. The pads work, but his fleet customers complain about how they look.
claimminor-replace = Ask for lot numbers and photos, replace the 30 sets on the next train at your cost (USD 400), and raise the packing with the factory.
claimminor-replace-fb = Right: a small, fast fix for a small, real problem, and a lesson for next time (anti-rust VCI paper or desiccant in the cartons on a long, damp route).
claimminor-cosmetic = Explain that surface rust on a steel backing plate is cosmetic and does not affect braking, so no action is needed, and send him the test report for his fleet customers.
claimminor-cosmetic-fb = Perhaps true, but his customers judge by what they see. Refusing a USD 400 gesture on an order of about { $order_about } costs you the next order.
claimminor-discount = Offer 10% off the whole order at once: a generous gesture settles it today.
claimminor-discount-fb = Far more than the problem is worth: 30 sets out of { $qty } is under 4%.

payment-cia = The order was paid in full in advance; any credit note is settled against it.
payment-lc-paid = The documents complied. The issuing bank paid at sight, and the money reached your account within a week.
payment-lc-refused = The issuing bank refused the documents, and Arman has { $soft_clause ->
        [true] neither waived the discrepancies nor signed the inspection certificate
       *[other] not waived the discrepancies
    }. Your money now depends on him.
payment-late-penalty = The goods arrived after the agreed date. Arman paid the balance but deducted 5% of the order value for late delivery.
payment-tt-paid = Arman paid the 70% balance on time, as agreed.
payment-oa-paid = Sixty days after arrival, Arman paid in full.
payment-tt-slow = The balance is overdue: Arman says his own customers have not paid him yet.
payment-stalls = The due date has passed, and Arman does not answer emails about the balance.

collection-text = The balance of { $receivable } is overdue. How do you collect it?
collection-structured = Step by step: a statement of account, a call in Russian, then a formal demand citing the contract; report the overdue to the insurer in time if insured; offer a short instalment plan.
collection-structured-fb = Right: firm, documented and polite, escalating in steps. The paper trail supports an insurance claim or arbitration later (Sinosure: late notice of a possible loss can cut or void the indemnity), and an instalment plan often brings the money in without losing the customer.
collection-wait = Agree to wait until his own customers pay him: he is a good distributor with a cash-flow problem, and pressing him in writing or bringing in an insurer now would sour a relationship worth many more orders.
collection-wait-fb = An open-ended wait with nothing in writing is how overdue debts become bad debts. If the order was credit-insured, late notice of the overdue payment (可能损失通知书) can cut or void the Sinosure indemnity: here it voided it.
collection-arbitrate = File for CIETAC arbitration at once under the contract clause (about USD 2,500 in fees).
collection-arbitrate-fb = Arbitration is the last resort, after negotiation and a formal demand have failed. Going straight to it costs fees and ends the business relationship.
collection-writeoff = Write it off and move on.
collection-writeoff-fb = Giving up tens of thousands of dollars without a formal demand, an insurance claim or arbitration wastes every protection you had.

collected-insurer = The export credit insurer paid 90% of the unpaid amount after its waiting period and is pursuing Arman for the rest.
collected-full = After the formal demand, Arman paid in full, three weeks late, with an apology. The bank buys USD at { $usd_cny } today.
collected-partial = Arman paid 80% and refused the rest. You accepted a settlement rather than go to arbitration. The bank buys USD at { $usd_cny } today.
collected-none = Arman stopped answering. The goods were delivered; the payment is in dispute.

close-text = Ms Du in finance is closing the order file. Cash now stands at { $cash }. The 13% export rebate on this order has not been filed yet.
close-reconcile = Reconcile the supplier's VAT invoice, the declaration (9710, value) and the bank receipts; file the rebate at 13% of the price net of VAT; send Arman an after-sales note.
close-reconcile-fb = Right: the rebate is the VAT-inclusive purchase price ÷ (1 + 13%) × 13%, here { $rebate } at the quote's rate; it is paid in CNY and reached the account at the day's buying rate ({ $usd_cny }), so the currency move changed it by { $fx_result }. It depends on a correct declaration and matching documents. The after-sales note turns one order into a customer.
close-archive = Archive the file and move on; the rebate can be filed later.
close-archive-fb = The order is done, but the rebate (about { $rebate }) was not filed with it, so this order's result leaves it out, and no one asked Arman how the pads perform or offered the next order.
close-gross-rebate = Close the profit now with the rebate booked at 13% of the supplier's VAT-inclusive invoice, file the claim, and move on to the next inquiry.
close-gross-rebate-fb = 13% of the VAT-inclusive price is a classic error: the rebate is the price ÷ (1 + 13%) × 13%. The rebate actually paid, { $rebate } at the quote's rate (the currency move on it: { $fx_result }), is what reached your cash; the profit you booked is too high by about 1.5% of the VAT-inclusive purchase price (13% minus 13/113), and the quote for the next order will be built on it.

wrap-margin-kept = Profit on the order: { $profit }.
wrap-margin-thin = Profit on the order: { $profit }, much thinner than planned.
wrap-loss = Result on the order: { $profit }.

end-success = Full success. The pads arrived, the buyer paid and the margin held. Arman sends a second inquiry, for drum brake shoes this time, and asks whether you could hold stock in Almaty.
end-margin = Paid, but the margin was lost along the way: rescues, concessions and claims ate most of the profit. The customer stays; the order barely paid for itself.
end-loss = You were paid, but the order lost money: costs, cuts and claims came to more than the price. Finance wants a word about how you priced and ran it.
end-dispute = The goods were delivered, but the payment is in dispute and the buyer has stopped answering. The money will be tied up for months.
end-unpaid = The goods were delivered and the balance written off. The order cost your company money and a customer.
end-cancelled = The order is cancelled. No goods, no money, and an Almaty distributor who will not answer your next offer.
