title = Tutorial: your first B2B export order
summary = Ship 500 human-hair wigs from Xuchang to a Hamburg buyer: trade term, payment, channel, declaration, documents.

var-cash = Cash
var-days_left = Days to deadline
var-trust = Buyer trust

speaker-buyer = Anna Weber, buyer, Elbe Beauty Trading GmbH
speaker-broker = Mr Zhao, customs broker
speaker-forwarder = Ms Liu, freight forwarder

doc-invoice = Commercial invoice
doc-packing = Packing list
doc-instruction = Shipping instruction to the forwarder
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

incoterm-text = Anna ordered 500 wigs from you on a cross-border B2B platform. She writes: "We need the wigs in Hamburg within 30 days. We have no forwarder in China, so please quote a price that includes the main carriage to Hamburg. We insure the goods ourselves and clear them into the EU." Which trade term do you quote?
incoterm-cpt = CPT Hamburg (Incoterms 2020)
incoterm-cpt-fb = Right. Under CPT you contract and pay the carriage to Hamburg, as Anna asked, and the risk passes to her when you hand the goods to the first carrier in China; she insures and clears import herself. CPT fits any mode, containers and rail included. Incoterms 2020: CPT.
incoterm-cfr = CFR Port of Hamburg (Incoterms 2020)
incoterm-cfr-fb = CFR is a rule for sea and inland waterway only: risk passes when the goods are on board the vessel at the port of loading. Goods handed to a carrier inland, in a container, by rail or by air, never pass that point, so the risk split is unclear, and Anna had to ask you what it means. The rule for any mode is CPT. Incoterms 2020: CFR, CPT.
incoterm-ddp = DDP Elbe Beauty warehouse, Hamburg (Incoterms 2020)
incoterm-ddp-fb = DDP makes you the importer in Germany: you clear the goods, pay the EU duty (about 2.2% on wigs) and the 19% German import VAT before release. Anna said she clears import herself; trainees who quote DDP often forget the VAT. It pleased her but cost you cash and risk. Incoterms 2020: DDP.
incoterm-fca = FCA Zhengzhou (Incoterms 2020)
incoterm-fca-fb = FCA is the seller's safest any-mode rule and right for containers, so it earns some credit; but under FCA the buyer contracts and pays the main carriage, and Anna has no forwarder in China and asked for a price with carriage. She now has to find one. Incoterms 2020: FCA.

payment-text = Anna accepts your term and asks how she should pay. This is your first order with Elbe Beauty; the goods will travel under a transport document naming her company as consignee.
payment-before = 30% T/T with the order, 70% T/T before the goods are dispatched
payment-before-fb = The sound term for a first order with an unknown buyer: the deposit covers production and the balance is in your account before the goods leave your control. A rail or air consignment note is no document of title: whoever it names as consignee collects the goods.
payment-copy = 30% T/T deposit, 70% against a copy of the consignment note
payment-copy-fb = A common split, and the deposit covers your costs, so some credit; but a copy of a rail note (CIM/SMGS) or an air waybill only proves dispatch. Neither is a document of title: the named consignee collects the goods in Hamburg whether or not the balance is paid.
payment-dp = D/P at sight: documents through her bank in Hamburg
payment-dp-fb = Under D/P the bank releases documents against payment, but the transport document already names Elbe Beauty as consignee: she can collect the goods without it, so the bank holds nothing that stops her. A collection works with an order bill of lading, not with a consignment note or waybill. URC 522.
payment-open = Open account, 60 days after delivery
payment-open-fb = Open account puts all the risk on you with a buyer you do not know, and nothing is paid before she has the goods. Buyer credit risk is the top payment problem in cross-border B2B; keep open account for buyers with a record, or with credit insurance.

channel-text = { $seller_freight ->
        [1] Under your term you book and pay the main carriage. Ms Liu has four quotes for the 10 cartons (196 kg gross). You have { $cash } in cash and { $days_left } days to the deadline.
       *[other] Anna asks you to book the carriage for her, at her cost. Ms Liu has four quotes for the 10 cartons (196 kg gross); { $days_left } days are left to the deadline.
    }
