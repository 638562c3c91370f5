title = Sourcing: lace-front wigs from Xuchang for a Dubai distributor
summary = A Dubai beauty distributor wants 1,000 human-hair wigs. Vet three suppliers around Xuchang, compare quotes on different Incoterms by landed cost, sample and audit, negotiate MOQ, lead time, price and payment, and write the purchase order.

var-headroom = Buyer's budget left
var-days_left = Days to arrival deadline
var-trust = Buyer trust

speaker-buyer = Khalid Rahman, purchasing manager, Al Waha Beauty Supplies LLC, Dubai
speaker-manager = Ms Guo Hong, sourcing manager, Zhengzhou Tianzhong Sourcing Co.
speaker-meisi = Mr Liu, sales, Zhengzhou Meisi Trading Co.
speaker-jiafa = Mr Zhao Peng, general manager, Henan Jiafa Hair Co.
speaker-supplier = Sales manager of the chosen factory
speaker-forwarder = Ms Tian, freight forwarder, Zhengzhou

doc-rfq = Request for quotation (email)
doc-quote-a = Quotation: Xuchang Ruihua Hair Products
doc-quote-b = Quotation: Henan Jiafa Hair
doc-quote-c = Quotation: Zhengzhou Meisi Trading
doc-lic-a = Licence record: Xuchang Ruihua (National Enterprise Credit Information Publicity System)
doc-lic-c = Licence record: Zhengzhou Meisi (National Enterprise Credit Information Publicity System)
doc-costs = Forwarder's cost sheet: 1,000 wigs, about 10 cbm, LCL
doc-po = Purchase order (draft)

field-from = From
field-date = Date
field-product = Goods
field-quantity = Quantity
field-delivery = Delivery
field-budget = Budget
field-payment = Payment
field-supplier = Supplier
field-contact = Signed by
field-profile = Company profile (as stated)
field-price = Price
field-moq = Minimum order (MOQ)
field-lead = Lead time
field-validity = Quote valid for
field-name = Registered name
field-code = Unified social credit code
field-type = Company type
field-legal-rep = Legal representative
field-capital = Registered capital
field-established = Date of establishment
field-address = Registered address
field-scope = Business scope
field-inland = Trucking, Xuchang to Qingdao CFS
field-clearance = Export customs clearance (broker)
field-freight = Ocean freight LCL, Qingdao to Jebel Ali
field-insurance = Cargo insurance, ICC (A), 110% of value
field-transit = Transit
field-buyer = Buyer
field-seller = Seller
field-agreed-price = Agreed unit price

rfq-product = 13x4 lace-front wigs, 100% Remy human hair (cuticles aligned), natural black, straight, 180% density, medium cap
rfq-quantity = 1,000 pcs: 300 × 18-inch, 400 × 20-inch, 300 × 22-inch
rfq-delivery = At Jebel Ali port within 75 days of this email, by sea
rfq-budget = At most USD 52,000 landed at Jebel Ali (goods, freight, insurance; UAE duty is ours)
rfq-payment = We pay the factory directly; please recommend the terms
qa-contact = Ms Zhang Li, export sales manager
qa-profile = Manufacturer in Xuchang since 2009, 260 workers, exports to the Gulf, Africa and the US
qa-price = USD 48.00 a piece, FOB Qingdao (Incoterms 2020)
qb-price = USD 46.00 a piece, EXW Xuchang (Incoterms 2020)
qc-price = USD 43.00 a piece, EXW Xuchang (Incoterms 2020)
qa-moq = 500 pcs per length
qa-lead = 40 days after deposit
qa-payment = 30% deposit, 70% before shipment
q-valid-30 = 30 days
qb-profile = Manufacturer in Jian'an District, Xuchang, since 2016, 90 workers
qb-moq = 500 pcs per length
qb-lead = 40 days after deposit
qb-payment = 30% deposit, 70% before shipment
qc-profile = "Our own factory in Xuchang, 12 years in hair"
qc-moq = 100 pcs per length
qc-lead = 15 days
qc-payment = 100% T/T in advance
qc-validity = 7 days
lic-type-llc = Limited liability company
lica-capital = CNY 10,000,000
lica-address = Hair Products Industrial Park, Weidu District, Xuchang, Henan
lica-scope = Manufacture and sale of hair products and wigs; import and export of goods
licc-capital = CNY 100,000 subscribed; paid-in capital not reported
licc-address = Room 1608, Building 2, an office tower in Jinshui District, Zhengzhou
licc-scope = Sale of daily necessities, electronic products, clothing and accessories; import and export of goods
costs-transit = About 24 days to Jebel Ali: 2 days' trucking, consolidation at the Qingdao CFS, about 3 weeks at sea

