title = Compliance: EU product rules and rail screening for a charger maker
summary = The compliance desk of a Zhengzhou charger maker: which EU rules apply to a mains charger and a USB cable (LVD, EMC, RoHS, not RED), the DoC and CE, the EU operator and GPSR, WEEE and packaging registration, a reply to the buyer, and screening for rail through Russia and Belarus.

var-cash = Desk budget
var-days_lost = Days lost
var-trust = Buyer's trust

speaker-weber = Ms Katrin Weber, head of purchasing, Rheinkraft Elektro GmbH, Duisburg
speaker-zhang = Mr Zhang Lei, quality and compliance manager, Zhengzhou Huaxin Power Technology Co., Ltd.
speaker-lab = Ms Fang Yu, account manager, Hengtai Testing Laboratory, Shenzhen

doc-order = Purchase order from Rheinkraft Elektro GmbH
field-buyer = Buyer
field-seller = Seller (manufacturer)
field-charger = Charger
field-qty = Chargers ordered (pieces)
field-cable = Cable
field-markets = Where the buyer sells
field-route = Route
order-charger = USB-C mains charger HX-65C, 65 W, USB Power Delivery, plugs into the mains socket
order-cable = Passive USB-C to USB-C cable, 1 m, no electronics, sold separately in the buyer's web shop
order-markets = Germany, France and the Netherlands, to shops and through the buyer's own web shop
order-route = China-Europe rail, Zhengzhou to Duisburg via Kazakhstan, Russia, Belarus and Poland

doc-rating = Rating plate data and the LVD's voltage range
field-in-min = Charger rated input, lowest (V AC)
field-in-max = Charger rated input, highest (V AC)
field-out-max = Charger output, highest (V DC)
field-lvd-ac-min = LVD range, AC: from (V)
field-lvd-ac-max = LVD range, AC: up to (V)
field-lvd-dc-min = LVD range, DC: from (V)
field-lvd-dc-max = LVD range, DC: up to (V)

doc-report = Lab test report HT-26-0917 (cable jacket)
field-sample = Sample
field-jacket = Weight of the jacket material tested (g)
field-limit = RoHS limit, phthalates and the other substances
field-cd = RoHS limit, cadmium
field-result = Result
report-sample = Jacket of the passive USB-C cable, 1 m
report-limit = 0.1% of the weight of the material tested
report-cd = 0.01% of the weight of the material tested
report-result = All ten restricted substances below the limits

doc-doc = EU declaration of conformity (draft from the sales office)
field-doc-product = Product
field-doc-manufacturer = Manufacturer
field-doc-legislation = Union legislation the product conforms to
field-doc-issuer = Issued by
field-doc-place = Place and date of issue

doc-screen = Screening log, Duisburg order (draft)
field-screen-buyer = Buyer and consignee
field-screen-notify = Notify party
field-screen-forwarder = Forwarder
field-screen-operator = Rail operator on the Russian section
field-screen-banks = Banks
screen-buyer = Rheinkraft Elektro GmbH, Duisburg: checked against EU, US, UK and Chinese lists, no match
screen-notify = Rheinkraft Logistik GmbH, Duisburg: not checked (same group as the buyer)
screen-forwarder = Zhongyu International Freight, Zhengzhou: checked against EU, US, UK and Chinese lists, no match
screen-operator = Russian Railways: EU financing limits since 2022, no asset freeze; carriage through Russia allowed; annexes to be rechecked before booking
screen-banks = Not checked (banks are regulated themselves)

