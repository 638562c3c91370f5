title = Logistics: a container of Xuchang hair goods for Hannover against a deadline
summary = Get one 40-foot container of Xuchang hair goods to a salon wholesaler in Hannover before the contract deadline: rail, sea or air at today's quotes, the Incoterm and cargo insurance that fit the channel, direct delivery or overseas warehouse, the transport document, and the disruptions on the way.

var-cash = Logistics budget
var-days_left = Days to deadline (buffer)
var-trust = Buyer trust

speaker-wang = Mr Wang Jianguo, logistics supervisor, Xuchang Ruifa Hair Products
speaker-vogel = Katrin Vogel, head of purchasing, Leine Salonbedarf GmbH, Hannover
speaker-zhang = Ms Zhang Wei, sales director, Xuchang Ruifa Hair Products
speaker-ma = Mr Ma Chao, forwarder, Zhongzhou International Logistics

doc-po = Purchase order
doc-pl = Packing list
doc-quotes = Forwarder's quotes of the day
doc-rail-note = Draft rail consignment note (CIM/SMGS)
doc-bl = Draft bill of lading
doc-awb = Draft air waybill
field-buyer = Buyer
field-goods = Description of goods
field-value = Order value
field-delivery = Delivery
field-terms = Requested terms
field-penalty = Late delivery
field-packages = Packages
field-gross-weight = Gross weight
field-volume = Volume
field-carton = Carton
field-marks = Shipping marks
field-rail = Rail
field-sea = Sea
field-air = Air
field-on-carriage = Delivery in Germany
field-validity = Validity
field-consignee = Consignee
field-route = Route
field-container = Container
field-ports = Port of loading / discharge
field-clause = Clause
field-airports = Airport of departure / destination
field-chargeable = Chargeable weight
field-negotiable = Negotiability
goods-full = { $cargo_name }, { $cartons } cartons
cargo-mixed = Wigs and hair extensions, human hair and synthetic fibre
cargo-mixed-short = Wigs and hair pieces
cargo-wigs = Human hair wigs, lace front, boxed
cargo-wigs-short = Wigs
cargo-synthetic = Synthetic fibre wigs, heat-resistant, boxed
cargo-synthetic-short = Wigs
cargo-extensions = Human hair extensions, tape-in and clip-in, bagged and boxed
cargo-extensions-short = Hair pieces
cargo-toppers = Human hair toppers and hair pieces, boxed
cargo-toppers-short = Hair pieces
pl-cartons = { $cartons } cartons
pl-carton = { $cargo_ctn_l } litres, { $cargo_ctn_kg } kg gross each
pl-gross = { $gross_kg } kg
pl-volume = { $cbm } m³
pl-marks = LEINE / HANNOVER / 1-{ $cartons }
draft-cartons = { $cartons_swapped } cartons
draft-pieces = { $cartons_swapped } pieces
po-delivery = To our warehouse in Hannover within { $deadline } days of order confirmation
po-penalty = 0.5% of the order value per day late, up to 2.5%
quote-rail = { $rail_rate } per 40' HC, Zhengzhou to Hamburg, { $rail_min }-{ $rail_max } days on the rails. Truck Xuchang to the Zhengzhou terminal { $truck_zz }; allow { $rail_pre } days from pickup to departure.
quote-sea = { $sea_rate } per 40' HC, Qingdao to Hamburg via Suez, { $sea_min }-{ $sea_max } days (35-45 if routed around the Cape). Truck Xuchang to Qingdao { $truck_qd }; allow 2 days by road and 3 more to the vessel's cut-off.
quote-air = { $air_rate } per kg of chargeable weight, all-in, Zhengzhou (CGO) to Frankfurt and truck to Hannover: { $air_days } days from pickup. Volume factor: 6,000 cm³ count as 1 kg.
quote-delivery = Hamburg to Hannover by truck: { $truck_de }; 1 day from the rail terminal, 2 days from the port.
quote-validity = Today's rates, for bookings made today; surcharges may change.
rail-route = Zhengzhou, Alashankou / Dostyk (gauge change), Kazakhstan, Russia, Belarus, Brest / Małaszewicze (gauge change), Hamburg-Billwerder
bl-consignee = To order of shipper; notify Leine Salonbedarf GmbH, Hannover
bl-clause = Shipper's load, stow and count; said to contain
awb-negotiable = Not negotiable