rfq-text = Khalid's RFQ is in your inbox. Al Waha supplies salons across the Emirates and wants the stock before its autumn season. Your company earns a sourcing fee; the buyer pays the factory. How do you answer first?
rfq-clarify = Confirm the spec in writing (hair grade, lace, cap, density, packing), ask which lengths could flex, and promise a vetted proposal in five working days
rfq-clarify-fb = Right. A written spec is the base of every quote and every later claim: "human hair" alone can mean Remy or non-Remy, and lace size, density and cap all move the price. Promising a date for a vetted proposal, not a price, shows the buyer how you work.
rfq-promise = Reply the same day with an indicative USD 45 a piece landed and 30 days to Jebel Ali, so Al Waha does not turn to a faster agent
rfq-promise-fb = You committed to a price and a lead time before any supplier had quoted. If the factories come in higher or slower, you break your word to the buyer. Cost first, then commit.
rfq-forward = Forward Khalid's email unchanged to twenty Xuchang suppliers on 1688, so every quote answers his exact wording and the prices spread widely
rfq-forward-fb = Sending the buyer's name and address to twenty suppliers invites them to go round you, and a mass mailing brings back quotes on twenty different specs that cannot be compared. Send a clean, anonymous spec sheet to a few vetted candidates.
rfq-deposit = Ask Al Waha to pay a 50% deposit to your company before you start, so the suppliers you approach see a committed buyer
rfq-deposit-fb = A buyer pays a sourcing agent a fee, not the factory's deposit, and never before seeing a supplier proposal. Asking for money first makes you look like the kind of middleman he is afraid of.

quotes-text = Three quotes are in. Meisi is the cheapest by a clear margin; Ruihua is the dearest. Ms Guo asks: "What do you do before we talk price with anyone?"
quotes-vet = Look up all three on the National Enterprise Credit Information Publicity System and ask each for its licence and export records
quotes-vet-fb = Right: vet first, negotiate second. The public licence record shows who a company really is (manufacturer or trader, how old, where, what it may do), and export records show real trade history. Three days well spent.
quotes-cheapest = Place a trial order with Meisi: cheapest, fastest and the smallest MOQ, so a bad result would cost the buyer least
quotes-cheapest-fb = The lowest price from a supplier you have not checked is the most expensive mistake in sourcing. A 15-day lead time and a 100-piece MOQ for hand-tied lace wigs are warning signs in themselves.
quotes-discount = Ask all three for 5% off first, then check the ones that stay in: there is no point vetting a supplier that will not meet the budget
quotes-discount-fb = Haggling before vetting wastes days and tells suppliers you buy on price alone. You may end up negotiating hard with a company you will drop anyway.
quotes-oldest = Shortlist Ruihua alone: a manufacturer since 2009 with 260 workers and Gulf exports needs no further checking
quotes-oldest-fb = A long history is a good sign, but "since 2009" and "260 workers" are claims until you see them on the licence record. Skipping the comparison may also cost the buyer money if a younger factory is just as good.

c-deposit-text = Mr Liu of Meisi is delighted: "Pay 100% today and I give you 3% off: USD 41,710 for all 1,000. Our factory starts tomorrow."
c-deposit-pay = Pay the USD 41,710 by T/T today: a 3% discount on the whole order is worth more than our sourcing fee
c-deposit-pay-fb = You paid the full price in advance to a supplier you never checked. With T/T in advance there is no bank, platform or document between you and the money: if the supplier disappears, so does the cash.
c-deposit-stop = Hold the payment and check Meisi's licence record first, as Ms Guo insists
c-deposit-stop-fb = Good recovery. Pressure to pay today for a discount is a classic warning sign; a real factory with 12 years in the trade will wait two days for a licence check.

licences-text = The licence records are in. Compare what the suppliers claim in their quotations with the public record. Mark every entry in the two licence records that contradicts the supplier's claims or is a real warning sign.
licences-scope-fb = Meisi's business scope is selling daily necessities, electronics and clothing: no manufacturing and no hair products at all. A company that claims to be a wig factory must have manufacturing in its scope. This is a trading company.
licences-established-fb = Meisi was set up in December 2024, five months before this RFQ, yet claims "12 years in hair". Whatever its staff have done before, the company has no trade history you can check.
licences-address-fb = The registered address is an office room in Zhengzhou, not a workshop in Xuchang. A wig factory needs floor space for hundreds of knotters; an office tower cannot hold one.
licences-capital-fb = Not a warning sign on its own. Under China's subscription system a new company may show no paid-in capital yet (the 2024 Company Law allows up to five years to pay it in). It says little about honesty.
licences-type-fb = "Limited liability company" is the usual form for factories and traders alike. The company type does not tell them apart; the business scope does.
licences-legal-rep-fb = Ruihua's legal representative is the owner, Wang Guoqiang, while the quotation is signed by the export sales manager. That is normal: sales managers sign quotations. What matters is that the company name and credit code match.

c-followup-text = You did not flag everything on Meisi's record. Mr Liu calls: "We are the factory, you can trust us. Pay a 30% deposit today to lock in USD 43."
c-followup-verify = Ask for a live, unannounced video walk through their Xuchang workshop and their own export declarations
c-followup-verify-fb = Good save. A trading company posing as a factory cannot show its own production floor or export records in its own name. Next time read the record closely: Meisi's business scope, its founding date (December 2024) and its Zhengzhou office address each contradicted "factory, 12 years".
c-followup-deposit = Pay the 30% advance (USD 12,900) to lock USD 43; the 70% is held until the goods are inspected, so the risk is small
c-followup-deposit-fb = The licence record already showed a five-month-old trading company with no manufacturing in its scope, registered in an office. An advance paid by T/T to such a company has nothing behind it: no bank, platform or document to recover it by, and holding back the 70% does not protect the 30%.
c-followup-backup = Keep Meisi on file as a backup supplier without paying anything, and go on with the two factories for now
c-followup-backup-fb = No money lost, but a supplier that misrepresents itself is not a backup: if you ever needed it you would be buying from an unknown middleman at short notice. Drop it and record why.

