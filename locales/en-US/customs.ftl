title = Customs: a B2B export through Zhengzhou customs
summary = Declare a Henan export for a Prague buyer under the right supervision mode: the goods, figures and late changes are drawn per attempt (six products, two order routes). HS line from the broker's classification sheet, declaration data, a "double random" inspection, a changed packing list and the export VAT rebate.

var-cash = Shipment budget
var-days_left = Days to rail cut-off
var-trust = Buyer trust

speaker-guo = Ms Guo Lina, customs affairs manager, Henan Yuanhang Supply Chain
speaker-novak = Petr Novák, purchasing manager, Vltava Trading s.r.o., Prague
speaker-han = Ms Han Xue, rail freight forwarder
speaker-tian = Mr Tian Jun, declarant, Shangdu Customs Brokerage
speaker-zhou = Mr Zhou Qiang, warehouse supervisor

doc-invoice = Commercial invoice
doc-packing = Packing list (contract version)
doc-spec = Product specification sheet
doc-decl = Export declaration (as lodged)
doc-final-pl = Final packing list (after stuffing)
field-seller = Seller
field-buyer = Buyer
field-order = Order reference
field-amount = Total value
field-terms = Delivery terms
field-payment = Payment
field-packages = Packages
field-marks = Shipping marks
field-mode = Supervision mode
field-hs = HS code (6-digit subheading)
field-packages-ctns = Packages (cartons)
field-net-weight-kg = Net weight (kg)
field-gross-weight-kg = Gross weight (kg)
field-transport = Mode of transport
invoice-payment = 30% T/T deposit (received), 70% against a copy of the rail consignment note
spec-charger = Switch-mode power adapter (GaN) that converts mains AC to DC: input 100-240 V AC, output 5-20 V DC, USB Power Delivery, 65 W max; for phones and laptops. Own brand "YH Power".
decl-transport = Rail, China-Europe Railway Express from Zhengzhou

kickoff-text = Monday morning at Henan Yuanhang Supply Chain. Ms Guo hands you your first real file: "Vltava Trading in Prague ordered { $product_name }, { $cartons } cartons, and paid the 30% deposit. { $order_kind ->
        [platform] The order came through the B2B platform, and the goods go straight to Vltava
       *[other] We agreed the contract by email, outside any platform, and the goods go straight to Vltava
    } by China-Europe rail. The declaration data must hold together. Where do you start?"
kickoff-match = Check the order record against the invoice, packing list and buyer's details before anything goes to the broker
kickoff-match-fb = Right. Buyer name, goods, quantities and value must agree across the order, the invoice, the packing list and the declaration. For a B2B platform order (GACC 9710) customs also compares the declaration with the platform's order data. One day spent here saves many later.
kickoff-proforma = Send the broker last month's pro forma invoice now so he can start keying; the final figures can follow by email
kickoff-proforma-fb = A pro forma invoice is a quotation, not the transaction. Declaring from it puts old quantities and prices on the declaration, and a declaration must state the goods actually exported at the price actually paid.
kickoff-packing = Send the broker the packing list and the contract; as the declarant he works out the declaration data himself
kickoff-packing-fb = The packing list and contract give cartons, weights and terms, but not the checked order record the declaration must match, and the broker came back a day later for it. The declarant declares on your behalf, but the data and the responsibility for them stay with you, the exporter.

undervalue-text = Petr Novák calls from Prague: "Small favour. Could you make the invoice { $low_value } instead of { $order_value }? Our import duty and VAT would be lower. We pay the difference to whatever account you like."
undervalue-refuse = Decline politely: one invoice at { $order_value }, used for our export declaration and his import entry
undervalue-refuse-fb = Right, even if Petr is disappointed. The declared value must be the real transaction value at both ends. A second, lower invoice is a false document for Czech customs, and a lower value on our own declaration is a false declaration in China that also breaks the match with the payments we receive and with the rebate claim.
undervalue-second = Keep { $order_value } on our export declaration, and give him a second invoice at { $low_value } for his import
undervalue-second-fb = Two invoices for one shipment is a classic fraud pattern. The lower one helps Vltava evade EU duty and import VAT, and your company's name is on it. Post-clearance audits compare payments with invoices; when they do, the customer and your reputation go together.
undervalue-both = Invoice { $low_value } and declare the same in China, so both sides match; the balance is paid separately
undervalue-both-fb = This is a false declaration in China. The order shows { $order_value }, the bank receipts will show { $order_value }, and the declaration { $low_value }: customs, the foreign exchange data and the tax office will all see a gap. It can bring penalties and ends any rebate.