calc-text = Mr Ma of Zhongzhou International Logistics has sent today's quotes. Mr Wang: "Leine Salonbedarf in Hannover needs the whole container at their warehouse within { $deadline } days. Before you choose a channel, work out the numbers that do not depend on today's rates: the chargeable weight by air and the latest rail arrival. Whole kilograms and whole days."
calc-chargeable = Air: chargeable weight (kg)
calc-chargeable-right = Correct. Air freight charges the greater of actual and volume weight: { $cbm } m³ at 6,000 cm³ per kg is { $chargeable_kg } kg, against { $gross_kg } kg actual. Hair goods are light for their bulk.
calc-chargeable-actual = That is the actual gross weight. Airlines charge by volume weight when it is higher: { $cbm } m³ x 1,000,000 / 6,000 = { $chargeable_kg } kg.
calc-chargeable-express = That uses 5,000 cm³ per kg, the courier and express divisor. This airfreight quote uses 6,000: { $chargeable_kg } kg.
calc-chargeable-wrong = Chargeable weight is the greater of actual weight ({ $gross_kg } kg) and volume weight ({ $cbm } m³ x 1,000,000 / 6,000 = { $chargeable_kg } kg): { $chargeable_kg } kg.
calc-air = Air: total freight, door to door (USD)
calc-air-right = Correct: { $chargeable_kg } kg chargeable at today's { $air_rate } per kg, { $air_total }.
calc-air-actual = That prices the actual weight. The airline bills { $chargeable_kg } kg chargeable, not { $gross_kg } kg: { $air_total }.
calc-air-wrong = Multiply the chargeable weight ({ $chargeable_kg } kg) by today's rate, { $air_rate } per kg: { $air_total }.
calc-rail = Rail: total door to door, truck + train + truck (USD)
calc-rail-right = Correct: the train plus the truck to Zhengzhou and the truck from Hamburg to Hannover, { $rail_total }.
calc-rail-only = That is the train alone. Door to door also needs the pre-carriage to Zhengzhou and the delivery from Hamburg to Hannover: { $rail_rate } + { $truck_zz } + { $truck_de } = { $rail_total }.
calc-rail-wrong = Add the rail rate, the truck Xuchang-Zhengzhou and the truck Hamburg-Hannover: { $rail_rate } + { $truck_zz } + { $truck_de } = { $rail_total }.
calc-sea = Sea: total door to door, truck + vessel + truck (USD)
calc-sea-right = Correct: the ocean freight plus the truck to Qingdao and the delivery from Hamburg, { $sea_total }.
calc-sea-only = That is the ocean freight alone. Xuchang is 800 km from Qingdao; door to door also needs both trucks: { $sea_rate } + { $truck_qd } + { $truck_de } = { $sea_total }.
calc-sea-wrong = Add the ocean rate, the truck Xuchang-Qingdao and the truck Hamburg-Hannover: { $sea_rate } + { $truck_qd } + { $truck_de } = { $sea_total }.
calc-rail-days = Rail: latest arrival in Hannover, in days from today (the goods are ready in { $ready_days } days)
calc-rail-days-right = Correct: { $ready_days } days to be ready, { $rail_pre } to departure, { $rail_max } on the rails at worst, { $rail_on } to Hannover: day { $rail_worst }. Plan on the slow end of the range, not the fast one.
calc-rail-days-best = That is the best case, with a { $rail_min }-day train. A deadline is planned on the worst case of the quote: { $ready_days } + { $rail_pre } + { $rail_max } + { $rail_on } = { $rail_worst }.
calc-rail-days-train = That is the train alone. Add the { $ready_days } days to be ready, { $rail_pre } to departure and { $rail_on } to Hannover: { $rail_worst }.
calc-rail-days-wrong = Add it up: { $ready_days } days to be ready + { $rail_pre } to departure + { $rail_max } on the rails (worst case) + { $rail_on } to Hannover = day { $rail_worst }.
price-text = Mr Wang: "Now price the three channels door to door at today's quotes, in whole dollars."

