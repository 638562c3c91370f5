title = Air hub: lithium batteries from Zhengzhou to Luxembourg
summary = The shipping desk of a Zhengzhou device maker with a tight deadline: why air, the trade term, UN3480 and UN3481 with their packing instructions, state of charge, CAO labels, UN 38.3, freighter space, chargeable weight and freight, a reply to the buyer, payment against an air waybill, and a check of the Shipper's Declaration and the AWB.

var-budget = Shipping budget left
var-days_lost = Days lost
var-trust = Buyer's trust

speaker-lambert = Ms Claire Lambert, purchasing manager, Ardenne Field Equipment S.A., Contern, Luxembourg
speaker-guo = Mr Guo Wei, production manager, Zhengzhou Zhongyuan Smart Devices Co., Ltd.
speaker-ma = Ms Ma Lin, air freight and dangerous goods desk, Central Plains Air Logistics, Zhengzhou airport zone

goods-scanner = handheld barcode scanner ZY-S8
goods-drill = cordless drill ZY-D18
goods-radio = two-way radio ZY-R5
goods-gnss = GNSS survey receiver ZY-G2
pack-scanner = Lithium-ion battery pack for the ZY-S8 scanner, 3.85 V, 20 Wh
pack-drill = Lithium-ion battery pack for the ZY-D18 drill, 18 V, 72 Wh
pack-radio = Lithium-ion battery pack for the ZY-R5 radio, 7.2 V, 18 Wh
pack-gnss = Lithium-ion battery pack for the ZY-G2 receiver, 15.4 V, 77 Wh

doc-order = Order from Ardenne Field Equipment S.A.
field-buyer = Buyer
field-seller = Seller
field-line-a = Line 1
field-line-b = Line 2
field-value = Order value
field-deadline = Delivery
order-line-a = { $cartons_a } cartons of spare battery packs for the { $goods_name }, shipped on their own (for the buyer's service centre)
order-line-b = { $cartons_b } cartons of the { $goods_name }, each in its retail box with one battery pack beside it, not installed
order-deadline = At the buyer's warehouse in Contern within { $deadline_days } days of the goods being ready in Zhengzhou: a rental fleet for a survey season starts then

doc-options = The forwarder's note on the three ways to Europe (indicative, volatile)
field-opt-air = Air
field-opt-rail = Rail
field-opt-sea = Sea
opt-air = Zhengzhou (CGO) to Luxembourg (LUX), the route HNCA and Cargolux opened in June 2014, Cargolux freighter: 5-8 days door to door; forwarders cite about 3 days China to Europe airport to airport; about USD 5.5-9 a kilo
opt-rail = China-Europe Railway Express, Zhengzhou to Hamburg: about 12.5-15 days, 15-20 days China to Europe, then a truck; about USD 6,000-8,500 a 40ft container
opt-sea = Via Qingdao: 28-36 days to a North Sea port, 35-45 days when routed round the Cape; about USD 2,200-3,800 a 40ft container

doc-spec = Battery data from the factory
field-pack = Battery pack
field-wh = Watt-hours per pack (Wh)
field-packing-a = Line 1 packing
field-packing-b = Line 2 packing
field-ship-date = Shipment
spec-packing-a = Spare packs in inner boxes, several to a carton, no device in the carton
spec-packing-b = One device and one pack in each retail box, the pack beside the device and not installed

doc-sheet = Rate sheet, Central Plains Air Logistics (our tariff)
field-sheet-route = Route
field-sheet-rate = Rate per chargeable kilo, dangerous goods included
field-sheet-divisor = Volumetric divisor
field-sheet-rule = Chargeable weight
sheet-rule = The higher of the actual gross weight and the volumetric weight; volumetric weight = length × width × height of each carton in cm ÷ 6,000, added over all cartons; freight = chargeable weight × rate

doc-packing = Packing list
field-pl-cartons-a = Line 1 cartons (spare packs)
field-pl-kg-a = Line 1 gross weight per carton (kg)
field-pl-cartons-b = Line 2 cartons (devices with packs)
field-pl-kg-b = Line 2 gross weight per carton (kg)
field-pl-dims = Carton size, both lines
pl-dims = { $goods_len } × { $goods_wid } × { $goods_hgt } cm

doc-sd = Shipper's Declaration for Dangerous Goods (forwarder's draft)
field-sd-shipper = Shipper
field-sd-consignee = Consignee
field-sd-aircraft = This shipment is within the limitations prescribed for
field-sd-un-a = Line 1: UN number, proper shipping name, class
field-sd-pi-a = Line 1: packing instruction
field-sd-un-b = Line 2: UN number, proper shipping name, class
field-sd-pi-b = Line 2: packing instruction
sd-aircraft-cao = Cargo aircraft only
sd-aircraft-pax = Passenger and cargo aircraft

