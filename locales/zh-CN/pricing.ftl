title = 出口报价核算：郑州至汉堡的一份报价
summary = 为汉堡进口商报价一个集装箱的河南货物：出口退税、实际成本，按银行买入价核算 FOB 青岛、CFR 和 CIF 汉堡的美元报价及代理的 CIFC 含佣价，计算换汇成本和出口盈亏率，决定是否办理远期结汇，并面对收汇前的汇率波动。

var-trust = 买方信任度
var-days_left = 距报价截止天数
var-price_vat = 含增值税的购货价（整批）
var-domestic = 国内费用
var-freight = 青岛至汉堡海运费
var-profit_cny = 实际入账利润（人民币）

speaker-lu = 卢芳，郑州豫信贸易有限公司出口业务经理
speaker-weber = Jan Weber 先生，汉堡 Alster Trading GmbH 采购
speaker-bank = 赵磊，公司在郑州开户银行的外汇柜台

doc-rfq = 询价单
doc-costs = 报价成本资料
doc-sheet = 报价核算表（同事草稿）
field-buyer = 买方
field-goods = 货物
field-quantity = 数量（{ $goods_unit }）
field-terms = 询价贸易术语
field-hs = 商品编码
field-purchase = 整批供货价（含增值税）
field-vat = 供货商发票上的增值税率
field-rebate-rate = 出口退税率（本商品编码）
field-domestic = 国内费用（内陆运输、港杂、报关、银行）
field-freight = 青岛至汉堡海运费（一个 40 英尺集装箱）
field-premium-rate = 保险费率
field-margin = 利润率（占售价）
field-commission = 汉堡代理的佣金率（占其 CIFC 含佣价）
field-rates = 银行美元牌价（每 100 美元折合人民币）
field-rebate = 退税额
field-total-cost = 出口总成本
field-rate = 所用汇率
field-fob = FOB 青岛
field-insurance = 保险
field-validity = 有效期
goods-wigs = 真人发假发，18 英寸，自然黑，河南许昌制造
goods-charger = 氮化镓壁式充电器（65 W，USB-C），郑州组装
goods-tea = 信阳毛尖绿茶，25 千克纸箱装
goods-mugwort = 南阳干艾叶，20 千克捆包
unit-pcs = 个
unit-wigs = 顶
unit-kg = 千克
each-piece = 个
each-wig = 顶
each-kg = 千克
rfq-terms = FOB 青岛、CFR 和 CIF 汉堡（Incoterms 2020），美元报价
rates-board = 买入价 { $board_buying } / 中间价 { $board_middle } / 卖出价 { $board_selling }
sheet-insurance = 按 CIF 的 110% 投保，费率 { $premium_rate }
sheet-validity = 自报价日起 14 天

step-purchase = 含税购货价
step-net = 不含税价（÷（1 + 增值税率））
step-rebate = 退税额（× 退税率）
step-actual = 实际成本（购货价 − 退税额）
step-domestic = 国内费用
step-total = 出口总成本
step-with-margin = 含利润（占售价）的人民币价格（÷（1 − 利润率））
step-fob = FOB 青岛美元价（÷ 银行买入价）
step-each = 每{ $goods_each } FOB 价（÷ 数量）
step-freight = 运费
step-cfr = CFR 汉堡（FOB + 运费）
step-divisor = 除数（1 − 110% × 保险费率）
step-cif = CIF 汉堡（CFR ÷ 除数）
step-insured = 保险金额（CIF × 110%）
step-premium = 保险费（保险金额 × 费率）
step-commission = 扣除佣金后的比例（1 − 佣金率）
step-cifc = CIFC 汉堡（CIF ÷（1 − 佣金率））
step-income = 按买入价折算的 FOB 人民币收入
step-fx-cost = 换汇成本（人民币/美元）
step-pl = 出口盈亏率（%）