channel-text = Mr Wang: "Your numbers are on the sheet. Which channel do we book?" The logistics budget in the price is { $cash }; the contract deadline is { $days_left } days away.
channel-rail = Rail from Zhengzhou to Hamburg, then a truck to Hannover
channel-rail-fb = Right. From Henan, rail is the balanced channel: it reaches Hannover by day { $rail_worst } at worst, inside the { $deadline }-day deadline, for { $rail_total }, a price the budget can carry. The route crosses Kazakhstan, Russia and Belarus, so before booking screen every party (buyer, forwarder, rail operator, banks) against the sanctions lists and get the cargo insurer's written confirmation that the route is covered; EU sanctions do not catch non-Russian goods merely transiting Russia.
channel-sea = Sea from Qingdao to Hamburg: the lowest freight by far, and CIF Hamburg is what Leine already buys on
channel-sea-fb = The cheapest freight, { $sea_total }, and the wrong channel for this deadline: with { $ready_days } days to be ready, { $sea_pre } to reach the vessel, { $sea_min } or more at sea and { $sea_on } to Hannover, the container arrives on day { $sea_best } at best, after the { $deadline }-day deadline even if nothing goes wrong. The late-delivery clause will eat the saving.
channel-air = Air from Zhengzhou: hair goods are light and valuable, and a flight makes the date for certain
channel-air-fb = A defensible choice, not the best one. Hair goods are high-value, light cargo that often flies, and air makes the date with days to spare. But { $cbm } m³ is billed at { $chargeable_kg } kg chargeable, { $air_total }: several times the rail price, far beyond the logistics budget, when rail already meets the deadline. Air is for the urgent part-lot, not for a full container that rail delivers in time.

incoterm-text = Katrin Vogel writes: "We always buy CIF Hamburg from our other suppliers. Can you quote the same? We want the price delivered to our warehouse, with insurance included."
incoterm-cip = CIP Leine's warehouse, Hannover, with cargo insurance
incoterm-cip-fb = Right. CIP works for any mode: you pay the carriage to Hannover and insure the cargo, on Institute Cargo Clauses (A) under Incoterms 2020, and the risk passes to Leine when you hand the container to the first carrier in China. Katrin gets what she asked for, on a term that fits the channel.
incoterm-cif = CIF Hamburg, as she asked: the term her other suppliers use
incoterm-cif-sea-fb = Lawful for a sea shipment, and familiar to Katrin. But under CIF the risk passes on board the vessel at Qingdao, while you hand the container to the carrier at the terminal days before; for containers, CIP fits better. And CIF only requires the minimum cover, Institute Cargo Clauses (C).
incoterm-cif-land-fb = CIF is a rule for sea and inland waterway only: the risk passes when the goods are on board a vessel. This container does not go by sea, so that point never comes. The any-mode equivalent is CIP (Incoterms 2020).
incoterm-cpt = CPT Leine's warehouse, Hannover; she insures under her own policy
incoterm-cpt-fb = CPT fits any mode and is lawful here. But Katrin asked for insurance included; under CPT she must insure cargo whose risk passes to her in China. She notices you did not give her what she asked for.
incoterm-ddp = DDP Leine's warehouse, Hannover: delivered, duty and import VAT paid by us
incoterm-ddp-fb = DDP (Incoterms 2020) makes you the importer of record in Germany: EU import clearance, an EORI number, customs duty (about 2.2% on wigs and hair goods, { $duty } on this order) and 19% German import VAT, which you pay on entry and can reclaim only through a German VAT registration. Germany does not require a non-EU importer to appoint a fiscal representative, so that is not the cost; the duty, the VAT financing and USD 600 of broker's fees are, and none of them was in your price.
incoterm-fob = FOB Zhengzhou, the term we quote most
incoterm-fob-fb = FOB is a sea rule, "on board a vessel", and Zhengzhou is far from any seaport. It also leaves carriage and insurance to Katrin, who asked for a delivered price. For a container, FCA is the any-mode version of FOB, and CIP the version with carriage and insurance.