c-outcome-vanish = Two days after the payment, Meisi's phones are off and its 1688 shop has gone. The office in Jinshui District is empty.
c-outcome-blend = Meisi delivers fifteen days later: the wigs are a human-hair and synthetic blend that melts in a burn test. Khalid rejects the whole lot.

landed-text = Before anyone gets samples, Ms Guo wants the quotes on one basis: landed at Jebel Ali, before UAE duty. Ruihua quotes FOB Qingdao, Jiafa EXW Xuchang. Use the forwarder's cost sheet and enter whole US dollars for 1,000 wigs.
landed-b = Jiafa (EXW Xuchang): landed cost at Jebel Ali, USD
landed-b-right = Correct: USD 46,000 + 380 trucking + 150 export clearance + 900 ocean freight + 160 insurance = USD 47,590. Under EXW the buyer pays for everything from the factory door, export clearance included (Incoterms 2020: EXW).
landed-b-as-fob = You treated EXW like FOB. Under EXW Xuchang the buyer also pays the trucking to Qingdao (USD 380) and the export clearance (USD 150): the right figure is USD 47,590. Incoterms 2020: EXW.
landed-b-price-only = That is the goods alone. Landed cost adds everything the buyer pays to get them to Jebel Ali: trucking, export clearance, ocean freight and insurance. USD 47,590.
landed-b-wrong = Not right. EXW price × 1,000 + trucking + export clearance + ocean freight + insurance = USD 47,590.
landed-a = Ruihua (FOB Qingdao): landed cost at Jebel Ali, USD
landed-a-right = Correct: USD 48,000 + 900 ocean freight + 160 insurance = USD 49,060. Under FOB the seller has already paid trucking and export clearance up to loading at Qingdao (Incoterms 2020: FOB).
landed-a-double = You counted trucking and export clearance twice: under FOB the seller pays them and they are inside the USD 48. The right figure is USD 49,060.
landed-a-price-only = That is the goods alone. Add the ocean freight and insurance the buyer pays from Qingdao: USD 49,060.
landed-a-wrong = Not right. FOB price × 1,000 + ocean freight + insurance = USD 49,060.
landed-saving = Jiafa's landed saving against Ruihua, USD
landed-saving-right = Correct: USD 1,470. The USD 2 gap on the quotes (USD 2,000 in all) shrinks to USD 1,470 once the EXW costs are added. Compare quotes landed, never on their headline prices.
landed-saving-headline = That is the gap on the headline prices, which misleads when the Incoterms differ. Landed, Jiafa saves USD 1,470, not 2,000.
landed-saving-wrong = Not right. USD 49,060 − USD 47,590 = USD 1,470.

shortlist-text = Meisi is out. Ruihua and Jiafa are both real factories, and Jiafa is cheaper landed. Samples cost USD 120 per factory (one of each length) and take a week, lab test in Zhengzhou included. Who gets a sample order?
shortlist-both = Sample both factories, one of each length, and send every sample to a third-party lab
shortlist-both-fb = Right. Two tested samples give you a fallback if one fails, and a lab report is objective evidence against the spec. USD 240 is cheap insurance on a USD 48,000 order.
shortlist-b = Sample Jiafa only, the cheapest landed, and keep Ruihua's quote as the fallback if the samples disappoint
shortlist-b-fb = Reasonable on price, but with one sample you have no tested fallback: if it fails you lose another week sampling the next factory.
shortlist-a = Sample Ruihua only: the oldest factory is the likeliest to pass, and one lab test costs half as much
shortlist-a-fb = Safe, but you dropped the cheaper option before testing it: the buyer may pay USD 1,470 more for nothing.
shortlist-none = Skip samples: ask both factories for videos of the exact wigs and a signed statement that the hair is 100% Remy
shortlist-none-fb = Videos show what a supplier chooses to show, and a signed statement is only as good as the company behind it. Hair grade (Remy or not), density and lace quality can only be judged on a physical sample, and the approved sample becomes the reference for the bulk.

lab-b-fails = Lab report: Jiafa's 22-inch sample is not Remy. Under the microscope the cuticles run both ways: it is blended with fallen hair and will tangle after a few washes. Every other sample passes.
lab-pass = Lab report: every sample is 100% human hair with aligned cuticles, and density and lace are to spec. All pass.
lab-none = With no samples there is nothing to test. You go ahead on photos.

sample-fail-text = Mr Zhao of Jiafa calls: "The sample room used the wrong bundle for the 22-inch. We will remake it at our cost this week. The bulk will be right, I promise."
sample-fail-retest = Accept a remade 22-inch sample at Jiafa's cost and re-test it at the same lab before any PO
sample-fail-retest-fb = Right. One failed length in an otherwise good set calls for a re-sample at the supplier's cost and a re-test, not a promise. You keep the cheaper factory only if it proves itself, and Ruihua stays ready as the tested fallback.
sample-fail-ruihua = Drop Jiafa and move the order to Ruihua, whose samples all passed the same lab tests
sample-fail-ruihua-fb = Safe and defensible, but a single sample-room error that the supplier will remake at its own cost is normally settled by a re-test. Switching at once costs the buyer USD 1,470.
sample-fail-trust = Accept Mr Zhao's written promise that the bulk will use the right bundle, and stay with Jiafa for the lower price
sample-fail-trust-fb = If the sample fails the spec, a promise about the bulk is worth nothing unless you can re-test. The approved sample is the reference for the bulk; without one for the 22-inch you have put a quality risk into the order.
sample-fail-discount = Ask Jiafa for USD 2 a piece off the order for the blended hair and keep the spec you send Khalid as it is
sample-fail-discount-fb = Selling non-Remy hair as Remy is misdescription of the goods: a breach of contract with the buyer and a consumer-law problem in his market. Never change a spec silently.