inputs-text = 卢经理转来汉堡 Alster Trading 的询价：{ $quantity } { $goods_unit }{ $goods_name }，由我们的河南供货商供货，报 FOB 青岛、CFR 和 CIF 汉堡价格。"五天内要报价。你打算怎么核算？"
inputs-build = 先收集供货商含税价、该商品编码的退税率、国内费用和货代运费报价，再从成本逐项核算
inputs-build-fb = 正确。报价从成本算起：扣除退税得实际成本，加国内费用，再加利润，最后按贸易术语加运费和保险费（实际成本 → 总成本 → 各术语价格 → 换汇成本与银行买入价比较）。
inputs-rival = 以同行在阿里巴巴国际站上类似商品的标价为准，下调百分之五，成本以后再核对
inputs-rival-fb = 同行的标价反映不了我们的成本。不做成本核算，报价可能低于成本，要等到收汇入账才会发现。
inputs-list = 沿用去年这类商品的 FOB 价目表，加上今年运费作为 CFR 和 CIF 价，今天就发出
inputs-list-fb = 部分合理：旧价目表可作参考，但购货价、退税率和各项费用都会变，退税率还以出口日期为准。沿用旧价前先重新核算成本。

rebate-date-text = 供货商发票显示 { $quantity } { $goods_unit }共 { $purchase }，含 { $goods_vat } 增值税。商品编码 { $goods_hs } 目前退税率为 { $goods_rebate_rate }。你可以按哪个日期的退税率核算？
rebate-date-contract = 按销售合同签订日，因为合同已经把这批货的价格定下来了
rebate-date-contract-fb = 不对。退税率以报关单上的出口日期为准，而非合同日期（财政部、税务总局公告按规定日期调整税率，如 2024 年第 15 号、2026 年第 2 号）。报价中要写明这一假设。
rebate-date-export = 按报关单上的出口日期，报价中注明按目前 { $goods_rebate_rate } 的退税率测算
rebate-date-export-fb = 正确。适用报关单出口日期当时有效的退税率。税率会调整（财政部、税务总局 2024 年第 15 号公告自 2024 年 12 月 1 日起将部分商品由 13% 降至 9%），所以报价要写明假设。
rebate-date-invoice = 按供货商增值税发票的开票日期，因为退税申报依据的就是这张发票
rebate-date-invoice-fb = 不对。增值税发票是退税凭证，但退税率以报关单上的出口日期为准。开票后到出口前税率如有调整，报价就错了。

cost-text = 以整批（{ $quantity } { $goods_unit }）计算人民币成本，精确到分。
cost-rebate = 出口退税额（人民币）
cost-rebate-right = 正确：{ $expected }。退税额 = 不含税价 × 退税率：{ $purchase } ÷（1 + { $goods_vat }）× { $goods_rebate_rate }。
cost-rebate-gross = 你填的是 { $entry }：这是含税价的 { $goods_rebate_rate }，是常见错误。退税按不含税价计算：{ $purchase } ÷（1 + { $goods_vat }）× { $goods_rebate_rate } = { $expected }。
cost-rebate-slip = 方法对，计算有误：你填 { $entry }，退税额应为 { $expected }。请检查除以（1 + { $goods_vat }）这一步。
cost-rebate-wrong = 你填 { $entry }；退税额为 { $expected }（含税价 ÷（1 + 增值税率）× 退税率）。
cost-actual = 扣除退税后的实际成本（人民币）
cost-actual-right = 正确：{ $expected }。实际成本 = 含税购货价 − 退税额。
cost-actual-added = 你填的是 { $entry }：把退税加进了成本（某些公开的"标准答案"就是这样做的）。退税是退回的钱，应当减去：{ $expected }。
cost-actual-slip = 方法对，计算有误：你填 { $entry }，实际成本为 { $expected }。
cost-actual-wrong = 你填 { $entry }；实际成本为 { $expected }（含税购货价 − 退税额）。
cost-total = 出口总成本（人民币）
cost-total-right = 正确：{ $expected }。出口总成本 = 实际成本 + 国内费用。
cost-total-slip = 方法对，计算有误：你填 { $entry }，总成本为 { $expected }。
cost-total-wrong = 你填 { $entry }；出口总成本为 { $expected }（实际成本 + 国内费用 { $domestic_cny }）。

