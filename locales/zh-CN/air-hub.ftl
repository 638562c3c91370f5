title = 空港枢纽：锂电池从郑州空运卢森堡
summary = 郑州一家设备厂商的发运岗，交货期很紧：为什么选空运、贸易术语、UN3480 与 UN3481 及其包装说明、荷电状态、仅限货机标签、UN 38.3、全货机舱位、计费重量与运费、给买方的回信、凭航空运单收款，以及审核托运人危险品申报单和航空运单。

var-budget = 剩余运输预算
var-days_lost = 耽误天数
var-trust = 买方信任度

speaker-lambert = Claire Lambert 女士，采购经理，Ardenne Field Equipment S.A.，卢森堡 Contern
speaker-guo = 郭伟先生，生产经理，郑州中原智能设备有限公司
speaker-ma = 马琳女士，航空货运与危险品岗，中原空港物流，郑州航空港区

goods-scanner = ZY-S8 手持条码扫描枪
goods-drill = ZY-D18 充电式电钻
goods-radio = ZY-R5 对讲机
goods-gnss = ZY-G2 GNSS 测量接收机
pack-scanner = ZY-S8 扫描枪用锂离子电池组，3.85 V，20 Wh
pack-drill = ZY-D18 电钻用锂离子电池组，18 V，72 Wh
pack-radio = ZY-R5 对讲机用锂离子电池组，7.2 V，18 Wh
pack-gnss = ZY-G2 接收机用锂离子电池组，15.4 V，77 Wh

doc-order = Ardenne Field Equipment S.A. 的订单
field-buyer = 买方
field-seller = 卖方
field-line-a = 第 1 项
field-line-b = 第 2 项
field-value = 订单金额
field-deadline = 交货
order-line-a = 备用电池组 { $cartons_a } 箱，配 { $goods_name }，单独发运（供买方维修中心使用）
order-line-b = { $goods_name } { $cartons_b } 箱，每台装在零售盒内，盒内另放一块电池组，未装入设备
order-deadline = 货物在郑州备妥后 { $deadline_days } 天内送达买方 Contern 仓库：届时一个测量季的租赁设备要出租

doc-options = 货代关于三种去欧洲方式的说明（参考价，波动大）
field-opt-air = 空运
field-opt-rail = 铁路
field-opt-sea = 海运
opt-air = 郑州（CGO）至卢森堡（LUX），河南航投与 Cargolux 于 2014 年 6 月开通的航线，Cargolux 全货机：门到门 5-8 天；货代称中国到欧洲机场到机场约 3 天；约每公斤 USD 5.5-9
opt-rail = 中欧班列，郑州至汉堡：约 12.5-15 天，中国到欧洲 15-20 天，再转卡车；约每 40 尺柜 USD 6,000-8,500
opt-sea = 经青岛：到北海港口 28-36 天，绕行好望角时 35-45 天；约每 40 尺柜 USD 2,200-3,800

doc-spec = 工厂提供的电池数据
field-pack = 电池组
field-wh = 每块电池组的瓦时数（Wh）
field-packing-a = 第 1 项包装
field-packing-b = 第 2 项包装
field-ship-date = 发运时间
spec-packing-a = 备用电池组装在内盒里，每箱若干块，箱内没有设备
spec-packing-b = 每个零售盒内一台设备和一块电池组，电池组放在设备旁边，未装入设备

doc-sheet = 运价表，中原空港物流（本公司运价）
field-sheet-route = 航线
field-sheet-rate = 每计费公斤运价（含危险品）
field-sheet-divisor = 体积重量换算系数
field-sheet-rule = 计费重量
sheet-rule = 取实际毛重与体积重量中较高者；体积重量 = 每箱长 × 宽 × 高（厘米）÷ 6,000，所有箱子合计；运费 = 计费重量 × 运价

doc-packing = 装箱单
field-pl-cartons-a = 第 1 项箱数（备用电池组）
field-pl-kg-a = 第 1 项每箱毛重（公斤）
field-pl-cartons-b = 第 2 项箱数（设备配电池组）
field-pl-kg-b = 第 2 项每箱毛重（公斤）
field-pl-dims = 纸箱尺寸（两项相同）
pl-dims = { $goods_len } × { $goods_wid } × { $goods_hgt } 厘米

