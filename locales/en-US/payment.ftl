title = Payment: an L/C, a Trade Assurance claim and a refusal notice
summary = You run payments for a Xinyang Maojian tea exporter. Catch the soft clauses in a Moroccan importer's letter of credit and have it amended; defend a Trade Assurance quality claim on the platform's timeline; then examine refused L/C documents under UCP 600 and judge the bank's refusal notices. The tea, the figures, the dates and two of the discrepancies are drawn per attempt.

var-cash = USD account
var-trust = Maison Nour's trust
var-rating = Alibaba.com rating

speaker-manager = Ms Chen Jing, export manager, Xinyang Jiyun Tea Co.
speaker-buyer = Mr Hassan Idrissi, managing director, Maison Nour Thé SARL, Casablanca
speaker-bank = Trade services desk, Songshan Commercial Bank, Zhengzhou
speaker-ta-buyer = Oliver Grant, owner, Kettle & Leaf Tea Ltd., Bristol
speaker-platform = Alibaba.com dispute team

doc-lc = Documentary credit (MT700), advised by Songshan Commercial Bank
doc-contract = Sales contract
doc-amendment = Amendment to the credit (MT707)
doc-ta-order = Trade Assurance order and refund request
doc-pack = Evidence you could upload
doc-lc-terms = The credit as amended: the terms that govern the documents
doc-invoice = Commercial invoice
doc-packing = Packing list
doc-bl = Bill of lading
doc-schedule = Presentation: covering schedule
doc-notice1 = Refusal notice (MT734), Atlas Mercantile Bank
doc-notice2 = Further notice (MT734), Atlas Mercantile Bank

field-lc-number = Credit number
field-issued = Date of issue
field-form = Form of credit
field-applicant = Applicant
field-beneficiary = Beneficiary
field-amount = Amount
field-available = Available with / by
field-expiry = Expiry
field-latest-shipment = Latest shipment date
field-partial = Partial shipments
field-transhipment = Transhipment
field-ports = Ports
field-goods = Description of goods
field-bl-required = Transport document required
field-inspection = Inspection certificate
field-additional = Additional conditions
field-presentation = Period for presentation
field-confirmation = Confirmation
field-contract-number = Contract number
field-shipment = Shipment
field-payment = Payment
field-date = Date
field-changes = Changes
field-order = Order
field-buyer = Buyer
field-batch = Batch number
field-terms = Delivery term
field-receipt = Receipt confirmed by the buyer
field-claim = Refund request
field-invoice-number = Invoice number
field-quantity = Quantity
field-gross = Gross weight
field-cartons = Packages
field-net = Net weight
field-marks = Shipping marks
field-bl-number = B/L number
field-shipper = Shipper
field-consignee = Consignee
field-notify = Notify party
field-vessel = Vessel and voyage
field-onboard = On-board notation
field-freight = Freight
field-received = Received by the issuing bank
field-documents = Documents presented
field-extra = Also enclosed
field-discrepancies = Discrepancies
field-disposal = Status of the documents