rate-text = 银行牌价按每 100 美元折合人民币报：买入价 { $board_buying }，中间价 { $board_middle }，卖出价 { $board_selling }。人民币成本折算成美元报价用哪个汇率？
rate-selling = 卖出价 { $selling }，银行牌价上最后也是最高的数字
rate-selling-fb = 不对。卖出价是银行卖美元给我们的价格。我们是把美元卖给银行，所以用银行买入价 { $buying }。
rate-middle = 中间价 { $middle }，介于买入价和卖出价之间
rate-middle-fb = 不对。中间价只是参考，银行不会按它买我们的美元。收汇按银行买入价 { $buying } 结汇。
rate-buying = 买入价 { $buying }，因为是银行买入我们的美元
rate-buying-fb = 正确。出口商把美元卖给银行，适用银行买入价；牌价按每 100 美元报，{ $board_buying } 即 { $buying }。

margin-text = 卢经理要求利润占售价的 { $margin }。如何把利润算进 FOB 价？
margin-markup = 总成本乘以 { $markup } 加上利润，再除以银行买入价 { $buying }
margin-markup-fb = 这是按成本加成 { $margin }，不是售价的 { $margin }：利润占售价的比例更低。按售价计利润：总成本 ÷（1 − { $margin }）。
margin-price = 总成本除以 { $keep }，再除以银行买入价 { $buying }
margin-price-fb = 正确。利润率按售价计时，FOB = 总成本 ÷（1 − { $margin }）÷ 银行买入价。
margin-gross = 在成本上加含税购货价的 { $margin }，再除以银行买入价 { $buying }
margin-gross-fb = 不对。利润率是售价的一部分，不是含税供货价的一部分。FOB = 总成本 ÷（1 − { $margin }）÷ 银行买入价。

fob-text = 现在计算 FOB 青岛美元价，精确到分。
fob-total = FOB 青岛，{ $quantity } { $goods_unit }（美元）
fob-right = 正确：{ $expected }。
fob-markup = 你填的是 { $entry }：按成本加成 { $margin }。利润占售价 { $margin } 时，FOB = { $total_export } ÷ { $keep } ÷ { $buying } = { $expected }。
fob-selling = 你填的是 { $entry }：按银行卖出价 { $selling } 折算了。我们的美元是卖给银行的，按其买入价：{ $total_export } ÷ { $keep } ÷ { $buying } = { $expected }。
fob-middle = 你填的是 { $entry }：按中间价 { $middle } 折算了，中间价只是参考，银行不按它买我们的美元。按银行买入价：{ $total_export } ÷ { $keep } ÷ { $buying } = { $expected }。
fob-slip = 方法对，计算有误：你填 { $entry }，FOB 为 { $expected }。
fob-wrong = 你填 { $entry }；FOB = 总成本 ÷ { $keep } ÷ { $buying } = { $expected }。
fob-each = 每{ $goods_each } FOB 青岛价（美元）
fob-each-right = 正确：每{ $goods_each } { $expected }。
fob-each-slip = 接近：你填 { $entry }，每{ $goods_each }价格为 { $expected }。
fob-each-wrong = 你填 { $entry }；每{ $goods_each }价格 = 整批 FOB ÷ { $quantity } = { $expected }。

insurance-text = CIF 由卖方投保，保险费率 { $premium_rate }。保险费按什么金额计算？
insurance-cif = 按 CIF 价的 110% 计算，保险费本身也含在 CIF 里
insurance-cif-fb = 正确。保险金额 = CIF × 110%，保险费 = CIF × 110% × 费率；CIF 中已含保险费，所以 CIF = CFR ÷（1 − 110% × r）。
insurance-cfr = 按 CFR 价的 110% 计算保险费，再把保险费加到 CFR 价上
insurance-cfr-fb = 常见错误：按 CFR × 110% 计算，保险费本身没有投保，CIF 略低。CIF = CFR ÷（1 − 110% × r）。
insurance-plain = 就按 CIF 价本身，即买方支付的货值
insurance-plain-fb = 不对。习惯按 CIF 的 110% 投保，包括买方的预期利润；保险费 = CIF × 110% × r，所以 CIF = CFR ÷（1 − 110% × r）。