doc-sd = 托运人危险品申报单（货代草稿）
field-sd-shipper = 托运人
field-sd-consignee = 收货人
field-sd-aircraft = 本批货物符合以下机型的限制
field-sd-un-a = 第 1 项：UN 编号、运输专用名称、类别
field-sd-pi-a = 第 1 项：包装说明
field-sd-un-b = 第 2 项：UN 编号、运输专用名称、类别
field-sd-pi-b = 第 2 项：包装说明
sd-aircraft-cao = 仅限货机
sd-aircraft-pax = 客机和货机

doc-awb = 航空运单（货代草稿）
field-awb-route = 航线
field-awb-pieces = 件数
field-awb-gross = 毛重（公斤）
field-awb-chargeable = 计费重量（公斤）
field-awb-handling = 操作信息

mode-text = Lambert 女士订了备用电池组 { $cartons_a } 箱和 { $goods_name } { $cartons_b } 箱（订单金额 { $order_value }）。她的租赁季从货物在郑州备妥之日起 { $deadline_days } 天后开始。货代的说明列出了去欧洲的三种方式。你怎么发运？
mode-air = 走郑州—卢森堡的货机航线空运，虽然每公斤的运价高出许多
mode-rail = 从郑州走中欧班列，去欧洲的急货我们通常都是这样安排的，省钱
mode-sea = 经青岛海运一个整箱，请买方先用手头库存撑过头几天
mode-air-fb = 正确。只有空运赶得上 { $deadline_days } 天：按货代的说明，空运门到门 5-8 天，铁路中国到欧洲 15-20 天（郑州—汉堡约 12.5-15 天），海运 28-36 天（绕好望角 35-45 天）。空运每公斤约 USD 5.5-9，铁路每 40 尺柜 USD 6,000-8,500、海运 USD 2,200-3,800，所以只在交货期需要时用空运，本单正是如此。
mode-rail-fb = 铁路比海运快，但不够快：郑州—汉堡约 12.5-15 天，中国到欧洲 15-20 天，而期限是 { $deadline_days } 天。经理把订舱改成空运；重新安排耽误了两天，买方也看在眼里。
mode-sea-fb = 海运要 28-36 天（绕好望角 35-45 天），期限却是 { $deadline_days } 天，买方也没有能撑一个月的库存。经理把订舱改成空运；耽误三天，买方不满。

terms-text = Lambert 女士请你报一个贸易术语：你订舱并支付到卢森堡的空运费，她负责卢森堡进口和自己的保险。哪个 Incoterms 2020 规则合适？
terms-cpt = CPT 卢森堡机场：我方付到 LUX 的运费，货交第一承运人时风险转给她
terms-cip = CIP 卢森堡机场：同 CPT，另由我方按协会货物条款 (A) 为她投保
terms-cif = CIF 卢森堡：我方付到卢森堡的运费和保险费，和我们多数出口报价一样
terms-fob = FOB 郑州机场：货物在 CGO 装上飞机，我方责任即告结束，跟我们的海运订单一样
terms-cpt-fb = 正确。CPT 是适用于任何运输方式的规则（Incoterms 2020）：卖方支付到指定地点的运费，货物交给第一承运人时风险转移。这与约定相符：你订舱，她投保。
terms-cip-fb = 可行，但超出所需：CIP（Incoterms 2020）是 CPT 加保险，现按协会货物条款 (A)。她自己投保，保费等于花了两次。
terms-cif-fb = CIF 属于 Incoterms 2020 中仅适用于海运和内河运输的四个规则；空运对应的是任何运输方式的 CPT（含保险则为 CIP）。在其他运输方式中用 FOB 或 CIF 是典型的新手错误。
terms-fob-fb = FOB 是海运和内河运输规则（Incoterms 2020），而且会把运费留给买方，而你已答应订舱付运费。CPT 卢森堡两者都符合。