lc-form = Irrevocable documentary credit, subject to UCP 600
lc-available = With Atlas Mercantile Bank, Casablanca, by sight payment
lc-expiry = { $calendar_expiry }, at the counters of Atlas Mercantile Bank
lc-not-allowed = Not allowed
lc-allowed = Allowed
goods-lc = { $product_name }, { $qty_kg } kg net, { $unit_price }/kg, CPT Casablanca (Incoterms 2020)
lc-bl = Full set of clean on-board ocean bills of lading made out to order and blank endorsed, notify the applicant, marked "freight prepaid"
lc-inspection = Inspection certificate issued and signed by Mr Karim Alaoui, the applicant's representative, his signature to agree with the specimen held by the issuing bank
lc-operative = This credit becomes operative only when the issuing bank notifies the beneficiary, by amendment, of the applicant's import licence number
lc-presentation = Within 21 days after the date of shipment, but within the validity of the credit
lc-confirmation = Without
contract-shipment = Qingdao to Casablanca, not later than { $calendar_ship }
contract-payment = Irrevocable documentary credit at sight, subject to UCP 600, to reach the seller by { $calendar_reach }
contract-inspection = Quality and weight certified before shipment by CCIC or another independent inspection body
amend-changes = Latest shipment date now { $calendar_ship }. Other clauses amended as requested by the applicant in line with the beneficiary's letter of { $calendar_letter }, except availability and expiry: these remain with Atlas Mercantile Bank, Casablanca (issuing bank's policy).
amend-clause = "This amendment is deemed accepted by the beneficiary unless rejected within 5 days of advice."
ta-goods = Xinyang Maojian, spring 2025, first grade: 300 kg in 600 vacuum bags of 500 g, 60 cartons
ta-terms = DAP Bristol (Incoterms 2020): LCL Qingdao to Felixstowe, then by truck
ta-claim = Opened 2025-06-23: "The tea is stale and broken and many bags have lost their vacuum." Full refund of USD 9,600 requested.
pack-inspection = CCIC inspection report
pack-inspection-v = Batch MJ-2504-11, sampled 2025-04-28: moisture 6.2%, pesticide residues within the contract limits, grade as contracted
pack-photos = Loading photos
pack-photos-v = 60 cartons, batch no. MJ-2504-11 on every carton, vacuum bags intact; taken at the warehouse on loading
pack-chat = Alibaba.com chat record
pack-chat-v = 2025-04-20: the buyer approves the pre-shipment sample and the spec of batch MJ-2504-11
pack-bl = Bill of lading
pack-bl-v = Clean on board at Qingdao on 2025-05-06, 60 cartons, no remarks on the condition of the goods
pack-review = The buyer's earlier review
pack-review-v = Kettle & Leaf's five-star review of last year's order
pack-brochure = Company brochure
pack-brochure-v = "The finest Maojian from the hills of Xinyang"
pack-garden = Tea garden photos
pack-garden-v = Spring photos of your tea gardens in Shihe District
pack-wechat = WeChat messages
pack-wechat-v = Chat with the buyer's assistant about the colour of the Christmas gift boxes
terms-inspection = Inspection certificate issued by CCIC or SGS, stating that quality and weight conform to contract JY-MN-2504
inv-amount = { $invoice_amount } (goods { $lc_value } plus documentation and courier charges { $charges })
inv-quantity = { $qty_kg } kg net, { $cartons } cartons
pl-cartons = { $cartons } cartons, { $product_net_ctn } kg net each
bl-onboard = Shipped on board { $calendar_onboard }
n1-date = { $calendar_notice1 } ({ $calendar_notice1_wd })
n2-date = { $calendar_notice2 } ({ $calendar_notice2_wd })
bl-goods = Green tea, { $cartons } cartons
bl-freight = Freight prepaid
sch-received = { $calendar_received } ({ $calendar_received_wd }). Zhou Min handed the set to Songshan Bank on { $calendar_handed }, once the forwarder released the original B/Ls; Songshan couriered it to Casablanca the same day
sch-documents = Commercial invoice ×3, packing list, full set of B/Ls (3/3), certificate of origin, inspection certificate
sch-certificate = Issued by CCIC Henan on { $calendar_cert }: quality and weight conform to contract JY-MN-2504
sch-extra = Health certificate (not called for by the credit)
n1-discrepancies = 1. Late presentation: documents presented more than 21 days after the date of shipment. 2. Invoice amount exceeds the credit amount.
n1-disposal = We are holding the documents until we receive a waiver from the applicant and agree to accept it, or receive further instructions from the presenter before agreeing to accept a waiver.
n2-discrepancies = Further to our notice of { $calendar_notice1 }:{ $faults_late_shipment ->
        [true] {" "}Late shipment: the on-board date on the B/L is after the latest shipment date.
       *[other] {""}
    }{ $faults_goods ->
        [true] {" "}Description of the goods on the invoice does not correspond with the credit.
       *[other] {""}
    }{ $faults_weight ->
        [true] {" "}Gross weight on the B/L conflicts with the packing list.
       *[other] {""}
    }{ $faults_endorsement ->
        [true] {" "}B/L not endorsed in blank as required.
       *[other] {""}
    }{ $faults_consignee ->
        [true] {" "}B/L not made out to order as required.
       *[other] {""}
    }{ $faults_port ->
        [true] {" "}B/L shows a port of loading other than the one stated in the credit.
       *[other] {""}
    }{ $faults_freight ->
        [true] {" "}B/L marked freight collect; the credit calls for freight prepaid.
       *[other] {""}
    }{ $faults_cartons ->
        [true] {" "}Number of cartons on the packing list conflicts with the invoice and the B/L.
       *[other] {""}
    }{ $faults_marks ->
        [true] {" "}Shipping marks on the B/L conflict with the packing list.
       *[other] {""}
    }

lc-review-text = Songshan Commercial Bank has advised Maison Nour's credit for { $qty_kg } kg of { $product_short }. Ms Chen: "Before we blend a single kilo, check it against the contract." Mark every clause of the credit you must have amended before you ship.
lc-review-inspection-fb = A soft clause. Only the applicant's own man can produce this certificate, and only a signature matching the bank's specimen will do. If he does not come, or will not sign, you cannot make a complying presentation and the credit is worthless. The contract calls for CCIC or another independent body.
lc-review-operative-fb = A soft clause. A credit that becomes operative only when the issuing bank later notifies an import licence is not yet a payment undertaking: the applicant decides when, or whether, it starts to bind the bank.
lc-review-shipment-fb = The credit's latest shipment date ({ $calendar_early }) is earlier than the contract's ({ $calendar_ship }) and your production plan. Shipping after it is a discrepancy (late shipment); have it amended to the contract date.
lc-review-available-fb = A real problem. The credit is available only at Atlas Mercantile's counters in Casablanca, so your presentation counts only when the documents reach Morocco, not when you hand them to your bank in Zhengzhou. Ask for the credit to be available with Songshan Bank (or any bank) in China, by sight payment or negotiation.
lc-review-expiry-fb = A real problem, tied to the availability. Expiry at Atlas Mercantile's counters means the documents must be in Casablanca within 21 days of shipment and before { $calendar_expiry } (UCP 600 Art. 14(c)); every courier day is yours to lose. Ask for expiry in China, at the counters of the bank where the credit is available.
lc-review-presentation-fb = 21 days after shipment and within validity is the standard period (UCP 600 Art. 14(c)). Nothing to amend; just plan for it, counting the days the documents need to reach the place of presentation.
lc-review-transhipment-fb = Transhipment allowed is fine: Qingdao to Casablanca services often tranship in the Mediterranean. Even a ban would not have stopped you: under UCP 600 Art. 20(c)(ii) a bill of lading showing transhipment is acceptable when it evidences that the goods are shipped in a container, unless the credit excludes that sub-article.
lc-review-bl-fb = An order B/L endorsed in blank is the usual requirement: it is negotiable, so whoever holds the endorsed originals controls the goods, and the banks hold them until the applicant pays. Nothing to amend, but make sure your B/L is made out and endorsed that way.
lc-review-confirmation-fb = An unconfirmed credit is normal. Confirmation protects you against the issuing bank or its country, not against clauses you cannot fulfil. That is a separate decision, not an amendment.