pick-text = { $shortlist ->
        [none] You skipped samples: you have the quotes, the videos and the signed statements.
       *[other] The samples are in and tested.
    } Which factory gets the order?
pick-jiafa = Jiafa: USD 1,470 cheaper landed and no weaker on the evidence; confirm it with a factory audit
pick-jiafa-fb = Right. Once the cheaper factory stands up to the same checks as the dearer one, the buyer's money should go there, with an audit before any deposit to confirm what you have seen so far.
pick-ruihua = Ruihua: the gap is only 3% and its longer record is worth it to a buyer on his first order
pick-ruihua-fb = Defensible, but Jiafa stands up to the same checks. Spending USD 1,470 of the buyer's budget on a longer record alone is not value for money; an audit answers the same worry for USD 50.
pick-match = Jiafa, but first ask them to match Meisi's USD 43, since that price shows what the market will bear
pick-match-fb = Meisi's price came from a trading company misrepresenting itself; using it as a benchmark insults a genuine factory and sours the relationship for nothing. Jiafa keeps its USD 46 and you lose two days.

audit-text = Before the deposit is paid, how do you verify the factory? Xuchang is an hour from Zhengzhou by high-speed train.
audit-visit = Go yourself, unannounced, with a checklist: licence original, lines, headcount, QC records, raw-hair stock, subcontractors
audit-visit-fb = Right. An hour by train, a structured checklist and an unannounced visit show the real factory. Ask directly about subcontracting: hand knotting is often sent out to village workshops.
audit-thirdparty = Commission a third-party audit firm for USD 300: a trained auditor and a written report within five days
audit-thirdparty-fb = A professional audit is sound, but slower and dearer than going yourself when the factory is an hour away. Keep third-party audits for distant suppliers or the social-compliance audits a buyer requires.
audit-video = Ask for a live video tour of the knotting floor, the raw-hair store and the QC bench at a time you choose
audit-video-fb = A video tour shows what the camera is pointed at. It cannot check records, headcount or who really makes the wigs, and a time you announce gives the factory time to prepare.
audit-skip = Skip the audit: the samples passed the lab, and the pre-shipment inspection will catch any bulk problem
audit-skip-fb = Samples show what a factory can make, not what it will make in bulk, how, or by whom; a pre-shipment inspection samples the finished lot when it is too late to change the process. Before the deposit is the cheapest moment to find problems.

audit-result-subcontract = Audit finding: Jiafa has 40 knotters on site, far too few for 1,000 hand-tied lace fronts in a month. Mr Zhao admits the lace knotting goes out to home workshops in nearby villages. He had not mentioned it.
audit-result-clean = Audit finding: the factory is what it says. The licence original matches, the lines are busy, QC records are kept by lot, and all knotting is done on site.
audit-result-unseen = Nothing alarming comes to your notice. But without an on-site audit you could not see that Jiafa sends its lace knotting out to village workshops nobody checks.
audit-result-nothing = Nothing alarming comes to your notice.

subcontract-text = Mr Zhao: "Every factory in Xuchang sends knotting out. The workers are skilled, and the hair and lace are ours." What do you do?
subcontract-control = Accept it under control: workshops named in writing, hair and lace issued by lot, Jiafa's QC on every lot returned
subcontract-control-fb = Right. Subcontracting is common in Xuchang and not wrong in itself; hidden subcontracting is. Named workshops, material control and lot-by-lot QC turn a hidden risk into a managed one.
subcontract-switch = Move the order to Ruihua, whose samples also passed and who knots on site, and tell Jiafa why
subcontract-switch-fb = Also defensible: you had a tested fallback, and the buyer pays USD 1,470 more for a factory that knots on site. Make sure the decision rests on evidence, not irritation.
subcontract-ignore = Accept it as it is: the hair and lace are Jiafa's own, and the pre-shipment inspection will show the result
subcontract-ignore-fb = Normal, but not controlled. Work you cannot see is quality you cannot check, and that risk is now in your order.
subcontract-penalty = Ask for 10% off for the undisclosed subcontracting, and keep the order with Jiafa on that condition
subcontract-penalty-fb = Punishing a supplier for an honest answer teaches it to hide things next time. Use the finding to set controls, not to squeeze the price.

moq-text = The factory's MOQ is 500 pieces per length; Khalid wants 300, 400 and 300. What do you propose?
moq-one-run = Propose one production run: same hair, cap, lace, colour and density, only the length differs; share Khalid's reorder plan
moq-one-run-fb = Right. An MOQ protects the factory's set-up costs; when only the length differs the set-up is shared, and most factories accept an order-level MOQ. A credible reorder plan is what makes them say yes.
moq-accept = Accept 500 per length and offer Khalid the extra 500 at cost as safety stock for his busy season
moq-accept-fb = You bought 500 wigs the buyer did not ask for and blew his budget. MOQs are often negotiable when only the length differs; ask before you accept.
moq-one-length = Ask Khalid to take 1,000 of the 20-inch only, the length salons sell most, so the MOQ is met at once
moq-one-length-fb = You changed the buyer's assortment to suit the supplier. His salons need three lengths; solve supply constraints on the supply side first.
moq-surcharge = Offer USD 1 a piece more for mixed lengths: USD 1,000 is small next to the cost of a second sourcing round
moq-surcharge-fb = Paying to lift an MOQ can be right as a last resort, but you offered money before trying the argument that costs nothing. USD 1,000 of the buyer's budget gone.

