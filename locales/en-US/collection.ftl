title = Collection: D/P, D/A and Sinosure for a Henan exporter
summary = Sell Henan goods to an Istanbul distributor on documentary collection: the term, what the banks do under URC 522, the Sinosure limit, the B/L and the collection instruction, and a buyer who stops paying.

var-cash = Sales budget
var-days_lost = Days lost
var-trust = Buyer's goodwill

speaker-kaya = Mr Emre Kaya, purchasing director, Demir Dis Ticaret, Istanbul
speaker-sun = Ms Sun Yan, your company's finance and credit manager
speaker-guo = Mr Guo Lei, freight forwarder, Qingdao

doc-contract = Sales contract (Istanbul order)
doc-limit = Sinosure buyer credit limit (approval notice)
doc-bl = Bill of lading (draft from the forwarder)
doc-instruction = Collection instruction (draft for the remitting bank)
field-contract-no = Contract number
field-contract-date = Contract date
field-quantity = Quantity (cartons)
field-unit-price = Unit price (per carton, CFR Istanbul)
goods-bearings = Deep-groove ball bearings 6204-2RS and 6306-2RS, in export cartons
short-bearings = bearings
air-bearings = 400 kg of 6306 bearings
equip-bearings = 2 x 40' containers
goods-wigs = Human-hair lace-front wigs, 12 pieces to an export carton
short-wigs = wigs
air-wigs = 60 kg of lace-front wigs
equip-wigs = 1 x 20' container
goods-moxa = Mugwort moxa sticks and moxa rolls, 16 bags of 500 g to a carton
short-moxa = moxa products
air-moxa = 300 kg of moxa sticks
equip-moxa = 1 x 40' high-cube container
field-seller = Seller
field-buyer = Buyer
field-goods = Goods
field-amount = Amount
field-delivery = Delivery
field-limit = Credit limit
field-limit-term = Payment term covered
field-cover = Indemnity percentage
field-limit-from = In force from
limit-term = { $term ->
        [dp_usance] D/P { $usance } days after sight (documents against payment), sea freight, order B/L through the banks
        [da] D/A { $usance } days after sight (documents against acceptance), sea freight
        [oa] Open account (O/A) { $usance } days from the B/L date
       *[other] D/P at sight (documents against payment), sea freight, order B/L through the banks
    }
