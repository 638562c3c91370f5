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
qa-payment = 50% deposit, 50% before shipment
q-valid-30 = 30 days
qb-profile = Manufacturer in Jian'an District, Xuchang, since 2016, 90 workers
qb-moq = 500 pcs per length
qb-lead = 35 days after deposit
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
rfq-clarify = Confirm the spec in writing (hair grade, lace, cap, density, packing, labels), ask which lengths could flex, and promise a vetted proposal within five working days
rfq-clarify-fb = Right. A written spec is the base of every quote and every later claim: "human hair" alone can mean Remy or non-Remy, and lace size, density and cap all move the price. Promising a date for a vetted proposal, not a price, shows the buyer how you work.
rfq-promise = Reply at once: "No problem: USD 45 a piece landed, in 30 days"
rfq-promise-fb = You committed to a price and a lead time before any supplier had quoted. If the factories come in higher or slower, you break your word to the buyer. Cost first, then commit.
rfq-forward = Forward Khalid's email as it is to twenty Xuchang suppliers on 1688 and ask for their best price
rfq-forward-fb = Sending the buyer's name and address to twenty suppliers invites them to go round you, and a mass mailing brings back quotes on twenty different specs that cannot be compared. Send a clean, anonymous spec sheet to a few vetted candidates.
rfq-deposit = Ask Khalid to pay a 50% deposit to your company before you start looking
rfq-deposit-fb = A buyer pays a sourcing agent a fee, not the factory's deposit, and never before seeing a supplier proposal. Asking for money first makes you look like the kind of middleman he is afraid of.

quotes-text = Three quotes are in. Meisi is the cheapest by a clear margin; Ruihua is the dearest. Ms Guo asks: "What do you do before we talk price with anyone?"
quotes-vet = Look up all three on the National Enterprise Credit Information Publicity System, and ask each for its business licence, customs registration and recent export records
quotes-vet-fb = Right: vet first, negotiate second. The public licence record shows who a company really is (manufacturer or trader, how old, where, what it may do), and export records show real trade history. Three days well spent.
quotes-cheapest = Place the order with Meisi: cheapest and fastest
quotes-cheapest-fb = The lowest price from a supplier you have not checked is the most expensive mistake in sourcing. A 15-day lead time and a 100-piece MOQ for hand-tied lace wigs are warning signs in themselves.
quotes-discount = Ask all three for another 5% off first, then check them
quotes-discount-fb = Haggling before vetting wastes days and tells suppliers you buy on price alone. You may end up negotiating hard with a company you will drop anyway.
quotes-oldest = Ruihua has been around longest: go with them and skip the checks
quotes-oldest-fb = A long history is a good sign, but "since 2009" is a claim until you see it on the licence record. Skipping the comparison may also cost the buyer money if a younger factory is just as good.

c-deposit-text = Mr Liu of Meisi is delighted: "Pay 100% today and I give you 3% off: USD 41,710 for all 1,000. Our factory starts tomorrow."
c-deposit-pay = Pay the USD 41,710 by T/T today
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
c-followup-verify = Ask for a live, unannounced video walk through their Xuchang workshop and copies of last year's export declarations; drop them when they stall
c-followup-verify-fb = Good save. A trading company posing as a factory cannot show its own production floor or export records in its own name. Next time read the record closely: Meisi's business scope, its founding date (December 2024) and its Zhengzhou office address each contradicted "factory, 12 years".
c-followup-deposit = Pay the 30% deposit (USD 12,900) to lock the price
c-followup-deposit-fb = The licence record already showed a five-month-old trading company with no manufacturing in its scope, registered in an office. A deposit to such a company is money at risk with nothing to recover it by.
c-followup-backup = Keep Meisi as a backup, without paying anything
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
shortlist-both = Both factories, with a third-party lab test of every sample (Remy cuticle check, burn test, shedding and tangling)
shortlist-both-fb = Right. Two tested samples give you a fallback if one fails, and a lab report is objective evidence against the spec. USD 240 is cheap insurance on a USD 48,000 order.
shortlist-b = Only Jiafa, the cheapest landed
shortlist-b-fb = Reasonable on price, but with one sample you have no fallback: if it fails you lose another week sampling the next factory.
shortlist-a = Only Ruihua, the oldest
shortlist-a-fb = Safe, but you dropped the cheaper option before testing it: the buyer may pay USD 1,470 more for nothing.
shortlist-none = Skip samples: the photos and videos look good
shortlist-none-fb = Photos show what a supplier chooses to show. Hair grade (Remy or not), density and lace quality can only be judged on a physical sample, and the approved sample becomes the reference for the bulk.

