title = Tutorial: your first B2B export order
summary = Ship 500 human-hair wigs from Xuchang to a Hamburg buyer by rail: Incoterm, channel, declaration, documents, payment.

var-cash = Cash
var-days_left = Days to deadline
var-trust = Buyer trust

speaker-buyer = Anna Weber, buyer, Elbe Beauty Trading GmbH
speaker-broker = Mr Zhao, customs broker
speaker-forwarder = Ms Liu, freight forwarder

doc-invoice = Commercial invoice
doc-packing = Packing list
doc-rail = Rail consignment note (CIM/SMGS)
field-seller = Seller
field-buyer = Buyer
field-goods = Description of goods
field-quantity = Quantity
field-amount = Amount
field-terms = Delivery terms
field-cartons = Packages
field-gross-weight = Gross weight
field-consignee = Consignee
goods-full = Wigs of human hair, Remy, 18-inch, natural black, 500 pieces
goods-short = Human hair wigs

incoterm-text = Anna writes: "We want the wigs in Hamburg within 30 days. The goods go on the China-Europe Railway Express from Zhengzhou. Which delivery term do you quote?"
incoterm-fca = FCA Zhengzhou rail terminal (Incoterms 2020)
incoterm-fca-fb = Right. FCA suits rail and containers: risk passes when you hand the goods to the buyer's carrier at Zhengzhou, and you, the seller, clear export. Incoterms 2020: FCA.
incoterm-fob = FOB Qingdao
incoterm-fob-fb = FOB is a sea and inland-waterway rule: risk passes when the goods are on board a vessel. Goods leaving by train never go "on board" at Qingdao, so the risk point makes no sense. Incoterms 2020: use FCA for rail.
incoterm-ddp = DDP Hamburg, duties paid
incoterm-ddp-fb = DDP puts German import clearance, duty and import VAT on you. Trainees often forget the VAT. It pleased the buyer but cost you cash and risk. Incoterms 2020: DDP.

channel-text = The Zhengzhou freight forwarder offers three channels. Your deadline is { $days_left } days away and you have { $cash } for freight.
channel-rail = Rail, Zhengzhou to Hamburg: about 15 days, USD 7,200 for a 40-foot container
channel-rail-fb = Rail is the balanced choice from Zhengzhou: roughly half the sea time at a lower price than air. It fits a 30-day deadline with room for clearance.
channel-air = Air from Zhengzhou airport: about 6 days, USD 11,000
channel-air-fb = Air is fast but expensive for 1.5 tonnes of bulky cartons; it ate most of your freight budget. Keep air for urgent or high-value, light goods.
channel-sea = Sea via Qingdao: about 35 days, USD 3,000
channel-sea-fb = Sea is the cheapest channel, but 28-36 days from China to Europe cannot meet a 30-day deadline.

declare-text = Mr Zhao needs the export declaration data for the cross-border B2B direct export. Check the invoice and packing list.
declare-hs = HS code (6-digit subheading)
declare-hs-right = Correct: 6704.20, wigs of human hair. China declares 10 digits plus 3 inspection-and-quarantine digits, but the first 6 are international.
declare-hs-heading = Heading 6704 is right, but the subheading is not: 6704.20 is human hair. Wrong subheadings change duty, rebate and can bring penalties.
declare-hs-wrong = Not this chapter: wigs are heading 6704 (wigs, false beards, of human hair: 6704.20).
declare-mode = Supervision mode
declare-mode-right = Correct: 9710 is cross-border e-commerce B2B direct export, a B2B order shipped straight to an overseas business buyer.
declare-mode-general = 0110 general trade is legal, but this order came through a cross-border B2B platform: 9710 gets the simplified B2B procedure and priority inspection.
declare-mode-wrong = Wrong mode: 9810 is export to an overseas warehouse and 9610 is B2C retail. This goods go direct to a business buyer: 9710.
declare-value = Declared value (USD)
declare-value-right = Correct: the declared value matches the commercial invoice, as it must for clearance and the export tax rebate.
declare-value-wrong = The declared value must match the commercial invoice (USD 48,000). A mismatch invites inspection and blocks the tax rebate.

inspection-selected = The customs system selected your declaration for inspection ("double random"). Two days lost while officers open the cartons.
inspection-mismatch = Customs flagged a value that does not match the invoice. Inspection, a correction and a fee: four days and USD 500 lost.
inspection-cleared = The declaration cleared without inspection.

documents-text = Before the train leaves, Ms Liu asks you to check the rail consignment note against the invoice and packing list. Mark every field on the documents that is really wrong.
documents-weight-fb = The gross weight on the consignment note (1,250 kg) conflicts with the packing list (1,520 kg). Weights must agree across documents, or the buyer's customs and bank will question them.
documents-consignee-fb = The consignee is "Elbe Beauty GmbH", but the buyer is "Elbe Beauty Trading GmbH". A wrong consignee can stop delivery at Hamburg.
documents-goods-fb = "Human hair wigs" is a general description that does not conflict with the invoice. Documents other than the invoice may describe goods in general terms (compare UCP 600 Art. 14(e)).

payment-late-text = The errors you missed came back from Hamburg: the rail operator needs an amended consignment note. Three days and USD 200 lost.
payment-late-amend = Ask the forwarder to amend the note and resend it
payment-late-amend-fb = Amending costs time and money. Checking documents against each other before shipping is cheaper than fixing them after.

payment-text = { $inspected ->
        [true] The goods passed inspection and the train has left. Anna asks about payment. This is your first order with Elbe Beauty.
       *[other] The goods cleared customs and the train has left. Anna asks about payment. This is your first order with Elbe Beauty.
    }
payment-split = 30% T/T deposit now, 70% against a copy of the consignment note
payment-split-fb = A sound term for a new buyer: the deposit covers your costs, and the balance is paid before the buyer can take the goods.
payment-open = Open account, 60 days after delivery, to win her trust
payment-open-fb = Open account puts all the risk on you with a buyer you do not know. Credit risk is the top payment problem in cross-border B2B.
buyer-pays-late = Elbe Beauty paid, but 10 days late.
buyer-defaults = Elbe Beauty stopped answering; the invoice is unpaid.

end-delivered = The wigs reached Hamburg on time and you were paid in full. Anna wants to reorder.
end-delivered-late = The wigs arrived and were paid for, late. You carried the credit risk for two months.
end-unpaid = The goods were delivered and never paid for. With open account there was nothing to fall back on.