limit-from = { $dates_limit_from }; shipments before this date are not covered
field-bl-shipper = Shipper
field-bl-consignee = Consignee
field-bl-notify = Notify party
field-bl-route = Port of loading, port of discharge, equipment
field-bl-freight = Freight
field-bl-originals = Original B/Ls and their release (forwarder's note)
bl-route = Qingdao, China to Ambarli, Istanbul; { $product_bl_equipment }
bl-originals = THREE (3): two to the shipper for the bank, one by courier to Demir Dis Ticaret for quick clearance
field-ci-principal = Principal (drawer)
field-ci-remitting = Remitting bank
field-ci-collecting = Collecting and presenting bank
field-ci-drawee = Drawee
field-ci-amount = Amount to collect
field-ci-documents = Documents enclosed
ci-documents = Bill of exchange (1), full set of order B/Ls (3/3), commercial invoice (3), packing list (2), certificate of origin (1)
ci-documents-short = Bill of exchange (1), commercial invoice (3), packing list (2), certificate of origin (1)
field-ci-endorsement = Bills of lading: endorsement
ci-endorsement = Endorsed in blank by the shipper
ci-endorsement-none = Not endorsed
field-ci-goods = Goods consigned to (B/L consignee)
ci-goods = To order (order B/Ls)
ci-blank = (left blank)
field-ci-release = Release documents against
ci-release = { $term ->
        [dp_usance] Documents against payment (D/P), { $usance } days after sight
        [da] Documents against acceptance (D/A), { $usance } days after sight
       *[other] Documents against payment (D/P) at sight
    }
field-ci-rules = Rules that apply
ci-rules = Subject to the Uniform Rules for Collections, ICC Publication No. 522 (URC 522)
field-ci-charges = Collecting bank's charges
ci-charges = For the drawee's account

terms-text = Mr Kaya has bought from you for two years on 30% T/T deposit and 70% against a B/L copy, and always paid. For this order of { $amount } he asks for D/A { $usance } days to ease his cash flow; Turkey's country risk is fair in your insurer's list. Your manager wants to keep him but not carry his credit alone. What do you propose?
terms-dp-sight = D/P at sight: the bank in Istanbul hands him the documents only once he has paid
terms-dp-sight-fb = The right middle step for a known buyer in a fair-risk country: cheaper than an L/C, and the goods stay under your control until he pays, because the order B/L stays with the bank (D/P: pay, then documents). By risk: T/T advance < L/C < D/P < D/A < open account.
terms-dp-usance = D/P { $usance } days after sight, so he gets the time he wants and pays before the bank lets the documents go
terms-dp-usance-fb = It sounds like the best of both, but the documents wait at the bank until maturity while the goods sit in port, so he gets no real use of the credit; and URC 522 Art 7 discourages usance drafts with D/P. Workable, not the best answer.
terms-da = D/A { $usance } days as he asks, since two years of prompt payment make him a safe buyer
terms-da-fb = Under D/A the bank releases the documents against his acceptance of a draft: he takes the goods and you hold only his promise, pure buyer credit risk. An accepted draft is not secured payment. Next to open account, the riskiest term for the seller: workable with a Sinosure limit on D/A terms, not the best answer for a buyer you can keep on D/P.
terms-oa = Open account { $usance } days from the B/L date, the simplest term for a loyal buyer
terms-oa-fb = Open account (赊销) is the riskiest term for the seller: the goods and the documents go to him and you wait. Workable for a good buyer with a Sinosure limit on open account terms (Ms Sun applies for one next); without it, all of the { $amount } is at his mercy. Not the best answer for a buyer you can keep on D/P.

agents-text = Your sales manager has told Mr Kaya "once it goes through your bank, the bank guarantees payment". Ms Sun asks you for one line for the sales team's briefing on collections. Which line?
agents-agent = The banks act only as our agents, pass the documents on, and none of them promises to pay
agents-agent-fb = Right: under URC 522 the remitting and collecting banks act as agents, give no payment undertaking and do not examine documents to find instructions. The credit risk stays on the buyer, which is why the Sinosure limit matters. The parties (Art 3): principal (you), remitting bank, collecting/presenting bank, drawee (the buyer).
agents-guarantee = Once the collecting bank accepts the collection it owes us the money, so we can skip the insurance
agents-guarantee-fb = The classic mistake: the collecting bank does not guarantee payment. Banks under URC 522 act as agents with no payment undertaking; if the buyer does not pay, the bank owes you nothing. Skipping the cover leaves the whole { $amount } uninsured.
agents-automatic = URC 522 governs every collection anyway, so the instruction can leave it out
agents-automatic-fb = URC 522 applies only if the collection instruction says so (Arts 1 and 4). Leave it out and the banks' duties rest on whatever the local law and practice say; cite "subject to URC 522" in every instruction.
agents-accepted = Once he accepts a draft under D/A, the debt is as safe as a bank guarantee
agents-accepted-fb = Treating an accepted draft as secured is a listed mistake: acceptance is the buyer's own promise to pay at maturity, no bank stands behind it, and by then he already has the goods.

limit-text = Ms Sun applied to Sinosure for a buyer credit limit on Demir Dis Ticaret, on the term you proposed; the approval notice is on your desk, but its in-force date is { $dates_limit_from }, next week. Mr Kaya wants the goods to sail on { $dates_sail }, in three days. What do you do?
limit-wait = Tell Mr Kaya the goods sail on the first vessel after the limit's in-force date, on the term it names
limit-wait-fb = Right: a buyer credit limit must be in force before shipment and match the payment term; a shipment before the limit's date, or on other terms, is uninsured. A few days' delay costs some goodwill, not { $amount } of cover.
limit-backdate = Ship in three days as planned; the limit covers this buyer once approved, including what is already at sea
limit-backdate-fb = A limit covers shipments made after it is in force, not before: a shipment before the limit's date is uninsured, whatever is approved later.
limit-declare = Ship now and declare the shipment to Sinosure afterwards, since it is the declaration that puts it under cover
limit-declare-fb = Declaring every shipment is required, but a declaration does not create cover for a shipment made before the limit was in force; that shipment is uninsured.
limit-deposit = Ship now against a 30% deposit by T/T, so only the balance is at risk until the limit starts
limit-deposit-fb = The deposit helps, and this is reasonable caution, but the 70% balance still sails before the limit's date and so is uninsured; waiting a few days would have covered all of it.

route-oa = On open account the documents go straight to Mr Kaya; no bank collects anything, so there is no collection B/L or instruction to prepare.
route-collection = Next, the shipping documents for the collection.
transport-text = Mr Guo asks how to make out the bill of lading for the { $term ->
        [da] D/A
       *[other] D/P
    } shipment, { $product_equipment } Qingdao to Ambarli.
transport-order = Order B/Ls "to order" of the shipper, blank-endorsed by us and sent through the banks
transport-order-fb = Right: an order B/L is negotiable, so whoever holds the endorsed originals controls the goods. Blank-endorsed and sent through the banks, it reaches the buyer only { $term ->
        [da] when he accepts the draft: the point of D/A.
       *[other] when he pays: the whole point of D/P.
    }
transport-straight = A straight B/L consigned to Demir Dis Ticaret, so the buyer's broker can clear the goods at once
transport-straight-fb = A straight B/L (non-negotiable) consigned to the buyer under a collection is a listed mistake: the carrier can deliver to the named consignee, so the goods escape the collection. That is open account risk under a { $term ->
        [da] D/A
       *[other] D/P
    } label, outside a { $term ->
        [da] D/A
       *[other] D/P
    } limit.
transport-bank = A B/L consigned to the collecting bank in Istanbul, so the goods are the bank's until he pays
transport-bank-fb = Goods must not be consigned to a bank without its prior consent (URC 522 Art 10). The order B/L, blank-endorsed, gives you the same control without involving the bank in the goods.
transport-direct = Order B/Ls, but one of the three originals goes by courier straight to Mr Kaya to speed up clearance
transport-direct-fb = An original B/L sent direct puts a document of title in the buyer's hands before he { $term ->
        [da] accepts the draft
       *[other] pays
    }: a collection with a B/L sent direct is open account risk, and outside a { $term ->
        [da] D/A
       *[other] D/P
    } limit. Every original goes through the banks.