scope-text = Monday 7 December 2026. Ms Weber's first order is { $qty } HX-65C chargers. "Before we import: which EU rules does the charger have to meet? My colleague thinks the USB-C port puts it under the radio equipment rules."
scope-lvd = The Low Voltage, EMC and RoHS directives: its mains input of { $in_min } to { $in_max } V AC lies inside the LVD's range
scope-red = The Radio Equipment Directive as amended by 2022/2380, the common-charger rule, since the charger has a USB-C port
scope-output = EMC and RoHS only: its output of at most { $out_max } V DC lies below the 75 V DC where the LVD's range begins
scope-lvd-fb = Right. A mains charger falls under the LVD (2014/35/EU: 50 to 1000 V AC, 75 to 1500 V DC), EMC (2014/30/EU) and RoHS (2011/65/EU with (EU) 2015/863: ten substances at 0.1%, cadmium 0.01%). Its input of { $in_min } to { $in_max } V AC puts it in the LVD's range.
scope-red-fb = No. RED as amended by Directive (EU) 2022/2380 is the common-charger rule: it regulates devices (phones, earbuds, speakers) that must have a USB-C receptacle. It is not a rule for chargers. The charger is under the LVD (2014/35/EU), EMC (2014/30/EU) and RoHS with 2015/863. Re-testing under RED costs you the lab fee and five days.
scope-output-fb = No. The LVD (2014/35/EU) covers equipment rated at 50 to 1000 V AC or 75 to 1500 V DC, and the charger is rated for a mains input of { $in_min } to { $in_max } V AC. Its low-voltage output does not take it out. EMC (2014/30/EU) and RoHS with 2015/863 apply too.

cable-text = Mr Zhang: "Rheinkraft also buys our 1 m USB-C cable, a plain passive cable with no electronics in it. Which rules do we put in its file?"
cable-rohs = RoHS with 2015/863, and the GPSR for its safety; no LVD, and no EMC as it is passive
cable-lvd = The same as the charger: LVD, EMC and RoHS, so that both products share one declaration
cable-none = None: a passive cable is outside the CE directives, so nothing applies to it in the EU
cable-rohs-fb = Right. The cable only carries the charger's low-voltage DC output (here at most 20 V), far below the LVD's 75 V DC: it is outside the LVD, and outside EMC unless it is active. RoHS (2011/65/EU with 2015/863) applies, and the GPSR ((EU) 2023/988) covers its safety.
cable-lvd-fb = No. The LVD (2014/35/EU) starts at 75 V DC; a cable carrying the charger's output of at most 20 V DC is outside it, and a passive cable is outside EMC too. Declaring it under directives that do not apply costs tests and misleads anyone who reads the file. RoHS with 2015/863 applies, and the GPSR covers safety.
cable-none-fb = No. The cable is outside the LVD and, being passive, outside EMC, but RoHS (2011/65/EU with 2015/863) applies to it, and the GPSR ((EU) 2023/988) covers the safety of consumer products such as this cable.

limits-text = Mr Zhang hands you the lab's report on the cable jacket. "Three figures for the file, please: the LVD's lower AC limit, and the two RoHS maxima for this jacket."
limits-floor = The lowest AC voltage the LVD covers (V)
limits-floor-right = Right: the LVD covers 50 to 1000 V AC and 75 to 1500 V DC (2014/35/EU).
limits-floor-dc = { $entry } V is the LVD's DC floor. For alternating current the range starts at 50 V (2014/35/EU: 50 to 1000 V AC, 75 to 1500 V DC).
limits-floor-input = { $entry } V is the charger's lowest rated input, not the directive's range. The LVD covers 50 to 1000 V AC (2014/35/EU).
limits-floor-wrong = You entered { $entry }. The LVD (2014/35/EU) covers { $expected } to 1000 V AC and 75 to 1500 V DC.
limits-phthalate = The most DEHP (a phthalate) the jacket may contain (mg)
limits-phthalate-right = Right: 0.1% of the jacket's weight. RoHS with 2015/863 limits ten substances, phthalates among them since 22 July 2019, to 0.1% by weight.
limits-phthalate-cd = { $entry } mg applies cadmium's 0.01% limit. Phthalates take the general 0.1% limit (RoHS with 2015/863): { $expected } mg.
limits-phthalate-percent = { $entry } mg is 1% of the jacket. The RoHS limit is 0.1% (2011/65/EU with 2015/863): { $expected } mg.
limits-phthalate-wrong = You entered { $entry }. 0.1% of the jacket's weight, in milligrams: { $expected } mg (RoHS with 2015/863).
limits-cadmium = The most cadmium the jacket may contain (mg)
limits-cadmium-right = Right: cadmium alone has the stricter limit of 0.01% by weight (RoHS with 2015/863).
limits-cadmium-general = { $entry } mg applies the general 0.1% limit. Cadmium's limit is 0.01%: { $expected } mg (RoHS with 2015/863).
limits-cadmium-wrong = You entered { $entry }. 0.01% of the jacket's weight, in milligrams: { $expected } mg (RoHS with 2015/863).
step-jacket-mg = Jacket weight in mg
step-limit = General RoHS limit
step-cd-limit = Cadmium limit
step-phthalate = Most DEHP allowed (mg)
step-cadmium = Most cadmium allowed (mg)

