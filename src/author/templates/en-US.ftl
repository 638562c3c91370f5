# Text for scenario `__ID__` in English (en-US), the language every other falls back to.
# Each line is `message-id = text`: keep the id on the left, write your own text on the right.
# A long text may go on over several lines if each further line is indented.
# `{ $days_left }` shows a variable's current value.

title = Draft: __ID__
summary = A new scenario. Say here in one line what the student will practise.

var-days_left = Days to deadline

speaker-buyer = The buyer
speaker-forwarder = Your freight forwarder

doc-invoice = Commercial invoice
doc-packing = Packing list
field-goods = Description of goods
field-cartons = Cartons
field-terms = Delivery terms
goods-full = Xinyang Maojian green tea, 40 cartons of 20 kg
goods-short = Green tea

enquiry-text = The buyer writes: "Can you deliver the tea to Hamburg within { $days_left } days?"
enquiry-check = Check the rail timetable with your forwarder before you promise
enquiry-check-fb = Right: confirm the transit time before you promise a date. Rail from Zhengzhou to Hamburg takes about 15 days.
enquiry-promise = Promise the date at once: trains usually run on time
enquiry-promise-fb = A promise you cannot check is a risk: you lost three days fixing the plan later.

booking-text = Your forwarder needs the booking details. Read them off the invoice.
booking-terms = Delivery term (Incoterm)
booking-terms-right = Correct: FCA fits rail and containers.
booking-terms-wrong = FOB is for sea only, and EXW leaves export clearance to the buyer. The invoice says FCA.
booking-cartons = Number of cartons
booking-cartons-right = Correct: the invoice shows { $cartons } cartons.
booking-cartons-wrong = Read the number of cartons off the invoice.

documents-text = Before the goods leave, compare the packing list with the invoice. Mark every field that is really wrong.
documents-cartons-fb = The packing list says 42 cartons, the invoice { $cartons }. Quantities must agree across documents.
documents-goods-fb = "Green tea" is a general description that does not conflict with the invoice; that is allowed on documents other than the invoice.

transit-on-time = The train left on time.
transit-delay = The train was held at the border for five days.

end-delivered = The tea reached Hamburg with { $days_left } days to spare. The buyer is pleased.
end-held = The buyer's customs held the goods: the documents did not agree. The order is late and costly.