bl-check-text = Mr Guo sends the draft B/L for your approval before the vessel sails. Mark every field that must change for a { $term ->
        [da] D/A
       *[other] D/P
    } collection.
bl-consignee-fb = Wrong: the consignee must read "TO ORDER" (or "to order of shipper"), not the buyer, and you endorse the originals in blank before they go to the bank. A B/L consigned to Demir Dis Ticaret is a straight B/L and lets him take the goods without { $term ->
        [da] accepting the draft.
       *[other] paying.
    }
bl-originals-fb = Wrong: every original goes through the banks. One original sent by courier puts a document of title in the buyer's hands before he { $term ->
        [da] accepts the draft
       *[other] pays
    }: a collection with a B/L sent direct is open account risk, outside a { $term ->
        [da] D/A
       *[other] D/P
    } limit.
bl-notify-fb = Not a discrepancy: naming the buyer as notify party is normal; the carrier tells him of the arrival, but the notify party gains no right to the goods.
bl-freight-fb = Not a discrepancy: under CFR (Incoterms 2020) you pay the freight, so "freight prepaid" is right.
bl-slipped = The B/L went out with a fault left in the draft. In Istanbul Demir Dis Ticaret can take the goods without { $term ->
        [da] accepting the draft:
       *[other] paying the bank:
    } as the named consignee, or as holder of the original sent to him direct.

instruction-text = The remitting bank's clerk has filled in the collection instruction for your signature. Mark every field that is wrong or missing.
ci-drawee-fb = Wrong: the drawee is the buyer who must pay, Demir Dis Ticaret Ltd. Sti., not his customs broker. URC 522 Art 3 names the drawee as a party: the one the documents are presented to.
ci-documents-fb = Wrong: the list leaves out the full set of order B/Ls, the document that gives control of the goods. The instruction must list every document enclosed: under D/P or D/A the goods stay under control only while every original B/L goes through the banks, and a B/L sent direct is open account risk.
ci-release-fb = Wrong: the instruction must state D/P or D/A. If it says neither, the documents go only against payment, but do not leave the bank guessing: write { $term ->
        [dp_usance] "documents against payment, { $usance } days after sight"
        [da] "documents against acceptance, { $usance } days after sight"
       *[other] "documents against payment at sight"
    }.