cc-text = Ms Weber: "Our lawyer mentioned the EU common-charger rule. Does it mean we may no longer sell your chargers on their own, or that you must re-certify them?"
cc-devices = Neither: the rule makes devices carry a USB-C port and be offered without a charger; chargers are untouched
cc-red = To be safe we re-assess the charger under the Radio Equipment Directive and update its declaration before the first shipment
cc-ban = Since 28 December 2024 chargers may no longer be sold on their own in the EU; sell them only in a kit with our cable
cc-devices-fb = Right. RED as amended by Directive (EU) 2022/2380 regulates devices: phones, earbuds and speakers need a USB-C receptacle from 28 December 2024 (laptops from 28 April 2026) and must be offered without a charger. It regulates devices; it is not a ban on chargers.
cc-red-fb = No. The common-charger rule (RED as amended by (EU) 2022/2380) regulates devices, not chargers. The charger stays under the LVD, EMC and RoHS; a RED assessment costs the lab fee and five days for nothing.
cc-ban-fb = No. The 28 December 2024 date is when devices such as phones must have a USB-C receptacle (RED as amended by (EU) 2022/2380); they must be offered without a charger. Chargers sold alone are not banned. Telling the buyer otherwise costs you her trust.

lab-text = Ms Fang of the test lab calls: "Your EMC and safety reports are ready. For { $lab_fee } more we issue a CE certificate, which is what buyers ask for."
lab-declare = No certificate, thanks; your reports go into our technical file, and we sign the EU DoC and affix CE ourselves
lab-buy = Yes, issue it: Rheinkraft gets the CE certificate as our proof of conformity, which saves us writing a declaration
lab-both = Yes, we take it for buyers who ask; we still sign our own EU DoC and keep your reports in our technical file
lab-declare-fb = Right. CE is the manufacturer's declaration, not a lab certificate: the manufacturer carries out the conformity assessment, keeps the technical file, signs the EU declaration of conformity and affixes CE. The lab's test reports are evidence in that file.
lab-buy-fb = No. A lab's "CE certificate" does not make the product conform and does not replace your EU DoC: the manufacturer does the conformity assessment, keeps the technical file, signs the EU DoC and affixes CE. "The lab's CE certificate covers us" is a classic mistake, and it costs { $lab_fee }.
lab-both-fb = Partly. You still do what the rules require (technical file, EU DoC, CE by the manufacturer), but you pay { $lab_fee } for a paper that proves nothing more and feeds the buyer's belief that CE is a lab certificate.

doc-check-text = Mr Zhang: "The sales office drafted the EU declaration of conformity for the HX-65C. Mark every entry that is wrong before it goes to Duisburg."
doc-legislation-fb = Wrong: the charger is not radio equipment. The DoC must name the LVD (2014/35/EU) together with EMC (2014/30/EU) and RoHS (2011/65/EU with 2015/863).
doc-issuer-fb = Wrong: the EU DoC is the manufacturer's declaration, signed by the manufacturer. The lab's report is evidence in the technical file; the lab neither issues nor certifies the DoC.
doc-product-fb = Correct as it stands: a rated input of { $in_min } to { $in_max } V AC is what puts the charger inside the LVD's 50 to 1000 V AC.
doc-manufacturer-fb = Correct as it stands: the manufacturer is the Zhengzhou company, which draws up the DoC.
doc-slipped = The draft goes to Duisburg as it is, with the wrong directive or the lab named as issuer.