quote-text = 一个集装箱运费为 { $freight_usd }。计算各美元价格，精确到分。我们的汉堡代理也按 CIF 汉堡价向其客户销售，价格中含其 { $commission } 佣金（CIFC）：一并算出这个含佣价。
quote-cfr = CFR 汉堡（美元）
quote-cfr-right = 正确：{ $expected }（FOB + 运费）。
quote-cfr-slip = 方法对，计算有误：你填 { $entry }，CFR 为 { $expected }。
quote-cfr-wrong = 你填 { $entry }；CFR = FOB + 运费 = { $expected }。
quote-cif = CIF 汉堡（美元）
quote-cif-right = 正确：{ $expected }。CIF = CFR ÷（1 − 110% × { $premium_rate }）= CFR ÷ { $divisor }。
quote-cif-cfr = 你填的是 { $entry }：按 CFR × 110% 算保险费再加上，保险费本身没有投保。CIF = CFR ÷ { $divisor } = { $expected }。
quote-cif-slip = 方法对，计算有误：你填 { $entry }，CIF 为 { $expected }。
quote-cif-wrong = 你填 { $entry }；CIF = CFR ÷（1 − 110% × { $premium_rate }）= { $expected }。
quote-premium = 保险费（美元）
quote-premium-right = 正确：{ $expected }（CIF × 110% × { $premium_rate }）。
quote-premium-cfr = 你填的是 { $entry }：按 CFR × 110% 计算的保险费。保险金额是 CIF × 110%，而 CIF 中本身含有保险费：保险费 = CIF × 110% × { $premium_rate } = { $expected }。
quote-premium-slip = 方法对，计算有误：你填 { $entry }，保险费为 { $expected }。
quote-premium-wrong = 你填 { $entry }；保险费 = CIF × 110% × { $premium_rate } = { $expected }。
quote-cifc = CIFC 汉堡，含代理佣金 { $commission }（美元）
quote-cifc-right = 正确：{ $expected }。含佣价 = 净价 ÷（1 − 佣金率）：CIF ÷（1 − { $commission }）。
quote-cifc-net = 你填的是 { $entry }：按净价 CIF 的 { $commission } 加佣金。佣金是含佣价的一部分，所以 CIFC = CIF ÷（1 − { $commission }）= { $expected }。
quote-cifc-slip = 方法对，计算有误：你填 { $entry }，CIFC 为 { $expected }。
quote-cifc-wrong = 你填 { $entry }；CIFC = CIF ÷（1 − { $commission }）= { $expected }。

basis-text = 卢经理要你算换汇成本（每换回一美元花费的人民币）。用哪一项美元收入作除数？
basis-cif = 用 CIF 收入，因为这是买方实际要付给我们的金额
basis-cif-fb = 不对。CIF 收入中含有要付给别人的运费和保险费。换汇成本 = 出口总成本 ÷ FOB 美元净收入（扣除佣金、运费和保险费）。
basis-cfr = 用 CFR 收入，运费也是我们的成本
basis-cfr-fb = 不对。运费要付出去；应除以 FOB 美元净收入，即扣除运费、保险费和佣金后剩下的美元。
basis-fob = 用 FOB 净收入，即扣除运费和保险费后的美元
basis-fob-fb = 正确。换汇成本 = 出口总成本（人民币）÷ FOB 美元净收入。低于银行买入价即为盈利。

fx-text = 按 FOB 价计算换汇成本和出口盈亏率。
fx-cost = 换汇成本（人民币/美元，保留 4 位小数）
fx-cost-right = 正确：{ $expected }，低于买入价 { $buying }，这笔生意是赚钱的。
fx-cost-cif = 你填的是 { $entry }：除以了 CIF 收入。应除以 FOB 净收入：{ $expected }。
fx-cost-slip = 方法对，计算有误：你填 { $entry }，换汇成本为 { $expected }。
fx-cost-wrong = 你填 { $entry }；换汇成本 = 总成本 ÷ FOB = { $expected }。
fx-pl = 出口盈亏率（%，保留 2 位小数）
fx-pl-right = 正确：{ $expected }%。（FOB × 买入价 − 总成本）÷ 总成本；占售价 { $margin } 的利润，按成本计为 利润率 ÷（1 − 利润率）。
fx-pl-slip = 接近：你填 { $entry }，出口盈亏率为 { $expected }%。注意分母是总成本。
fx-pl-wrong = 你填 { $entry }；出口盈亏率 =（FOB × { $buying } − 总成本）÷ 总成本 = { $expected }%。