leadtime-text = The factory quotes 40 days of production. You have { $days_left } days to the arrival deadline, and the sea leg takes about 24. What do you agree?
leadtime-plan = Agree 30 days: deposit paid with the PO, golden sample sealed now, weekly photos of each length
leadtime-plan-fb = Right. Lead time shrinks when nothing waits: no gap between PO and deposit, an approved golden sample so production starts at once, and weekly visibility. 30 days plus about 24 in transit fits, with a small buffer.
leadtime-accept = Accept 40 days: with about 24 at sea it is tight, but the factory knows its own capacity best
leadtime-accept-fb = 40 days of production plus about 24 in transit leaves little or no buffer for a rejected inspection or a late sailing. Always work a lead time backwards from the arrival date.
leadtime-rush = Insist on 20 days as a condition of the order; factories always quote slack and find capacity when pushed
leadtime-rush-fb = Hand-tied lace cannot be rushed without cutting corners or farming out more work to unknown hands. You bought speed with quality risk.
leadtime-extend = Ask Khalid to accept arrival 10 days later so the factory can have the 40 days hand-tied lace needs
leadtime-extend-fb = Honest, and possible only because he trusts you; but you spent that trust on a problem a production plan could have solved. Keep such requests for real emergencies.

raw-hair-rise = A message from the factory: raw-hair prices at the Xuchang market are up about 12% in three weeks. They want USD 2 more a piece.
raw-hair-steady = The factory confirms the quoted price; raw-hair prices have held.

price-rise-text = The quotation said "valid 30 days", and you are within it. The rise in raw hair is real. How do you answer?
price-rise-hold = Hold the quoted price for this PO, which falls inside the validity, and offer a review for the next order
price-rise-hold-fb = Right. A quotation's validity period exists for exactly this. Holding it is fair, and offering a review for the next order keeps the factory's goodwill.
price-rise-accept = Accept the extra USD 2: a 12% rise in raw hair is real, and a squeezed factory cuts corners on the hair
price-rise-accept-fb = You gave away USD 2,000 of the buyer's budget without invoking the quotation's validity. The rise is real, but the quotation was given for 30 days precisely so that the buyer can rely on it.
price-rise-pass = Ask Khalid to approve the USD 2 rise, attaching the factory's message, since the budget is his decision
price-rise-pass-fb = You passed the increase on untested. The buyer pays you to defend his budget, and the quotation was still valid: the decision he needed from you was "hold it", not "approve it?".
price-rise-switch = Re-quote with two other Xuchang factories before accepting anything, to see whether the rise is real
price-rise-switch-fb = Ten days lost and a new, untested supplier in view, over a price you could have held. Raw-hair prices move for every factory in Xuchang, and the quotation was still valid.

payment-text = The factory asks for its usual terms (see its quotation). What payment terms do you recommend to Khalid for the PO? The PO will state what you agree here.
payment-split = 30% T/T with the PO, 70% against a copy of the bill of lading
payment-split-fb = Right: the common B2B split (30% T/T deposit, 70% against a B/L copy). The advance pays for the raw hair; the balance falls due only when the goods are on board and the B/L copy proves it, after the pre-shipment inspection.
payment-theirs = The factory's own terms: 30% deposit, 70% before shipment, after the inspection report
payment-theirs-fb = Common in Xuchang, and the inspection report helps, but the buyer pays the whole price before anything proves the goods have left. Payment against the B/L copy gives the factory nearly the same comfort and the buyer more; Khalid notices the difference.
payment-advance = 100% T/T in advance for 2% off: over USD 900 saved, and the factory gives the order priority
payment-advance-fb = Cash in advance puts the whole risk on the payer. A 2% discount does not pay for carrying the credit risk of a first order: if anything goes wrong, the buyer has no money left to hold back.
payment-open = Open account, 60 days after arrival, so Al Waha can check the goods before paying
payment-open-fb = Open account is the riskiest term for the seller, and no Xuchang factory will finance a new foreign buyer for three months. Five days lost before you fell back on the factory's own terms (30% with the order, 70% before shipment).
payment-lc = An irrevocable L/C at sight, with the inspection certificate among the documents
payment-lc-fb = Secure, and the inspection certificate as a required document is a sound control; but heavy for a USD 46,000 first order: bank charges on both sides (USD 450) and a week of paperwork. A 30/70 T/T split against the B/L copy gives most of the protection at a fraction of the cost. Under an L/C nothing is paid in advance.

po-text = Write the purchase order for the chosen factory, checking it against everything you have agreed: price, delivery term and payment terms.
po-price = Unit price, USD
po-price-right = Correct: the PO shows the price actually agreed, after every change in the negotiation.
po-price-wrong = The unit price must be the one agreed in the negotiation (see the draft PO). A wrong price on a PO is a dispute waiting to happen.
po-deposit = Paid with the order (advance payment), USD
po-deposit-right = Correct: the advance under the payment terms you agreed, stated in figures so the buyer's bank remits the right sum (nothing under an L/C, 30% under a 30/70 split, the whole value less the 2% discount when paying in advance).
po-deposit-wrong = The advance is the share of the order value due with the order under the payment terms you agreed.