operator-text = Ms Weber: "The market authority says every charger needs an EU-established economic operator named with it. Who is that here, and what goes on the packaging?"
operator-importer = Rheinkraft as the importer: your name and postal address go on the product or its packaging
operator-factory = We are the manufacturer: our Zhengzhou name and address on the box is all that is needed
operator-ar = We appoint a paid authorised representative in the EU by written mandate, and name it
operator-liable = As the maker we alone carry the product liability, so no EU name or address is needed on the label
operator-importer-fb = Right. Regulation (EU) 2019/1020 Art 4 (since 16 July 2021): products under the LVD, EMC, RoHS and RED need an EU-established operator (manufacturer, importer, authorised representative or fulfilment service provider) named with the product. Rheinkraft imports the goods, so it is that operator.
operator-factory-fb = No. A manufacturer outside the EU is not an EU-established operator. Regulation (EU) 2019/1020 Art 4 requires one (importer, authorised representative or fulfilment service provider) named with the product. With only a Zhengzhou address the charger has no EU contact on its label.
operator-ar-fb = Partly. An authorised representative is one of the operators Regulation (EU) 2019/1020 Art 4 allows, so this is lawful, but Rheinkraft is already the importer and is that operator: you pay { $ar_fee } and two days for what you had.
operator-liable-fb = No. "The factory alone is liable" is a common mistake: Regulation (EU) 2019/1020 Art 4 requires an EU-established operator (importer, authorised representative or fulfilment service provider) named with LVD, EMC and RoHS products, whatever the maker's liability.

gpsr-text = Ms Weber: "We also list your fabric travel pouch for the charger and cable in our web shop. It is not electrical and carries no CE. What do we need for it?"
gpsr-listing = The GPSR applies: an EU responsible person, and the listing shows the information the GPSR requires for it
gpsr-none = Nothing: without CE marking no EU operator rule applies, and a web shop may list the pouch as it is
gpsr-doc = The charger's declaration of conformity covers the pouch as an accessory, so nothing else is needed for it
gpsr-listing-fb = Right. The GPSR ((EU) 2023/988, from 13 December 2024) covers consumer products outside the CE directives, such as this pouch: Art 16 requires a responsible person in the EU, as Art 4 of 2019/1020 does for CE products, and Art 19 sets the information an online listing must show.
gpsr-none-fb = No. The GPSR ((EU) 2023/988, from 13 December 2024) extends the rule to other consumer products: Art 16 requires an EU responsible person, and Art 19 sets what an online listing must show.
gpsr-doc-fb = No. A DoC covers the product and the legislation it names; the pouch is not electrical and under none of them. Its safety falls under the GPSR ((EU) 2023/988), with an EU responsible person (Art 16) and listing information (Art 19).

weee-text = Ms Weber: "WEEE registration: who registers, and where? We sell in Germany, France and the Netherlands."
weee-each = Rheinkraft, as the importer and so the WEEE producer, registers in each of the three member states it sells in
weee-eu = One registration in the EU WEEE register covers all three countries, and we take care of it for you
weee-maker = We, the Chinese maker, are the producer; we register in China and you need not register anywhere
weee-each-fb = Right. Under WEEE (2012/19/EU) the one who places EEE from a third country on a member state's market is the "producer": here the importer. Registration is per member state; there is no EU register.
weee-eu-fb = No. There is no EU-wide WEEE register: registration is in each member state where the product is sold (2012/19/EU). The importer placing the goods on the market is the producer.
weee-maker-fb = No. Under WEEE (2012/19/EU) the producer is whoever places the EEE on a member state's market from a third country: Rheinkraft, the importer. Registration is per member state.

packaging-text = Ms Weber: "And the packaging? Each charger ships in a printed carton. Our marketplace has started asking for packaging numbers."
packaging-epr = Under the PPWR, EPR registration in each member state, by you or an authorised representative
packaging-single = The PPWR is an EU regulation, so one EU-wide packaging registration replaces all the national ones
packaging-later = Packaging is the shop's own business; marketplaces only list the product and may not ask for more
packaging-epr-fb = Right. The PPWR ((EU) 2025/40) entered into force on 11 February 2025 and applies from 12 August 2026: EPR registration is per member state, an authorised representative is possible, and marketplaces must verify the registration.
packaging-single-fb = No. The PPWR ((EU) 2025/40, applying from 12 August 2026) keeps EPR registration per member state, with an authorised representative possible.
packaging-later-fb = No. Under the PPWR ((EU) 2025/40, applying from 12 August 2026) marketplaces must verify the seller's EPR registration, which is made in each member state.