booking-text = Ms Han from the rail forwarder calls: "The LCL train for Central Europe closes cargo acceptance at the Zhengzhou terminal in { $days_left } days. Customs must release your goods before then. How do you want to plan it?"
booking-early = Book now and lodge the declaration as soon as the data are checked, keeping spare days for an inspection
booking-early-fb = Right. Plan backwards from the cut-off. A declaration can be selected for inspection or need an amendment; if you declare on the last day, either one costs you the train.
booking-lastday = Book now, but lodge on the last day, so the goods can stay in our own warehouse free of charge until then
booking-lastday-fb = It saves a little warehouse space and spends your whole buffer. Any inspection or correction now means missing the train. Three spare days are gone.
booking-after = Hold the booking until customs has released the goods, so we never pay for train space we cannot use
booking-after-fb = Space on the train is booked in advance, and the goods are declared at the terminal where they leave. Waiting for release before booking loses time and may lose the slot. Two days lost, and Vltava notices the silence.

classify-text = Mr Tian, the declarant, needs the HS code for the goods. His classification sheet gives two lines of the tariff for this product family; the specification describes what you are shipping. Enter the 6-digit subheading of the right line as written on the sheet (like 1234.56); he adds the Chinese national digits.

elements-text = Mr Tian: "For this line the system wants the declaration elements, the 申报要素. What will you send me?"
elements-full = The line's listed elements: name, use, technical data, packing, brand type, export preference status
elements-full-fb = Right. The declaration elements for each tariff line are fixed by customs; for exports they include brand type and the export preference status. Missing elements mean the declaration is returned, or queried by an officer.
elements-minimal = Name, quantity and unit price, which is what the invoice shows; he can add technical details if queried
elements-minimal-fb = The declaration elements are not optional. Customs publishes what each tariff line needs, and an incomplete declaration is returned: a day lost that you do not have.
elements-catalogue = Vltava's catalogue with model numbers and retail prices, so he can pick whatever the system asks for
elements-catalogue-fb = The buyer's retail prices are not declaration data, and sharing a customer's catalogue is careless with commercial information; Petr was not pleased, and the declaration still lacked its elements. Send the technical and brand facts that the tariff line requires.