classify-text = 郭先生订舱需要 UN 编号和包装说明。请根据订单和电池数据为两项货物分类。
classify-un-a = 第 1 项（单独的备用电池组）：UN 编号
classify-pi-a = 第 1 项：包装说明（PI）
classify-un-b = 第 2 项（设备旁放电池组）：UN 编号
classify-pi-b = 第 2 项：包装说明（PI）
classify-un-a-right = 正确：单独运输的锂离子电池是 UN3480。
classify-un-a-3481 = 不是 UN3481：那是与设备包装在一起或安装在设备中的锂离子电池。单独运输的备用电池组是 UN3480，仅限货机。
classify-un-a-metal = UN3090 和 UN3091 是锂金属电池；这些电池组是锂离子电池，单独运输即 UN3480。
classify-pi-a-right = 正确：UN3480 按 PI 965 运输。
classify-pi-a-wrong = UN3480（单独的锂离子电池）按 PI 965；966 和 967 属于 UN3481，968-970 属于锂金属电池（UN3090、UN3091）。
classify-un-b-right = 正确：与所供电设备装在同一盒内的锂离子电池组是 UN3481，与设备包装在一起。
classify-un-b-3480 = 电池组与所供电的设备装在同一盒内，所以是 UN3481（与设备包装在一起），不是 UN3480（单独的电池）。
classify-un-b-metal = 这些是锂离子电池组，所以是 UN3481；UN3090 和 UN3091 是锂金属电池。
classify-pi-b-right = 正确：UN3481 与设备包装在一起是 PI 966（安装在设备中才是 PI 967）。
classify-pi-b-967 = 这是典型的混淆，连一家知名电池网站都弄错：PI 967 用于安装在设备中的电池；放在同一盒内设备旁边的电池组是与设备包装在一起，PI 966。
classify-pi-b-wrong = UN3481 有两个包装说明：与设备包装在一起为 PI 966（本项），安装在设备中为 PI 967。

section-text = 货代危险品岗的马女士问第 1 项备用电池组怎么操作。你的同事记得以前小电池组按第 II 部分发运，不用申报单。
section-full = 按 PI 965 作为完全受管制的危险品，按数量走 IA 或 IB 部分，附我方的托运人危险品申报单
section-two = 照以前的订单按 PI 965 第 II 部分发运：每箱都在限量以内，外箱贴锂电池标记就够了，不用申报单
section-later = 先按第 II 部分发运，只有航空公司危险品岗收运时要求，再补托运人危险品申报单
section-full-fb = 正确。PI 965 和 PI 968 的第 II 部分已删除（DGR 第 63 版，2022 年，过渡期至 2022 年 3 月 31 日）：单独的锂电池现在按 IA 或 IB 部分运输，并附托运人危险品申报单。
section-two-fb = 单独的电池按第 II 部分是常见错误：PI 965 和 968 的第 II 部分已在第 63 版（2022 年）删除。单独的电池组按 IA 或 IB 部分并附托运人危险品申报单，草稿现在带着一个错误。
section-later-fb = PI 965 的第 II 部分已不存在（2022 年删除），无从退回：单独的电池组从一开始就按 IA 或 IB 部分并附托运人危险品申报单。等危险品岗来问要耽误一天，错误也留在档案里。

soc-text = 郭先生问第 1 项备用电池组出厂时的荷电状态应是多少。买方维修中心希望拿到即可使用。
soc-thirty = 装箱前把每块备用电池组放电到不超过 30%，记录存入危险品档案
soc-full = 充满电发运，维修中心开箱就能直接发给客户使用
soc-half = 按电芯厂建议的 50% 存储电量发运，这是任何锂电池组运输时都稳妥的中间水平
soc-thirty-fb = 正确。UN3480 的荷电状态不得超过 30%（自 2016 年 4 月 1 日起），同时它也从那时起仅限货机。
soc-full-fb = 满电是典型错误之一：UN3480 运输时荷电状态不得超过 30%（自 2016 年 4 月 1 日起）。买方的方便改变不了规则。
soc-half-fb = 50% 是存储水平，不是空运规则：自 2016 年 4 月 1 日起 UN3480 的荷电状态不得超过 30%。

soc966-text = 本批货物 2026 年 12 月发运。郭先生问第 2 项与设备同盒的电池组是否也要放电；每块电池组 { $goods_wh } Wh。
soc966-thirty = 与设备同盒的电池组也放电到不超过 30%，和备用电池组一样处理
soc966-alone = 按工厂出货电量发运：30% 上限只适用于单独运输的锂电池
soc966-advice = 产线能做到的尽量放到 30%，其余照原样发运，因为这只是一项建议
soc966-thirty-fb = 正确。自 2026 年 1 月 1 日起（DGR 第 67 版），UN3481 PI 966 中超过 2.7 Wh 的电芯和电池荷电状态不得超过 30%；这些电池组是 { $goods_wh } Wh。
soc966-alone-fb = 已过时：自 2026 年 1 月 1 日起（第 67 版），30% 上限也适用于 UN3481 PI 966 中超过 2.7 Wh 的电芯和电池。这些 { $goods_wh } Wh 的电池组远超此值。
soc966-advice-fb = 那是 2025 年的情况，当时只是建议。自 2026 年 1 月 1 日起（第 67 版），UN3481 PI 966 中超过 2.7 Wh 的电池荷电状态必须不超过 30%，这些电池组是 { $goods_wh } Wh。