ci-rules-fb = Wrong: URC 522 applies only if the instruction says so (Arts 1 and 4). Write "subject to URC 522".
ci-collecting-fb = Not a discrepancy: a collecting bank chosen by the buyer is normal; it acts as your agent on your instructions.
ci-goods-fb = Wrong: goods must not be consigned to a bank without its prior consent (URC 522 Art 10), and Anadolu Ticaret Bankasi has given none. Order B/Ls, blank-endorsed, give you the same control of the goods through the documents.
ci-endorsement-fb = Wrong: the order B/Ls go to the bank blank-endorsed by you, the shipper (an order B/L, blank-endorsed, is what keeps a collection in control of the goods). An order B/L is negotiable: your blank endorsement is what lets the drawee take the goods with it once he has { $term ->
        [da] accepted the draft.
       *[other] paid.
    }
ci-amount-fb = Wrong: the amount to collect is the contract's, { $amount }, in US dollars; the clerk converted it to { $amount_eur }. Under URC 522 the banks act on your instruction and do not examine the documents to find instructions, so they would ask the drawee for the wrong sum in the wrong currency.
ci-charges-fb = Not a discrepancy: who bears the collecting bank's charges is a commercial choice; the drawee's account is common.

declare-text = Ms Sun is setting up the monthly shipment declarations to Sinosure. This month you also shipped two small lots to the same buyer on T/T against a B/L copy and one D/P lot to a Polish buyer. Which shipments do you declare?
declare-every = Every shipment insured under the policy, all of them, whatever the buyer or the term
declare-every-fb = Right: declare every shipment. Cover and premium rest on the declarations; leaving some out weakens any later claim. (The exact declaration deadline is in your own policy; check it there.)
declare-collections = Only the shipments on credit terms, since the T/T lots were paid against a copy and carry no real risk
declare-collections-fb = The paid lots carry little risk, but the rule is to declare every shipment under the policy; an incomplete declaration gives the insurer room to dispute a claim.
declare-worried = Only the buyers we are unsure about this month, so the premium goes where the risk is
declare-worried-fb = Choosing which shipments to declare is a listed mistake: declare every shipment. Picking the risky ones is what the rule exists to prevent, and the undeclared shipments are uninsured.
declare-overdue = None for now: we declare a shipment only if a buyer falls overdue, to save the premium
declare-overdue-fb = A shipment declared only once the buyer is overdue was never insured: declare every shipment as it is made, not after the loss appears.

voyage-on-time = The vessel reached Ambarli on schedule; { $term ->
        [oa] Demir Dis Ticaret, holding the documents you sent him, cleared the goods.
       *[other] the bank in Istanbul presented the documents to Demir Dis Ticaret.
    }
voyage-late = Congestion at Ambarli held the vessel four days at anchor before { $term ->
        [oa] Demir Dis Ticaret could clear the goods.
       *[other] the bank could present the documents.
    }

switch-text = Mr Kaya writes that, with the goods arriving, he wants the next order { $term ->
        [oa] on open account { $usance_longer } days instead of { $usance }
       *[other] on open account 60 days
    } "as between friends". What do you answer?
switch-limit = Yes, once Sinosure has approved a limit for him on that term; until then, the present one
switch-limit-fb = Right: the limit must match the payment term, so a new term for the next order needs a new approval on that term before it ships. Changing the term without telling Sinosure is a listed mistake that leaves the shipment uninsured.
switch-quietly = Agree to his term for the next order; our limit covers this buyer, whatever the term
switch-quietly-fb = A listed mistake (the textbook case is D/P changed to open account without telling Sinosure): the limit is on the term it names; the next shipment, on other terms, is uninsured. The switch leaves the present shipment as it was.
switch-refuse = Say no: our present term is the only one we offer, and we make no exceptions for any buyer
switch-refuse-fb = Safe, and better than shipping uncovered, but a new term with a matching Sinosure limit is a normal way to keep a good buyer; a flat no costs goodwill you did not need to lose.
switch-declare = Agree, and declare the next shipment to Sinosure on his term when it sails
switch-declare-fb = Declaring is not enough: the limit must be in force on that term before shipment. Applying after the goods sail leaves the next shipment uninsured.