lc-missed-text = Ms Chen reads the credit over your shoulder and frowns: "You would ship on this as it stands?"
lc-missed-recheck = Go through it again with her, clause by clause against the contract
lc-missed-recheck-fb = Right to go back. The clauses to amend were the applicant-signed inspection certificate and the "operative only on later notice" clause, both soft clauses; the latest shipment date, earlier than the contract's; and availability and expiry in Casablanca, which put the courier time inside your 21 days (UCP 600 Art. 14(c)).
lc-missed-ship = Yes: it is irrevocable and from a known bank, so the clauses are formalities
lc-missed-ship-fb = Irrevocable only means the bank cannot cancel it on its own; it still pays only against complying documents. A credit whose documents only the applicant can provide, and which is not yet operative, protects nobody but the applicant.

amend-how-text = You have your list of changes. How do you get the credit amended?
amend-how-applicant = One letter to Mr Idrissi with every change in its exact wording, for him to instruct Atlas; nothing ships before the amendment
amend-how-applicant-fb = Right. Only the issuing bank can amend a credit, at the applicant's request, and the amendment binds you only once you accept it (UCP 600 Art. 10). One letter with every change and its wording (CCIC or SGS certificate; delete the "operative on notice" clause; latest shipment { $calendar_ship }; available and expiring in China) avoids a second round of fees and delay.
amend-how-bank = Ask Songshan Bank, which advised the credit, to take the corrections up with Atlas for us
amend-how-bank-fb = An advising bank checks the apparent authenticity of the credit and passes it on; it cannot change a word. You lost a week before writing to Mr Idrissi anyway, and he noticed.
amend-how-later = Accept the credit now to keep the season on track, and settle the clauses with Mr Idrissi at shipment, when he needs the tea most
amend-how-later-fb = At shipment you have no leverage left: the tea is packed and the ship is booked. Soft clauses must go before you commit production, not after.
amend-how-date-only = Ask only for the new shipment date: the other clauses are routine for Moroccan importers
amend-how-date-only-fb = The date was the least dangerous of the problems. Leaving the applicant-signed certificate and the "operative on notice" clause leaves your payment in the applicant's hands.

amend-reply-agree = Mr Idrissi agrees to the changes and instructs his bank. Atlas Mercantile, he warns, never makes its credits available abroad: availability and expiry will stay in Casablanca, so plan the courier time.
amend-reply-partly = Mr Idrissi agrees to the new date and to delete the "operative" clause, but wants his own man, Mr Alaoui, to sign the inspection certificate: "We have been cheated before." Atlas will not make the credit available abroad either.
amend-reply-date = Mr Idrissi agrees to the new shipment date and instructs his bank.

amend-agreed-text = Mr Idrissi: "Done, my bank has the instructions. Please start now, the season is short; the amendment will follow."
amend-agreed-wait = Blend and pack now; book and ship nothing until the amendment is advised
amend-agreed-wait-fb = Right. You keep the production schedule without giving up your protection: the credit changes only when the amendment is issued and you accept it.
amend-agreed-ship = Start now and ship when ready: his instruction to the bank is on record, and the amendment will follow
amend-agreed-ship-fb = Until the amendment is issued, the credit as first issued applies, soft clauses and early shipment date included. Shipping on a promise throws away everything you negotiated.
amend-agreed-freeze = Stop all work until the amendment arrives, so that nothing is spent at risk
amend-agreed-freeze-fb = Safe but needlessly slow, and it irritates a buyer who has just agreed to everything. Preparing the goods carries no payment risk; shipping before the amendment does.

amend-refused-text = Mr Idrissi insists that his man signs the inspection certificate. What do you answer?
amend-refused-ccic = Propose that CCIC inspects and certifies, with Mr Alaoui invited to attend the inspection
amend-refused-ccic-fb = Right. His real worry is quality, and an independent inspection he can attend answers it. What you cannot accept is a document only his side can issue. He grumbles, but agrees.
amend-refused-accept = Accept his clause: Mr Alaoui has confirmed in writing that he will attend
amend-refused-accept-fb = A promise is not a document. If Mr Alaoui is "delayed" or will not sign, the buyer decides whether you are paid.
amend-refused-advance = Keep his clause, but ask for 30% of the value in advance by T/T to limit the exposure
amend-refused-advance-fb = The advance helps, but 70% of the value still hangs on a signature only the buyer controls. It limits the damage; it does not remove the trap.

amendment-advice-text = Songshan Bank advises amendment no. 1 and asks for your answer.
amendment-advice-accept = Tell Songshan Bank we accept amendment no. 1 in full
amendment-advice-accept-fb = Right. Accept clearly and in full, through the advising bank. The line deeming silence to be acceptance is disregarded anyway (UCP 600 Art. 10(f)), so accepting costs you nothing.
amendment-advice-partial = Accept the changes, and reject only the "deemed accepted" line
amendment-advice-partial-fb = Partial acceptance of an amendment is not allowed and counts as rejecting all of it (UCP 600 Art. 10(e)). You are back on the credit as first issued, soft clauses included, and the line you objected to was disregarded anyway under Art. 10(f).
amendment-advice-silence = Say nothing; after five days it counts as accepted
amendment-advice-silence-fb = A "deemed accepted unless rejected" provision is disregarded (UCP 600 Art. 10(f)). Without a notice your acceptance shows only when you present documents complying with the amendment: uncertain, and avoidable with one message.

inspection-booking-text = The tea will be ready for loading in June. How do you arrange the inspection certificate?
inspection-booking-ccic = Book CCIC Henan a week before loading, with a residue test and retained samples
inspection-booking-ccic-fb = Right. An independent certificate, booked early enough to fix problems, with a residue test that protects you in the buyer's market. Retained samples are your evidence if quality is ever disputed.
inspection-booking-own = Issue our own QC certificate on company letterhead: same tea, same lab results, no fee
inspection-booking-own-fb = A certificate from the wrong issuer is a discrepancy. Ms Chen stopped you, and you booked CCIC a week late at the same cost.
inspection-booking-buyer = Let the buyer's representative inspect when he visits, as he asked
inspection-booking-buyer-fb = You have handed the certificate, and with it your payment, back to the buyer's side.

