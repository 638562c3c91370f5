title = 海外仓：9810备货到杜伊斯堡、欧盟增值税与退货
summary = 郑州一家卖家把B2B备货发往在杜伊斯堡租用的海外仓：9810监管方式和申报途径、订仓单数据、登记进口人与进口增值税、从库存销售的增值税、给仓库的回信、全成本核算，以及在6个月免税窗口内把滞销货物退回。

var-cash = 项目预算
var-days_lost = 耽误天数
var-trust = 买家信任度

speaker-li = 李娜女士，出口经理，郑州中原发制品与健康用品有限公司
speaker-guo = 郭伟先生，郑州报关行

goods-wigs = 许昌化纤假发（盒装）
goods-moxa = 南阳艾条（每盒10支）
goods-extensions = 许昌卡子式接发套装（盒装）

doc-plan = 备货计划：首批发往杜伊斯堡
field-seller = 卖方兼出口商
field-warehouse = 海外仓
field-goods = 货物
field-pallets = 托盘数
field-units = 件数
field-unit-value = 每件出口价值
field-value = 本票出口价值
field-buyers = 谁从库存采购
field-deadline = 备货何时必须到达杜伊斯堡
plan-buyers = 德国门店和美发连锁，从库存小批量下单（B2B）
plan-deadline = 自郑州发运起22天内：买家的秋季订单从那时开始

doc-quotes = 货代报价：郑州至杜伊斯堡，一个40英尺箱
field-rail = 铁路（中欧班列）
field-sea = 海运（经青岛）
field-air = 空运（郑州机场）
quote-rail = 门到门约15天；一个40英尺箱{ $freight }
quote-sea = 港到港28至36天，另加约5天内陆运输；约2,800欧元
quote-air = 约6天；每公斤5.5至9美元（这批货约9,000欧元）

doc-estimate = 德国报关行和仓库的费用与税款单
field-freight = 铁路运费，一个40英尺箱（欧元）
field-clearance = 进口清关及送仓费（欧元）
field-inbound-rate = 每托盘入库操作费（欧元）
field-storage-rate = 每托盘每周仓储费（欧元）
field-weeks = 预计在库周数
field-vat-base = 进口增值税计税基础，报关行提供（欧元）
field-vat-rate = 进口增值税税率，报关行提供
field-vat = 入境时的进口增值税，报关行提供（欧元）
field-margin = 按售价计的目标利润率（%）

doc-operator-mail = 仓库运营方的邮件
field-from = 发件人
field-subject = 主题
field-body = 正文
mail-subject = Onboarding: your { $pallets } pallets, importer of record and VAT
mail-body = Welcome to RheinPort! Our onboarding team's view: as your goods stay in our warehouse until your buyers order, they are not yet imported, so no import VAT is due until they are sold. For the paperwork we can simply put your IOSS number on the entries. Please confirm who will be importer of record and how you handle VAT on your sales from stock.

doc-batch = 退回郑州的退货批次（仓库草拟）
field-batch-header = 批次
field-line1 = 第1行
field-line2 = 第2行
field-line3 = 第3行
field-line4 = 第4行
field-line5 = 第5行
field-line6 = 第6行
field-evidence = 证明材料
field-rebate = 出口退税
batch-header = RB-2611：自杜伊斯堡RheinPort仓库退回，2026年11月9日在郑州海关按财政部、海关总署、税务总局2026年第16号公告申报
line-1 = { $product_name }：3箱；2026年7月14日以9810出口；未售出库存，原包装
line-late = { $product_name }：3箱；2026年3月16日以9810出口；未售出库存，原包装
line-2 = { $product_name }：2箱；2026年7月14日以9810出口；科隆买家退回，未使用，原包装
line-reworked = { $product_name }：2箱；2026年7月14日以9810出口；在杜伊斯堡换贴买家自有品牌标签并重新包装
line-3 = { $product_name }：4箱；2026年8月2日以9810出口；未售出库存，原包装
line-food = 信阳毛尖绿茶礼盒：4箱；2026年8月2日以9810出口；未售出库存，原包装
line-4 = { $product_name }：{ $returned }箱；2026年8月2日以9810出口；未售出库存，原包装
line-code = { $product_name }：{ $returned }箱；2026年8月2日以0110（一般贸易）出口；未售出库存，原包装
line-5 = { $product_name }：2箱；2026年5月12日以9810出口；未售出库存，原包装
line-6 = { $product_name }：1箱；2026年8月20日以9710出口（B2B直接出口订单）；买家退回，未使用，原包装
batch-evidence = 未售出部分附自我声明；买家退回部分附平台退货记录
batch-evidence-invoice = 仅有商业发票和出口报关单复印件
batch-rebate = 7月那票货已收到的退税已补缴；附《出口货物已补税/未退税证明》
batch-rebate-later = 7月那票货已收到的退税：待退货放行后再补缴