declare-text = Mr Tian: "Now the declaration. Fill in the main data from the order, the invoice and the packing list." HS code on file: { $hs_line }.
declare-mode = Supervision mode
declare-mode-9710 = 9710 is cross-border B2B direct export, declared with a platform's order data. This sale was agreed by contract outside any platform, so there is no order data to match: it is general trade, 0110.
declare-mode-0110 = 0110 general trade is lawful, and the rebate works under it too, but it ignores that this order came through a B2B platform: under 9710 the platform order data travel with the declaration and customs can match them. Either way, an order of this size goes on a full declaration form.
declare-mode-9810 = 9810 is B2B export to an overseas warehouse: goods stored abroad before they are sold. These goods are already sold to Vltava and go straight to them: { $order_mode }.
declare-mode-9610 = 9610 is cross-border B2C retail ("list release, summary declaration") for parcels to consumers. A business buyer ordering { $cartons } cartons is not a consumer: { $order_mode }.
declare-mode-1210 = 1210 is bonded e-commerce, for goods held in a special customs zone or a B-type bonded logistics centre. These goods leave from our warehouse to a buyer: { $order_mode }.
declare-mode-blank = A declaration without a supervision mode is not accepted. This order is { $order_mode }.
declare-terms = Transaction terms (成交方式: 1 CIF, 2 C&F, 3 FOB, 4 C&I, 7 EXW)
declare-terms-fob = Correct: 3 FOB. The 成交方式 field takes only the codes of its table (1 CIF, 2 C&F, 3 FOB, 4 C&I, 5 market price, 6 dian cang 垫仓, 7 EXW), not the Incoterm itself. In practice an FCA deal is declared as FOB, CPT as C&F and CIP as CIF; under FOB the freight and insurance fields stay empty, because the buyer pays the main carriage and any insurance.
declare-terms-exw = EXW would say the buyer took the goods at our door, but under FCA (Incoterms 2020) we clear export and deliver to the buyer's carrier at the Zhengzhou rail terminal, and the price covers that. In practice an FCA deal is declared as 3 FOB.
declare-terms-wrong = Those codes mean the seller paid the main freight (C&F), the insurance (C&I) or both (CIF), and their freight and premium fields would have to be filled. Under FCA (Incoterms 2020) the buyer pays the carriage from the Zhengzhou rail terminal: in practice an FCA deal is declared as 3 FOB.
declare-currency = Currency
declare-currency-usd = Correct: USD, the currency of the invoice and of the payments.
declare-currency-cny = Declare in the currency of the transaction, as invoiced. Converting to CNY at your own rate makes the value disagree with the invoice and with the payments received.
declare-currency-wrong = The invoice is in USD, and so are the payments. Declare the transaction currency: USD.
declare-value = Total declared value
declare-value-right = Correct: the whole transaction value, { $order_value }, as on the order and the payments. The declared total value must match the order, the payments and a true invoice, or the goods are flagged and the rebate fails.
declare-value-deposit = That is the 30% deposit already received ({ $deposit }). The declared value is the whole transaction value, { $order_value }, not what has been paid so far.
declare-value-balance = That is the 70% balance still to come ({ $balance }). Declare the whole transaction value shown on the invoice, { $order_value }.
declare-value-wrong = The declared value must be the whole transaction value, { $order_value }, as on the order and the payments. A value that matches neither invites inspection and blocks the rebate.
declare-packages = Number of packages (cartons)
declare-packages-right = Correct: { $cartons } cartons, as on the packing list.
declare-packages-pieces = { $pieces } is the number of pieces or packs. The packages field counts cartons: { $cartons }.
declare-packages-wrong = Take the packages from the packing list: { $cartons } cartons.
declare-gw = Gross weight (kg)
declare-gw-right = Correct: { $gross_kg } kg gross, from the packing list.
declare-gw-net = { $net_kg } kg is the net weight. The gross weight includes the cartons: { $gross_kg } kg.
declare-gw-wrong = Take the gross weight from the packing list: { $gross_kg } kg.

precheck-bounced = Mr Tian runs his review before lodging and sends the data back: a code that does not fit the sheet and the specification, or figures that do not agree with the invoice, the packing list or the order. You correct them together; the declaration goes in a day later, clean.
precheck-missed = Mr Tian has forty declarations to lodge today. He keys in your data as given and lodges it at once.
precheck-clean = Mr Tian checks your data against the invoice, the packing list, the sheet and the specification, finds nothing to change, and lodges the declaration.

plan-text = Mr Tian: "Before I lodge it: if the system picks us for inspection, the goods must be presented to the officers at the terminal. What is our plan?" (In this exercise the chance of selection is raised for practice; real export inspection rates are far lower.)
plan-ready = Truck the cartons into the terminal's supervised warehouse now, with a colleague on call with the documents
plan-ready-fb = Right. An inspection is routine, not an accusation. Goods already where the officers work (CNY 400 of terminal storage), documents in hand and someone who can answer questions: that is how an inspection takes hours instead of days. "Double random" means any declaration can be picked.
plan-factory = Keep the goods in our own warehouse, free of charge, and truck them over within a day if we are selected
plan-factory-fb = Cheaper if nobody selects you, and a plan of sorts. But a selection then means a truck, unloading at the terminal and waiting for a new inspection slot: three days, against a cut-off you cannot move. The goods must be at the place of inspection.

double-random-selected-ready = The declaration is accepted, and Zhengzhou customs' "double random" system selects it for inspection: the computer picks declarations at random and assigns the officers at random too (the odds here are raised for practice). The goods are already at the terminal; inspection is set for tomorrow morning. One day and CNY 800 in handling.
double-random-selected-unready = The declaration is accepted, and the "double random" system selects it for inspection (the odds here are raised for practice). The goods are still in your own warehouse: a truck, unloading at the terminal and a later inspection slot cost three days and CNY 1,500.
double-random-flagged-ready = The declaration is accepted but stopped by the risk rules: its data do not agree (value, packages, weight, supervision mode or the order data). It is sent for inspection. The goods are at the terminal: one day and CNY 800.
double-random-flagged-unready = The declaration is stopped by the risk rules: its data do not agree (value, packages, weight, supervision mode or the order data). It is sent for inspection, and the goods are still in your own warehouse: three days and CNY 1,500.
double-random-cleared = The declaration is accepted and not selected for inspection. The goods can be released at the terminal gate.