insurance-text = Mr Wang: "You agreed { $incoterm }. Leine has paid 30% with the order; the other 70% is due against a copy of the transport document after shipment. Our insurer's rates today: Institute Cargo Clauses (A) at 0.15% of the sum insured, (C) at 0.06%. The order is worth { $order_value }: (A) at 110% costs { $premium_a }, (C) at 110% { $premium_c }. What cover do we buy?"
insurance-a110 = Institute Cargo Clauses (A) for 110% of the invoice value
insurance-a110-fb = Right. Under CIP (Incoterms 2020) the seller must insure on Institute Cargo Clauses (A) for at least 110% of the contract price; under CIF the minimum is (C), but hair goods get stolen, crushed and wetted by rain or condensation, which (C) does not cover; under DDP the risk to the door is yours. (A) at 110% matches this cargo.
insurance-a110-buyer-fb = Reasonable. Under CPT or FOB (Incoterms 2020) the risk passes to Leine at handover in China and the cargo insurance is hers to buy. But until the balance is paid you still stand to lose if the goods are damaged and she withholds payment: cover bought to protect your own interest while unpaid is sensible practice. It costs premium the term does not oblige you to pay; tell Katrin that her own cover must still start at handover.
insurance-a100 = Institute Cargo Clauses (A) for 100% of the invoice value, the goods' real worth
insurance-a100-fb = The saving is { $a100_saving } and the rule is clear: CIP and CIF require cover for at least 110% of the contract price, the extra 10% standing for the buyer's costs and expected profit. Under DDP, too, 110% is the market norm.
insurance-c110 = Institute Cargo Clauses (C) for 110%: the basic cover a seller's term calls for
insurance-c110-cip-fb = Incoterms 2020 raised the CIP minimum to Institute Cargo Clauses (A); (C) is the CIF minimum. (C) covers only major casualties such as fire, derailment, stranding or collision: not theft, handling damage, or rain and moisture. Under CIP this falls short of your obligation.
insurance-c110-cif-fb = Correct as a minimum: CIF (Incoterms 2020) still requires only Institute Cargo Clauses (C). But (C) leaves out theft, handling damage, and rain and moisture, the usual losses on a container of hair goods. Tell Katrin, or offer (A) for a small extra.
insurance-c110-ddp-fb = Under DDP the cargo is at your risk all the way to Hannover. (C) insures you against the rare disaster and leaves you carrying the everyday damage.
insurance-c110-buyer-fb = Under CPT or FOB the cargo is the buyer's risk after handover, and insurance is hers to arrange. Buying her a narrow cover at your own cost helps nobody much.
insurance-none = No cover on our side: Leine's own open policy takes the cargo from handover in China
insurance-none-breach-fb = Under CIP and CIF, insurance is the seller's obligation: it is the "I" in the term. Shipping without it breaks the contract, and any loss in transit comes back to you.
insurance-none-ddp-fb = Under DDP every loss until Hannover is yours. { $order_value } of goods uninsured on a journey of several weeks is a gamble, not a saving.
insurance-none-buyer-fb = Correct: under CPT or FOB (Incoterms 2020) the seller has no duty to insure; the risk passes to the buyer at handover. Good practice: remind Katrin that her cover should start at handover in China.

fulfilment-text = Zhang Wei, the sales director, drops by: "We rent space in an overseas warehouse near Hamburg for the German market. Why not send this container there under 9810 and deliver Leine from stock? It ends up in Europe either way."
fulfilment-direct = Ship it straight to Leine as a B2B direct export (9710)
fulfilment-direct-fb = Right. These { $cartons } cartons are sold to one buyer: direct delivery (9710) saves an unloading, storage and a second delivery. At { $order_value } the consignment goes on a full declaration form: the simplified list route is only for consignments of at most RMB 5,000 with no licence, inspection or tax issues (GACC 2020 No. 75). An overseas warehouse (9810) earns its cost with goods not yet sold, kept close to buyers who need them fast.
fulfilment-warehouse = Send it to our Hamburg warehouse under 9810 and deliver Leine from stock there
fulfilment-warehouse-fb = The goods are already sold. Unloading into the warehouse, storing and reloading adds two days and about USD 1,100 without making Leine's delivery any faster. 9810 is for stock held abroad before it is sold.
fulfilment-parcels = Split it into 9610 parcels so each one goes on the simplified list declaration
fulfilment-parcels-fb = 9610 is cross-border B2C retail, parcels to consumers. A container sold to a business buyer is B2B: 9710 for direct delivery, 9810 for stock abroad, on a full declaration at this value (the list route is only for consignments up to RMB 5,000). Splitting a B2B sale into retail parcels misdeclares the trade.