channel-text = 公司将在杜伊斯堡租用的仓库备货，从库存卖给德国门店和美发店。首批是{ $pallets }托盘{ $product_name }，必须在22天内到仓。怎么发运？
channel-rail = 从郑州走中欧班列，一个40英尺箱，门到门大约15天
channel-sea = 经青岛海运一个40英尺箱：三种报价里运费最便宜的一种
channel-air = 从郑州机场空运，备货大约6天就能到达仓库
channel-parcels = 分批发国际快递，每天几箱直接送进海外仓
channel-rail-fb = 正确：郑州至汉堡铁路约12.5至15天，中国至欧洲铁路一般15至20天（领域资料“物流”），22天内到仓，运费远低于空运。海外仓是用仓储成本换交付速度：托盘慢而便宜地运过去，买家从库存快速收货。
channel-sea-fb = 最便宜，但海运28至36天（绕好望角35至45天），再加内陆段：赶不上22天，秋季订单开始时货还没到。半分：成本要考虑，但期限说了算。
channel-air-fb = 空运5至8天，但每公斤5.5至9美元：备货要在仓库里放几周，这个速度白白浪费。补充库存用铁路或海运；空运适合急、轻、贵的货。
channel-parcels-fb = 国际快递适合单笔B2C订单，不适合给海外仓补货：每公斤成本远高于整箱，几十票小件各要一套单证。备货用铁路或海运整箱。

declare-text = 郭先生为发往杜伊斯堡自有库存的{ $pallets }托盘货物准备出口报关单，目前还没有任何买家下单。请填写监管方式、以欧元计的出口价值和件数（托盘数）。
declare-mode = 监管方式
declare-value = 本票出口价值（欧元）
declare-packages = 件数（托盘）
declare-mode-9810 = 正确：9810是跨境电商B2B出口海外仓（海关总署2020年第75号公告）；货物在买家下单前先进入自有库存。
declare-mode-9710 = 9710是跨境电商B2B直接出口：B2B订单直接发给境外企业买家。这里还没有买家下单，货物进自有海外仓，应为9810。
declare-mode-0110 = 0110一般贸易是普通途径，也能通关，但货物就不在跨境电商监管方式之内了：免税退货政策（2026年第16号）只适用于1210、9610、9710和9810出口的货物，滞销货物退回时要交税。发往海外仓的备货应为9810。
declare-mode-9610 = 9610是B2C零售（“清单核放、汇总申报”，海关总署2014年第12号公告），用于发给消费者的包裹，不是B2B备货托盘。应为9810。
declare-mode-1210 = 1210是海关特殊监管区域内的保税跨境电商，主要用于进口，不是出口海外仓。应为9810。
declare-mode-blank = 请选择监管方式：发往自有海外仓的备货是9810。
declare-value-right = 正确：{ $expected }是本票出口价值，即备货计划上的件数 × 每件出口价值。
declare-value-unit = 你填的是一件的价值；报关单要填本票总值{ $expected }。
declare-value-wrong = 你填了{ $entry }；本票出口价值是{ $expected }：备货计划上的件数 × 每件出口价值。尚未售出不等于没有价值。
declare-packages-right = 正确：备货计划上是{ $pallets }托盘。
declare-packages-units = 这是货物件数；件数栏填计数、刷唛的包装件，这里是{ $pallets }托盘。
declare-packages-wrong = 你填了{ $entry }；备货计划上是{ $pallets }托盘。
step-units = 件数
step-unit-value = 每件出口价值
step-goods-value = 本票出口价值