air-text = A customer of Mr Kaya's is waiting for { $product_air }. He asks you to fly them to Istanbul on D/P at sight while the sea lot is on its way.
air-oa-limit = Treat the air lot as open account risk: ask Sinosure for an OA limit on him, or take payment before it flies
air-oa-limit-fb = Right: an air waybill is never negotiable and the airline delivers to the consignee, so D/P with air freight is open account risk. Apply for an open account limit, or get paid before dispatch.
air-dp = Fly it on D/P with the air waybill sent through the banks, as we would send a B/L
air-dp-fb = A listed mistake: the air waybill does not control the goods; the airline delivers to the consignee whether or not he has paid the bank. The "D/P" protects nothing here, and the air lot is outside any D/P limit.
air-bank = Fly it with the air waybill consigned to the collecting bank, so the bank releases the goods on payment
air-bank-fb = Goods must not be consigned to a bank without its consent (URC 522 Art 10); an Istanbul bank that never agreed will not clear or store { $product_short } for you.
air-sea = Decline the air lot and offer to add the same goods to the next sea shipment instead
air-sea-fb = Safe from the air waybill's trap{ $term ->
        [da] {""}
        [oa] {""}
       *[other] {" "}(on D/P the goods stay under the order B/L)
    }, but you lose an urgent order you could have covered with an OA limit or payment up front.

maturity-refused = { $term ->
        [dp_sight] At presentation Mr Kaya refuses the documents: "the market has fallen, we need a 20% discount". The collecting bank advises non-payment.
        [dp_usance] At maturity Mr Kaya does not pay the draft: "the market has fallen, we need a 20% discount". The documents stay at the bank, which advises non-payment.
        [da] At maturity the draft Mr Kaya accepted goes unpaid: "the market has fallen, we need a 20% discount". He has had the goods for months; the bank advises non-payment.
       *[other] On the due date Mr Kaya does not pay: "the market has fallen, we need a 20% discount". He has the goods and the documents.
    }
maturity-silent = { $term ->
        [dp_sight] Ten days after presentation the collecting bank advises that Demir Dis Ticaret has neither paid nor answered. Mr Kaya no longer takes calls.
       *[other] Ten days after the due date Demir Dis Ticaret has neither paid nor answered. Mr Kaya no longer takes calls.
    }
report-text = Demir Dis Ticaret has not paid. What do you do about Sinosure?
report-now = Report the overdue to Sinosure at once, with the { $term ->
        [oa] unpaid invoice and our reminders
       *[other] collecting bank's advice of non-payment
    }
report-now-fb = Right: report the overdue at once. Late notice of a possible loss (可能损失通知书), or a late claim, can cut or void the indemnity. The exact deadline is in your own policy; reporting now meets any of them.
report-wait = Give Mr Kaya a month to sort out his cash flow before we bother the insurer with it
report-wait-fb = Kind to the buyer, dangerous to you: late notice of possible loss can cut or void the indemnity. Keep talking to him, but report the overdue at once.
report-claim = Wait until the loss is certain, then file the claim with Sinosure in one go with all papers
report-claim-fb = The notice of possible loss comes first and at once; the claim follows later. Waiting for certainty is exactly the late notice that can cut or void the indemnity.
report-bank = Ask { $term ->
        [oa] our bank
       *[other] the collecting bank
    } to chase him for us first; Sinosure only needs to hear if the bank fails
report-bank-fb = The bank is your agent, not your debt collector, and it gives no payment undertaking. Asking it to chase while the insurer hears nothing is late notice in the making.

dunning-text = Write to the collecting bank, Anadolu Ticaret Bankasi (copy to Mr Kaya), in English. The documents for contract HY-DR-2611, { $amount }, were presented and have not been paid. State the facts and the amount, where the documents stand under D/P, that you waive nothing, and what happens next.
route-held = The documents, with the order B/L, are still at the collecting bank.
route-owed = { $term ->
        [da] Demir Dis Ticaret took the documents against his acceptance and has had the goods for months.
        [oa] The goods and the documents went straight to Demir Dis Ticaret under open account.
       *[other] Demir Dis Ticaret already has the goods: the B/L let them out without payment.
    }