un383-text = 马女士要你证明这款电池组可以安全空运。你发什么？
un383-summary = 电池组厂提供的这一型号的 UN 38.3 测试概要，存入危险品档案
un383-sds = 电池组厂的安全数据单，上面写明了化学体系、瓦时数和危险品类别
un383-older = 电池组厂上一款电池组的 UN 38.3 报告：电芯相同，只是换了外壳和插头
un383-summary-fb = 正确。锂电池只有通过 UN 38.3 测试的型号才能运输；这一型号的测试概要正是货代和航空公司危险品岗要看的。
un383-sds-fb = 安全数据单描述的是产品，并不能证明这一电池型号通过了 UN 38.3，而只有通过 UN 38.3 测试的型号才能运输。
un383-older-fb = 这份报告是上一款电池组的，不是你要发运的这一型号：只有通过 UN 38.3 测试的型号才能运输，档案里需要的是这一型号的测试概要。

labels-text = 第 1 项备用电池组已装箱。郭先生问箱子外面要贴什么。
labels-cao = 每箱备用电池组贴第 9 类锂电池危险性标签和仅限货机标签
labels-mark = 每箱贴锂电池标记，注明 UN 编号和我方电话号码，跟以往的小批量电池货一样
labels-airline = 贴第 9 类锂电池危险性标签；航空公司安排全货机后再加贴仅限货机标签
labels-cao-fb = 正确。UN3480 禁止作为货物装载于客机，所以包装件要贴仅限货机（CAO）标签和第 9 类标签，申报单也写明仅限货机。
labels-mark-fb = 锂电池标记（UN 编号、电话）属于第 II 部分，而 PI 965 已没有第 II 部分：这些电池组完全受管制，作为 UN3480 仅限货机（贴 CAO 标签）。
labels-airline-fb = 仅限货机标签应由托运人粘贴：UN3480 禁止装载于客机，所以每箱出厂时就要贴好。没有此标签的箱子就是标签错误的包装件。

booking-text = 你定下来后马女士就可以订舱。卢森堡航线的全货机舱位很紧，危险品要经航空公司危险品岗批准。
booking-freighter = 现在就订 CGO 到卢森堡的全货机，同时提交两项货物的危险品资料
booking-belly = 订经另一枢纽中转的客机腹舱，运价更便宜，还能比全货机早一天起飞
booking-wait = 等电池组放电装箱完毕，再订最早有舱位的全货机，免得过早付钱
booking-freighter-fb = 正确。UN3480 仅限货机，所以整批货走全货机；全货机上的危险品舱位要凭 UN 编号、件数和重量预订，危险品岗才能收运。
booking-belly-fb = UN3480 禁止作为货物装载于客机（自 2016 年 4 月 1 日起）：备用电池组不能进客机腹舱，运价再低也不行。便宜的订舱带着一个危险品错误。
booking-wait-fb = 全货机舱位是瓶颈：等货备好再订，就会错过下几班全货机的危险品舱位。在 { $deadline_days } 天的期限内耽误了三天。