route-text = 9710和9810都可以走清单申报，也可以用报关单申报。本票价值{ $goods_value }。郭先生用哪种途径？
route-form = 用报关单：本票价值远远超过清单申报允许的上限
route-list = 走清单申报：这是专为跨境电商B2B出口设计的简化途径
route-form-9710 = 用报关单：清单申报只适用于9710直接出口
route-conditions = 走清单申报：这批货不涉证、不涉检、不涉税，清单可以用
route-form-fb = 正确：清单申报只适用于每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物（海关总署2020年第75号公告）；{ $goods_value }远超此限，报关单没有金额上限。
route-list-fb = 清单是简化途径，但只适用于每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物（海关总署2020年第75号公告）。{ $goods_value }的一票货必须用报关单；按清单申报会被退回，托盘干等。
route-form-9710-fb = 途径对了，理由错了：清单申报9710和9810都适用（海关总署2020年第75号公告）。这里排除清单的是金额：清单只适用于每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物。给部分分。
route-conditions-fb = 两个条件必须同时满足：每票不超过5,000元人民币，并且不涉及许可证、检验检疫和税款（海关总署2020年第75号公告）。这批货满足后一条，但{ $goods_value }远超前一条；按清单申报会被退回。应当用没有金额上限的报关单。

filing-text = 同事2023年的操作清单上写着：“首次9810出口前，先向海关办理海外仓备案。”你怎么做？
filing-booking = 不再备案：随报关数据发送订仓单数据
filing-record = 照清单先办海外仓备案，办完再申报
filing-nothing = 什么都不用发了：备案和相关数据都已取消
filing-booking-fb = 正确：海关总署2024年第167号公告自2024年12月15日起取消海外仓备案，但订仓单数据仍要发送。郑州在该公告的试点之列。
filing-record-fb = 清单过时了：海关总署2024年第167号公告自2024年12月15日起取消了海外仓备案。你在一个已不存在的手续上浪费了几天；仍需要的是订仓单数据。
filing-nothing-fb = 只对了一半：备案在2024年12月15日取消了（海关总署2024年第167号公告），但订仓单数据仍要发送。没有它，9810申报就缺数据。

samples-text = 下周还要给杜伊斯堡展厅寄一箱样品：价值{ $sample_cny }，不涉及许可证、检验检疫和税款。郭先生怎么申报？
samples-list = 按9810走清单申报：在上限内，不涉证不涉检不涉税
samples-form-only = 用报关单申报：清单申报只适用于9710直接出口的订单
samples-none = 不用申报：这么小的一箱样品不需要报关
samples-list-fb = 正确：每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物可以走清单申报，而且清单9710和9810都适用（海关总署2020年第75号公告；领域资料更正(e)）。
samples-form-only-fb = 报关单总是可以用的（没有金额上限），这箱货能通关；但理由错了：清单申报9810同样适用。不超过5,000元、不涉证不涉检不涉税，用更简便的清单就行。
samples-none-fb = 小不等于不用申报：清单申报就是针对每票不超过5,000元人民币货物的简化申报（海关总署2020年第75号公告）。不申报，这箱货被拦下，展厅只能等。

dr-held = 郑州海关把报关单挂起：9810数据里缺订仓单数据。补发并被接受前耽误了五天。（本练习为了训练调高了查验概率，远高于实际出口查验比例。）
dr-selected = “双随机”：系统随机抽中本票报关单查验，并随机指派关员。跨境电商B2B出口优先查验：耽误一天。（本练习为了训练调高了抽中概率，远高于实际出口查验比例。）
dr-cleared = 报关单没有被抽中，顺利放行；集装箱搭上郑州的下一班班列。（本练习为了训练调高了抽中概率，远高于实际出口查验比例。）

importer-text = 几天后托盘就到杜伊斯堡。德国报关行的费用单显示入境时进口增值税为{ $vat }。由谁申报进口？增值税怎么办？
importer-us = 我们做登记进口人，入境时由我们缴纳进口增值税
importer-not-imported = 暂时没人：货在仓库里，卖出之前不算进口
importer-ioss = 申报时填我们的IOSS号码，增值税随销售再结算
importer-three-euro = 新的每类3欧元关税取代了这类货物的增值税
importer-us-fb = 正确：进口增值税在入境时缴纳，由登记进口人缴纳（领域资料第7节）；这里就是你们公司，本票为{ $vat }。之后库存处于自由流通状态，从库存销售是当地销售。
importer-not-imported-fb = 典型错误：货物运进欧盟、放进仓库，就是进口了；进口增值税在入境时缴纳，由登记进口人缴纳。“还没进口，所以不交增值税”，托盘会被扣在边境。
importer-ioss-fb = IOSS只适用于销售时货物在欧盟境外、每票不超过150欧元的B2C销售：绝不适用于库存，也不适用于B2B。发往仓库的托盘需要登记进口人在入境时缴纳进口增值税。
importer-three-euro-fb = 2026年7月1日起每类商品3欧元的关税针对低价值B2C包裹，取代150欧元的关税免征；与B2B库存无关，也不取代任何增值税。进口增值税在入境时缴纳，由登记进口人缴纳。