sheet-text = 你接手前，同事起草了报价核算表。请标出表中所有错误的数字。
sheet-rebate-fb = 错误：{ $rebate_gross } 是含税价的 { $goods_rebate_rate }。退税额 = { $purchase } ÷（1 + { $goods_vat }）× { $goods_rebate_rate } = { $rebate_due }。
sheet-rate-fb = 错误：{ $selling } 是银行卖出价。收汇结汇按银行买入价 { $buying }。
sheet-insurance-fb = 没有错：按 CIF 的 110%、费率 { $premium_rate } 投保，正是本报价采用的做法。

buyer-accepts = Weber 先生第二天回复："你们的 CIF 汉堡价可以接受，请确认。"
buyer-counters = Weber 先生回复："青岛一家供货商的 CIF 汉堡价比你们低 3%，你们能跟吗？"

confirm-text = Weber 先生接受 CIF 汉堡价。你怎么确认？
confirm-chat = 立即用聊天消息确认价格和数量，正式合同下周再发给对方
confirm-chat-fb = 部分合理。回复快有好处，但一句聊天没有写明贸易术语、地点、Incoterms 版本、有效期和退税假设。要书面写清。
confirm-written = 发书面报价，写明贸易术语及版本、价格、数量和有效期
confirm-written-fb = 正确。书面报价写明贸易术语及其地点和版本（Incoterms 2020）、价格、数量和有效期，双方按同一口径计价。
confirm-cfr = 先按草稿表里的 CFR 数字回复，以后再更正
confirm-cfr-fb = 不对。在 CIF 名下报 CFR 数字，价格里就没有保险费：保险费要从我们的利润里出。

counter-text = Weber 先生要求降价 3%，从你收到的 FOB 净价中扣减（运费和保险费按原报价不变）。你怎么办？
counter-accept = 立即同意降价 3% 以拿下订单，反正利润率有 { $margin }
counter-accept-fb = 有风险。降价 3% 会吃掉 { $margin } 利润中的一大块；回复前先算出新的出口盈亏率，清楚自己让出了多少。
counter-refuse = 一分不让，价格是按成本核算出来的
counter-refuse-fb = 部分合理。价格本身没错，但一口回绝可能丢单。先算出较低价格下的出口盈亏率，在利润允许的范围内让步。
counter-recompute = 先算出几个较低价格下的出口盈亏率，再让价 1%
counter-recompute-fb = 正确。知道每个价格的盈亏，才能让得起；让价 1% 后仍保住 { $margin } 利润的大部分。

forward-text = 约 60 天后收款。银行提供 { $forward } 的远期结汇。你怎么做？
forward-lock = 按 { $forward } 远期卖出预计收到的美元，交割期对应收款期
forward-lock-fb = 正确。远期结汇锁定人民币收入：它是在约定日期或期间按约定汇率卖出约定金额美元的合约，必须履行，不是期权。
forward-option = 先按 { $forward } 签远期合约，到时如果即期汇率更好就按即期卖出
forward-option-fb = 不对。远期结汇必须履行，不是期权：无论当天汇率如何，都要按 { $forward } 交割美元。提前退出只能展期或平仓，并承担损益。
forward-open = 不锁汇，收款时按当天买入价结汇
forward-open-fb = 部分合理。可以这样选，但人民币收入会随汇率波动。要清楚自己的敞口：把换汇成本与能承受的最差汇率相比。

move-down = 收款前美元走弱：银行买入价跌至 { $rate_down }。
move-flat = 收款前银行买入价不变，仍为 { $buying }。
move-up = 收款前美元走强：银行买入价升至 { $rate_up }。

settle-text = 买方货款到账。当天买入价为 { $settle_rate }。你怎么把美元换成人民币？
settle-deliver = 按与银行约定的远期合约，以 { $forward } 交割美元
settle-deliver-fb = 正确。远期结汇必须履行；按期交割，保住报价时算进去的结果。
settle-spot = 按当天银行买入价结汇
settle-spot-fb = 这就是敞口头寸：结果随当天汇率变化，可好可坏。
settle-hold = 美元先留在账上，等几周看汇率会不会变得更有利
settle-hold-fb = 不对。等待把出口变成了汇率投机，等待的代价（利息、买方的下一单）都要由这笔报价承担。

books-wrong = 账目结清，报价中的错误显现出来。
books-thin = 账目结清，利润微薄。
books-sound = 账目结清，与报价一致。