loading-no-inspector = Early June: the tea is packed, but Mr Alaoui does not come to Xinyang. Mr Idrissi calls.
loading-released = June: the container is on board at Qingdao; customs released the declaration without inspection.
loading-inspected = Qingdao customs selected the declaration for inspection ("double random"; in this exercise inspections are drawn far more often than at a real port, for practice). It cleared in a day and the container still sailed as booked.

soft-trap-text = Mr Idrissi: "Prices in Casablanca have fallen. Mr Alaoui will sign if we agree a 15% discount." Without his signature there is no complying presentation.
soft-trap-cut = Agree the 15% discount: with his signature the documents comply and the bank pays
soft-trap-cut-fb = This is what a soft clause is for: the applicant holds the key to your payment and names its price. 15% of the value, lost to a clause you could have had removed in May.
soft-trap-ship = Ship and present without the certificate, and ask Mr Idrissi to waive the discrepancy
soft-trap-ship-fb = Documents without the required certificate will be refused, and the applicant will not waive a discrepancy he built in on purpose. You have shipped the goods and given up the payment.
soft-trap-resell = Keep the tea and sell it at home, 20% below the contract price
soft-trap-resell-fb = Damage control: you lose 20%, but the tea is not shipped on a credit that pays only if the buyer wishes. The real mistake was letting the soft clause stand in May.

ta-open-text = Late June, and a Trade Assurance order turns sour. Kettle & Leaf confirmed receipt on 20 June; today, 23 June, Oliver Grant opens a refund request. This is day 1 of the dispute.
ta-open-reply = Reply today on the platform chat: ask for photos with batch numbers and cartons, and test our retained sample
ta-open-reply-fb = Right. Fast, polite, on the platform (the chat is evidence), and asking for facts: batch numbers, carton condition, storage. Testing your retained sample tells you whether the problem is the tea or the journey.
ta-open-whatsapp = Call him on WhatsApp today: a voice call settles a complaint faster than platform messages
ta-open-whatsapp-fb = Off-platform messages are harder to use as evidence in a Trade Assurance case, and the buyer may read the move as evasion. Keep the negotiation on the Alibaba.com chat.
ta-open-refund = Refund the full USD 9,600 at once: a quick refund protects our rating and his goodwill
ta-open-refund-fb = You paid out the whole order without a single fact. If only part of the goods is damaged, a full refund rewards a claim you could have defended, and invites the next one.
ta-open-wait = Let the three days of negotiation pass quietly and put our whole case to the platform's team, who judge on evidence alone
ta-open-wait-fb = Silence through the three days of direct negotiation throws away the cheap settlement and looks bad on your record. The buyer escalates and you argue with less goodwill.

ta-offer-text = Your file is ready. What do you offer Oliver?
ta-offer-fair = Refund the 60 damaged bags, show the test results for the rest, and claim on our cargo insurance
ta-offer-fair-fb = Right. Under DAP Bristol the risk stayed with you until delivery (Incoterms 2020: DAP), so the transit damage is yours to make good and yours to recover from your insurer. The rest of the claim is not supported by the evidence.
ta-offer-half = Offer 50% of the order value now, so the case closes before the platform steps in
ta-offer-half-fb = Half the order for damage to a tenth of it. It will probably close the case, but it costs five times what the evidence supports and teaches the buyer that claims pay.
ta-offer-insurer = Refuse: the cartons were crushed in transit, so it is the shipping line's problem, not ours
ta-offer-insurer-fb = Under DAP the goods travel at the seller's risk until delivery at Bristol (Incoterms 2020). The damaged bags are yours to make good to the buyer; recover them from your insurer, not from him. Oliver escalates, and the platform will say the same.
ta-offer-close-first = Ask Oliver to close the request first; then we will look into the bags and make an offer
ta-offer-close-first-fb = Asking a buyer to give up his protection before you offer anything destroys trust. He escalates at the first chance.

ta-escalation-half = Oliver accepts 50% and closes the request. USD 4,800 refunded.
ta-escalation-settled = Oliver accepts the refund for the 60 damaged bags and thanks you for the test results.
ta-escalation-fair-day4 = Oliver still wants a full refund: on day 4 he escalates the dispute to Alibaba.com.
ta-escalation-day4 = Day 4: Oliver escalates the dispute to Alibaba.com. He still wants a full refund.
ta-escalation-day7 = Oliver goes quiet. On day 7 the system escalates the dispute automatically.

ta-platform-text = Day 2. Oliver's photos show batch MJ-2504-11. Six of the 60 cartons are crushed and the 60 bags inside them have lost their vacuum; the rest are sealed. Your retained sample tests fine: moisture 6.2%, aroma and leaf as contracted. Ms Chen: "Before we make him an offer, put the rules of this case and our figure on paper."
ta-platform-escalate = From which day of the dispute may the buyer escalate?
ta-platform-escalate-right = Right: three days of direct negotiation, then the buyer may escalate from day 4.
ta-platform-escalate-wrong = The buyer may escalate from day 4, after three days of direct negotiation.
ta-platform-auto = On which day does the system escalate automatically?
ta-platform-auto-right = Right: day 7, if the parties have not settled.
ta-platform-auto-aliexpress = Day 16 is AliExpress, the B2C platform. Trade Assurance on Alibaba.com escalates automatically on day 7.
ta-platform-auto-wrong = Automatic escalation comes on day 7.
ta-platform-coverage = Coverage ends how many days after the buyer confirms receipt?
ta-platform-coverage-right = Right: 30 days. Oliver confirmed receipt on 20 June and claimed on 23 June, well within cover; there is no point arguing the claim is out of time.
ta-platform-coverage-wrong = Trade Assurance cover ends 30 days after the buyer confirms receipt. This claim came three days after.
ta-platform-refund = The refund the evidence supports (USD)
ta-platform-refund-right = Right: 60 of 600 bags is a tenth of USD 9,600, so USD 960. A specific figure tied to evidence is what a mediator can accept.
ta-platform-refund-half = Half the order for damage to a tenth of it is not supported by the evidence. 60 of 600 bags: USD 960.
ta-platform-refund-full = A full refund concedes the whole claim; the evidence supports 60 of 600 bags: USD 960.
ta-platform-refund-wrong = Tie the figure to the evidence: 60 of 600 bags damaged, a tenth of USD 9,600, so USD 960.