sales-vat-text = 慕尼黑一家美发连锁从杜伊斯堡库存订了300件。这些销售的增值税怎么处理？
sales-vat-local = 属于德国当地销售：在德国注册增值税号，开票按当地增值税
sales-vat-oss = 用一张OSS申报表申报我们在欧盟的全部销售，不需要德国税号
sales-vat-export = 算中国出口销售：不涉及欧盟增值税
sales-vat-local-fb = 正确：从已在德国的库存销售属于德国当地销售，需要在当地注册增值税（领域资料第7节）。入境时缴纳的进口增值税，是你们为这批库存垫付的现金。
sales-vat-oss-fb = OSS适用于欧盟内部的B2C远程销售，不适用于卖给美发连锁的B2B销售。从德国库存销售属于当地销售，需要在当地注册增值税。
sales-vat-export-fb = 货物几周前就离开中国、已进口到欧盟；从杜伊斯堡库存销售是德国的当地销售，不是从中国出口，需要在当地注册增值税。

letter-text = 用英文回复Vogt女士的邮件（60至220词）。说明谁是登记进口人，进口增值税在入境时缴纳、本票金额是多少，为什么IOSS不适用，以及从库存销售如何计税。写明本票货物（托盘数）。
letter-facts = 写明本票货物：托盘数
letter-facts-fb = 回信要对应到本票货物：备货计划上的{ $letter_pallets }托盘。
letter-importer = 说明你们公司是登记进口人
letter-importer-fb = 回信要明确说明你们公司是登记进口人：负责申报进口并缴纳进口增值税的一方。
letter-vat = 进口增值税在入境时缴纳，并写明金额；不能写“还没进口”
letter-vat-fb = 进口增值税在入境时缴纳，由登记进口人缴纳：按报关行的费用单，本票为{ $letter_vat }。“还没进口，所以不交增值税”正是要纠正的错误。
letter-ioss = 拒绝用IOSS申报库存：IOSS仅限不超过150欧元的B2C
letter-ioss-fb = IOSS只适用于销售时货物在欧盟境外、每票不超过150欧元的B2C销售；绝不适用于库存或B2B。回信要讲清楚，不能接受用IOSS的建议。
letter-local = 从库存销售：在德国注册增值税，而不是OSS
letter-local-fb = 从德国库存销售属于当地销售：你们公司需要在当地注册增值税；OSS适用于欧盟内部B2C远程销售，不适用于这些销售。
letter-tone = 礼貌、清楚、完整：纠正对方而不指责，并说明下一步
letter-tone-0 = 生硬、混乱或指责对方；运营方无法据此办理。
letter-tone-1 = 礼貌，大体清楚，但纠正之处不突出，或没有说明下一步。
letter-tone-2 = 礼貌、条理清楚，明确纠正两点，并说明运营方下一步该做什么（以你们公司名义申报进口，提供入境单证）。

entry-cleared = 托盘以你们公司名义申报进口；入境时缴纳了{ $vat }进口增值税，库存登记进RheinPort的系统。
entry-held = 德国海关不放行：没有登记进口人申报进口、缴纳增值税，库存也不能用IOSS号码申报。补办正式进口申报耽误六天，产生滞箱费，首批买家也等得不耐烦了。