reply-text = Ms Weber writes: "Please answer my colleagues in one email: which EU directives or regulations apply to the HX-65C, who is the EU economic operator, who registers for WEEE and where, and which compliance documents you will send us." Write the reply in English (whatever language your screen shows), naming the rules, the charger's rated input, the operator, the WEEE registration and the documents.
reply-rules = Names the LVD, EMC and RoHS as the rules for the charger, and does not put the charger under RED
reply-rules-fb = A mains charger is under the LVD (2014/35/EU), EMC (2014/30/EU) and RoHS (2011/65/EU with 2015/863). RED as amended by (EU) 2022/2380 regulates devices, not chargers.
reply-voltage = States the rated input (up to { $in_max } V AC) that puts the charger inside the LVD
reply-voltage-fb = The input of { $in_min } to { $in_max } V AC lies within the LVD's 50 to 1000 V AC: the figure is what decides the directive.
reply-operator = Names Rheinkraft, the importer, as the EU economic operator
reply-operator-fb = Regulation (EU) 2019/1020 Art 4: an EU-established operator named with the product; the importer fills that role.
reply-documents = Offers the EU declaration of conformity, not a "CE certificate" from the lab
reply-documents-fb = CE is the manufacturer's declaration: the buyer receives the EU DoC; the lab's reports stay in the technical file.
reply-weee = Says WEEE registration is needed in each member state where Rheinkraft sells
reply-weee-fb = WEEE (2012/19/EU): the importer is the producer and registers in each member state; there is no EU register.
reply-tone = Tone: clear and courteous, one answer per question, no jargon left unexplained
reply-tone-0 = Muddled or curt: answers are missing or buried, or the buyer is told to find out for herself
reply-tone-1 = Correct but hard to use: the answers are there but not one per question, or full of unexplained numbers
reply-tone-2 = Clear and courteous: one short answer per question, the documents listed, and what happens next

route-text = Ms Weber: "Our bank says the EU has banned China-Europe rail through Russia. Should we ship by sea instead?"
route-screen = Keep the rail: non-Russian goods in transit are not caught unless imported or stored there; we screen every party
route-ban = Switch to sea through the Suez Canal: the EU has banned all China-Europe rail through Russia since 2022, whatever the goods
route-free = Keep the rail and book it today: goods made in China for a German buyer raise no sanctions question at all
route-screen-fb = Right. The Commission (2023): non-Russian goods transiting Russia are not caught by EU sanctions, save goods imported into Russia or stored there by a Russian buyer. Screening the parties and the goods, and logging it, is how you show it.
route-ban-fb = No. "The EU bans all China-EU rail" is a common mistake. The Commission (2023): non-Russian goods in transit through Russia are not caught, save goods imported into or stored in Russia by a Russian buyer. Switching costs you two weeks and the freight difference.
route-free-fb = No. Transit is allowed, but not without checks: goods imported into or stored in Russia by a Russian buyer are caught, the 11th package (June 2023) bans the transit via Russia of more EU exports (dual-use, aviation), and every party must be screened. "No sanctions issue at all" is a common mistake.

screen-check-text = Mr Zhang: "Here is the screening log for the Duisburg order. Mark every entry that leaves a gap before we book the train."
screen-notify-fb = A gap: every party is screened, the notify party too, whatever group it belongs to. Exporters check buyer, consignee, notify party, forwarder, operator and banks against the EU, US, UK and Chinese lists.
screen-banks-fb = A gap: the banks are parties to the deal and are screened like the others (EU, US, UK and Chinese lists).
screen-operator-fb = Right as it stands: Russian Railways is under financing limits since 2022, not an asset freeze, and the log says the annexes are rechecked before booking.
screen-forwarder-fb = Right as it stands: the forwarder is checked against all four sets of lists.
screen-slipped = The log is filed with a gap still in it.

dual-text = Mr Zhang: "Do we check anything on the Chinese side before these chargers leave?"
dual-check = Yes: we check the goods against China's dual-use rules and the control list, and we log the result
dual-weapons = No: China's export controls cover weapons and military goods, never consumer electronics such as chargers
dual-eu = No: screening the parties against the EU, US and UK lists already covers every export rule there is
dual-check-fb = Right. China's Regulations on the export control of dual-use items are in force since 1 December 2024, with the list in MOFCOM announcement 2024 No. 51; exporters check their goods against it and keep the record.
dual-weapons-fb = No. China's dual-use Regulations (in force 1 December 2024, list MOFCOM 2024 No. 51) cover civilian goods with possible military use; the goods are checked against the list and the check recorded.
dual-eu-fb = No. Party screening on foreign lists is not a check of the goods under China's own rules: the dual-use Regulations (in force 1 December 2024, list MOFCOM 2024 No. 51).