gate-inspection = The officers arrive for the inspection.
gate-terminal = The cargo goes to the terminal gate for release.

inspection-result-value = The officers compare the invoice and the declaration with the order: the order says { $order_value }, the invoice { $low_value }. Customs opens a case for a false declaration.
inspection-result-hs = The officers compare the goods with the declared HS code: { $hs_line } does not describe what is in the cartons.
inspection-result-data = The officers find that the declaration does not match the goods and the order: code, cartons, weight, value or the order data. Mr Tian has to amend it under their supervision; it goes on the company's record. One day and CNY 1,500 lost.
inspection-result-clean = The officers open a sample of cartons. Goods, code, cartons and weights match the declaration. The goods are released and loaded.

reclassify-text = The officer tells Mr Tian that the HS code you gave is wrong for these goods and asks for the technical documents. Mr Tian looks at you. What do you do?
reclassify-accept = Accept the finding, give the officers the specification and the sheet, and let Mr Tian amend the code
reclassify-accept-fb = Right. When the officer is correct, cooperate, correct and learn: the amendment is recorded as an error, but an open, quick correction is the best outcome. One day and CNY 500.
reclassify-argue = Insist the code is right and ask for a formal written ruling before the goods are loaded
reclassify-argue-fb = You may dispute a classification, and advance rulings exist for hard cases, but they are asked for before declaring, not in the inspection area with a train to catch. The code was wrong anyway; three days lost.
reclassify-lump = Propose declaring the goods under a broader code of the same chapter as "assorted goods", to settle it quickly
reclassify-lump-fb = Goods are classified by what they are, in the line whose text fits them; a broader code chosen to end a discussion is a deliberate misdeclaration. The officers refused and amended the line themselves.

final-pl-text = { $inspected ->
        [true] While you wait for the inspection,
       *[other] While the cargo waits for release,
    } Mr Zhou from the warehouse sends the final packing list, made when the container was stuffed. The declaration, made from the contract packing list, is lodged but the goods are not yet released. Compare the final packing list with the contract packing list, and mark every field of the final packing list that changed at stuffing.
final-pl-net-fb = The goods are the same, so the net weight stays { $net_kg } kg. Only how they are packed or where they go changed.

amend-text = Ms Guo: "So the cargo as loaded is not quite the cargo on the declaration. The goods have not been released yet. Your call."
amend-amend = Ask Mr Tian to amend the declaration before release, with the final packing list as evidence
amend-amend-fb = Right. Before release, an amendment backed by documents is routine. The declaration, the consignment note, the packing list and the rebate data now all agree. One day and a CNY 300 fee.
amend-hope = Leave it: goods, value and HS code are unchanged, and the rest is only packing and paperwork
amend-hope-fb = Hoping is not a procedure. Packages, weight, package type, consignee, destination and marks are declared data; the terminal tally, the rail consignment note and Vltava's import entry will all show the cargo as loaded, not as declared.
amend-repack = Have the warehouse and the forwarder undo the changes, so the cargo matches the declaration as lodged
amend-repack-fb = Lawful: the cargo then matches the declaration. But undoing the repacking, relabelling or rerouting costs two days and CNY 2,500 to avoid a routine amendment, and it undoes what the warehouse or the buyer needed.

release-held = At the rail terminal the tally and the documents do not agree with the declaration. The cargo is held until the declaration is amended after the fact; it goes on the company's record. Two days and CNY 1,500 lost.
release-slipped = The cargo passes the terminal gate without a count. The declaration still does not match the cargo.
release-clean = Customs releases the goods; the forwarder loads them into the consolidated container for the train.

train-missed = The cut-off passed before the goods were released. The cargo missed the train.
train-on-time = The train leaves Zhengzhou on schedule with your cargo on board.

missed-text = Ms Han: "Your cargo missed the cut-off. The next train for Central Europe leaves in four days. What do you want to do?"
missed-rebook = Rebook on the next train and tell Petr today, with the new arrival estimate
missed-rebook-fb = Right. Rebook and tell the buyer at once. Bad news given early lets Vltava plan its stock; bad news found out later costs trust.
missed-air = Switch the shipment to air to keep the date, and amend the declared mode of transport
missed-air-fb = Air keeps the date at a price that eats the margin, and the declared mode of transport must be amended from rail to air. For { $cartons } cartons that are not urgent, that is a lot of money for four days.
missed-silent = Rebook on the next train; four days will not matter to Vltava, and the tracking page will show it
missed-silent-fb = Vltava tracks the train. Finding out from a tracking page rather than from you damages trust far more than the delay itself.