ta-evidence-text = Ms Chen: "Now build the evidence file, while everything is at hand." Mark every item that is evidence for your side of this claim, and nothing else.
ta-evidence-inspection-fb = Yes: an independent inspection of this very batch before shipment shows the tea met the contract when it left.
ta-evidence-photos-fb = Yes: photos with the batch number on every carton and the bags intact at loading show that the damage happened after the goods left you.
ta-evidence-chat-fb = Yes: the on-platform chat shows the buyer approved the sample and the spec. It answers "stale" and "not as ordered".
ta-evidence-bl-fb = Yes: a clean on-board B/L without remarks shows the cartons were in apparent good order when loaded.
ta-evidence-review-fb = A good review of last year's order says nothing about this batch; it clutters your file.
ta-evidence-brochure-fb = Marketing claims are not evidence, and "the finest" invites the question why this lot was not.
ta-evidence-garden-fb = Garden photos show nothing about batch MJ-2504-11 or its condition at loading.
ta-evidence-wechat-fb = An off-platform chat about gift boxes has nothing to do with this claim and shows you took talks off the platform.

ta-gap-text = Ms Chen reads your file: "It does not yet show the condition of the goods at loading, or what the buyer agreed to."
ta-gap-add = Add the loading photos, the chat where he approved the sample and the clean B/L before any offer
ta-gap-add-fb = Right to fill the gaps. The strong file is the CCIC report on the batch, loading photos with batch numbers, the on-platform chat approving the spec, and the clean B/L: the platform decides on evidence filed by its deadline.
ta-gap-argue = Keep the file short: the retained sample's test result speaks for itself, and more paper dilutes it
ta-gap-argue-fb = A mediator decides on evidence, not on how hard you argue, and one test of your own sample says nothing about the cartons at loading. Gaps in the file count against you.

ta-settled-text = Oliver: "USD 960 for the 60 bags is fair. How will you pay it?" The refund request is still open on the Trade Assurance order.
ta-settled-platform = Refund USD 960 through the Trade Assurance order, so the request closes on the platform
ta-settled-platform-fb = Right. A partial refund is one of the outcomes of a Trade Assurance dispute: paid on the order, it closes the request with the agreed amount on record, inside the 30 days of cover and before the day-7 automatic escalation.
ta-settled-transfer = Send USD 960 by bank transfer today and ask him to withdraw the request himself
ta-settled-transfer-fb = The money reached him, but nothing on the platform tied it to the request. He forgot to withdraw it, the request escalated automatically on day 7, and your record shows a dispute you had already settled.
ta-settled-credit = Credit USD 960 on his next order, so the refund brings a repeat order with it
ta-settled-credit-fb = He asked for a refund, not a voucher. The request stayed open, escalated on day 7, and the platform ordered the USD 960 refund anyway; the record shows a dispute decided against you.

ta-deadline-text = The dispute team asks for your evidence by Friday 18:00, two days away. The CCIC report on the batch is the heart of it, but the original is at the Xinyang office, and a courier takes three days.
ta-deadline-scan = Upload the scanned report today with its CCIC verification number
ta-deadline-scan-fb = Right. Evidence must be in by the deadline, or your side of the claim lapses and the platform decides on what it has (Trade Assurance: evidence by the deadline). A verifiable scan is in time; an original that arrives late is not. Offer the original on request.
ta-deadline-original = Courier the original from Xinyang: the platform weighs an original report above a scan
ta-deadline-original-fb = The original arrived after the deadline. Evidence not filed in time does not count, and your defence lapsed.
ta-deadline-extension = Ask the dispute team for three more days and upload everything together when the original arrives
ta-deadline-extension-fb = An extension is not yours to assume. Nothing was filed by the deadline, so your defence lapsed.

ta-ruling-lapsed = No evidence from you by the deadline: the platform grants the full USD 9,600 refund, and the case goes on your record.
ta-ruling-split = With gaps in your evidence, the platform splits the difference: a 50% refund.
ta-ruling-refused = The platform rules that under DAP the transit damage was the seller's: USD 960 refunded for the damaged bags, the rest of the claim rejected, and a note on your record for refusing a claim that was yours.
ta-ruling-partial = The platform rules on the evidence: USD 960 refunded for the damaged bags, the rest of the claim rejected.
ta-ruling-withdrawn = After seeing your evidence, Oliver accepts USD 960 for the damaged bags and withdraws the rest. He asks for next season's price list.

july-cut = July: with the 15% discount agreed, Mr Alaoui signs, the documents comply, and Atlas Mercantile pays the reduced amount.
july-resold = July: the tea goes to a domestic buyer at 20% below the contract price. Maison Nour has found another supplier.
july-doomed = July: Atlas Mercantile refuses the documents, which lack the inspection certificate signed by Mr Alaoui. Maison Nour will not waive.
july-presented = July. While you were busy with the dispute, your colleague Zhou Min presented the L/C documents. The forwarder had held the original B/Ls over a disputed invoice, and she sent everything off in a rush.