lab-b-fails = Lab report: Jiafa's 22-inch sample is not Remy. Under the microscope the cuticles run both ways: it is blended with fallen hair and will tangle after a few washes. Every other sample passes.
lab-pass = Lab report: every sample is 100% human hair with aligned cuticles, and density and lace are to spec. All pass.
lab-none = With no samples there is nothing to test. You go ahead on photos.

sample-fail-text = Mr Zhao of Jiafa calls: "The sample room used the wrong bundle for the 22-inch. We will remake it at our cost this week. The bulk will be right, I promise."
sample-fail-retest = Accept a remade 22-inch sample at Jiafa's cost, re-test it at the same lab before any PO, and keep Ruihua ready as the tested fallback
sample-fail-retest-fb = Right. One failed length in an otherwise good set calls for a re-sample at the supplier's cost and a re-test, not a promise. You keep the cheaper factory only if it proves itself, and you still have a tested fallback.
sample-fail-ruihua = Drop Jiafa and go with Ruihua, whose samples passed
sample-fail-ruihua-fb = Safe and defensible, but a single sample-room error that the supplier will remake at its own cost is normally settled by a re-test. Switching at once costs the buyer USD 1,470.
sample-fail-trust = Accept Mr Zhao's promise and stay with Jiafa for the lower price
sample-fail-trust-fb = If the sample fails the spec, a promise about the bulk is worth nothing unless you can re-test. You have put a quality risk into the order.
sample-fail-discount = Take non-Remy hair at USD 2 off and keep "Remy" on the spec you send Khalid
sample-fail-discount-fb = Selling non-Remy hair as Remy is misdescription of the goods: a breach of contract with the buyer and a consumer-law problem in his market. Never change a spec silently.

pick-text = The samples are in and tested. Which factory gets the order?
pick-jiafa = Jiafa: its samples passed and it is USD 1,470 cheaper landed; confirm with a factory audit
pick-jiafa-fb = Right. Once the cheaper factory has passed the same tests, the buyer's money should go there, with an audit before any deposit to confirm what the samples suggest.
pick-ruihua = Ruihua: the oldest factory, the safest name
pick-ruihua-fb = Defensible, but Jiafa passed the same tests. Spending USD 1,470 of the buyer's budget on a name alone is not value for money. Let evidence, not age, decide.
pick-match = Jiafa, but first push them to match Meisi's USD 43
pick-match-fb = Meisi's price came from a trading company misrepresenting itself; using it as a benchmark insults a genuine factory and sours the relationship for nothing. Jiafa keeps its USD 46 and you lose two days.

audit-text = Before the deposit is paid, how do you verify the factory? Xuchang is an hour from Zhengzhou by high-speed train.
audit-visit = Go yourself, unannounced on the day, with an audit checklist: licence original, production lines, headcount, QC records, raw-hair stock, subcontractors, export records
audit-visit-fb = Right. An hour by train, a structured checklist and an unannounced visit show the real factory. Ask directly about subcontracting: hand knotting is often sent out to village workshops.
audit-thirdparty = Commission a third-party audit firm (USD 300, report in five days)
audit-thirdparty-fb = A professional audit is sound, but slower and dearer than going yourself when the factory is an hour away. Keep third-party audits for distant suppliers or the social-compliance audits a buyer requires.
audit-video = Ask the sales manager for a live video tour
audit-video-fb = A video tour shows what the sales manager chooses to film. It cannot check records, headcount or who really makes the wigs.
audit-skip = Skip it: the samples passed
audit-skip-fb = Samples show what a factory can make, not what it will make in bulk, how, or by whom. Before the deposit is the cheapest moment to find problems.

audit-result-subcontract = Audit finding: Jiafa has 40 knotters on site, far too few for 1,000 hand-tied lace fronts in a month. Mr Zhao admits the lace knotting goes out to home workshops in nearby villages. He had not mentioned it.
audit-result-clean = Audit finding: the factory is what it says. The licence original matches, the lines are busy, QC records are kept by lot, and all knotting is done on site.
audit-result-unseen = Nothing alarming comes to your notice. But without an on-site audit you could not see that Jiafa sends its lace knotting out to village workshops nobody checks.
audit-result-nothing = Nothing alarming comes to your notice.