report-text = Time to put your recommendation to Khalid. His budget headroom now stands at { $headroom }. What do you send?
report-full = An English report: factory, licence and audit findings, lab results, landed cost, terms, risks with their controls, timeline
report-full-fb = Right. A buyer who cannot visit Xuchang buys on the quality of your evidence. Showing the risks you found and how you controlled them builds more trust than a flawless-looking story.
report-contact = The factory's contact details, price and terms, so Khalid can deal with it directly and save time
report-contact-fb = You handed over the supplier without the evidence he pays you for, and made yourself unnecessary.
report-rosy = A short English summary that all checks passed, leaving out the problems you found and have already fixed
report-rosy-fb = If a hidden problem surfaces later, the buyer stops believing anything you said. Problems you found and fixed are evidence of your work: report findings together with their controls.
report-chinese = The licence, lab report and the factory chat in the original Chinese, so nothing is lost in translation
report-chinese-fb = Khalid reads English and Arabic. Untranslated licences and chat logs push your work onto him. Summarise in the buyer's language.

buyer-reply-cancel = Khalid replies: "Thank you, but we will source elsewhere this season." His budget, or his confidence, has run out.
buyer-reply-go = Khalid approves the PO and its payment terms. Production is under way.

psi-text = The goods are finished. Before the rest of the money is paid and the goods leave, how do you check the bulk?
psi-thirdparty = A third-party pre-shipment inspection against the golden sample: AQL 2.5, Level II, USD 280
psi-thirdparty-fb = Right. A pre-shipment inspection is the last moment to make the factory fix problems before the balance is paid. It is acceptance sampling (ISO 2859-1): at General Inspection Level II a lot of 1,000 is judged on a sample of 80, and at AQL 2.5 the lot is accepted with up to 5 defectives in it. It accepts or rejects the lot; it does not sort it.
psi-own = The factory's own final QC report, with photos and measurements of each length, reviewed by you
psi-own-fb = A factory inspecting itself just before being paid has every reason to pass the lot, and you waited a day for its report. Use an independent inspector before a balance payment.
psi-skip = No inspection: the samples passed the lab, the audit was done, and the factory checks every lot
psi-skip-fb = The sample was the best piece; the bulk is a thousand pieces made by many hands. Skipping inspection moves every defect to Dubai.

booking-text = The goods are packed: 100 cartons, about 10 cbm. Ms Tian offers three ways to Jebel Ali. You have { $days_left } days to the deadline.
booking-lcl = LCL by sea from Qingdao, as costed: about 24 days to Jebel Ali, right for 10 cbm
booking-lcl-fb = Right: the plan you costed, and it meets the deadline the buyer set "by sea". 10 cbm is a classic LCL load.
booking-air = Air from Zhengzhou Xinzheng airport: about 5 days, USD 3,800 more, for high-value light cargo
booking-air-fb = Not wrong in itself: USD 46,000 of wigs is exactly the high-value light cargo air suits, and it is fast. But the sea plan met the deadline the buyer asked for, and air spent USD 3,800 of his budget without his agreement.
booking-air-needed = Air from Zhengzhou Xinzheng airport: about 5 days, USD 3,800 more (sea can no longer make the deadline)
booking-air-needed-fb = With less than 24 days left, sea would miss the arrival date, so air is the sensible rescue. But it cost USD 3,800 that a better plan would have saved.
booking-fcl = A 20-foot container to ourselves: no co-loading, about 23 days, USD 900 more
booking-fcl-fb = Defensible for high-value hair: no co-loading, less handling at the CFS. But a 20-foot box for 10 cbm pays for empty space; LCL through a reputable CFS, in good cartons, is the norm at this volume. Partly right.

arrival-defects = In Dubai, Al Waha's QC opens the cartons: part of the order tangles and sheds badly. Khalid is on the phone.
arrival-late = The goods reach Jebel Ali after the deadline. Al Waha misses the start of its season and deducts 5% from its next order with you.
arrival-congestion = Jebel Ali is congested and the goods wait four days for a berth, but they still arrive within the deadline.
arrival-on-time = The goods reach Jebel Ali on time and pass Al Waha's incoming inspection.

claim-text = Khalid: "A third of the 22-inch lot cannot be sold. What are you going to do?"
claim-handle = Collect his evidence by lot, put it to the factory, and agree replacements and a credit note
claim-handle-fb = The right way to handle a claim: evidence by lot, a fair remedy, and the supplier carrying what it caused. But the earlier decisions that let the defects through cost everyone money.
claim-deflect = Send Khalid the factory's contact and the inspection report; the defects are the factory's to answer for
claim-deflect-fb = The buyer hired you to manage the supplier. Walking away from a claim loses the client, and probably the next ones he talks to.

end-success = Al Waha's wigs arrived on time, to spec and inside the budget. Khalid asks you to source next season's range as well.
end-late = The wigs arrived, but late, and the buyer paid for it in lost sales. He will think twice before the next order.
end-claim = The claim was settled, but the defects cost the buyer sales and you a great deal of goodwill. A pass, with losses.
end-cancel = Khalid took his business elsewhere. Without his trust, or inside his budget, there was no order left to manage.
end-lost = The claim became a lost client. Al Waha will not work with you again.
end-scam = The money is gone. Meisi was a five-month-old trading company that was never what it claimed; the licence record would have shown it in minutes.
end-rejected = The buyer rejected the whole shipment. Meisi was a trading company with no factory and no quality control, exactly as its licence record said.