docs-check-text = Atlas Mercantile's answer is due any day. Check the documents as presented against the credit as amended. Mark every real discrepancy, and only those.
docs-late-fb = Late presentation. Shipped on board on { $faults_late_shipment ->
        [true] { $calendar_onboard_late }, the documents had to be presented by { $calendar_pres_late }
       *[other] { $calendar_onboard }, the documents had to be presented by { $calendar_pres }
    }, 21 calendar days later, and within the expiry (UCP 600 Art. 14(c)). Songshan had them on { $calendar_handed }, in time, but the credit was available and expired at Atlas's counters: presentation is when Atlas received them, { $calendar_received }. That is why availability and expiry in Casablanca were worth flagging in May. No new document can cure it.
docs-amount-fb = The invoice ({ $invoice_amount }) exceeds the credit amount ({ $lc_value }). The { $charges } of charges was never part of the credit; a bank may refuse an invoice over the credit amount and will never pay more than the credit (UCP 600 Art. 18(b)).
docs-goods-fb = "Green tea, { $cartons } cartons" is a general description. Documents other than the invoice may describe the goods in general terms not conflicting with the credit (UCP 600 Art. 14(e)).
docs-extra-fb = The credit does not call for a health certificate. Documents not required are disregarded and may be returned (UCP 600 Art. 14(g)). Not a discrepancy.
docs-address-fb = The invoice shows the applicant's warehouse address and a phone number. An address need not match the credit if it is in the same country, and contact details are disregarded (UCP 600 Art. 14(j)).
docs-packing-gross-fb = { $faults_weight ->
        [true] The packing list's { $gross_kg } kg agrees with the invoice; the B/L is the odd one out, so the discrepancy lies in the B/L.
       *[other] The packing list's { $gross_kg } kg gross agrees with the invoice and the B/L: nothing conflicts.
    }
docs-onboard-fb = { $calendar_onboard } is before the latest shipment date of { $calendar_ship }: the shipment was in time. The problem is the presentation, { $calendar_days_late } days later.

docs-missed-text = Atlas Mercantile's notices arrive, citing discrepancies you had not marked. Ms Chen asks what you make of them.
docs-missed-recheck = Go through each cited discrepancy with her, against the credit and the documents as presented
docs-missed-recheck-fb = Right to check. The real discrepancies were late presentation (Art. 14(c)) and the invoice over the credit amount, both in the first notice, and the two points of the second notice; every one of them is on the face of the documents.
docs-missed-dismiss = Treat them as the bank's opening position: banks list every small point and usually pay
docs-missed-dismiss-fb = Banks examine documents on their face, and these discrepancies are real. A bank that refuses pays only if the applicant waives; dismissing them leaves you arguing with the buyer from a wrong position.

art16-text = Both notices are in front of you. Atlas Mercantile works Monday to Friday, and no Moroccan public holiday falls in these weeks. Work out where you stand under UCP 600 Art. 16.
art16-deadline = By what date did Atlas Mercantile have to send its refusal? (the day of July, as a number)
art16-deadline-right = Right: by the close of the fifth banking day following the day of presentation (UCP 600 Art. 14(b), 16(d)). Received { $calendar_received_wd } { $calendar_received }; banking days 1 to 5 are { $calendar_bd1 }, { $calendar_bd2 }, { $calendar_bd3 }, { $calendar_bd4 } and { $calendar_bd5 } July.
art16-deadline-wrong = Count five banking days following the day of presentation, not counting that day and skipping the weekend: { $calendar_bd1 }, { $calendar_bd2 }, { $calendar_bd3 }, { $calendar_bd4 } and { $calendar_bd5 } July. The deadline was the close of { $calendar_deadline } July (UCP 600 Art. 14(b), 16(d)).
art16-valid = How many of the four cited discrepancies can the bank rely on?
art16-valid-right = Right: two. The first notice ({ $calendar_notice1 }) was in time and listed late presentation and the invoice amount. Art. 16(c) and (d) require a single notice stating every discrepancy by the close of the fifth banking day; the second notice ({ $calendar_notice2 }) met neither, so under Art. 16(f) the bank is precluded from relying on its two points.
art16-valid-all = The second notice's two discrepancies are real, but the bank raised them after its 5 banking days. Art. 16(c) and (d) require one notice listing every discrepancy within that time; what follows is Art. 16(f): the bank is precluded from relying on them. Two remain.
art16-valid-none = The first notice was in time and its two discrepancies are real. A late second notice does not cancel a valid first refusal. Two remain.
art16-valid-wrong = Two: those in the timely first notice. The second notice's points came too late and outside the single notice (Art. 16(c), (d), (f)).
art16-waiver = How many extra banking days does seeking the applicant's waiver give the bank?
art16-waiver-right = Right: none. The bank may approach the applicant for a waiver, but that does not extend the 5 banking days (UCP 600 Art. 16(b)).
art16-waiver-wrong = None. Approaching the applicant for a waiver does not extend the period in Art. 14(b) (UCP 600 Art. 16(b)).
art16-max-pay = If Maison Nour waives, what is the most Atlas Mercantile will pay (USD)?
art16-max-pay-right = Right: { $lc_value }, the credit amount. A bank that accepts an invoice over the credit amount must not honour more than the credit allows (UCP 600 Art. 18(b)). The { $charges } is lost either way.
art16-max-pay-invoice = The invoice says { $invoice_amount }, but a bank never honours more than the credit amount (UCP 600 Art. 18(b)): { $lc_value } at most.
art16-max-pay-wrong = At most the credit amount, { $lc_value } (UCP 600 Art. 18(b)), less any discrepancy fee the bank deducts.