end-sound-text = 货物按 CIF 汉堡 { $cif }（保险费 { $premium }）出运并收汇。实际入账利润 { $profit_cny }，与报价时算进去的接近。你从成本出发定价，按买入价折算，并清楚自己的汇率敞口。
end-thin-text = 货物出运并收汇，但实际入账利润只有 { $profit_cny }：价格或汇率吃掉了部分利润。在讲评中查看利润去了哪里。
end-wrong-text = 报价中用了错误的方法。实际入账利润 { $profit_cny }，不是报价所承诺的数字。在讲评中查看逐步计算过程。

letter-text = 核算表已经改对了。卢经理：“用英文给 Weber 先生写报价函。”今天是 2026 年 3 月 2 日星期一。请报 { $quantity } { $goods_unit }的美元总价，按你算出的数字精确到美分(也可以同时写每{ $goods_each }单价)：FOB 青岛、CFR 汉堡和 CIF 汉堡，每个价格写明指定地点和所依据的规则，写明 CIF 价中保险的投保基础、报价有效期(核算表写的是自今天起 14 天)，以及 Alster 一贯的付款条件(价格和我方的结汇计划都以此为前提)：100% T/T，凭提单副本付款，约 60 天后收汇。价格里没有计入任何信用期的资金成本。
letter-fob = FOB 青岛总价(美元)，带贸易术语和地点
letter-fob-fb = FOB 价就是报价核算的基础(出口总成本 ÷ (1 − 利润率) ÷ 银行买入价)；写明指定港口的“FOB Qingdao”表示在青岛装上船即完成交货(Incoterms 2020 FOB)。
letter-cfr = CFR 汉堡总价(美元)，带贸易术语和地点
letter-cfr-fb = CFR = FOB + 运费；CFR 下卖方支付到指定目的港汉堡的运费，而风险在青岛装船时转移(Incoterms 2020 CFR)。
letter-cif = CIF 汉堡总价(美元)，带贸易术语和地点
letter-cif-fb = CIF = CFR ÷ (1 − 110% × { $premium_rate })；C 组术语的指定地点是目的港，所以写“CIF Hamburg”，不能写“CIF Qingdao”(Incoterms 2020 CIF)。
letter-rules = 写明所依据的规则：Incoterms 2020
letter-rules-fb = 同样三个字母在不同版本里含义不尽相同；写明 Incoterms 2020，价格按哪套规则理解就确定了。
letter-insurance = 写明 CIF 价的投保基础(按 CIF 价的 110% 投保)
letter-insurance-fb = CIF 下由卖方投保(Incoterms 2020 CIF)；本报价按 CIF 价的 110% 投保，写出来买方就知道价格里的保费买的是什么。按 CFR(或 FOB)价的 110% 投保是常见错误：保险金额低于买方支付的价格。
letter-validity = 写明有效期，用日期表示：自 2026 年 3 月 2 日起 14 天
letter-validity-fb = 自 2026 年 3 月 2 日起 14 天即 2026 年 3 月 16 日。写明日期的有效期能防止日后成本或汇率变动带来的损失，而且退税率会随公告调整(财政部、税务总局 2026 年第 2 号公告就调整过)。
letter-payment = 写明报价所依据的付款条件：T/T 凭提单副本付款，不用赊销或承兑交单
letter-payment-fb = 价格里没有计入信用期的资金成本，远期结汇对应的是约 60 天后的一笔收汇：100% T/T 凭提单副本付款。报赊销或承兑交单(D/A)会增加价格中没有计入的信用风险和资金成本(这是对卖方风险最大的两种付款方式)。
letter-places = 不写地点错误的术语(FOB Hamburg、CIF 或 CFR Qingdao)
letter-places-fb = F 组术语写装运地，C 组术语写目的地(Incoterms 2020)：FOB 青岛，CFR 和 CIF 汉堡。地点写错，报的就是另一笔交易，而不是核算过的那一笔。
letter-clarity = 清晰：买方不会误解每个价格包含什么
letter-clarity-0 = 价格没有贸易术语、地点或币种，或互相混淆(CIF 标题下写 CFR 数字)；数量或单位不清
letter-clarity-1 = 每个价格都有术语、地点和币种，但信函难以阅读(数字散落在大段文字里，总价和单价混在一起)
letter-clarity-2 = 每个价格单列一行，写明术语、指定地点、币种、数量和单位；保险、有效期和付款条件各说一次，清楚明白