audit-clean-text = The audit is clean. Ms Guo asks what, if anything, the PO should say about subcontracting.
audit-clean-clause = Add a clause: no subcontracting without the buyer's written consent, approved workshops named
audit-clean-clause-fb = Right. An audit is a snapshot: when the factory is busy next month, overflow work goes out. A consent clause (a day to agree) keeps subcontracting visible and gives the buyer a remedy if it is hidden.
audit-clean-nothing = Nothing: the audit was clean, and a PO full of clauses only makes a good factory defensive
audit-clean-nothing-fb = A clean audit today says nothing about next month's overflow. Without a clause, hidden subcontracting would not even be a breach of the PO.
audit-clean-ban = Have the factory sign that no process will ever be subcontracted, with a 10% penalty for breach
audit-clean-ban-fb = Unrealistic in Xuchang, where the industry runs on workshops. A blanket ban invites concealment, and the factory spent three days pushing back; a consent-based clause keeps subcontracting in the open.

price-confirm-text = The factory confirms its quoted price. Anything to settle on price before the PO?
price-confirm-fix = Put the price on the PO with the quotation's date, and agree raw-hair changes only between orders
price-confirm-fix-fb = Right. Raw-hair prices move; writing down that this order is fixed and that changes are discussed between orders prevents a mid-production price demand.
price-confirm-squeeze = Press for another 3% now that the factory has invested in samples and is committed to the order
price-confirm-squeeze-fb = Re-opening an agreed price just before the PO damages the trust you need for the lead time and quality you have negotiated. Two days lost and no discount.
price-confirm-nothing = Nothing: the factory has confirmed the quoted price, and the quotation is still within its 30 days
price-confirm-nothing-fb = The price held that day, but nothing on the PO fixed it: two weeks into production the factory added USD 1 a piece for "lace costs", and with no agreed price basis there was nothing to refuse it with. Fix the price in writing on the PO.

retest-pass = The remade 22-inch sample passes the re-test: 100% Remy, cuticles aligned. Jiafa stays in the running.

licences-code-fb = The code is consistent: an 18-character unified social credit code whose middle part carries the organisation code the company held before the 2015 reform, as companies registered in 2009 do. What matters is that the name and code match the quotation and the public record.
po-route-a = Ms Guo opens the PO template for Ruihua, whose quotation is FOB Qingdao.
po-route-b = Ms Guo opens the PO template for Jiafa, whose quotation is EXW Xuchang.
po-term-b-text = Jiafa quoted USD 46 EXW Xuchang, and your landed cost added the trucking and the USD 150 export clearance on the buyer's side. Which delivery term goes on the PO?
po-term-b-fca = FCA Xuchang, the factory clearing export, with its USD 150 clearance fee added to the order value
po-term-b-fca-fb = Right. Under FCA (Incoterms 2020) the seller clears export and hands the goods to the buyer's carrier at its premises, loaded. That moves the export clearance to the factory, so its cost moves into the price: the order value becomes USD 46,150 and the buyer no longer pays a broker. The landed cost is unchanged.
po-term-b-exw = EXW Xuchang as quoted, with Al Waha's forwarder collecting at the factory and clearing export
po-term-b-exw-fb = Consistent with the quote and your costing, so partly right. But under EXW (Incoterms 2020) the buyer loads and clears export; Al Waha has no company in China, so its forwarder must arrange what the factory does easily. FCA Xuchang, with the clearance fee added to the price, fits an export better.
po-term-b-fca-same = FCA Xuchang at the quoted USD 46 a piece, so the buyer gets export clearance included at no extra cost
po-term-b-fca-same-fb = Under FCA (Incoterms 2020) the seller clears export, which EXW did not include: the factory noticed at shipment, billed the USD 150 separately and held the cargo a day. Moving a cost between the parties moves the price with it.
po-term-b-fob = FOB Qingdao at the quoted USD 46 a piece: the factory delivers on board, the usual term for sea cargo
po-term-b-fob-fb = FOB (Incoterms 2020) makes the factory pay the trucking to Qingdao and the export clearance, which an EXW price does not cover, and FOB is a rule for goods loaded on board, while LCL is handed over at the CFS. The factory refused and the PO was redone: three days lost.
po-term-a-text = Ruihua quoted USD 48 FOB Qingdao; the goods go LCL through the Qingdao CFS. Which delivery term goes on the PO?
po-term-a-fca = FCA Qingdao CFS at the quoted USD 48: the same costs, with delivery where LCL cargo is handed over
po-term-a-fca-fb = Right. FCA (Incoterms 2020) fits containerised and LCL cargo: the seller clears export and hands over at the CFS, where the goods actually leave its control. The costs in the USD 48 stay the same.
po-term-a-fob = FOB Qingdao at USD 48 exactly as quoted, so the PO matches the quotation word for word
po-term-a-fob-fb = Acceptable: the price and costs match. But FOB (Incoterms 2020) is for goods the seller loads on board; LCL cargo is handed over at the CFS days before loading, so FCA Qingdao fits better. A day lost to the CFS cut-off question.
po-term-a-fcax = FCA Xuchang at USD 48, so the buyer's forwarder collects at the factory and controls the trucking
po-term-a-fcax-fb = The USD 48 FOB price already includes the trucking to Qingdao. Moving delivery to Xuchang (FCA, Incoterms 2020) at the same price makes the buyer pay the trucking (USD 380) a second time.
po-term-a-exw = EXW Xuchang at USD 48, so Al Waha's forwarder controls everything from the factory door onwards
po-term-a-exw-fb = The USD 48 FOB price already includes trucking and export clearance. Under EXW (Incoterms 2020) the buyer pays them again (USD 530) and must arrange export clearance in China.
po-value = Order value, USD
po-value-right = Correct: unit price × 1,000, plus any cost the delivery term moved into the price (the USD 150 export clearance under FCA Xuchang).
po-value-goods-only = That is the unit price × 1,000 only. The delivery term you chose moved the export clearance to the factory, and its USD 150 belongs in the order value.
po-value-wrong = The order value is unit price × 1,000, plus any cost the delivery term moved to the seller.
po-deposit-habit = That is 30% out of habit. The PO must state the payment terms you actually agreed: nothing in advance under an L/C, the whole value less the discount when paying in advance.
psi-result-rejected = Inspection report: the lot is rejected. The sample of 80 held more defectives than AQL 2.5 accepts (shedding and tangling). The factory sorts the whole lot, reworks or replaces the bad wigs at its cost, and a re-inspection passes it: five days lost.
psi-result-slipped = Inspection report: the lot is accepted. The sample of 80 held 3 defectives, within the acceptance number of 5, and the factory replaced those three. The rest of the lot was not sorted.
psi-result-accepted = Inspection report: the lot is accepted. The sample of 80 matches the golden sample, with one minor defective replaced on the spot.