refusal-reply-text = The bank holds the documents pending Maison Nour's waiver, and the tea reaches Casablanca next week. Ms Chen: "What do we send, and to whom?"
refusal-reply-waiver = Tell Atlas its second notice came too late to count; ask Mr Idrissi frankly to waive the two valid points, at the credit amount
refusal-reply-waiver-fb = Right. The second notice missed the single notice within five banking days (UCP 600 Art. 16(c), (d)), so the bank is precluded from its points (Art. 16(f)). But only the applicant's waiver can cure the two valid discrepancies, so you ask for it frankly, with the CCIC certificate showing the tea is to contract. Settling at { $lc_value } takes the amount point off the table.
refusal-reply-void = Demand full payment: a bank that misses its deadline on one notice loses its right to refuse altogether
refusal-reply-void-fb = Only the second notice was late. The first was in time and its discrepancies are real, so the bank owes nothing without a waiver, and you have just insulted the buyer you need.
refusal-reply-discount = Offer Mr Idrissi 10% off at once if he waives, so the money arrives before the tea does
refusal-reply-discount-fb = You put { $discount10 } on the table before asking. A buyer who needs the tea for his season will usually waive for a fair letter and his bank's fee; opening with a discount sets the price of his waiver.
refusal-reply-represent = Ask Atlas to return the documents, correct every point in both notices, and present a clean set before the { $calendar_expiry } expiry
refusal-reply-represent-fb = Corrected documents would still be presented more than 21 days after shipment (UCP 600 Art. 14(c)), and by courier to Casablanca they could not even reach Atlas before the { $calendar_expiry } expiry. Re-presenting cannot cure late presentation; only a waiver can.

waiver-granted = Mr Idrissi waives the discrepancies. Atlas Mercantile pays { $lc_value } less a USD 150 discrepancy fee.
waiver-haggle = Mr Idrissi will waive, but "the market has fallen": he wants 5% off.
waiver-refused = Mr Idrissi refuses to waive. Atlas Mercantile returns the documents, and the tea sits at Casablanca port for a buyer who will not take it.

after-waiver-text = The money is in. Mr Idrissi writes: "I helped you this time. Next order, I expect documents I do not have to waive."
after-waiver-letter = Thank him and set out the fix: originals collected within 5 days, every set checked, presentation by day 15
after-waiver-letter-fb = Right. A buyer who has just done you a favour deserves an explanation and a fix, not silence. A concrete checklist tells him the next presentation will be clean.
after-waiver-silent = Reply with a short thank-you and get on with the next order
after-waiver-silent-fb = Polite, but it answers none of his concern. He waived to help you and asked for clean documents next time; a thank-you without a fix tells him nothing will change.
after-waiver-blame = Explain that the forwarder held the original B/Ls and caused the delay, and that you have changed forwarders
after-waiver-blame-fb = The forwarder caused the delay, but the invoice amount and the other points the bank raised were your company's own errors. Blaming others sounds as if it will happen again.

waiver-haggle-text = Mr Idrissi wants 5% ({ $haggle5 }) to waive. The tea is in Casablanca, and he needs it for his season.
waiver-haggle-counter = Counter at 1% to cover his bank's fee, and point to the CCIC certificate
waiver-haggle-counter-fb = Right. The discrepancies are in the paperwork, not the tea, and he needs the goods. A small, reasoned concession settles it without pretending the market moved because your documents were late.
waiver-haggle-accept = Accept 5%: the money is in within days, and the relationship stays warm
waiver-haggle-accept-fb = { $haggle5 } for a waiver he needed to give anyway to get his tea. Try a reasoned counter first.
waiver-haggle-refuse = Refuse any discount: the bank's late second notice means it has to pay in full anyway
waiver-haggle-refuse-fb = The bank can rely on the two discrepancies in its first notice; without his waiver you have nothing. He walks away, and the tea is stranded in Casablanca.

close-clean = The quarter's books close with both buyers' money in and your rating intact.
close-losses = The quarter's books close with money in, but less of it than there should have been.

end-clean = Both deals came home. The credit was rid of its soft clauses before you shipped, the Trade Assurance claim was settled on evidence, and a late presentation was rescued by knowing exactly where the bank stood under Art. 16.
end-losses = You were paid, but you gave money away on the way: in discounts, refunds or your rating. A pass, with losses.
end-unpaid = The tea is in Casablanca and the money is not in Xinyang. Without complying documents or the applicant's waiver, a letter of credit pays nothing.
end-softclause = The soft clause you let stand in May gave Maison Nour the whip hand: you either cut the price or lost the sale. Soft clauses are caught before production, or not at all.