costing-text = 李女士要核算这批库存从出口价值到杜伊斯堡货架的全部成本，并按售价计{ $margin }%的利润率报出仓库提货价。请使用备货计划和报关行的费用单，保留到分。
costing-landed = 每件到仓成本，不含进口增值税（欧元）
costing-storage = 预计在库周数的仓储费，全部托盘（欧元）
costing-price = 按售价计利润率的每件仓库提货价（欧元）
costing-landed-right = 正确：（出口价值 + 运费 + 清关费 + 入库操作费）÷ 件数 = { $expected }。进口增值税不计入：它是登记进口人入境时缴纳的现金，注册增值税后可与当地销售的增值税相抵，不是货物成本。
costing-landed-vat = 你把{ $vat }进口增值税算进了单位成本。它是入境时垫付的现金，不是利润的减项：作为在德国注册了增值税的登记进口人，可与销售的增值税相抵。不含它：{ $expected }。
costing-landed-short = 你只算了货值和运费；清关费和入库操作费也是把库存送上货架的成本。到仓成本是{ $expected }。
costing-landed-wrong = 你填了{ $entry }；每件到仓成本是{ $expected }：（出口价值 + 运费 + 清关费 + 入库操作费）÷ 件数，不含进口增值税。
costing-storage-right = 正确：托盘数 × 每托盘每周费率 × 周数 = { $expected }。海外仓就是用这笔仓储费换交付速度。
costing-storage-one = 这是一个托盘的仓储费；{ $pallets }个托盘都要存放：{ $expected }。
costing-storage-wrong = 你填了{ $entry }；仓储费 = 托盘数 × 每托盘每周费率 × 周数 = { $expected }。
costing-price-right = 正确：每件全部成本（到仓成本 + 每件仓储费）÷（1 − { $margin }%）= { $expected }：利润率是售价的一部分（领域资料第1节）。
costing-price-markup = 你是在成本上加{ $margin }%（成本加成）；题目要求按售价计利润率：全部成本 ÷（1 − { $margin }%）= { $expected }。要求按售价计利润却按成本加成，是典型的报价错误。
costing-price-wrong = 你填了{ $entry }；价格 = 每件全部成本（到仓成本 + 每件仓储费）÷（1 − { $margin }%）= { $expected }。
step-freight = 铁路运费
step-clearance = 清关及送仓费
step-inbound = 入库操作费，全部托盘
step-landed = 每件到仓成本
step-pallets = 托盘数
step-storage-rate = 每托盘每周仓储费
step-weeks = 在库周数
step-storage = 仓储费，全部托盘
step-storage-unit = 每件仓储费
step-full = 每件全部成本
step-margin = 按售价计的利润率（%）
step-price = 每件仓库提货价

quote-text = 慕尼黑的连锁要一份“注明贸易术语”的价格表。货就在你们杜伊斯堡的库存里。怎么报价？
quote-fca = FCA我们的杜伊斯堡仓库，Incoterms 2020，净价另加德国增值税
quote-cif = CIF汉堡，Incoterms 2020，因为集装箱当初是从汉堡港进来的
quote-fob = FOB青岛，按我们的出口价目表换算成欧元报价
quote-fca-fb = 正确：货已在德国，贸易术语应写明仓库；FCA适用于任何运输方式（Incoterms 2020），价格用你核算的仓库提货价，作为当地销售另加德国增值税。
quote-cif-fb = CIF只适用于海运（Incoterms 2020），指定的是尚待装运货物的目的港；杜伊斯堡仓库里的库存从仓库交货。FCA或EXW杜伊斯堡才写明真实地点。
quote-fob-fb = FOB青岛价不含运费、清关费、操作费和仓储费，每卖一件都亏掉这些；而且货早已不在中国。应按全部成本从仓库报价。

sales-slow = 销售比计划慢：秋季订单消化了大部分库存，但四个月后还有{ $returned }箱和其他几行货没卖掉，另有两家买家退回了未使用的货。
sales-steady = 库存卖得不错；不过有几行货不动销，还有两家买家退回了未使用的货。李女士希望把它们运回郑州，用于春季产品线。

returns-plan-text = 一部分货要从杜伊斯堡退回郑州。怎么安排退货？
returns-plan-window = 出口后6个月内原状退回，按2026年第16号公告免税
returns-plan-later = 等下一季卖完再说：9810货物以后什么时候退回都适用政策
returns-plan-relabel = 先给买家换贴标签，剩下的再免税退回
returns-plan-discount = 在德国打折清仓，不再运回国内
returns-plan-window-fb = 正确：财政部、海关总署、税务总局2026年第16号公告（2026年1月1日至2027年12月31日出口，1210、9610、9710、9810）：出口之日起6个月内、以原状退回的未售出或买家退回的货物（食品除外），不征进口关税、进口增值税和消费税，已征出口关税予以退还。
returns-plan-later-fb = 政策有时间窗口：出口之日起6个月内退回（2026年第16号公告）。压到下一季再退，就按普通进口交关税和进口增值税。
returns-plan-relabel-fb = 经过加工改装的货物不再是原状，而政策要求原状退回（2026年第16号公告）：换了标签的货退回要交税。准备退回的货保持原样。
returns-plan-discount-fb = 这是商业选择，不违反规定：省了回程运费，但亏本销售；而政策的免税退货（6个月内、原状，2026年第16号公告）本可以让货物免关税和进口增值税回国。不加分也不扣分。