channel-rail = Rail groupage, Zhengzhou to Hamburg: about 18 days, USD 1,100
channel-rail-fb = Right. A few hundred kilos go as groupage in a shared container: the rail freight train from Zhengzhou meets a 30-day deadline with room for clearance, at the lowest price that does.
channel-air = Air via Luxembourg, trucked on to Hamburg: about 6 days, USD 2,400
channel-air-fb = Reasonable: wigs are light and worth USD 48,000, exactly the cargo air suits, and Xuchang wigs often fly. Here rail also meets the deadline for less than half the price, so air earns partial credit. Keep it for tight deadlines and urgent reorders.
channel-fcl = Rail, a 40-foot container of your own: about 15 days, USD 7,200
channel-fcl-fb = A 40-foot container of your own for 10 cartons of about 200 kg pays for the whole box to move a few cubic metres: groupage or air moves a small lot for a fraction of the price, and meets the deadline as well.
channel-sea = Sea groupage via Qingdao: about 38 days, USD 600
channel-sea-fb = Sea is the cheapest channel, but 28-36 days from China to Europe, plus consolidation, cannot meet a 30-day deadline. Anna's shop waits for stock and her trust drops.

declare-text = Mr Zhao needs the export declaration data for Anna's order. Check the invoice and packing list.
declare-hs = HS code (6-digit subheading)
declare-hs-right = Correct: 6704.20, wigs of human hair. China declares 10 digits plus 3 inspection-and-quarantine digits, but the first 6 are international.
declare-hs-heading = Heading 6704 is right, but the subheading is not: 6704.20 is human hair. Wrong subheadings change duty, rebate and can bring penalties.
declare-hs-wrong = Not this chapter: wigs are heading 6704 (wigs, false beards, of human hair: 6704.20).
declare-mode = Supervision mode
declare-mode-right = Correct: 9710 is cross-border e-commerce B2B direct export, a B2B order made on a platform and shipped straight to an overseas business buyer. At USD 48,000 it goes on a full declaration form: list declaration only serves consignments of at most RMB 5,000 without licence, inspection or tax issues.
declare-mode-general = 0110 general trade is legal, but this order was made on a cross-border B2B platform and goes straight to a business buyer: that is 9710, which also records the shipment as B2B e-commerce export. Either way, a USD 48,000 consignment goes on a full declaration form.
declare-mode-wrong = Wrong mode: 9810 is export to an overseas warehouse and 9610 is B2C retail. These goods go direct to a business buyer: 9710.
declare-value = Declared total value (USD)
declare-value-right = Correct: the declared value matches the commercial invoice, as it must for clearance and the export tax rebate.
declare-value-wrong = The declared value must match the commercial invoice (USD 48,000). A mismatch invites inspection and blocks the tax rebate.

inspection-selected = The customs system selected your declaration for inspection ("double random"). Two days lost while officers open the cartons. (In this exercise the odds of inspection are raised for practice; real selection rates are far lower.)
inspection-mismatch = Customs flagged a value that does not match the invoice. Inspection, a correction and a fee: four days and USD 500 lost.
inspection-cleared = The declaration cleared without inspection.

documents-text = { $inspected ->
        [true] The cartons passed inspection.
       *[other] The declaration cleared.
    } Before the cartons leave, Ms Liu asks you to check your shipping instruction against the invoice and packing list: the carrier's transport document will be made from it. Mark every field that is really wrong.
documents-weight-fb = The gross weight on the instruction (169 kg) conflicts with the packing list (196 kg): two digits swapped. Weights must agree across documents, or the buyer's customs will question them.
documents-consignee-fb = The consignee is "Elbe Beauty GmbH", but the buyer is "Elbe Beauty Trading GmbH". The consignee named on the transport document is who collects the goods: a wrong name can stop delivery in Hamburg.
documents-goods-fb = "Human hair wigs" is a general description that does not conflict with the invoice. Documents other than the invoice may describe goods in general terms (compare UCP 600 Art. 14(e)).

amend-text = The errors you missed came back from the carrier: the transport document has to be amended before the goods can be released in Hamburg. Three days and USD 200 lost.
amend-resend = Ask the forwarder to amend the document and resend it
amend-resend-fb = Amending costs time and money. Checking documents against each other before shipping is cheaper than fixing them after.

settlement-paid = The balance reached your account before dispatch, as agreed.
settlement-late = Elbe Beauty paid the balance, but 10 days late.
settlement-balance-unpaid = Elbe Beauty collected the goods as consignee and stopped answering: the 70% balance is unpaid.
settlement-unpaid = Elbe Beauty stopped answering; the invoice is unpaid.

end-delivered = The wigs reached Hamburg on time and you were paid in full. Anna wants to reorder.
end-delivered-late = The wigs arrived and were paid for, late. You carried the credit risk until the money came.
end-unpaid = The goods were delivered and never paid for in full. With the balance due after dispatch, there was nothing to fall back on.