stuffing-text = Mr Wang: "The cargo will travel for weeks through cold nights and warm days, and it will be handled on the way. Hair goods hate damp and crushing. How do we pack and load it?"
stuffing-protect = Liners, desiccant, pallets with dunnage, the load secured, loading and seal photographed (USD 180)
stuffing-protect-fb = Right. Temperature swings cause "container rain", condensation that drips onto the cargo. Desiccants, liners and a dry, secured load prevent most of it, and photos of the loading and the seal are the first thing an insurer asks for in a claim.
stuffing-wrap = Stretch-wrap each pallet stack airtight so no rain or damp reaches the cartons (USD 90)
stuffing-wrap-fb = Stretch wrap keeps the load stable and rain off, but it also traps moisture against warm cartons; without desiccants the condensation stays inside the wrap. Half a measure.
stuffing-bare = Floor-load the cartons as they are: the container is sealed
stuffing-bare-fb = A sealed container is not a dry container. Over weeks of temperature swings moisture condenses and drips, and loose, floor-loaded cartons shift and crush when the cargo is handled.

booking-text = Mr Ma: "Space is confirmed on { $mode ->
        [rail] the Zhengzhou-Hamburg train
        [sea] the Qingdao-Hamburg sailing
       *[other] the Zhengzhou-Frankfurt freighter
    }. The factory finishes packing in { $ready_days } days, and the cut-off is the evening after. When do we move the cargo?"
booking-early = A day before the cut-off, documents sent ahead (one night's storage, USD 60)
booking-early-fb = Right. A day's buffer absorbs a late truck, a queue at the gate or a question about the documents. One night of terminal storage is cheap next to a missed departure.
booking-lastday = On cut-off day itself, to save the night of storage
booking-lastday-fb = It works when nothing goes wrong. A slow truck, a queue at the gate or a question about the documents, and the cargo misses its departure.
booking-factory = When the factory says it is ready: they load for this carrier every week and know its schedule
booking-factory-fb = The factory knows its packing, not the carrier's cut-off. Somebody has to own the deadline, and that is logistics: a day was lost working out who books the truck.

doc-router-rail = Mr Ma sends the draft rail consignment note.
doc-router-sea = Mr Ma sends the draft bill of lading.
doc-router-air = Mr Ma sends the draft air waybill.

check-text = Mr Ma: "Here is the draft { $mode ->
        [rail] CIM/SMGS consignment note
        [sea] bill of lading
       *[other] air waybill
    } for your approval before I file it." Check it against the packing list, today's quotes and Leine's purchase order, and mark every field that is really wrong.
check-packages-fb = { $cartons_swapped } against { $cartons } cartons on the packing list, two digits swapped. Packages must agree across the documents, or the carrier, customs at both ends and Leine's receiving team will all stop at it.
check-container-fb = Today's quotes are per 40-foot high cube, the box this { $cbm } m³ cargo needs: a 20-foot standard container holds only about 33 m³. The document must show the 40' HC the rate was quoted on.
check-chargeable-fb = The chargeable weight is the volume weight, { $chargeable_kg } kg, not the { $gross_kg } kg actual. An air waybill that understates it is corrected by the airline at acceptance, with a bill for the difference and a delay.
check-goods-fb = "{ $cargo_short }" is a general description that does not conflict with the packing list. Transport documents may describe goods in general terms (compare UCP 600 Art. 14(e)).
check-route-fb = This is the usual China-Europe route via Alashankou, and it has two gauge changes: China's standard gauge (1,435 mm) to broad gauge (1,520 mm) at Alashankou / Dostyk on the Kazakh border, and back to standard gauge at Brest / Małaszewicze on the Belarus-Poland border. One CIM/SMGS note covers the whole journey. The transit through Russia and Belarus is why the parties are screened and the insurer confirms cover for the route.
check-clause-fb = "Shipper's load, stow and count" and "said to contain" are standard on a full container the carrier never opened. UCP 600 Art. 26(b) accepts them.
check-order-fb = An order bill of lading "to order of shipper" is negotiable and keeps the goods under your control until you endorse it, which suits a balance paid against documents.
check-negotiable-fb = An air waybill is never negotiable. It is a receipt and a contract of carriage, not a document of title, and the goods are delivered to the named consignee.
check-gross-fb = The gross weight on the air waybill is the actual weight, { $gross_kg } kg, as on the packing list. It is the chargeable weight that must show the higher volume weight.

