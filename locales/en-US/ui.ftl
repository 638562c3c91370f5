# UI chrome shared by every scenario. Scenario text lives in <scenario-id>.ftl.
ui-yes = yes
ui-no = no
ui-app-title = tradesim — cross-border B2B trade training

ui-domain-sourcing = Sourcing
ui-domain-customs = Customs clearance
ui-domain-logistics = Logistics
ui-domain-payment = Payment and disputes
ui-domain-capstone = Capstone

ui-difficulty-beginner = beginner
ui-difficulty-intermediate = intermediate
ui-difficulty-advanced = advanced
ui-minutes = { $minutes } min

ui-col-id = ID
ui-col-domain = Domain
ui-col-difficulty = Level
ui-col-minutes = Time
ui-col-title = Title
ui-shadows = (your copy replaces the shipped one)

ui-documents-on-view = Documents on view
ui-choices = Choices
ui-form-fields = Form
ui-mark-fields = Mark the discrepant fields
ui-you-chose = You chose
ui-you-entered = You entered
ui-you-marked = You marked
ui-nothing-marked = nothing
ui-event = Event
ui-feedback = Why
ui-ending = Outcome
ui-score = Score
ui-total = Total
ui-pass = PASS
ui-fail = FAIL
ui-pass-mark = pass mark { $mark }
ui-competency-compliance = Compliance
ui-competency-cost = Cost
ui-competency-risk = Risk
ui-competency-logistics = Logistics
ui-competency-communication = Communication
ui-missed = Missed
ui-false-alarm = Not a discrepancy
ui-found = Found

# Teacher's toolkit: `tradesim new`
ui-new-created = Created scenario `{ $id }` ({ $domain }):
ui-new-file-ron = the nodes, choices, answers and scores
ui-new-file-en = the English text
ui-new-file-zh = the Chinese text
ui-new-next = Next:
ui-new-step-text = Write your story in { $file } (keep the ids left of `=`).
ui-new-step-structure = Change the nodes, choices and scores in { $file }.
ui-new-step-lint = Check it after every change: { $command }
ui-new-step-run = Play it through: { $command }
ui-new-step-graph = See its map: { $command }
ui-new-step-translate = Translate it in { $file }.
ui-new-guide = The step-by-step guide: { $guide }
ui-new-shadows = Note: `{ $id }` is also a shipped scenario; yours will replace it where your folder is used.