origin-text = Petr writes again: "Our broker says we could pay less duty with a GSP certificate, Form A. Can you send one with the documents?"
origin-nonpref = Explain that China no longer gets EU GSP preference, and offer a non-preferential certificate of origin
origin-nonpref-fb = Right. Since 1 December 2021 Chinese customs issue no Form A for the EU (GACC 2021 No. 84). A non-preferential certificate of origin proves origin but gives no tariff preference. A clear answer saves his broker a wasted claim.
origin-forma = Apply for a Form A as his broker asks; the broker knows the Czech side, and the fee is small
origin-forma-fb = Form A is no longer issued for exports to the EU (GACC 2021 No. 84: none for the EU, UK, Canada, Turkey, Ukraine or Liechtenstein from 1 December 2021), and a GSP claim on Chinese goods would fail in Prague. The fee and a week of emails were wasted.
origin-none = Tell him no certificate is needed: "Made in China" on the invoice and cartons proves the origin
origin-none-fb = Wrong the other way: non-preferential certificates of origin exist and importers' customs may ask for them. Give the correct answer: no preference, but proof of origin is available.

buyer-docs-text = The train is on its way. Petr asks for the documents his broker needs for the import entry in Prague. What do you send?
buyer-docs-full = Invoice, packing list as loaded, CIM/SMGS note copy and certificate of origin, all with the same figures
buyer-docs-full-fb = Right. His broker declares what the documents say, and Czech customs sees the rail note too. One consistent set makes the import entry quick, and it is also the copy of the consignment note that triggers the 70% balance.
buyer-docs-contract = The invoice and the contract packing list, the version Petr signed off, plus the consignment note copy
buyer-docs-contract-fb = The contract packing list describes the cargo as planned, not as loaded after the changes at stuffing. The import broker needs the packing list of the cargo as loaded, the one the rail note agrees with.
buyer-docs-later = The invoice today, and the rest by courier with the originals once the train has reached Prague
buyer-docs-later-fb = Import brokers prepare the entry before the train arrives. Documents arriving with the goods mean the cargo waits at the terminal, and Vltava pays for it.
buyer-docs-low = The { $low_value } invoice as agreed, with the packing list and the consignment note copy
buyer-docs-low-fb = This puts the false invoice into a foreign customs declaration. It is the moment the double invoicing becomes an actual undervaluation of EU import duty and VAT.

rebate-text = The goods have left China. Ms Guo: "Now the export VAT rebate, about { $rebate } on the input VAT we paid our supplier. The tax office matches our export declaration data with the supplier's VAT special invoices. How do you file?"
rebate-match = Wait for the final declaration data, check the supplier's VAT invoices against its line, then file
rebate-match-fb = Right. The rebate depends on a correct declaration and matching documents: the electronic declaration data and the purchase VAT invoices are matched line by line. Checking before filing avoids a rejected or frozen claim.
rebate-now = File today from the contract packing list and pro forma figures, and correct the claim later if needed
rebate-now-fb = A claim built on figures that differ from the final declaration does not match: it was filed, and frozen. The rebate depends on a correct declaration and matching documents; correcting later costs more time than waiting for the final data.
rebate-skip = Skip it: on a { $order_value } order the paperwork costs more staff time than the rebate is worth
rebate-skip-fb = The rebate is part of the price calculation: without it the export margin is gone. About { $rebate } is not small change on a { $order_value } order.
rebate-lump = Ask the supplier for one VAT invoice that covers this and last month's goods under one description, so the claim has a single line
rebate-lump-fb = The VAT invoice must match the declaration line: its name, unit and quantity. A combined invoice took two days to get and the claim it supported could not be matched.

rebate-result-paid = The tax office matches the declaration data with the VAT invoices. The rebate is approved and paid: { $rebate }.
rebate-result-held = The tax office's match fails: the declaration data do not agree with the invoices, the cargo or the codes. The claim is frozen pending review.
rebate-result-none = No rebate will come for this shipment: a claim on figures that do not match the declaration is rejected, and an unfiled claim pays nothing.