dunning-facts = States the facts: the contract or collection and the unpaid amount, correctly
dunning-facts-fb = The letter must state what is unpaid and how much: the full { $amount } under contract HY-DR-2611. A different figure (the { $cover } Sinosure might pay, or a discount) invites a dispute about the debt itself.
dunning-held = Says the documents stay with the bank until payment (D/P); offers no release without payment
dunning-held-fb = Under D/P the documents, with the order B/L, go to the drawee only against payment. Releasing them against a promise, against acceptance or "to let him clear first" turns a D/P into open account, uninsured.
dunning-rights = Waives nothing: the full amount remains due, rights reserved
dunning-rights-fb = Say the full amount remains due and reserve your rights. A word of waiver, a write-off or an accepted discount weakens both your claim on the buyer and the insurer's recovery after it pays.
dunning-next = Says what happens next: pay by a date, or the next step (instructions, the insurer, the goods)
dunning-next-fb = Name the next step: payment within a stated time, failing which you will instruct the bank on the documents and the goods and act with your insurer. Banks act only on your instructions.
dunning-tone = Tone: firm, factual and courteous; keeps the door open to payment
dunning-tone-0 = Threatening, insulting or pleading; or so vague that neither the bank nor the buyer knows what is asked
dunning-tone-1 = Polite but stiff or wordy; the request or the deadline is hard to find
dunning-tone-2 = Firm and courteous: the facts, the request and the deadline are clear, and the buyer can still pay without losing face

owed-text = Write to Mr Kaya at Demir Dis Ticaret in English{ $term ->
        [oa] {""}
       *[other] {" "}(copy to the collecting bank, Anadolu Ticaret Bankasi)
    }. The { $product_short } for contract HY-DR-2611, { $amount }, are with him and have not been paid{ $term ->
        [da] : the draft he accepted has fallen due
        [oa] : the open account invoice has fallen due
       *[other] {""}
    }. State the facts and the amount, that he has the goods{ $term ->
        [da] {" "}and accepted the draft, so the debt is his own
       *[other] {""}
    }, that you waive nothing, and what happens next.
owed-facts = States the facts: the contract and the unpaid amount, correctly
owed-facts-fb = The letter must state what is unpaid and how much: the full { $amount } under contract HY-DR-2611. A different figure (the { $cover } Sinosure might pay, or a discount) invites a dispute about the debt itself.
owed-owed = Says where things stand: he has the goods{ $term ->
        [da] {" "}and accepted the draft
       *[other] {""}
    }, so the amount is due now; offers no new time
owed-owed-fb = { $term ->
        [da] Under D/A he took the documents against his acceptance: the accepted draft is his own promise to pay at maturity, now past. Say so, and give no new due date; an accepted draft is not secured payment, only his promise: pure buyer credit risk.
        [oa] Under open account he has had the goods and the documents since shipment; the invoice is due. Say so, and give no new due date: the amount is overdue now, and nothing in the letter should suggest otherwise.
       *[other] He has the goods, so the documents at the bank no longer protect you: say the amount is due now, and give no new due date.
    }
owed-next = Says what happens next: pay by a date, or the next step (the insurer, legal action)
owed-next-fb = Name the next step: payment within a stated time, failing which you act with your insurer, Sinosure, and take further action. With the goods gone, the debt and the cover are all you have.

refused-text = The documents are still at the collecting bank and the { $product_short } sit at Ambarli, accruing storage. The bank asks what to do with the documents.
refused-instruct = Instruct the bank to keep holding the documents, and agree with Sinosure on reselling or returning the goods
refused-instruct-fb = Right: banks act only on your instructions, so give them promptly: keep the documents under D/P, protect the goods, and agree resale or return with the insurer. A refusal strands goods abroad; the longer you wait, the more they cost.
refused-release = Tell the bank to release the documents to Demir Dis Ticaret against his written promise to pay in 60 days
refused-release-fb = Releasing documents without payment is the one move that cannot be undone: the D/P becomes open account on a buyer already in default, and the change was never insured.
refused-wait = Leave it with the bank for now: under URC 522 it will keep the documents safe until the buyer pays
refused-wait-fb = Banks act as agents and only on instructions; left without them after a non-payment advice, the bank may send the documents back while storage at the port keeps running.
refused-guarantee = Ask the collecting bank to pay us the amount, as the bank that accepted the collection
refused-guarantee-fb = The collecting bank gave no payment undertaking (URC 522: banks act as agents). Asking it to pay wastes days the goods spend in port.