insurer-text = Mr Zhang: "The cargo is insured under our annual policy. The route now runs through Russia and Belarus. What do we do about cover?"
insurer-written = Ask the insurer for written confirmation that our policy covers this rail route, before we book the train
insurer-phone = Our broker said on the phone that our annual policy is fine for any route; that is enough for the file
insurer-skip = Ship uninsured: the war exclusions surely rule out any route through Russia, so cover is pointless
insurer-written-fb = Right. Exporters get the cargo insurer's written confirmation of cover for the route. How the exclusions read for this route is not something the desk can settle alone: the insurer's written word is what counts.
insurer-phone-fb = Not enough. A phone call leaves nothing in the file if a loss happens on the Russian section. Exporters ask the insurer for written confirmation of cover for the route.
insurer-skip-fb = No. Nobody on the desk knows how the policy's exclusions read for this route: ask the insurer for written confirmation of cover. Shipping uninsured on a guess risks the whole cargo.

bank-query = Rheinkraft's bank holds the payment and asks how the shipment through Russia and Belarus was screened. (The odds of such a query are raised here for practice.)
bank-none = The payment goes through without questions.
bank-hold-text = Ms Weber: "My bank wants to see your screening before it releases the payment. What do I send?"
bank-hold-log = The screening log, any gap closed first: the parties and the goods checked, and the insurer's reply
bank-hold-transit = An email stating that the goods only pass through Russia in transit, so no sanctions question can arise
bank-hold-sea = Nothing; we reroute the next shipments by sea so that the bank has nothing left to ask about
bank-hold-log-fb = Right. The bank wants evidence, so any party or check still missing is done before the log goes. The log shows the parties screened (buyer, consignee, notify party, forwarder, operator, banks), the goods checked under China's dual-use rules, and the insurer's written confirmation. The bank releases the payment in two days.
bank-hold-transit-fb = No. Transit is not caught in itself, but the bank asks for evidence, not a claim: a log of the parties screened and the goods checked. The payment waits six days.
bank-hold-sea-fb = No. Transit of non-Russian goods through Russia is not caught, save goods imported into or stored there by a Russian buyer; the answer is the screening record, not three more weeks at sea.

market-found = A market surveillance authority in North Rhine-Westphalia checks Rheinkraft's listing and asks for the charger's documents: it has found a problem. (The odds are raised here for practice.)
market-routine = A market surveillance authority picks the charger for a routine documents check. (The odds are raised here for practice.)
market-none = No authority asks about the charger this season.
authority-text = Ms Weber: "The authority wants the declaration of conformity and asks who answers for the product. What do we answer?"
authority-file = Through Rheinkraft: the EU DoC and the technical file with the lab reports, correcting any error at once
authority-lab = The lab's CE certificate, which proves that the charger was tested and certified by an accredited lab in Shenzhen
authority-delist = Ask Rheinkraft to take the listing down quietly until the authority's interest has passed
authority-file-fb = Right. The EU operator answers the authority with the manufacturer's EU DoC and technical file (Regulation (EU) 2019/1020 Art 4); errors are corrected, not hidden.
authority-lab-fb = No. CE is the manufacturer's declaration; a lab's "certificate" is not the EU DoC. Without a proper DoC and an EU operator, the authority has the charger withdrawn from the market.
authority-delist-fb = No. The authority's question goes to the EU operator named with the product (Regulation (EU) 2019/1020 Art 4), and a hidden listing answers nothing. It costs the buyer's trust and the unsold stock.

wrapup-withdrawn = The authority orders the charger withdrawn from the market.
wrapup-lost = Rheinkraft pays, but places its next order elsewhere.
wrapup-costly = The goods are sold, after delays and extra work.
wrapup-clean = The goods reach Duisburg and sell without trouble.
end-clean = Every rule matched to its product, the DoC right, the EU operator named, WEEE and packaging registered, the screening logged. Rheinkraft doubles the next order.
end-costly = The chargers reach the market, but the mistakes on the way cost days, money and some of the buyer's confidence.
end-lost = Rheinkraft finds a supplier whose compliance file it does not have to fix itself.
end-withdrawn = The chargers are withdrawn from the EU market: without a proper EU DoC from the manufacturer the product may not be sold there.
