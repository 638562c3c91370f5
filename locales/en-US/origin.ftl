title = Origin: certificates and preferences for a Zhengzhou exporter
summary = A week at the origin desk of a Zhengzhou pump maker: which certificate for Kazakhstan and for Germany, a Form E to check, Form E or RCEP, whether an RCEP claim is earned (RVC40, accumulation, CTH, de minimis), who signs, back-to-back proof and a verification request.

var-cash = Desk budget
var-days_lost = Days lost
var-trust = Buyers' trust

speaker-li = Ms Li Jing, export manager, Zhengzhou Songyue Pump Co., Ltd.
speaker-seitkali = Mr Arman Seitkali, buyer, TOO Dala Su Tekhnika, Almaty
speaker-becker = Mr Jonas Becker, purchasing, Elbe Pumpen GmbH, Hamburg
speaker-santoso = Mr Budi Santoso, director, PT Tirta Makmur Teknik, Jakarta
speaker-sato = Ms Sato Yuki, import manager, Naniwa Mizu Kiki K.K., Osaka
speaker-zhou = Mr Zhou Hang, Shanghai Hengtong Trading Co., Ltd. (sales agent for Japan)
speaker-tan = Mr Tan Wei Ming, Merlion Flow Pte Ltd, Singapore

doc-invoice = Commercial invoice (Jakarta order)
doc-fe = Form E application (draft from the sales office)
doc-tariff = Indonesian import duty on the HX-60 line (from the buyer's broker)
doc-bom200 = Origin file: HX-200 lot for Osaka
doc-bom90 = Origin file: HX-90 lot for Osaka
field-invoice-no = Invoice number
field-invoice-date = Invoice date
field-seller = Seller
field-buyer = Buyer
field-goods = Goods
field-quantity = Quantity and packing
field-amount = Amount
invoice-quantity = { $id_pcs } pcs in { $id_ctn } cartons, G.W. { $id_gw } kg
invoice-amount = { $id_pcs } pcs at { $id_unit } = { $id_amount } FOB Qingdao, Incoterms 2020
field-fe-exporter = Box 1: exporter
field-fe-consignee = Box 2: consignee
field-fe-transport = Means of transport and route
field-fe-goods = Marks, packages and description of goods
field-fe-quantity = Quantity and packages
fe-quantity = { $id_pcs } pcs in { $id_ctn } cartons
fe-quantity-wrong = { $id_pcs_wrong } pcs in { $id_ctn } cartons
field-fe-weight = Gross weight
fe-weight = { $id_gw } kg G.W.
field-fe-criterion = Origin criterion
fe-criterion = { $rvc60 }% (regional value content)
fe-criterion-wrong = { $rvc60_swap }% (regional value content)
field-fe-invoice-no = Invoice number
field-fe-invoice-date = Invoice date
field-tariff-line = Tariff line
field-tariff-mfn = MFN rate (no preference)
field-tariff-acfta = ACFTA rate, with Form E
field-tariff-rcep = RCEP rate for goods from China
tariff-line = Electric water pumps, model HX-60, as classified by the buyer's broker
doc-file60 = Origin file: HX-60 (our origin desk)
field-file60-origin = Origin status
file60-origin = The HX-60 meets both the ACFTA and the RCEP rule for its line
field-file60-rvc = Regional value content (the Form E's origin criterion)
file60-rvc = { $rvc60 }%
field-bom-lot = Lot
field-bom-fob = FOB value of the lot
field-bom-rule = Product-specific rule (RCEP, heading 8413)
field-bom-steel = Stainless housings and impellers, cast in Zhengzhou from Chinese steel (originating)
field-bom-motors = Motors from Korea, with the Korean maker's RCEP certificate of origin
field-bom-seals = Mechanical seals from Germany, no proof of origin
field-bom-controls = Pressure controllers from the USA (heading 9032)
field-bom-formula = Method
field-bom-rvc = Regional value content (computed)
field-bom90-controls = Non-originating: electronic controllers from the USA (heading 9032)
field-bom90-impellers = Non-originating: impellers from Germany (heading 8413, parts of pumps)
field-bom90-rest = Originating: Chinese materials bought from makers in Henan, with labour, overhead and profit
bom200-lot = { $qty200 } electric water pumps HX-200 (heading 8413), FOB Qingdao
bom90-lot = { $qty90 } electric water pumps HX-90 (heading 8413), FOB Qingdao
bom90-rvc = { $rvc90 }%
bom-rule = RVC40 or CTH
bom-formula = RVC = (FOB value − value of non-originating materials) ÷ FOB value × 100

kazakh-text = Monday. Ms Li has put you on the origin desk for the week. First an email from Almaty: { $kz_pcs } HX-60 pumps will go by rail through Alashankou. Mr Seitkali writes: "Our customs broker wants the certificate that gives us the lowest duty on Chinese goods. Which one will you send?"
kazakh-mfn = No FTA links China and Kazakhstan, so the pumps pay the MFN duty; we send a non-preferential certificate of origin if his customs asks
kazakh-mfn-fb = Right. Kazakhstan has no FTA with China. The China–EAEU Agreement signed on 17 May 2018 is a non-preferential agreement, and the EAEU dropped China from its GSP on 12 October 2021. So the duty is MFN, and a non-preferential CO, which proves origin only, is all that applies.
kazakh-forme = A Form E: the China–EAEU Agreement of 2018 opened Asian preferences to Kazakhstan, and customs in Almaty treat Chinese goods with a Form E like ASEAN trade
kazakh-forme-fb = Form E belongs to the ASEAN–China FTA (ACFTA), and Kazakhstan is not in ASEAN. The China–EAEU Agreement of 17 May 2018 is non-preferential: it cuts no duty. The Form E would be refused in Almaty; three days and the buyer's patience were lost.
kazakh-rcep = An RCEP certificate: RCEP is the big Asian agreement of 2022, it covers China's neighbours, and it gives Chinese machinery the lowest rates in the region
kazakh-rcep-fb = RCEP's Parties are the ten ASEAN members plus China, Japan, Korea, Australia and New Zealand. Kazakhstan is not one of them, so an RCEP certificate gives nothing there. The broker rejected it and asked again: three days lost.
kazakh-gsp = A GSP certificate: the Eurasian Economic Union still gives developing countries such as China a lower duty on machinery than the MFN rate
kazakh-gsp-fb = The EAEU took China off its GSP list on 12 October 2021, so no GSP preference exists for Chinese goods in Kazakhstan. With no FTA either, the duty is MFN; a non-preferential CO is the certificate to offer.

forma-text = Tuesday. Mr Becker from Hamburg orders { $de_pcs } HX-60 pumps and writes: "Our forwarder says that with a GSP Form A we pay less EU duty. Please send one with the shipping documents."
forma-nonpref = Explain that Form A is no longer issued for the EU, so there is no GSP preference, and offer a non-preferential certificate of origin
forma-nonpref-fb = Right. Under GACC 2021 No. 84, from 1 December 2021 China issues no Form A for the EU, the UK, Canada, Turkey, Ukraine or Liechtenstein; a non-preferential CO is what exporters send instead. It proves origin and cuts no duty, and a clear answer saves the forwarder a failed claim.
forma-apply = Apply for the Form A: his forwarder knows EU customs, the fee is small, and Hamburg may still grant the old GSP rate on pumps
forma-apply-fb = Since 1 December 2021 Chinese issuers give no Form A for the EU, the UK, Canada, Turkey, Ukraine or Liechtenstein (GACC 2021 No. 84). The application was refused, and four days went on emails. Offer a non-preferential CO instead.
forma-rcep = Send an RCEP certificate instead: it is the newest Chinese preferential certificate and replaces the old Form A
forma-rcep-fb = RCEP is an agreement among its fifteen Asian-Pacific Parties; Germany and the EU are not among them, so an RCEP certificate gives nothing in Hamburg. There is no preference for these pumps in the EU: send a non-preferential CO (GACC 2021 No. 84 ended Form A for the EU).
forma-none = Tell him certificates of origin are no longer used for the EU; "Made in China" on the cartons and invoice is the proof
forma-none-fb = No preference is right (no Form A for the EU since 1 December 2021, GACC 2021 No. 84), but the advice is wrong: non-preferential certificates of origin still exist and the EU importer's customs may ask for one; "Made in China" on a carton is not a certificate. Mr Becker's forwarder had to ask twice.

issuer-text = Both Almaty and Hamburg now want a non-preferential certificate of origin. Ms Li: "Where do we apply for it?"
issuer-both = To customs or to CCPIT: both issue non-preferential certificates, so we use whichever desk is quicker this week
issuer-both-fb = Right. Customs and CCPIT (the China Council for the Promotion of International Trade) both issue certificates of origin. Since 1 January 2022 CCPIT also issues RCEP and back-to-back certificates. Choosing the quicker desk is sound practice.
issuer-ccpit = To CCPIT only: customs issue the preferential certificates, and CCPIT issues the non-preferential ones
issuer-ccpit-fb = CCPIT does issue non-preferential certificates, so you got one, but the rule is wrong: customs issue them too, and CCPIT also issues RCEP certificates since 1 January 2022. Insisting on one desk cost a day in its queue.
issuer-customs = To customs only: a certificate from a chamber of commerce is a private paper that foreign customs need not accept
issuer-customs-fb = Customs do issue non-preferential certificates, so you got one, but CCPIT's certificates are official too: customs and CCPIT both issue, and CCPIT issues RCEP certificates since 1 January 2022. Insisting on one desk cost a day in its queue.
issuer-letterhead = Neither: we print an origin statement on our letterhead, signed and stamped by the export manager, which costs nothing
issuer-letterhead-fb = A certificate of origin is issued by an authority, customs or CCPIT, not by the exporter. A statement on our own letterhead is not a certificate; both buyers' brokers sent it back and asked again.

fe-check-text = Wednesday. PT Tirta Makmur in Jakarta orders { $id_pcs } HX-60 pumps. The sales office drafted the Form E application from its files. Check it against the invoice and our origin file, and mark every field that must change before it goes to customs.
fe-consignee-fb = Not a discrepancy: box 2 names the same buyer as the invoice, PT Tirta Makmur Teknik, with its full street address. That is the buyer in Indonesia, no Hong Kong or Taiwan intermediary, as the revised Form E asks (GACC 2019 No. 136), and more detail is not a conflict.
fe-transport-fb = Not a discrepancy: the pumps are sold FOB Qingdao and go by sea from Qingdao to Jakarta, which is exactly what the route says.
fe-weight-fb = Not a discrepancy: the gross weight is the invoice's, { $id_gw } kg for { $id_ctn } cartons.
slip-exporter-fb = Box 1 of the revised Form E (GACC 2019 No. 136, from 20 August 2019) must be the Chinese exporter, Zhengzhou Songyue Pump; no Hong Kong or Taiwan intermediary may appear in boxes 1 and 2. The draft put our Hong Kong company there.
slip-invoice-no-fb = The invoice is { $inv_no }; the draft says { $inv_no_wrong }. The Form E must name the invoice that goes with the goods, or Indonesian customs cannot match the certificate to the shipment.
slip-invoice-date-fb = The invoice is dated { $inv_date }; the draft says { $inv_date_wrong }. The Form E must name the invoice that goes with the goods, number and date, or Indonesian customs cannot match the certificate to the shipment.
slip-goods-fb = The invoice sells model HX-60; the draft describes model HX-90. The certificate must describe the goods on the invoice, or it proves the origin of something else.
slip-quantity-fb = The invoice has { $id_pcs } pcs in { $id_ctn } cartons; the draft says { $id_pcs_wrong } pcs. The Form E must show the quantity on the invoice, or Indonesian customs cannot match the certificate to the shipment.
slip-criterion-fb = Our origin file gives the HX-60 { $rvc60 }% regional value content; the draft's criterion says { $rvc60_swap }%, the digits swapped. The criterion box must state what our origin file proves, { $rvc60 }%: the file is the evidence behind the certificate, and { $rvc60_swap }% is a figure it does not show.
fe-slipped = The draft went to customs with what you left in it, and the Form E was issued as drafted.

compare-text = Mr Santoso calls: "My broker read that RCEP is the newest and best agreement. Should we use an RCEP certificate instead of the Form E?" The broker's duty table for the line is attached.
compare-forme = Keep the Form E: the broker's own table gives { $acfta } under ACFTA and { $rcep } under RCEP for this line, and we meet both
compare-forme-fb = Right. RCEP rates are not always below ACFTA rates: compare, line by line. Here the broker's table gives { $acfta } under ACFTA with a Form E and { $rcep } under RCEP, and our origin file says the HX-60 meets both rules, so the Form E saves the buyer { $rcep_gap } of the customs value in duty.
compare-rcep = Switch to RCEP, the newer agreement with the wider region, as his broker suggests; it is what most buyers in the region ask for now
compare-rcep-fb = Newer is not cheaper. For this line the broker's own table gives { $rcep } under RCEP and { $acfta } under ACFTA, so RCEP costs Mr Santoso { $rcep_gap } more of the customs value in duty. RCEP rates are not always below ACFTA rates: compare before choosing.
compare-none = Send a non-preferential certificate and let him pay the MFN { $mfn }: preference paperwork invites queries
compare-none-fb = A non-preferential CO proves origin only; a preferential one (Form E, RCEP) cuts duty. The HX-60 meets the rule and a Form E gives { $acfta }, so giving up an earned preference costs the buyer the full MFN { $mfn } and helps nobody; a correct Form E is not a risk.

jakarta-refused = Friday. Jakarta customs refused the Form E: what was left uncorrected in the draft failed their check against the invoice and the rules of the form. They ask for the full MFN duty unless a valid certificate comes. Mr Santoso is on the phone.
jakarta-slipped = Friday. The Form E with its mistakes passed in Jakarta this time; a later check could still pick it up.
jakarta-cleared = Friday. The Jakarta entry went through on the certificate you chose.

refusal-text = Mr Santoso: "My customs want a valid certificate or the full duty. What are you doing about it?"
refusal-replace = Apologise, say exactly what was wrong, and ask the Zhengzhou customs origin desk how to replace the Form E with a correct one
refusal-replace-fb = The sound way out: name the error and fix it at the issuer. A Form E must match the invoice it names, and box 1 must be the Chinese exporter, with no HK or TW intermediary in boxes 1 and 2 (revised form, GACC 2019 No. 136). It cost days and a fee, and it would have cost nothing at the draft stage.
refusal-hk = Write to Jakarta customs on our letterhead that the goods are as invoiced and the differences are clerical, so the Form E can stand
refusal-hk-fb = That defends the error. A Form E must match the invoice it names and follow the revised form (GACC 2019 No. 136: box 1 the Chinese exporter, no HK or TW intermediary in boxes 1 and 2); no letter from the exporter changes a certificate. Customs in Jakarta held to the refusal and Mr Santoso lost another week.
refusal-pay = Tell him to pay the full duty now to free the pumps, and we credit him the difference on his next order; no more paperwork
refusal-pay-fb = It frees the pumps, but it buys the buyer's duty with our money and leaves the certificate wrong. A Form E must match the invoice and the revised form (GACC 2019 No. 136): fix the error at the issuer.

osaka-text = Next week. Ms Sato in Osaka orders { $qty200 } HX-200 and { $qty90 } HX-90 pumps, sold through our agent in Shanghai, and asks for RCEP treatment on both lots. Ms Li hands you the two origin files. What do you tell Ms Sato first?
osaka-rule = That we check each model's bill of materials against its heading's rule and confirm within a day
osaka-rule-fb = Right. A preference is earned model by model: the product-specific rule for the heading (here RVC40 or CTH), tested on the bill of materials, decides it. Promising before testing, or refusing before testing, are both guesses.
osaka-made-here = Yes for both: they are assembled in our Zhengzhou plant, so they are Chinese goods under RCEP
osaka-made-here-fb = Assembly in China does not by itself make goods originating under RCEP when they contain imported parts. The rule for the heading, RVC40 or CTH here, must be met, and the file must show it. Ms Sato is pleased today; a verification would not be.
osaka-imported = No for both: the motors, seals and controllers are imported, so the pumps are not Chinese under RCEP
osaka-imported-fb = Imported parts do not rule out origin. RCEP's product-specific rules (here RVC40 or CTH) exist precisely for goods with foreign materials, and originating materials from other RCEP Parties count as originating (Art 3.4). Test before you refuse.

rvc-text = The HX-200 lot. Work out whether it meets RVC40 with the figures in the origin file. The Korean maker's RCEP certificate covers the motors.
rvc-vnm = Value of non-originating materials (USD)
rvc-vnm-right = Right: only the German seals and the American controllers are non-originating. The Korean motors come with an RCEP certificate, so they count as originating under accumulation (RCEP Art 3.4); the Zhengzhou housings are originating anyway.
rvc-vnm-korea = You counted the Korean motors as non-originating. Under RCEP accumulation (Art 3.4), materials originating in another Party, proven by the Korean maker's RCEP certificate, count as originating. Only seals and controllers are non-originating: { $expected }.
rvc-vnm-all = You counted every material. The Zhengzhou housings are originating, and the Korean motors count as originating under accumulation (RCEP Art 3.4). Only seals and controllers: { $expected }.
rvc-vnm-wrong = You entered { $entry }. Non-originating materials are the German seals and the American controllers: { $expected }. The Korean motors count as originating under RCEP Art 3.4.
rvc-rvc = Regional value content (%, whole number)
rvc-rvc-right = Right: ({ $fob200 } − { $vnm200 }) ÷ { $fob200 } = { $rvc200 }%, above 40%. The HX-200 earns RCEP treatment under RVC40, thanks to accumulation of the Korean motors (Art 3.4).
rvc-rvc-korea = { $rvc200_korea }% is what you get if the Korean motors count as non-originating. Under accumulation (RCEP Art 3.4) they count as originating: ({ $fob200 } − { $vnm200 }) ÷ { $fob200 } = { $rvc200 }%, so RVC40 is met and the preference is earned.
rvc-rvc-inverse = { $vnm200_pc }% is the share of non-originating materials, not the regional value content. RVC is the rest: ({ $fob200 } − { $vnm200 }) ÷ { $fob200 } = { $rvc200 }%.
rvc-rvc-wrong = You entered { $entry }. RVC = ({ $fob200 } − { $vnm200 }) ÷ { $fob200 } × 100 = { $rvc200 }%, above the 40% the rule asks.
step-seals = German seals (non-originating)
step-controls = American controllers (non-originating)
step-vnm = Value of non-originating materials
step-fob = FOB value of the lot
step-margin = FOB value less non-originating materials
step-rvc = Regional value content (%)
hx200-denied = You told Ms Sato that the HX-200 does not meet RVC40, and the file gives the German seals no heading, so CTH could not be shown either: the lot was entered at the MFN rate. She is not pleased to pay duty that, on the file's own figures, was not due.
hx200-claimed = You told Ms Sato the HX-200 lot meets RVC40 and will carry RCEP proof.

hx90-text = The HX-90 lot: its regional value content is only { $rvc90 }%. Ms Li: "So no RCEP for the HX-90?" What do you answer?
hx90-deminimis = It qualifies under CTH: the American controllers change heading, and the German impellers, though in 8413 like the pump, are under 10% of FOB
hx90-deminimis-fb = Right. The rule is RVC40 or CTH: one is enough. The controllers (9032) change heading; the German impellers (8413) do not, but they are { $impellers90 }, { $imp_pc }% of the { $fob90 } FOB value, within the 10% de minimis of RCEP Art 3.7. CTH is met and the preference is earned.
hx90-fails = It does not qualify: the rule asks for at least 40% regional value content, and the HX-90 reaches only { $rvc90 }%, so Ms Sato pays MFN duty
hx90-fails-fb = The rule is RVC40 or CTH, and failing one test leaves the other. Under CTH the controllers change heading and the German impellers (8413) are { $impellers90 }, { $imp_pc }% of FOB, under 10%, so de minimis (RCEP Art 3.7) lets them pass. Ms Sato paid duty that was not due.
hx90-local = It qualifies: we bought the impellers from a distributor in Qingdao, so they count as Chinese materials and every part changes heading
hx90-local-fb = The right conclusion for the wrong reason. Buying German impellers in Qingdao does not make them Chinese: origin follows where goods were made. They stay non-originating in 8413; it is de minimis ({ $imp_pc }% of FOB, under 10%, RCEP Art 3.7) that saves CTH. A file that calls them Chinese is wrong on its face, draws a verification more readily and must then be corrected.

signer-text = Mr Zhou from our Shanghai agent, which invoices Naniwa Mizu Kiki: "To save the certificate fee, we'll put an RCEP origin declaration on our own invoice and sign it. Fine?" Songyue Pump holds approved-exporter status from Zhengzhou customs; Hengtong Trading holds none.
signer-us = No: Songyue, as the approved exporter, signs the origin declaration itself; Hengtong may still invoice the buyer
signer-us-fb = Right. Under RCEP (Art 3.16) the proof is a certificate, or an origin declaration by an approved exporter; declarations by any exporter are only phased in within 10 years. Our approved-exporter status lets our authorised signatory declare; Hengtong has none. Third-party invoicing is allowed, so Hengtong's invoice is no problem.
signer-agent = Yes: since RCEP took effect in 2022, any exporter of originating goods may declare origin on its own invoice, and Hengtong is the exporter of record here
signer-agent-fb = A trader signing its own RCEP declaration without approved-exporter status is a classic mistake. RCEP (Art 3.16) accepts a certificate or an approved exporter's declaration; declarations by any exporter or producer are phased in within 10 years. Hengtong's declaration is not valid proof.
signer-number = Yes, as long as Hengtong prints our approved-exporter number under its signature, so the declaration carries our status
signer-number-fb = Approved-exporter status belongs to the exporter that holds it and its authorised signatories; it cannot be lent by printing a number on someone else's declaration. Under RCEP Art 3.16 Hengtong, with no status, cannot make the declaration.
signer-certificate = No, and to be safe we apply for RCEP certificates from customs or CCPIT rather than declaring ourselves
signer-certificate-fb = Safe and valid: a certificate issued by customs or CCPIT is proof under RCEP Art 3.16. But we hold approved-exporter status, so our own declaration would have served at no fee and no wait. Partial credit: right proof, slower route.

validity-text = Ms Sato: "Your RCEP proof for the HX-90 lot will be dated { $proof_issued }. Our customer may keep the pumps in a warehouse and enter them for import in { $proof_entry }, about { $proof_months } months later. Will the proof still work then?"
month-2028-01 = January 2028
month-2028-02 = February 2028
month-2028-03 = March 2028
month-2028-04 = April 2028
month-2028-06 = June 2028
validity-year = No: an RCEP proof is valid for one year, so the import claim must be made within that year; we tell her now
validity-year-fb = Right. An RCEP proof of origin is valid for one year (RCEP Ch. 3): one dated { $proof_issued } does not cover an entry in { $proof_entry }. If the entry will come later, the preference cannot rest on this proof; telling her now lets her plan the entry.
validity-forever = Yes: the pumps' origin does not change in storage, so the proof stays good as long as the goods are not altered
validity-forever-fb = Origin does not change, but the proof expires: an RCEP proof of origin is valid for one year (RCEP Ch. 3). An entry in { $proof_entry }, { $proof_months } months after { $proof_issued }, cannot rest on it, and Ms Sato would learn that from her customs.
validity-copy = Yes: we can send a fresh copy of the same proof each year, and the year starts again from the copy
validity-copy-fb = A copy is not a new proof: its date and validity are those of the original, { $proof_issued } and one year (RCEP Ch. 3). A re-sent copy in { $proof_entry } would be refused.

singapore-text = Mr Tan of Merlion Flow in Singapore, our RCEP distributor, buys HX-60 pumps from us, fits its own control panels in its workshop and sells them on to Bangkok. "Can we issue a back-to-back RCEP proof on your certificate for Bangkok?"
singapore-no = No: back-to-back proof is for goods only stored or handled in Singapore; fitting control panels is processing
singapore-no-fb = Right. A back-to-back proof from an intermediate Party (RCEP Ch. 3) is for goods not processed beyond logistics operations such as storage. Pumps with new control panels are no longer the goods our proof covers; they would need origin proof of their own.
singapore-yes = Yes: Singapore is an RCEP Party, so a back-to-back proof on our certificate covers any onward sale within the region
singapore-yes-fb = Back-to-back proof covers goods that pass through the intermediate Party without processing beyond logistics. Fitting control panels is processing; a back-to-back proof on our certificate would be false, and Bangkok customs may check it.
singapore-deminimis = Yes, if the panels are worth less than 10% of the price: de minimis lets small additions ride on a back-to-back proof
singapore-deminimis-fb = De minimis (RCEP Art 3.7) is part of the tariff-change test for making goods; it does not widen back-to-back proof. Back-to-back covers goods not processed beyond logistics, whatever the value of the processing.

verification-request = A month later. Japan Customs send a verification request on the Osaka lots: they want the evidence behind the RCEP proof within the deadline stated. The odds of such a request are raised here for practice.
verification-none = A month later. Both Osaka lots cleared and no questions came.

verify-text = { $weak_file ->
        [true] Ms Li: "Japan wants our evidence. Remember our file says the HX-90 impellers are Chinese. How do we answer?"
       *[other] Ms Li: "Japan wants our evidence for the RCEP proof. How do we answer?"
    }
verify-file = Send the origin files as requested: bills of materials, costs, the Korean RCEP certificate and the impeller invoices
verify-file-fb = Right: a verification is answered with the evidence, within the deadline, through the channel named in the request. The figures show RVC { $rvc200 }% with accumulation for the HX-200 and CTH with de minimis for the HX-90; the Korean certificate proves the motors. If the proof itself was made by someone without the right to make it, the evidence shows that too.
verify-confidential = Reply that our cost data are confidential and that the proof is valid as made, so no further evidence is needed from us
verify-confidential-fb = A verification asks for evidence of origin; refusing it means the preference is denied, and Ms Sato pays the duty. A sound file shows what RCEP asks: RVC { $rvc200 }% with accumulation of the Korean motors (Art 3.4) for the HX-200, CTH with de minimis (Art 3.7) for the HX-90, a proof made by the approved exporter (Art 3.16).
verify-withdraw = Ask Ms Sato to withdraw the RCEP claim and pay the MFN duty, and we refund her: no file to show and no dispute
verify-withdraw-fb = It ends the question at our cost and leaves her believing our proofs are weak. If the claim was earned (RVC40 with accumulation under Art 3.4, CTH with de minimis under Art 3.7), the file would have shown it; if the proof was bad, this only hides it.

wrapup-exposed = Japan Customs found the RCEP declaration made by a trader without approved-exporter status. The preference was denied on both lots, Naniwa Mizu Kiki was billed the duty, and Japan will look hard at our next claims.
wrapup-lost = At the end of the week the buyers' confidence is gone: wrong certificates, refused claims and lost days.
wrapup-costly = The week ends with goods moving and proofs in order, but some days, fees and goodwill were spent on avoidable mistakes.
wrapup-clean = The week ends with every certificate right the first time and every preference earned and claimed.

end-clean = Clean week. No preference where none exists (Kazakhstan, Germany), Form E where it was cheapest and correct, RCEP earned on figures, signed by the approved exporter. Ms Li gives you the origin desk for good.
end-costly = A week with losses. The origin desk works, but refusals, queries and lost days cost money and patience. Go through the debrief: each lesson has its rule.
end-lost = The buyers are lost. Wrong certificates and refused claims cost them duty and time; two of them asked for quotes from other suppliers.
end-exposed = A false origin proof was found. A declaration by a trader without approved-exporter status is not valid proof under RCEP Art 3.16; the buyer paid the duty and our next claims will be checked closely.