rate-text = 马女士发来她的运价表。根据运价表和装箱单算出本批货物的数字，用于航空运单和报价。
rate-gross = 实际毛重（公斤）
rate-volumetric = 体积重量（公斤）
rate-chargeable = 计费重量（公斤）
rate-freight = 空运费（USD）
rate-gross-right = 正确：{ $cartons_a } × { $goods_kg_a } 公斤加 { $cartons_b } × { $goods_kg_b } 公斤 = { $gross_kg } 公斤。
rate-gross-wrong = 你填的是 { $entry }；实际毛重是 { $expected } 公斤：装箱单上 { $cartons_a } × { $goods_kg_a } 公斤加 { $cartons_b } × { $goods_kg_b } 公斤。
rate-volumetric-right = 正确：{ $pieces } 箱 { $goods_len } × { $goods_wid } × { $goods_hgt } 厘米 ÷ 6,000 = { $vol_kg } 公斤，按运价表上的换算系数。
rate-volumetric-5000 = 你用了 5,000，有些快递公司用这个系数；这家货代的运价是每公斤 6,000 立方厘米。换算系数永远以手上的运价表为准：{ $vol_kg } 公斤。
rate-volumetric-wrong = 你填的是 { $entry }；按运价表每公斤 6,000 立方厘米，{ $pieces } 箱 { $goods_len } × { $goods_wid } × { $goods_hgt } 厘米得 { $expected } 公斤。
rate-chargeable-right = 正确：体积重量（{ $vol_kg } 公斤）高于实际毛重（{ $gross_kg } 公斤），所以按 { $chargeable_kg } 公斤计费。
rate-chargeable-actual = 运价表按实际毛重与体积重量中较高者计费：这些轻泡箱按体积是 { $vol_kg } 公斤，实际 { $gross_kg } 公斤，所以是 { $chargeable_kg } 公斤。
rate-chargeable-wrong = 你填的是 { $entry }；计费重量取实际 { $gross_kg } 公斤与体积 { $vol_kg } 公斤中较高者：{ $expected } 公斤。
rate-freight-right = 正确：{ $chargeable_kg } 公斤 × { $rate } = { $freight }。
rate-freight-actual = 你按实际毛重计价；运价表按计费重量收费：{ $chargeable_kg } 公斤 × { $rate } = { $freight }。
rate-freight-wrong = 你填的是 { $entry }；运费是 { $chargeable_kg } 公斤 × { $rate } = { $expected }。
step-gross-a = 第 1 项：箱数 × 公斤
step-gross-b = 第 2 项：箱数 × 公斤
step-gross = 实际毛重（公斤）
step-ctn-cm3 = 每箱（立方厘米）
step-pieces = 箱数
step-volumetric = 体积重量：箱数 × 立方厘米 ÷ 6,000（公斤）
step-chargeable = 计费重量（公斤）
step-rate = 每公斤运价
step-freight = 运费

reply-text = Lambert 女士来信：“你们的空运报价比我们铁路整箱高得多。为什么要空运，我们到底付的是什么，电池有什么特别要求？”请用英文回信（60-220 词）：结合她的期限说明为什么空运而不走铁路或海运，用你的数字说明计费重量和运费，以及备用电池组空运需要什么。
reply-why = 为什么空运：铁路和海运的天数对比她的期限
reply-why-fb = 写明期限（{ $deadline_days } 天），以及为什么铁路（12.5-20 天）和海运（28-45 天）赶不上而空运（5-8 天）赶得上。
reply-cost = 计费重量和运费，并说明原因
reply-cost-fb = 按运价表写明计费重量（{ $chargeable_kg } 公斤，体积重量高于实际毛重）和运费（{ $freight }）。
reply-dg = 备用电池组的要求：UN3480、仅限货机、荷电状态
reply-dg-fb = 说明备用电池组是 UN3480：走全货机、仅限货机，荷电状态放到不超过 30%；不能写 “fully charged” 或 “Section II”。
reply-tone = 面对质疑价格的买方，语气与条理
reply-tone-0 = 没有给出理由，语气辩解，或没说清她付的是什么
reply-tone-1 = 清楚，但原因、数字或电池要求中有一项只是断言
reply-tone-2 = 礼貌清楚，数字她能核对，时间与成本的取舍讲得明白

payment-text = Lambert 女士提出付款方式：“和我们的铁路订单一样：现在付 30%，余款在你们通过银行寄来航空运单正本时支付。”订单金额 { $order_value }。
payment-before = 要求起飞前付清余款：航空运单到港后不能让我们控制货物
payment-dp = 接受即期付款交单：我方银行只在她付款后才放出航空运单正本
payment-copy = 接受现付 30%，余款在航班起飞后凭航空运单扫描件支付
payment-before-fb = 正确。航空运单从不可转让，也不是物权凭证：运单上的收货人在卢森堡提货无须任何正本。起飞前没收到的钱，就等于赊销。
payment-dp-fb = 付款交单要配指示提单这种物权凭证才有用。航空运单从不可转让：收货人不凭它提货，银行扣着它什么也扣不住，银行费用白花，控制权也没有。
payment-copy-fb = 起飞后，运单扫描件能证明已发运，却不能控制货物：收货人提货不需要航空运单正本，所以 70% 的余款实际上是赊销。