doc-terms = Agreed terms (your negotiation notes)
field-term = Delivery term
terms-term = { $po_term } { $po_place } (Incoterms 2020)
terms-moq = { $moq_pcs } pcs, the minimum the factory accepted
terms-lead = { $lead_days } days of production
terms-payment = { $pay ->
        [split] 30% by T/T with the PO, 70% against a copy of the bill of lading
        [advance] 100% by T/T in advance, 2% off
        [lc] Irrevocable L/C at sight, inspection certificate among the documents
       *[other] 30% deposit by T/T, 70% before shipment, after the inspection report
    }
terms-validity = Prices held until 18 June 2025 (the factory's quotation, valid 30 days)

offer-text = Khalid writes: "Before my finance team approves the PO, send me the terms in one email I can forward." Write it in English: the unit price, the delivery term with its named place and the rules it follows, the minimum order, the production lead time, the payment terms, and until when the terms stand. Your notes of what was agreed are open beside you.
offer-price = The unit price agreed with the factory, in USD
offer-price-fb = The price is the one the negotiation ended on (see your notes); a buyer approves a PO on the figure you write, so it must be that figure exactly.
offer-incoterm = The delivery term with its named place and the rule set (Incoterms 2020)
offer-incoterm-fb = An Incoterm means little without its named place and version: "{ $po_term } { $po_place }, Incoterms 2020", the term on your PO, tells the buyer where the seller's costs and risk end and who clears export (Incoterms 2020: EXW, the buyer collects at the seller's premises and clears export; FCA, the seller clears export and hands over to the buyer's carrier at the named place; FOB, the seller delivers on board at the named port).
offer-moq = The minimum order the factory accepted, with the figure
offer-moq-fb = The MOQ decides whether the buyer's assortment can be ordered at all; state the figure you negotiated, not the factory's opening one.
offer-lead = The production lead time in days
offer-lead-fb = The buyer plans his season backwards from arrival: he needs the production days you agreed, and adds the sea leg himself.
offer-payment = The payment terms: the method and when each part is paid
offer-payment-fb = Payment terms say how (T/T, L/C) and when each part falls due; the common B2B split is a 30% T/T deposit and 70% against a copy of the B/L, and under an L/C nothing is paid in advance.
offer-validity = How long the terms stand (a date)
offer-validity-fb = A price without a validity date leaves both sides unsure how long it stands, and the factory's price can move before the PO is signed. The factory's quotation holds until 18 June 2025: give the buyer that date, so his approval comes in time.
offer-no-promise = No delivered price or term the PO does not carry (landed price, DDP, CIF or DAP Jebel Ali, free shipping)
offer-no-promise-fb = The PO is at origin (FCA, EXW or FOB, Incoterms 2020) and the buyer's forwarder carries the goods on his account. Quoting a landed price or a delivered term such as DAP or CIF Jebel Ali promises carriage, insurance or risk that nobody has agreed to bear.
offer-tone = Tone: courteous and businesslike, written for a buyer who reads English as a working language
offer-tone-0 = Curt, casual or pushy; slang, abbreviations the buyer may not know, or pressure to approve at once
offer-tone-1 = Courteous and plain; short sentences, no pressure, thanks the buyer and invites questions
offer-structure = Structure: a subject or opening that says what the email is, one term per line or paragraph, a clear request for approval
offer-structure-0 = The terms are buried in running text or scattered; the buyer must hunt for the price or the payment terms
offer-structure-1 = Opening, the terms laid out one by one (price, term, MOQ, lead time, payment, validity), and a closing that asks for approval by the validity date