doc-trouble = The error you let through surfaced at handover to the carrier: the documents were stopped and reissued, Leine's broker received two versions, and the cargo waited. Two days and USD 400 lost.

cutoff-missed = The truck was held at the terminal gate and the cargo missed its departure. The next one with space leaves three days later; USD 150 in extra storage.
cutoff-missed-vessel = The container missed the vessel's cut-off at Qingdao. The next weekly sailing is seven days later; USD 150 in extra storage.
cutoff-made = The cargo made its departure on time.

transit-rail-smooth = The train runs to timetable: Zhengzhou to Hamburg in { $rail_min } days.
transit-rail-slow = The train runs slow across Kazakhstan and Russia: { $rail_max } days to Hamburg, the slow end of the quote.
transit-rail-gauge = Congestion at the gauge change at Małaszewicze: containers wait to be lifted from broad-gauge to standard-gauge wagons. Four days lost.
transit-sea-smooth = The vessel sails on schedule: Qingdao to Hamburg in { $sea_min } days.
transit-sea-congestion-3 = Port congestion at Qingdao: the vessel berths and sails three days late.
transit-sea-congestion-7 = Heavy port congestion at Qingdao: the vessel sails seven days late.
transit-sea-cape = The carrier reroutes around the Cape of Good Hope instead of through Suez: nine more days at sea.
transit-air-smooth = The cargo flies as booked and is trucked from Frankfurt to Hannover.
transit-air-offload = The cargo is offloaded at Zhengzhou to make room for priority freight and flies two days later.

eta-text = Katrin Vogel writes: "Where is our order? Our salons are asking." On the current tracking, the days to spare before the contract deadline at arrival: { $days_left } (a negative number means late).
eta-honest = Send the tracking status and a realistic arrival date now, with any delay and the plan
eta-honest-fb = Right. A buyer can plan around a known delay, not around a surprise. Factual updates before she has to ask are what make a supplier reliable in her eyes.
eta-silent = Wait until the arrival date is firm, then write once, without guesses
eta-silent-fb = Waiting for a firm date reads as ignorance or as hiding something. Katrin has salons to promise stock to, and now trusts your dates less.
eta-promise = Confirm the original date: the carrier says lost days are usually made up before arrival, and the salons need certainty
eta-promise-fb = Promising a date the tracking does not support puts her trust at stake: a date rests on the tracking, not on hopes of lost days made up, and if the cargo is late, the broken promise costs more than the delay.

receipt-text = Mr Wang: "Before the cargo reaches Leine, tell their warehouse how to receive it."
receipt-note = Check seal and cartons, note any damage on the CMR before signing, photograph it, keep damaged cartons for the surveyor, tell us at once
receipt-note-fb = Right. A claim stands on evidence: a reservation on the delivery receipt, photos, the damaged goods kept for the surveyor, and prompt notice. A clean signature says the goods arrived in good order.
receipt-clean = Sign the CMR clean so the driver can leave, then count and photograph the cartons and report any damage within a week
receipt-clean-fb = A clean receipt is evidence that the goods arrived in good condition. Any later claim against the carrier or the insurer starts by contradicting your own buyer's signature, and a week is long enough for the damage to be blamed on her warehouse.
receipt-discard = Photograph any damaged cartons, dispose of them to free the dock, and send us the photos with the bill
receipt-discard-fb = Photos help, but destroying the damaged goods destroys the main evidence. The insurer's surveyor must see them to assess the loss; without that, the claim is usually refused.