audit-found = Months later, Czech customs audits Vltava's imports and compares the bank payments with the { $low_value } invoice. Vltava is assessed for duty, VAT and a fine, and your company's name is in the file. Vltava stops ordering.
audit-quiet = Vltava's import clears in Prague. The second invoice is still in their files, waiting for an audit.
audit-cleared = Vltava's import entry clears in Prague without questions.

wrapup-penalty = Ms Guo reviews the file with the compliance officer: the false value has surfaced, in the inspection or in the gap between the papers and the payments received.
wrapup-no-rebate = Ms Guo closes the file and looks at the margin.
wrapup-losses = Ms Guo closes the file; it went through, with bruises.
wrapup-clean = Ms Guo closes the file with a nod.

end-clean = Clean export. The declaration matched the goods, the order and the payments{ $inspected ->
        [true] , the inspection went smoothly
       *[other] {""}
    }; the changes made at stuffing were sorted out before release; Vltava had the right papers; the rebate of { $rebate } arrived. Ms Guo gives you the next file. Final budget: { $cash }.
end-losses = The goods reached Prague and the rebate was paid, but not cleanly: a correction on the record, a missed train or an unhappy buyer. Each of those was avoidable by checking the data before lodging. Final budget: { $cash }.
end-no-rebate = The goods left, but the export VAT rebate did not come: the declaration data, the cargo and the VAT invoices did not match, or no proper claim was made. The margin of this order is gone. Final budget: { $cash }.
end-penalty = Zhengzhou customs opened a case for a false declaration against Henan Yuanhang: the invoice behind its declaration did not show the transaction value. The company faces a penalty and a lower customs credit rating, which means more inspections for every future shipment.
end-audit = The second invoice caught up with everyone. Vltava paid duty, VAT and a fine in Prague and cut off the relationship; your company is now known to Czech customs as the seller who issued a false invoice. A lost customer and a lost reputation for a favour.

field-deal-terms = Transaction terms (成交方式)
plan-broker = Leave it to Mr Tian: declarants attend inspections every day, and he has the declaration and invoice
plan-broker-fb = He can attend (for CNY 600), but he cannot move the goods to the terminal or answer technical questions about goods he has never seen. The exporter stays responsible for presenting the goods and explaining them.
amend-later = Let the cargo go as declared and amend after export, when the final rail consignment note is issued
amend-later-fb = You knew before release that the declaration was wrong and let it go out wrong. An amendment after export is possible, but it is recorded as a declaration error against the company and costs more (CNY 800); before release it was routine.