doc-awb = Air waybill (forwarder's draft)
field-awb-route = Routing
field-awb-pieces = Number of pieces
field-awb-gross = Gross weight (kg)
field-awb-chargeable = Chargeable weight (kg)
field-awb-handling = Handling information

mode-text = Ms Lambert has ordered { $cartons_a } cartons of spare battery packs and { $cartons_b } cartons of the { $goods_name } (order value { $order_value }). Her rental season starts in { $deadline_days } days from the day the goods are ready here. The forwarder's note gives the three ways to Europe. How do you ship?
mode-air = By air from Zhengzhou to Luxembourg on the freighter route, though a kilo costs far more
mode-rail = By the China-Europe Railway Express from Zhengzhou, which is the usual answer for urgent cargo to Europe
mode-sea = By sea through Qingdao in one container, and ask the buyer to bridge the first days with stock she has
mode-air-fb = Right. Only air meets { $deadline_days } days: the forwarder's note gives air 5-8 days door to door, rail 15-20 days China to Europe (Zhengzhou-Hamburg about 12.5-15) and sea 28-36 days (35-45 round the Cape). Air costs about USD 5.5-9 a kilo against USD 6,000-8,500 (rail) or USD 2,200-3,800 (sea) a 40ft container, so use it when the deadline needs it, as here.
mode-rail-fb = Rail is faster than sea but not fast enough: Zhengzhou-Hamburg takes about 12.5-15 days and China to Europe 15-20, against { $deadline_days } days. Your manager switches the booking to air; two days are lost replanning, and the buyer noticed.
mode-sea-fb = Sea takes 28-36 days (35-45 round the Cape), against a deadline of { $deadline_days } days, and the buyer has no stock to bridge a month. Your manager switches the booking to air; three days are lost and the buyer is unhappy.

terms-text = Ms Lambert asks you to quote a trade term: you will book and pay the flight to Luxembourg, she pays the Luxembourg import and her own insurance. Which Incoterms 2020 rule fits?
terms-cpt = CPT Luxembourg airport: we pay carriage to LUX; her risk starts when the first carrier takes the cargo
terms-cip = CIP Luxembourg airport: as CPT, and we also take out cover under Institute Cargo Clauses (A) for her
terms-cif = CIF Luxembourg: we pay the freight and insurance to Luxembourg, as on most of our export quotations
terms-fob = FOB Zhengzhou airport: our part ends when the cartons are loaded on board the aircraft at CGO, as on our sea orders
terms-cpt-fb = Right. CPT is an any-mode rule (Incoterms 2020): the seller pays the carriage to the named place, and the risk passes when the goods are handed to the first carrier. It matches what you agreed: you book the flight, she insures.
terms-cip-fb = Workable but more than asked: CIP (Incoterms 2020) is CPT plus insurance, now under Institute Cargo Clauses (A). She insures the cargo herself, so the premium is money spent twice.
terms-cif-fb = CIF is one of the four sea and inland waterway rules of Incoterms 2020; for air, CPT (or CIP with insurance) is the any-mode counterpart. Using FOB or CIF for other modes is a classic trainee error.
terms-fob-fb = FOB is a sea and inland waterway rule (Incoterms 2020), and it would also leave the freight to the buyer, while you agreed to book and pay the flight. CPT Luxembourg fits both.

classify-text = Mr Guo needs the UN numbers and packing instructions for the booking. Classify both lines from the order and the battery data.
classify-un-a = Line 1 (spare packs alone): UN number
classify-pi-a = Line 1: packing instruction (PI)
classify-un-b = Line 2 (devices with a pack beside them): UN number
classify-pi-b = Line 2: packing instruction (PI)
classify-un-a-right = Right: lithium-ion batteries shipped on their own are UN3480.
classify-un-a-3481 = Not UN3481: that is for lithium-ion batteries packed with or contained in equipment. Spare packs travelling on their own are UN3480, which is cargo aircraft only.
classify-un-a-metal = UN3090 and UN3091 are lithium metal batteries; these packs are lithium-ion, and on their own they are UN3480.
classify-pi-a-right = Right: UN3480 ships under PI 965.
classify-pi-a-wrong = UN3480 (lithium-ion alone) ships under PI 965; 966 and 967 belong to UN3481, 968-970 to lithium metal (UN3090, UN3091).
classify-un-b-right = Right: a lithium-ion pack in the same box as the device it powers is UN3481, packed with equipment.
classify-un-b-3480 = The pack is boxed with the device it powers, so it is UN3481 (packed with equipment), not UN3480 (batteries alone).
classify-un-b-metal = These are lithium-ion packs, so UN3481; UN3090 and UN3091 are lithium metal.
classify-pi-b-right = Right: UN3481 packed with equipment is PI 966 (contained in equipment would be PI 967).
classify-pi-b-967 = The classic swap, which even a well-known battery site makes: PI 967 is for batteries contained in (installed in) the equipment; a pack beside the device in the same box is packed with it, PI 966.
classify-pi-b-wrong = UN3481 has two packing instructions: PI 966 packed with equipment (this line) and PI 967 contained in equipment.

section-text = Ms Ma, the forwarder's DG desk, asks how you want the spare packs (line 1) handled. Your colleague remembers shipping small packs under Section II without a declaration.
section-full = As fully regulated dangerous goods under PI 965, Section IA or IB as the quantity gives, with our Shipper's Declaration
section-two = Under Section II of PI 965 as on earlier orders: each carton stays within the limits, so the lithium battery mark will do
section-later = Under Section II for now, and we add a Shipper's Declaration only if the airline's DG desk asks at acceptance
section-full-fb = Right. Section II of PI 965 and PI 968 was removed (DGR 63rd edition, 2022, transition to 31 March 2022): loose lithium batteries now ship as IA or IB with a Shipper's Declaration.
section-two-fb = Section II for loose batteries is a known mistake: Section II of PI 965 and 968 was removed in the 63rd edition (2022). Loose packs ship IA or IB with a Shipper's Declaration, and the draft now carries an error.
section-later-fb = Section II of PI 965 no longer exists (removed in 2022), so there is nothing to fall back on: loose packs ship IA or IB with a Shipper's Declaration from the start. Waiting for the DG desk to ask costs a day and leaves the error in the file.

soc-text = Mr Guo asks at what state of charge the spare packs (line 1) should leave the factory. The buyer's service centre would like them ready to use.
soc-thirty = Discharge every spare pack to no more than 30% before packing, and keep the record with the DG file
soc-full = Ship them fully charged, so the service centre can hand them out straight from the carton
soc-half = Ship them at the cell maker's 50% storage charge, the safe middle level for any lithium pack in transport
soc-thirty-fb = Right. UN3480 must be at no more than 30% state of charge (since 1 April 2016), which is also when it became cargo aircraft only.
soc-full-fb = Full charge is one of the classic mistakes: UN3480 may travel at no more than 30% state of charge (since 1 April 2016). The buyer's convenience does not change the rule.
soc-half-fb = 50% is a storage level, not the air rule: UN3480 must be at no more than 30% state of charge since 1 April 2016.

soc966-text = The shipment leaves in December 2026. Mr Guo asks whether the packs boxed with the devices (line 2) must be discharged too; every pack is { $goods_wh } Wh.
soc966-thirty = Discharge the packs boxed with the devices to no more than 30% as well, the same as the spare packs
soc966-alone = Leave them at the factory's charge: the 30% cap is only for lithium batteries that travel on their own
soc966-advice = Aim for 30% where the line can manage it and ship the rest as they come, since it is only advice
soc966-thirty-fb = Right. From 1 January 2026 (DGR 67th edition) UN3481 PI 966 cells and batteries over 2.7 Wh must be at no more than 30% state of charge; these packs are { $goods_wh } Wh.
soc966-alone-fb = Out of date: from 1 January 2026 (67th edition) the 30% cap also binds UN3481 PI 966 cells and batteries over 2.7 Wh. These { $goods_wh } Wh packs are well over.
soc966-advice-fb = That was 2025, when it was recommended. From 1 January 2026 (67th edition) UN3481 PI 966 batteries over 2.7 Wh must be at no more than 30%, and these packs are { $goods_wh } Wh.

un383-text = Ms Ma asks for proof that the pack is safe to fly. What do you send?
un383-summary = The UN 38.3 test summary for this exact pack model, from the pack maker, kept in the DG file
un383-sds = The pack maker's safety data sheet, which gives the chemistry, the watt-hours and the class
un383-older = The UN 38.3 report of the maker's earlier pack model: the same cells, only a new casing and plug
un383-summary-fb = Right. Lithium batteries ship only as types tested under UN 38.3; the test summary for this type is what the forwarder and the airline's DG desk look for.
un383-sds-fb = A safety data sheet describes the product; it does not show that this battery type passed UN 38.3, and only UN 38.3 tested types may ship.
un383-older-fb = The report is for the earlier pack model, not the one you ship: only UN 38.3 tested types may ship, so the file needs this model's test summary, not a neighbour's.

labels-text = The cartons of spare packs (line 1) are packed. Mr Guo asks what goes on the outside.
labels-cao = The Class 9 lithium battery hazard label and the Cargo Aircraft Only label on every carton of spare packs
labels-mark = The lithium battery mark with the UN number and our phone number on each carton, as on small battery shipments
labels-airline = The Class 9 lithium battery hazard label; the airline adds the CAO label once it assigns a freighter
labels-cao-fb = Right. UN3480 is forbidden as cargo on passenger aircraft, so its packages carry the Cargo Aircraft Only (CAO) label with the Class 9 label, and the declaration says cargo aircraft only.
labels-mark-fb = The lithium battery mark (UN number, phone) belongs to Section II, which no longer exists for PI 965: these packs are fully regulated and, as UN3480, cargo aircraft only (CAO label).
labels-airline-fb = The CAO label is the shipper's to apply: UN3480 is forbidden on passenger aircraft, so every carton leaves the factory with it. A carton without it is a mislabelled box.

booking-text = Ms Ma can hold space once you decide. Freighter capacity on the Luxembourg route is in demand, and dangerous goods go to the airline's DG desk for approval.
booking-freighter = Book both lines on a Cargolux freighter from CGO to Luxembourg now, giving the DG details with it
booking-belly = Book cheaper space in a passenger flight's hold via another hub, which also leaves one day earlier
booking-wait = Book the first freighter with space once the packs are discharged and packed, to avoid paying early
booking-freighter-fb = Right. UN3480 is cargo aircraft only, so the consignment flies on a freighter, and dangerous goods space on it must be booked with the UN numbers, pieces and weights so the DG desk can accept it.
booking-belly-fb = UN3480 is forbidden as cargo on passenger aircraft (since 1 April 2016): the spare packs cannot go in a passenger flight's hold, whatever it costs. The cheaper booking carries a DG error.
booking-wait-fb = Freighter capacity is the bottleneck: waiting until the cargo is ready loses the next freighters' DG space. Three days lost against a deadline of { $deadline_days } days.

rate-text = Ms Ma sends her rate sheet. Work out the consignment's figures from the sheet and the packing list for the AWB and the quotation.
rate-gross = Actual gross weight (kg)
rate-volumetric = Volumetric weight (kg)
rate-chargeable = Chargeable weight (kg)
rate-freight = Air freight (USD)
rate-gross-right = Right: { $cartons_a } × { $goods_kg_a } kg plus { $cartons_b } × { $goods_kg_b } kg = { $gross_kg } kg.
rate-gross-wrong = You entered { $entry }; the actual gross weight is { $expected } kg: { $cartons_a } × { $goods_kg_a } kg plus { $cartons_b } × { $goods_kg_b } kg from the packing list.
rate-volumetric-right = Right: { $pieces } cartons of { $goods_len } × { $goods_wid } × { $goods_hgt } cm ÷ 6,000 = { $vol_kg } kg, at the divisor on the sheet.
rate-volumetric-5000 = You used 5,000, a divisor some couriers use; this forwarder's tariff says 6,000 cm3 per kilo. Always take the divisor from the rate sheet in hand: { $vol_kg } kg.
rate-volumetric-wrong = You entered { $entry }; at the sheet's 6,000 cm3 per kilo, { $pieces } cartons of { $goods_len } × { $goods_wid } × { $goods_hgt } cm give { $expected } kg.
rate-chargeable-right = Right: the volumetric weight ({ $vol_kg } kg) is above the actual ({ $gross_kg } kg), so the sheet charges { $chargeable_kg } kg.
rate-chargeable-actual = The sheet charges the higher of actual and volumetric weight: these light, bulky cartons come to { $vol_kg } kg by volume against { $gross_kg } kg actual, so { $chargeable_kg } kg.
rate-chargeable-wrong = You entered { $entry }; the chargeable weight is the higher of { $gross_kg } kg actual and { $vol_kg } kg volumetric: { $expected } kg.
rate-freight-right = Right: { $chargeable_kg } kg × { $rate } = { $freight }.
rate-freight-actual = You priced the actual weight; the sheet charges the chargeable weight: { $chargeable_kg } kg × { $rate } = { $freight }.
rate-freight-wrong = You entered { $entry }; the freight is { $chargeable_kg } kg × { $rate } = { $expected }.
step-gross-a = Line 1: cartons × kg
step-gross-b = Line 2: cartons × kg
step-gross = Actual gross weight (kg)
step-ctn-cm3 = One carton (cm3)
step-pieces = Cartons
step-volumetric = Volumetric weight: cartons × cm3 ÷ 6,000 (kg)
step-chargeable = Chargeable weight (kg)
step-rate = Rate a kilo
step-freight = Freight

reply-text = Ms Lambert writes: "Your air quotation is far above what we pay for a container by rail. Why air, what exactly are we paying for, and is there anything special about the batteries?" Reply in English (60-220 words): why air and not rail or sea for her deadline, the chargeable weight and the freight from your figures, and what the spare packs need to fly.
reply-why = Why air: rail and sea against her deadline in days
reply-why-fb = Name the deadline ({ $deadline_days } days) and why rail (12.5-20 days) and sea (28-45 days) miss it while air (5-8 days) meets it.
reply-cost = The chargeable weight and the freight, with the reason
reply-cost-fb = State the chargeable weight ({ $chargeable_kg } kg, volumetric, above the actual weight) and the freight ({ $freight }) from the rate sheet.
reply-dg = What the spare packs need: UN3480, cargo aircraft only, state of charge
reply-dg-fb = Say that the spare packs are UN3480: cargo aircraft only on a freighter and discharged to at most 30% state of charge; never "fully charged" or "Section II".
reply-tone = Tone and clarity for a buyer who doubts the price
reply-tone-0 = No reasons given, defensive, or unclear about what she pays
reply-tone-1 = Clear, but one of the why, the figures or the batteries is only asserted
reply-tone-2 = Courteous and clear, figures she can check, the trade-off of time against cost stated plainly

payment-text = Ms Lambert proposes the payment: "Like our rail orders: 30% now, and the balance when you send us the original air waybill through our banks." The order is { $order_value }.
payment-before = Ask for the balance before the flight: an air waybill gives us no hold on the cargo once it lands
payment-dp = Accept D/P at sight: our bank releases the original air waybill only against her payment
payment-copy = Accept 30% now and the balance against a scan of the air waybill after the flight departs
payment-before-fb = Right. An air waybill is never negotiable and is no document of title: the consignee named on it collects the cargo at Luxembourg without any original. Whatever is not paid before the flight is on open account.
payment-dp-fb = D/P works with an order bill of lading, a document of title. An air waybill is never negotiable: the consignee collects without it, so holding it at the bank holds nothing, and the bank fees are spent for no control.
payment-copy-fb = After departure the AWB scan proves shipment but gives no control: the consignee collects the cargo without any original air waybill, so the 70% balance is effectively open account.

docs-text = Ms Ma sends her drafts of the Shipper's Declaration and the air waybill for your signature. Mark every field that is wrong; the packing list is for reference.
docs-chargeable-fb = Correct as it stands: the chargeable weight ({ $chargeable_kg } kg) is above the gross weight ({ $gross_kg } kg) because the cartons are bulky; the sheet charges the higher, volumetric figure.
docs-un-b-fb = Correct as it stands: packs boxed with the devices they power are UN3481, lithium-ion batteries packed with equipment.
slip-un-a-fb = Line 1 is spare packs on their own: UN3480, not UN3481 (packed with or contained in equipment).
slip-pi-a-fb = "Section II" is wrong: Section II of PI 965 was removed (63rd edition, 2022); loose packs ship IA or IB with this declaration.
slip-un-b-fb = UN3091 is lithium metal; these are lithium-ion packs packed with equipment: UN3481.
slip-pi-b-fb = PI 967 is contained in equipment; line 2's packs are beside the device in the box, packed with it: PI 966 (the classic swap).
slip-aircraft-fb = The consignment includes UN3480, which is forbidden on passenger aircraft: the declaration must say cargo aircraft only.
slip-handling-fb = The AWB must carry "Dangerous Goods as per associated Shipper's Declaration" and, with UN3480 on board, "Cargo Aircraft Only" (CAO).
docs-slipped = The drafts went to the airline as they were, with the mistakes you did not mark.

acceptance-rejected = The airline's DG acceptance check at Zhengzhou rejects the consignment: the paperwork and the cartons do not match what the rules require. (The odds of a check finding something are raised in this scenario for practice.)
acceptance-torn = The airline's DG acceptance check rejects one carton of spare packs: its Cargo Aircraft Only label was torn off in the warehouse, so the box is mislabelled. (The odds are raised in this scenario for practice.)
acceptance-passed = The airline's DG acceptance check passes the consignment.
rejected-text = Ms Ma calls from the acceptance shed: the cargo is rejected and will not fly until it is put right. What do you do?
rejected-fix = Correct the cartons and the papers where the DG desk says, and present everything again for the next freighter
rejected-pax = Move the rejected cartons to tonight's passenger flight and send the rest on the freighter as booked
rejected-rail = Take the rejected cargo back and send it by rail instead, where the rules for lithium batteries are far less strict
rejected-fix-fb = Right: correct and re-present. The labels, the state of charge and the declaration are the shipper's, and the DG desk only accepts what meets them. One day lost, and a re-handling fee.
rejected-pax-fb = The spare packs are UN3480, forbidden as cargo on passenger aircraft: moving them to a passenger flight repeats the error the check was there to catch.
rejected-rail-fb = Rail takes 12.5-20 days to Europe: the deadline of { $deadline_days } days is lost for good. Correcting the cartons and papers costs a day.
offload-yes = Ms Ma calls: the freighter is full and the airline offloads your pallets to its next flight. (Offloads are more frequent in this scenario, for practice.)
offload-no = The freighter leaves Zhengzhou with your consignment on board.
offload-fix-text = Your consignment is offloaded. The next freighter to Luxembourg has space; a passenger flight via another hub leaves sooner. What do you do?
offload-next = Keep the cargo on the next freighter to Luxembourg and tell the buyer the new arrival date
offload-belly = Move it to the earlier passenger flight through the other hub and keep the arrival date
offload-rail = Give up on air for this lot and put it on the next China-Europe train to avoid further offloads
offload-next-fb = Right: the next freighter costs only a day, and it is the only lawful choice: a passenger flight is not an option for UN3480 (cargo aircraft only), and rail would take 12.5-20 days.
offload-belly-fb = UN3480 is forbidden as cargo on passenger aircraft: the spare packs cannot take that flight, however close the deadline.
offload-rail-fb = Rail takes 12.5-20 days to Europe, so one day's offload turns into missing a { $deadline_days }-day deadline.

wrapup-held = At Luxembourg the airline reports the consignment: its dangerous goods did not match the rules or their declaration. The cargo is held and the shipper answers for it.
wrapup-late = The cargo arrives after the buyer's deadline of { $deadline_days } days.
wrapup-strained = The cargo arrives in time, but the buyer remembers the back and forth.
wrapup-clean = The cargo arrives in Contern in time, declared and packed by the rules.
end-clean = The rental fleet goes out on time. Ms Lambert asks you to quote the next season's order by the same route.
end-strained = Delivered in time, but Ms Lambert says she will ask other suppliers to quote next time.
end-late = Late: Ms Lambert cancels the order and the goods wait in Luxembourg for a buyer.
end-held = Held: the airline's report goes to the authorities, the cargo is held, and the buyer cancels the order.