damage-yes = The cargo arrives at Leine's warehouse. At the door end, { $wet_cartons } cartons are wet and stained: condensation and rain got in on the way.
damage-no = The cargo arrives at Leine's warehouse, the seal intact and the cartons dry and undamaged.

claim-none = No claim is needed.
claim-paid = The insurer's surveyor inspects the wet cartons, the photos and the reservation on the delivery receipt. Institute Cargo Clauses (A) cover damage by rain and condensation, and the claim is paid to Leine. No cost to you.
claim-rejected = The insurer refuses the claim: with no reservation on the delivery receipt and no damaged cartons held for its surveyor, nothing shows the damage happened in transit. To keep Leine, you credit the { $wet_cartons } cartons yourself: { $wet_loss }.
claim-not-covered = Institute Cargo Clauses (C) do not cover rain or moisture damage in transit, and the insurer declines. To keep Leine, you credit the { $wet_cartons } cartons: { $wet_loss }.
claim-uninsured = There is no cargo insurance on this shipment. After a tense call with Katrin, the { $wet_cartons } wet cartons, { $wet_loss }, become a credit note from your margin.
claim-buyer-risk = The cargo was at Leine's risk from handover in China (CPT/FOB), so the { $wet_cartons } wet cartons are a claim on her own insurance, not on you. Katrin files it, a little sour that nobody reminded her to start cover at handover.

arrival-on-time = The goods are in Leine's warehouse before the contract deadline.
arrival-late = The goods reach Leine after the contract deadline. Katrin applies the late-delivery clause: 0.5% of the order value, { $late_day }, for each day late.
arrival-late-cap = The goods reach Leine more than five days late. Katrin applies the late-delivery clause at its cap, 2.5% of the order value: { $late_cap }.

late-text = Katrin: "The goods arrived after our deadline, so we apply the late-delivery clause and deduct it from the balance. Our salons had to wait." How do you answer?
late-accept = Accept the deduction as the contract sets it, and explain the cause and the fix
late-accept-fb = Right. The clause is in the contract you signed, and an ordinary transport delay is not force majeure. Accepting it cleanly, with a plan, keeps the customer.
late-force-majeure = Invoke force majeure: the delay arose on the railway and at the border, beyond our control
late-force-majeure-fb = Port congestion, rerouting, slow trains and missed cut-offs are ordinary transport risks a seller is expected to plan for, not force majeure; and the channel was your choice. The claim fails and sours the relationship.
late-refuse = Offer it as a discount on her next order instead
late-refuse-fb = A discount on a future order is still a deduction, only postponed, and it ties her next purchase to your lateness. Katrin wanted the contract applied, not a sales offer; she takes the deduction anyway and trusts you a little less. Better than disputing the clause, worse than accepting it.