doc-sheet = Broker's classification sheet (Shangdu Customs Brokerage)
field-goods = Goods
field-quantity = Quantity (pieces or packs)
field-per-ctn = Per carton (pieces or packs)
field-spec = Description
field-sheet-a = Line A
field-sheet-b = Line B
field-sheet-note = Note
field-consignee = Consignee
field-destination = Destination
field-package-type = Type of packages
sheet-note = Two lines of the tariff for this product family. Declare the one whose text fits the goods as the specification describes them.
packing-cartons = Cartons
final-pallets = Cartons on wooden pallets
order-platform = B2B platform order 2024-ZZ-0871 (order data on the platform)
order-contract = Sales contract YH-2024-117, agreed by email (no platform order)
goods-wigs = Xuchang human hair wigs, lace front
spec-wigs = Full wigs made of 100% Remy human hair on a lace cap, hand-tied; for retail salons. Made in Xuchang, Henan.
sheet-wigs-a = 6704.11: Complete wigs of synthetic textile materials
sheet-wigs-b = 6704.20: Wigs, false beards, eyebrows and the like, of human hair
classify-wigs-near = 6704.11 is the line for complete wigs of synthetic textile materials. The specification says 100% human hair: line B, 6704.20.
goods-tea = Xinyang Maojian green tea, 100 g tins
spec-tea = Green tea (not fermented), Xinyang Maojian, spring picking; packed in tins of 100 g net, 40 tins to a carton.
sheet-tea-a = 0902.10: Green tea (not fermented) in immediate packings of a content not exceeding 3 kg
sheet-tea-b = 0902.20: Other green tea (not fermented)
classify-tea-near = 0902.20 is green tea in other packings, such as bulk sacks. These are 100 g tins, immediate packings under 3 kg: line A, 0902.10.
goods-garlic = Qixian dehydrated garlic flakes, 1 kg bags
spec-garlic = Garlic from Qixian (Kaifeng), peeled, sliced and dried to flakes; no further preparation. Bags of 1 kg, 20 to a carton.
sheet-garlic-a = 0703.20: Garlic, fresh or chilled
sheet-garlic-b = 0712.90: Dried vegetables, whole, cut, sliced, broken or in powder, not further prepared: other (including garlic)
classify-garlic-near = 0703.20 is garlic fresh or chilled. These flakes are dried: line B, 0712.90.
goods-mugwort = Nanyang dried mugwort leaf (Artemisia argyi), cut, 500 g bags
spec-mugwort = Leaves of Artemisia argyi (mugwort), a Chinese medicinal herb, dried and cut, for moxibustion in traditional Chinese medicine clinics. Bags of 500 g, 16 to a carton.
sheet-mugwort-a = 1211.90: Plants and parts of plants of a kind used primarily in pharmacy, dried, whether or not cut: other
sheet-mugwort-b = 1404.90: Vegetable products not elsewhere specified or included: other
classify-mugwort-near = 1404.90 is for vegetable products not specified elsewhere. Dried leaves used in medicine are specified in heading 1211: line A, 1211.90.
goods-dumplings = Zhengzhou frozen pork and cabbage dumplings, 1 kg bags
spec-dumplings = Wheat-flour dumplings stuffed with pork and cabbage, uncooked, frozen at -18 °C. Bags of 1 kg, 12 to a carton.
sheet-dumplings-a = 1902.11: Uncooked pasta, not stuffed or otherwise prepared, containing eggs
sheet-dumplings-b = 1902.20: Stuffed pasta, whether or not cooked or otherwise prepared
classify-dumplings-near = 1902.11 is pasta that is not stuffed. Dumplings are filled with meat and vegetables: line B, 1902.20.
goods-charger = GaN wall charger, 65 W, EU plug
sheet-charger-a = 8504.31: Other transformers, having a power handling capacity not exceeding 1 kVA
sheet-charger-b = 8504.40: Static converters
classify-charger-near = 8504.31 is for transformers, which only change an AC voltage. A charger turns mains AC into low-voltage DC, which makes it a static converter: line B, 8504.40.
classify-hs = HS subheading of the goods
classify-right = Correct: { $product_hs }, the line whose text fits the goods as the specification describes them. The heading is chosen by its text (GIR 1), the subheading by comparing subheadings at the same level (GIR 6). A wrong line changes the tariff line, the rebate rate and the statistics.
classify-near = { $product_near_fb }
classify-wrong = Not a line of the sheet. Copy the 6-digit subheading of the line that fits the specification: { $product_hs }. A code from memory or from another product is a misdeclaration.
declare-mode-right = Correct: { $order_mode }. { $order_kind ->
        [platform] A B2B platform order shipped straight to the overseas business buyer is 9710, cross-border e-commerce B2B direct export, declared with the platform's order data (GACC 2020 No. 75). At this value it goes on a full declaration form: the simplified list route is only for consignments of at most RMB 5,000 with no licence, inspection or tax issues.
       *[other] A sale agreed by contract outside any platform is ordinary general trade, 0110: there is no platform order for customs to match, so the e-commerce codes do not apply.
    }
change-packages-fb = The cargo was repacked into smaller cartons: { $cartons_loaded } cartons were loaded against { $declared_packages } declared. The number of packages is declared data and must be amended.
change-weight-fb = The terminal weighbridge gives { $gross_weighed } kg gross, not the { $declared_gw } kg on the declaration. The declared gross weight must follow the cargo as loaded.
change-pallets-fb = The cartons went onto wooden pallets, so the type of packages on the declaration (cartons) no longer describes the cargo. The package type is declared data and must be amended; and since pallets have their own weight, have the gross weight on the final list checked against the weighbridge before you amend.
change-consignee-fb = Vltava asked to deliver to its logistics company in Brno, so the consignee on the final packing list is no longer the one on the declaration. The overseas consignee is declared data: amend it, and ask whether the invoice must change too.
change-destination-fb = The final packing list sends the cargo to Brno, not Prague: the destination on the declaration no longer fits, even though the country of arrival is still the Czech Republic. Amend it before release, and check the buyer's documents.
change-marks-fb = The shipping marks were changed to Vltava's logistics company. Marks and numbers are declared data that customs and the terminal compare with the cartons: amend them.
final-pl-goods-fb = The goods are the same as declared; nothing to amend there.