reorder-text = Two weeks later Mr Kaya sends a new order for USD 30,000, "to rebuild our partnership", on D/A 60 days. The first shipment is still unpaid.
reorder-hold = Ship nothing more until the overdue is settled, and tell Sinosure of the order
reorder-hold-fb = Right: a buyer who has not paid for the goods he has is no buyer for more on credit. Whatever the policy wording says, shipping on adds exposure to a known default; keep the insurer informed.
reorder-ship = Ship the new order on D/A, since a new sale is the best way to get him to pay the old one
reorder-ship-fb = Shipping on to an overdue buyer is a listed mistake: the new shipment adds exposure to the same default, on the riskiest collection term.
reorder-advance = Accept the new order only against 100% T/T in advance, the old debt aside
reorder-advance-fb = Safe for the new goods, since he pays first, but it treats the overdue as a separate matter; settle the old debt and tell Sinosure before taking new business.

claim-text = Sinosure asks for a first estimate. If nothing is recovered from the buyer or the goods, what is the most the policy pays on the { $amount } unpaid, and what part stays with you? (Figures in USD; the limit notice is on screen.)
claim-indemnity = Most Sinosure pays (USD)
claim-indemnity-right = Right: the indemnity is up to { $cover } of the loss, here { $expected }.
claim-indemnity-full = Expecting 100% indemnity is a listed mistake: cover is up to { $cover }, so at most { $expected }, and the rest is your own share.
claim-indemnity-wrong = You entered { $entry }; the most is { $expected }: the loss times the { $cover } indemnity percentage.
claim-retained = Part that stays with you (USD)
claim-retained-right = Right: the { $uncovered } not covered, { $expected }, stays with you, which is why the insurer expects you to keep pressing the buyer.
claim-retained-zero = Never nothing: indemnity is up to { $cover }, never 100%, so { $expected } stays with you.
claim-retained-wrong = You entered { $entry }; what stays with you is { $expected }: the loss less the indemnity.
step-amount = Unpaid amount
step-cover = Indemnity percentage
step-indemnity = Unpaid amount × indemnity percentage
step-retained = Unpaid amount − indemnity

wrapup-lost = The goods reached Demir Dis Ticaret without payment, on a document or a term that no credit limit covered.
wrapup-stranded = The documents are held, but the shipment was not covered by a limit in force on its term and declared.
wrapup-cut = Sinosure received the notice of possible loss late and is reviewing whether to cut the indemnity.
wrapup-indemnified = The buyer never paid. With the overdue reported at once and the shipment covered, Sinosure paid the claim.
wrapup-recovered = Faced with a firm letter, the documents held and the insurer informed, Demir Dis Ticaret paid in full.

later-lots = { $air_unpaid ->
        [true] {" "}Separately, the air lot went to him on a "D/P" that controlled nothing: uninsured and, so far, unpaid.
       *[other] {""}
    }{ $next_uninsured ->
        [true] {" "}His next order is on a term no limit covers: uninsured from the day it sails.
       *[other] {""}
    }
end-recovered = Paid in full. The documents stayed with the bank, the cover was in force and the overdue was reported at once; the firm letter did the rest.{ later-lots }
end-indemnified = A loss, but an insured one: Sinosure paid up to { $cover } of the unpaid balance. You carry the rest as your own share.{ later-lots }
end-cut = The overdue was reported late. Sinosure may cut or void the indemnity; months of dispute lie ahead.{ later-lots }
end-stranded = Uninsured: the { $product_short } are stranded in Istanbul, resold at a loss, and there is no indemnity to fall back on.{ later-lots }
end-lost = The buyer has the { $product_short } and you have his promise. No bank owes you anything, and there is no cover for goods released this way.{ later-lots }