wh-calc-text = Zhang Wei: "Leine and three other salon wholesalers want weekly top-ups of about { $topup_cartons } cartons, delivered within three days. Before we decide how, price one six-week cycle." The overseas warehouse near Hamburg quotes { $storage_rate } per m³ per week, charged on the whole lot, and { $handling_rate } per carton for handling in and out. A six-week lot with safety stock is { $lot_cartons } cartons, { $stock_cbm } m³, sent by rail groupage for { $rail_lot }; the { $drops } local deliveries (4 salons, 6 weeks) cost { $drop_rate } each. A weekly top-up by air instead: { $topup_cartons } cartons, { $topup_kg } kg, { $topup_litres } litres, at the forwarder's contract rate for small lots, { $topup_air_rate } per kg chargeable, door to door, with the same volume factor as the container quote (6,000 cm³ count as 1 kg).
wh-calc-storage = Overseas warehouse: storage for one six-week cycle (USD)
wh-calc-storage-right = Correct: { $stock_cbm } m³ x 6 weeks at { $storage_rate } a week, { $storage }.
wh-calc-storage-week = That is one week. The lot stays six weeks: multiply by 6, { $storage }.
wh-calc-storage-wrong = Storage is volume x rate x weeks: { $stock_cbm } m³ x { $storage_rate } x 6 = { $storage }.
wh-calc-handling = Overseas warehouse: handling in and out for the six-week lot (USD)
wh-calc-handling-right = Correct: { $lot_cartons } cartons at the per-carton rate, in and out, { $handling }.
wh-calc-handling-wrong = Handling is charged per carton: { $lot_cartons } x { $handling_rate } = { $handling }.
wh-calc-total = Overseas warehouse: the whole cycle, with the rail lot and the local deliveries (USD)
wh-calc-total-right = Correct: storage and handling, plus the rail groupage that stocks the warehouse and the { $drops } local deliveries, { $plan_total }. That is the fair figure to set against door-to-door air.
wh-calc-total-storage = That is storage and handling only. The warehouse route also pays the rail lot to Hamburg and the local deliveries; air is priced door to door, so compare like with like: { $plan_total }.
wh-calc-total-wrong = Add storage, handling, the rail lot ({ $rail_lot }) and { $drops } deliveries at { $drop_rate }: { $plan_total }.
wh-calc-air = Air instead: six weekly top-ups (USD)
wh-calc-air-right = Correct. Each top-up is charged on its volume weight, { $topup_litres } litres / 6 = { $topup_chargeable } kg, not its { $topup_kg } kg; six of them at the contract rate, { $air_six_weeks }.
wh-calc-air-actual = That charges the actual { $topup_kg } kg. Light cartons fly on volume weight: { $topup_litres } litres / 6 = { $topup_chargeable } kg per top-up.
wh-calc-air-week = That is one week's top-up. The cycle has six: { $air_six_weeks }.
wh-calc-air-wrong = Chargeable weight per top-up is the greater of { $topup_kg } kg and { $topup_litres } litres / 6 = { $topup_chargeable } kg; times { $topup_air_rate } per kg; times 6 weeks: { $air_six_weeks }.

reorder-text = Zhang Wei: "Your figures are on the sheet. What do we offer the salons for the season?"
reorder-warehouse = Stock the Hamburg warehouse by rail every six weeks (9810) and deliver each top-up from there
reorder-warehouse-fb = Right. This is what overseas warehouses are for: goods not yet sold, close to buyers who need them fast. Even with the rail lot and the local deliveries, the warehouse route costs less than half as much as weekly airfreight, { $plan_total } against { $air_six_weeks } a cycle, and the salons get next-day delivery. The stock shipments are declared under 9810.
reorder-air = Fly each weekly top-up from Zhengzhou straight to the salons, door to door, in three days
reorder-air-fb = It meets the speed at more than twice the cost of the warehouse route, every week: { $air_six_weeks } against { $plan_total } once the rail lot and the local deliveries are counted. Air suits the urgent exception, not a weekly routine.
reorder-rail = Send each top-up by rail, direct under 9710, in shared containers
reorder-rail-fb = Rail takes about three weeks door to door; the salons want three days. Small lots by rail also pay consolidation and handling each time.
reorder-ahead = Ask the salons to order a month ahead, and ship direct
reorder-ahead-fb = Salons order what sells this week. Asking them to forecast a month ahead pushes your logistics problem onto your customers, and they will buy from a competitor with stock in Germany.

wrapup-failed = Mr Wang goes through the shipment file with you, line by line.
wrapup-late = Mr Wang goes through the shipment file with you.
wrapup-costly = Mr Wang goes through the shipment file and the freight invoices with you.
wrapup-on-time = Mr Wang goes through the shipment file with you and signs it off.

end-on-time = Delivered to Leine on time and within the logistics budget, with { $cash } to spare. The channel, the term and the cover fitted each other, the documents were clean, and the salons have a warehouse plan for the season. Katrin sends the next order.
end-costly = On time, but over the logistics budget: { $cash } at the end. The cargo arrived when promised; the margin did not survive the channel you chose or the losses on the way.
end-late = The goods arrived late and the late-delivery clause took its share, but Leine stays a customer, for now. Budget at the end: { $cash }.
end-failed = This shipment failed: far too late for Leine's season, a loss that nobody had insured, or a buyer who no longer trusts your dates. Budget at the end: { $cash }.