ta-reply-text = Day 1. Write your reply to Oliver on the Alibaba.com chat, in English. He asks for a full refund of USD 9,600; you have no facts yet either way. Acknowledge his claim, ask for what you need to see, propose how the facts will be established, and keep to the terms of the order, naming it by its number.
ta-reply-acknowledge = Acknowledges the claim and thanks the buyer for raising it
ta-reply-acknowledge-fb = A claim answered with thanks and a clear "we have received it" keeps the three days of direct negotiation (Trade Assurance: the buyer may escalate from day 4) a negotiation rather than a fight.
ta-reply-no-liability = Admits no liability and promises no refund before the evidence is in
ta-reply-no-liability-fb = A Trade Assurance dispute ends in a refund, a partial refund, a return and refund or compensation, decided on the evidence filed. "We accept responsibility" or "we will refund in full" on day 1 concedes the whole USD 9,600 before anyone knows whether the tea, the packing or the journey is at fault.
ta-reply-inspection = Proposes an independent (or joint) inspection of the goods
ta-reply-inspection-fb = An independent inspection of the goods at Bristol establishes what is damaged and how much, in a form the platform's dispute team can weigh; it also shows the buyer you are taking the claim seriously without conceding it.
ta-reply-evidence = Asks for evidence: photos showing the batch number and the cartons, or an inspection report
ta-reply-evidence-fb = Photos with the batch number (MJ-2504-11) and the cartons tie the damage to this shipment and show whether it is the tea or the transit. A Trade Assurance dispute is decided on the evidence filed by the platform's deadline.
ta-reply-order = Refers to the order or batch, and does not push transit damage onto the carrier
ta-reply-order-fb = The order is DAP Bristol (Incoterms 2020): the goods travelled at your risk until delivery at Bristol, so "it is the shipping line's problem" is wrong towards the buyer (you recover from your insurer, not from him). Naming the order 2504-88213 or the batch keeps the reply tied to the Trade Assurance order.
ta-reply-tone = Tone: courteous, calm and factual, neither defensive nor apologetic to the point of admission
ta-reply-tone-0 = Defensive, blaming or curt (questions the buyer's honesty, blames the carrier), or grovelling apologies that read as an admission
ta-reply-tone-1 = Polite but stiff or generic; the buyer cannot tell what happens next or when
ta-reply-tone-2 = Courteous and calm; regrets the trouble without conceding fault, says what you need from him, what you propose and when you will reply

# Parametric (issue 12): the drawn goods, documents and discrepancies
wd-mon = Monday
wd-tue = Tuesday
wd-wed = Wednesday
wd-thu = Thursday
wd-fri = Friday
goods-first = Xinyang Maojian green tea, spring 2025 harvest, first grade, in 250 g tins
short-first = first-grade spring Maojian in tins
wrong-first = Xinyang Maojian green tea, spring 2025 harvest, second grade, in 250 g tins
goods-second = Xinyang Maojian green tea, spring 2025 harvest, second grade, loose leaf
short-second = second-grade spring Maojian
wrong-second = Xinyang Maojian green tea, summer 2025 harvest, second grade, loose leaf
goods-broken = Xinyang Maojian green tea, 2025 harvest, broken leaf for tea bags
short-broken = broken-leaf Maojian for tea bags
wrong-broken = Xinyang Maojian green tea, 2024 harvest, broken leaf for tea bags
contract-price = { $lc_value } CPT Casablanca (Incoterms 2020)
goods-invoice-wrong = { $product_wrong }, { $qty_kg } kg net, { $unit_price }/kg, CPT Casablanca (Incoterms 2020)
weight-net = { $qty_kg } kg
weight-gross = { $gross_kg } kg
pl-marks = MN/CASA/1-{ $cartons }
field-endorsement = Endorsement (reverse)
bl-endorsement = Endorsed in blank by Xinyang Jiyun Tea Co., Ltd. (signed and stamped on the reverse)
bl-onboard-late = Shipped on board { $calendar_onboard_late }
bl-gross-wrong = { $qty_kg } kg
bl-not-endorsed = None: the reverse of the B/L is blank
bl-freight-collect = Freight collect
pl-cartons-wrong = { $cartons_wrong } cartons, { $product_net_ctn } kg net each
bl-marks-wrong = MN/TANGER/1-{ $cartons }
fault-late-shipment-fb = Late shipment. The B/L's on-board notation is dated { $calendar_onboard_late }, after the credit's latest shipment date of { $calendar_ship }, and the date of the on-board notation is the date of shipment (UCP 600 Art. 20(a)(ii)). Banks decide on the documents alone, so the B/L makes the shipment late.
fault-goods-fb = The invoice describes the goods as "{ $product_wrong }"; the credit says "{ $product_name }". The description of the goods on the commercial invoice must correspond with the credit (UCP 600 Art. 18(c)); only the other documents may use general terms (Art. 14(e)).
fault-weight-fb = The B/L shows { $qty_kg } kg gross, which is the net weight; the packing list and the invoice show { $gross_kg } kg gross. Data in different documents need not be identical but must not conflict (UCP 600 Art. 14(d)).
fault-endorsement-fb = The credit calls for an order B/L endorsed in blank, and this one carries no endorsement. An order B/L passes only by endorsement, so without it the bank cannot pass control of the goods on: a missing endorsement is a discrepancy (UCP 600 Art. 14(a): the documents must comply on their face).
fault-consignee-fb = The credit calls for a B/L made out to order. This one is consigned straight to Maison Nour: a straight B/L is not negotiable, so the banks hold no security over the goods, and the data conflict with the credit (UCP 600 Art. 14(d)).
fault-port-fb = The credit names Qingdao as the port of loading; the B/L shows Lianyungang. A bill of lading must indicate shipment from the port of loading stated in the credit (UCP 600 Art. 20(a)(iii)), and the data conflict (Art. 14(d)).
fault-freight-fb = The credit calls for a B/L marked "freight prepaid" (under CPT the seller pays the carriage); this one says "freight collect". The data conflict with the credit (UCP 600 Art. 14(d)).
fault-cartons-fb = The packing list shows { $cartons_wrong } cartons; the invoice and the B/L show { $cartons }. Data in different documents need not be identical but must not conflict (UCP 600 Art. 14(d)).
fault-marks-fb = The B/L's shipping marks (MN/TANGER/...) conflict with the packing list's (MN/CASA/...), as if the cartons were bound for Tangier. Data in different documents must not conflict (UCP 600 Art. 14(d)).
art16-deadline-day4 = That counts the day of presentation as day 1. The five banking days follow the day of presentation ({ $calendar_received }): { $calendar_bd1 }, { $calendar_bd2 }, { $calendar_bd3 }, { $calendar_bd4 } and { $calendar_bd5 } July, so the deadline was the close of { $calendar_deadline } July (UCP 600 Art. 14(b), 16(d)).
art16-deadline-cal5 = Five calendar days are not five banking days: the weekend does not count. Banking days 1 to 5 after { $calendar_received } are { $calendar_bd1 }, { $calendar_bd2 }, { $calendar_bd3 }, { $calendar_bd4 } and { $calendar_bd5 } July: the deadline was the close of { $calendar_deadline } July (UCP 600 Art. 14(b), 16(d)).