subcontract-text = Mr Zhao: "Every factory in Xuchang sends knotting out. The workers are skilled, and the hair and lace are ours." What do you do?
subcontract-control = Accept it under control: the workshops named in writing, Jiafa issuing hair and lace by lot, its QC checking every lot on return, and a third-party inspection before shipment
subcontract-control-fb = Right. Subcontracting is common in Xuchang and not wrong in itself; hidden subcontracting is. Named workshops, material control and lot-by-lot QC turn a hidden risk into a managed one.
subcontract-switch = Move the order to Ruihua, whose samples also passed
subcontract-switch-fb = Also defensible: you had a tested fallback, and the buyer pays USD 1,470 more for a factory that knots on site. Make sure the decision rests on evidence, not irritation.
subcontract-ignore = Ignore it: it is normal in Xuchang
subcontract-ignore-fb = Normal, but not controlled. Work you cannot see is quality you cannot check, and that risk is now in your order.
subcontract-penalty = Demand 10% off as a penalty for not telling you
subcontract-penalty-fb = Punishing a supplier for an honest answer teaches it to hide things next time. Use the finding to set controls, not to squeeze the price.

moq-text = The factory's MOQ is 500 pieces per length; Khalid wants 300, 400 and 300. What do you propose?
moq-one-run = Propose one production run: same hair, cap, lace, colour and density, only the length differs; share Khalid's reorder plan for next season
moq-one-run-fb = Right. An MOQ protects the factory's set-up costs; when only the length differs the set-up is shared, and most factories accept an order-level MOQ. A credible reorder plan is what makes them say yes.
moq-accept = Accept 500 per length: 1,500 wigs
moq-accept-fb = You bought 500 wigs the buyer did not ask for and blew his budget. MOQs are often negotiable; ask before you accept.
moq-one-length = Ask Khalid to take 1,000 of the 20-inch only
moq-one-length-fb = You changed the buyer's assortment to suit the supplier. His salons need three lengths; solve supply constraints on the supply side first.
moq-surcharge = Offer USD 1 a piece more to accept mixed lengths
moq-surcharge-fb = Paying to lift an MOQ can be right as a last resort, but you offered money before trying the argument that costs nothing. USD 1,000 of the buyer's budget gone.

leadtime-text = The factory quotes 40 days of production. You have { $days_left } days to the arrival deadline, and the sea leg takes about 24. What do you agree?
leadtime-plan = Agree 30 days: deposit paid the day the PO is signed, golden sample sealed now, weekly photos of each length, finished lots staged for the CFS
leadtime-plan-fb = Right. Lead time shrinks when nothing waits: no gap between PO and deposit, an approved golden sample so production starts at once, and weekly visibility. 30 days plus about 24 in transit fits, with a small buffer.
leadtime-accept = Accept 40 days
leadtime-accept-fb = 40 days of production plus about 24 in transit does not fit. Always work a lead time backwards from the arrival date.
leadtime-rush = Demand 20 days or you cancel
leadtime-rush-fb = Hand-tied lace cannot be rushed without cutting corners or farming out more work to unknown hands. You bought speed with quality risk.
leadtime-extend = Ask Khalid to accept arrival 10 days later and give the factory its 40 days
leadtime-extend-fb = Honest, and possible only because he trusts you; but you spent that trust on a problem a production plan could have solved. Keep such requests for real emergencies.

raw-hair-rise = A message from the factory: raw-hair prices at the Xuchang market are up about 12% in three weeks. They want USD 2 more a piece.
raw-hair-steady = The factory confirms the quoted price; raw-hair prices have held.

price-rise-text = The quotation said "valid 30 days", and you are within it. The rise in raw hair is real. How do you answer?
price-rise-hold = Hold the quoted price for this PO, which falls inside the validity; acknowledge the market and agree to review the price for the next order
price-rise-hold-fb = Right. A quotation's validity period exists for exactly this. Holding it is fair, and offering a review for the next order keeps the factory's goodwill.
price-rise-accept = Accept the extra USD 2 straight away
price-rise-accept-fb = You gave away USD 2,000 of the buyer's budget without invoking the quotation's validity or asking for any evidence.
price-rise-pass = Tell Khalid the price went up and ask him to approve it, without checking
price-rise-pass-fb = You passed the increase on untested. The buyer pays you to defend his budget, and the quotation was still valid.
price-rise-switch = Drop the factory and start over with another supplier
price-rise-switch-fb = Ten days lost and an unknown supplier, over a price you could have held. Raw-hair prices move for every factory in Xuchang.