evidence-text = 海关会问：凭什么证明这些货是未售出或买家退回的？你准备什么材料？
evidence-both = 未售出的附自我声明；买家退回的附平台退货记录
evidence-invoice = 出口时的商业发票和9810报关单
evidence-none = 不用再准备：9810报关单已经证明这批货物出过境
evidence-both-fb = 正确：政策的证明材料是未售出货物的自我声明，或买家退回货物的平台退货记录（2026年第16号公告）。
evidence-invoice-fb = 出口单证证明货物出了境，不能证明未售出或被退回。证明材料是自我声明（未售出）或平台退货记录（退回）（2026年第16号公告）。
evidence-none-fb = 出口报关单不能说明货物为什么退回。没有自我声明（未售出）或平台退货记录，就不能享受免税（2026年第16号公告）。

rebate-text = 7月那票货的出口退税已经退到公司账上。退货前这笔退税怎么办？
rebate-first = 先补缴退税，附《出口货物已补税/未退税证明》再申报
rebate-later = 先申报退货，等税务机关提出要求时再补缴已收到的出口退税
rebate-keep = 留着：出口退税和免税退货是两回事，互不影响
rebate-first-fb = 正确：已收到的退税要先补缴，退货时附《出口货物已补税/未退税证明》（2026年第16号公告）。免税退回的货物不能同时保留出口退税。
rebate-later-fb = 顺序反了：要先补缴退税、出具《出口货物已补税/未退税证明》（2026年第16号公告）。没有它就申报，退货不能免税，保留的退税还会被追缴。
rebate-keep-fb = 错误：免税退货要求先补缴已收到的退税，并附《出口货物已补税/未退税证明》（2026年第16号公告）。两头都要，就是为没有留在境外的货物拿了退税。

return-check-text = 按政策核对仓库草拟的退货批次：2026年11月9日前6个月内出口、原状、非食品、监管方式为1210、9610、9710或9810、证明材料、退税已先补缴。把不能照此免税退回的每一行或每一栏都标出来。
fault-late-fb = 第1行2026年3月16日出口，距11月9日退货已超过6个月：超出2026年第16号公告的窗口，退回要交关税和进口增值税。
fault-reworked-fb = 第2行换贴了标签、重新包装：不再是原状，不适用2026年第16号公告。
fault-food-fb = 第3行是绿茶，属于食品：食品不适用免税退货（2026年第16号公告）。
fault-code-fb = 第4行以0110一般贸易出口：政策只适用于1210、9610、9710和9810出口的货物（2026年第16号公告）。
fault-rebate-fb = 退税必须先补缴，并附《出口货物已补税/未退税证明》（2026年第16号公告）；“放行后再补”太晚了。
fault-evidence-fb = 发票和报关单不能证明货物未售出或被退回：证明材料是自我声明或平台退货记录（2026年第16号公告）。
line5-fb = 5月12日到11月9日，在出口后6个月之内（差几天满六个月），未售出、原包装：符合条件。
line6-fb = 9710是政策列明的监管方式之一（1210、9610、9710、9810），买家未使用退回的货物符合条件：没有问题。

return-refused = 郑州海关核对退货批次：不符合政策的那一行被剔出免税退货，按规定征收关税和进口增值税，来回问询耽误三天。

wrapup-vat = 回头看，增值税问题决定了这一年。
wrapup-rebate = 回头看，出口退税决定了这一年。
wrapup-costly = 回头看，退货多花了本不该花的钱。
wrapup-clean = 回头看，库存、增值税和退货环环相扣，都做对了。

end-clean = 杜伊斯堡的库存运转顺利：按9810申报并发送订仓单数据，以公司名义进口并在入境时缴纳进口增值税，在德国注册增值税按当地销售开票，按全部成本定价，滞销货物在6个月窗口内免税回国。李女士按同样的做法安排春季那一批。
end-costly = 仓库运转正常，买家也得到了服务，但退货被征了税：超过6个月窗口、经过改装、属于食品或不在政策监管方式内的货物，要交关税和进口增值税。下一季退货批次申报前先核对。
end-vat = 库存从一开始就没按计划运转：没有登记进口人，托盘被扣在边境，补缴增值税加滞箱费，买家转向了别家。进了欧盟仓库的货物就是进口了；进口增值税在入境时缴纳，IOSS从不适用于库存。
end-rebate = 税务机关发现退货按免税申报，出口退税却没有补缴：退货不能免税，退税也被追回。按2026年第16号公告，已收到的退税要先补缴，并附《出口货物已补税/未退税证明》。