docs-text = 马女士发来托运人危险品申报单和航空运单的草稿请你签字。标出所有错误的栏位；装箱单供参考。
docs-chargeable-fb = 这栏没错：计费重量（{ $chargeable_kg } 公斤）高于毛重（{ $gross_kg } 公斤），因为纸箱轻泡；运价表按较高的体积重量计费。
docs-un-b-fb = 这栏没错：与所供电设备同盒的电池组是 UN3481，锂离子电池与设备包装在一起。
slip-un-a-fb = 第 1 项是单独的备用电池组：UN3480，不是 UN3481（与设备包装在一起或安装在设备中）。
slip-pi-a-fb = “Section II” 是错的：PI 965 的第 II 部分已删除（第 63 版，2022 年）；单独的电池组按 IA 或 IB 部分并附本申报单运输。
slip-un-b-fb = UN3091 是锂金属电池；这些是与设备包装在一起的锂离子电池组：UN3481。
slip-pi-b-fb = PI 967 是安装在设备中；第 2 项的电池组放在盒内设备旁边，属于与设备包装在一起：PI 966（典型的混淆）。
slip-aircraft-fb = 本批货物包括禁止装载于客机的 UN3480：申报单必须写仅限货机。
slip-handling-fb = 航空运单必须注明 “Dangerous Goods as per associated Shipper's Declaration”，载有 UN3480 时还要注明 “Cargo Aircraft Only”（CAO）。
docs-slipped = 草稿原样交给了航空公司，带着你没有标出的错误。

acceptance-rejected = 航空公司在郑州的危险品收运检查拒收本批货物：单证和纸箱不符合规则要求。（本场景为练习调高了检查发现问题的概率。）
acceptance-torn = 航空公司的危险品收运检查拒收一箱备用电池组：它的仅限货机标签在仓库里被撕掉了，这一箱标签不全。（本场景为练习调高了概率。）
acceptance-passed = 航空公司的危险品收运检查放行本批货物。
rejected-text = 马女士从收运库打来电话：货物被拒收，改正之前不能上飞机。你怎么办？
rejected-fix = 按危险品岗指出的问题改正纸箱和单证，赶下一班全货机重新交运
rejected-pax = 把被拒收的箱子改上今晚的客机，其余的按原订舱走全货机
rejected-rail = 把被拒收的货拉回来改走铁路，那边对锂电池的规则要宽松得多，省得再被拒收
rejected-fix-fb = 正确：改正后重新交运。标签、荷电状态和申报单都是托运人的责任，危险品岗只收运符合规则的货物。耽误一天，还有一笔重新操作费。
rejected-pax-fb = 备用电池组是 UN3480，禁止作为货物装载于客机：改上客机只是重犯检查要拦下的错误。
rejected-rail-fb = 铁路到欧洲要 12.5-20 天：{ $deadline_days } 天的期限就彻底赶不上了。改正纸箱和单证只需一天。
offload-yes = 马女士来电：全货机满载，航空公司把你的托盘拉货到下一班。（本场景为练习调高了拉货的频率。）
offload-no = 全货机载着你的货物从郑州起飞。
offload-fix-text = 你的货物被拉下。下一班去卢森堡的全货机有舱位；经另一枢纽的客机起飞更早。你怎么办？
offload-next = 留在下一班去卢森堡的全货机上，并把新的到货日期告诉买方
offload-belly = 改上经另一枢纽、起飞更早的客机，保住原定到货日期
offload-rail = 这批货放弃空运，改上下一趟中欧班列，免得再被拉货
offload-next-fb = 正确：下一班全货机只耽误一天，也是唯一合规的选择：UN3480 仅限货机，客机不在选项之内，铁路则要 12.5-20 天。
offload-belly-fb = UN3480 禁止作为货物装载于客机：备用电池组不能上那班飞机，期限再紧也不行。
offload-rail-fb = 铁路到欧洲要 12.5-20 天，一天的拉货就变成赶不上 { $deadline_days } 天的期限。

wrapup-held = 在卢森堡，航空公司上报了本批货物：其中的危险品不符合规则或申报单。货物被扣，托运人要承担责任。
wrapup-late = 货物在买方 { $deadline_days } 天的期限之后才到。
wrapup-strained = 货物按时到达，但买方记得这一番反复。
wrapup-clean = 货物按时到达 Contern，申报和包装都符合规则。
end-clean = 租赁设备按时出租。Lambert 女士请你按同一线路为下一季订单报价。
end-strained = 按时交货，但 Lambert 女士说下次会请其他供应商也报价。
end-late = 迟到：Lambert 女士取消订单，货物滞留卢森堡等待买家。
end-held = 被扣：航空公司的报告交给了主管部门，货物被扣，买方取消订单。