payment-text = The factory asks for its usual terms (see its quotation). What payment terms do you recommend to Khalid for the PO?
payment-split = 30% T/T deposit with the PO, 70% against a copy of the bill of lading
payment-split-fb = Right: the common B2B split. The deposit pays for the raw hair; the balance falls due only when the goods are on board and the B/L copy proves it, after the pre-shipment inspection.
payment-theirs = Accept the factory's terms: balance before shipment
payment-theirs-fb = Common in Xuchang, but the buyer pays the balance before anything proves the goods have left. Payment against the B/L copy gives the factory the same comfort and the buyer more.
payment-advance = 100% T/T in advance for 2% off
payment-advance-fb = A 2% discount does not pay for carrying the whole credit risk of a first order. If anything goes wrong, the buyer has no money left to hold back.
payment-open = Open account, 60 days after arrival
payment-open-fb = No Xuchang factory will finance a new foreign buyer for three months. You lost five days before settling on something else.
payment-lc = Irrevocable L/C at sight
payment-lc-fb = Secure, but heavy for a USD 48,000 first order: bank charges on both sides and a week of paperwork. A 30/70 T/T split against the B/L copy gives most of the protection at a fraction of the cost.

po-text = Write the purchase order for the chosen factory, checking it against everything you have agreed.
po-incoterm = Delivery term (Incoterms 2020)
po-incoterm-fca = Right. FCA fits containerised and LCL cargo: the seller clears export and hands over at its premises or the Qingdao CFS. A foreign buyer cannot easily act as exporter in China, which makes EXW a poor export term (Incoterms 2020: FCA).
po-incoterm-fob = Acceptable, but FOB is for goods the seller loads on board; LCL cargo is handed over at the CFS, so FCA Qingdao fits better (Incoterms 2020).
po-incoterm-exw = EXW makes the buyer the exporter: Al Waha would have to clear Chinese export customs, which it cannot easily do. Use FCA for exports (Incoterms 2020).
po-incoterm-wrong = CIF and DDP put the main freight (and, under DDP, the UAE duty) on the factory: not what you costed. Your landed cost assumed the buyer's forwarder from Xuchang or Qingdao.
po-price = Unit price, USD
po-price-right = Correct: the PO shows the price actually agreed, after every change in the negotiation.
po-price-wrong = The unit price must be the one agreed in the negotiation (see the draft PO). A wrong price on a PO is a dispute waiting to happen.
po-deposit = Deposit at 30%, USD
po-deposit-right = Correct: 30% of the PO value, stated in figures so the buyer's bank remits the right sum.
po-deposit-wrong = The deposit is 30% of the unit price × 1,000 pieces.
po-balance = Balance paid against
po-balance-right = Right: the balance against a copy of the B/L, after inspection.
po-balance-wrong = The sound split for this order is a 30% deposit and 70% against a copy of the bill of lading.

report-text = Time to put your recommendation to Khalid. His budget headroom now stands at { $headroom }. What do you send?
report-full = A sourcing report in English: the factory with its licence and audit findings, lab results, landed-cost sheet, MOQ, lead time, price, payment terms, risks and controls, and the timeline
report-full-fb = Right. A buyer who cannot visit Xuchang buys on the quality of your evidence. Showing the risks you found and how you controlled them builds more trust than a flawless-looking story.
report-contact = Send him the factory's contact details and price
report-contact-fb = You handed over the supplier without the evidence he pays you for, and made yourself unnecessary.
report-rosy = Report that all is perfect and leave out the problems you found
report-rosy-fb = If a hidden problem surfaces later, the buyer stops believing anything you said. Report findings together with their controls.
report-chinese = Forward the Chinese documents and the factory chat history as they are
report-chinese-fb = Khalid reads English and Arabic. Untranslated licences and chat logs push your work onto him. Summarise in the buyer's language.

buyer-reply-cancel = Khalid replies: "Thank you, but we will source elsewhere this season." His budget, or his confidence, has run out.
buyer-reply-go = Khalid approves the PO and pays the deposit to the factory. Production is under way.

psi-text = The goods are finished. Before Khalid pays the 70% balance, how do you check the bulk?
psi-thirdparty = Third-party pre-shipment inspection against the golden sample: AQL 2.5, General Inspection Level II, with a Remy check on each length (USD 280)
psi-thirdparty-fb = Right. A pre-shipment inspection (ISO 2859-1 sampling) is the last moment to make the factory fix problems before the balance is paid. Any defects it found were reworked at the factory's cost.
psi-own = Accept the factory's own QC report and photos
psi-own-fb = A factory inspecting itself just before being paid has every reason to pass the lot. Use an independent inspector before a balance payment.
psi-skip = Skip it: the samples passed
psi-skip-fb = The sample was the best piece; the bulk is a thousand pieces made by many hands. Skipping inspection moves every defect to Dubai.

