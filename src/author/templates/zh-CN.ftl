# 场景 `__ID__` 的中文（zh-CN）文字。缺少的条目会退回到英文（en-US）。
# 每行是 `消息id = 文字`：左边的 id 保持不变，右边写你自己的文字。
# 长文字可以分成几行，后面的每一行都要缩进。
# `{ $days_left }` 显示变量的当前值。

title = 草稿：__ID__
summary = 一个新场景。用一句话说明学生要练习什么。

var-days_left = 距交货期天数

speaker-buyer = 买家
speaker-forwarder = 你的货运代理

doc-invoice = 商业发票
doc-packing = 装箱单
field-goods = 货物描述
field-cartons = 箱数
field-terms = 贸易术语
goods-full = 信阳毛尖绿茶，40箱，每箱20千克
goods-short = 绿茶

enquiry-text = 买家来信：“你们能在{ $days_left }天内把茶叶送到汉堡吗？”
enquiry-check = 先和货代核对铁路班列时刻，再作承诺
enquiry-check-fb = 正确：先确认运输时间，再承诺交货日期。郑州到汉堡的中欧班列约需15天。
enquiry-promise = 为了拿下订单，马上答应这个日期
enquiry-promise-fb = 无法核实的承诺就是风险：后来调整计划让你损失了三天。

booking-text = 货代需要订舱信息。请根据发票填写。
booking-terms = 贸易术语（Incoterm）
booking-terms-right = 正确：FCA 适用于铁路和集装箱运输。
booking-terms-wrong = FOB 只适用于海运，EXW 则把出口报关交给买方。发票上写的是 FCA。
booking-cartons = 箱数
booking-cartons-right = 正确：发票显示{ $cartons }箱。
booking-cartons-wrong = 请根据发票填写箱数。

documents-text = 货物出运前，请将装箱单与发票核对，标出所有确实有误的栏目。
documents-cartons-fb = 装箱单写的是42箱，发票是{ $cartons }箱。各单据的数量必须一致。
documents-goods-fb = “绿茶”是与发票不矛盾的概括性描述；发票以外的单据可以这样写。

transit-on-time = 班列准点发车。
transit-delay = 班列在边境滞留了五天。

end-delivered = 茶叶运抵汉堡，离交货期还有{ $days_left }天。买家很满意。
end-held = 买方海关扣留了货物：单据不一致。订单延误，损失不小。