booking-text = The goods are packed: 100 cartons, about 10 cbm. Ms Tian offers three ways to Jebel Ali. You have { $days_left } days to the deadline.
booking-lcl = LCL by sea from Qingdao, as costed: about 24 days
booking-lcl-fb = Right: the plan you costed, and it meets the deadline. 10 cbm is a classic LCL load.
booking-air = Air from Zhengzhou Xinzheng airport: about 5 days, USD 3,800 extra
booking-air-fb = The sea plan met the deadline; air spent USD 3,800 of the buyer's budget for nothing. Air is for when sea cannot make it.
booking-air-needed = Air from Zhengzhou Xinzheng airport: about 5 days, USD 3,800 extra (sea can no longer make the deadline)
booking-air-needed-fb = With less than 24 days left, sea would miss the arrival date, so air is the sensible rescue. But it cost USD 3,800 that a better plan would have saved.
booking-fcl = A 20-foot container to ourselves: safer, about 23 days, USD 900 extra
booking-fcl-fb = A 20-foot box for 10 cbm pays for empty space. LCL through a reputable CFS, in good cartons, is the norm at this volume.

arrival-defects = In Dubai, Al Waha's QC opens the cartons: part of the order tangles and sheds badly. Khalid is on the phone.
arrival-late = The goods reach Jebel Ali after the deadline. Al Waha misses the start of its season and deducts 5% from its next order with you.
arrival-congestion = Jebel Ali is congested and the goods wait four days for a berth, but they still arrive within the deadline.
arrival-on-time = The goods reach Jebel Ali on time and pass Al Waha's incoming inspection.

claim-text = Khalid: "A third of the 22-inch lot cannot be sold. What are you going to do?"
claim-handle = Collect his evidence (photos with lot numbers, QC counts), put it to the factory, and agree replacement of the defective wigs in the next shipment plus a credit note
claim-handle-fb = The right way to handle a claim: evidence by lot, a fair remedy, and the supplier carrying what it caused. But the earlier decisions that let the defects through cost everyone money.
claim-deflect = Tell Khalid it is the factory's problem, not yours
claim-deflect-fb = The buyer hired you to manage the supplier. Walking away from a claim loses the client, and probably the next ones he talks to.

end-success = Al Waha's wigs arrived on time, to spec and inside the budget. Khalid asks you to source next season's range as well.
end-late = The wigs arrived, but late, and the buyer paid for it in lost sales. He will think twice before the next order.
end-claim = The claim was settled, but the defects cost the buyer sales and you a great deal of goodwill. A pass, with losses.
end-cancel = Khalid took his business elsewhere. Without his trust, or inside his budget, there was no order left to manage.
end-lost = The claim became a lost client. Al Waha will not work with you again.
end-scam = The money is gone. Meisi was a five-month-old trading company that was never what it claimed; the licence record would have shown it in minutes.
end-rejected = The buyer rejected the whole shipment. Meisi was a trading company with no factory and no quality control, exactly as its licence record said.

audit-clean-text = The audit is clean. Ms Guo asks what, if anything, the PO should say about subcontracting.
audit-clean-clause = A clause: no process may be subcontracted without the buyer's written consent; any approved workshop is named, and the buyer may inspect it
audit-clean-clause-fb = Right. An audit is a snapshot: when the factory is busy next month, overflow work goes out. A consent clause keeps subcontracting visible and gives the buyer a remedy if it is hidden.
audit-clean-nothing = Nothing: the audit was clean
audit-clean-nothing-fb = A clean audit today says nothing about next month's overflow. Without a clause, hidden subcontracting would not even be a breach of the PO.
audit-clean-ban = Make the factory sign that it will never subcontract anything
audit-clean-ban-fb = Unrealistic in Xuchang, where the industry runs on workshops. A blanket ban invites concealment; a consent-based clause keeps it in the open.

price-confirm-text = The factory confirms its quoted price. Anything to settle on price before the PO?
price-confirm-fix = Confirm the price on the PO with the quotation's date and validity, and agree that raw-hair changes are reviewed only between orders
price-confirm-fix-fb = Right. Raw-hair prices move; writing down that this order is fixed and that changes are discussed between orders prevents a mid-production price demand.
price-confirm-squeeze = Press for another 3% now that the factory is committed
price-confirm-squeeze-fb = Re-opening an agreed price just before the PO damages the trust you need for the lead time and quality you have negotiated. Two days lost and no discount.
price-confirm-nothing = Nothing to settle; move on to payment terms
price-confirm-nothing-fb = The price holds today, but nothing stops a raw-hair surcharge in the middle of production. Fix it in writing on the PO.

retest-pass = The remade 22-inch sample passes the re-test: 100% Remy, cuticles aligned. Jiafa stays in the running.
