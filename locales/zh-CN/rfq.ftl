title = 询盘报价：阿里巴巴国际站的询盘甄别与报价
summary = 你负责许昌一家发制品企业的阿里巴巴国际站店铺和RFQ市场：分辨真实买家、套价询盘和诈骗企图，写明贸易术语及指定地点，核算含佣CIF报价和换汇成本，按风险选择付款方式，撰写报价函，审核形式发票，并处理一起信用保障退款申请。

var-cash = 销售预算
var-trust = 买方信任度

speaker-li = 李娜女士，出口销售经理，许昌瑞发发制品有限公司
speaker-chen = 陈波先生，财务，许昌瑞发发制品有限公司
speaker-vandijk = Pieter van Dijk 先生，采购，Van Dijk Hair Supplies B.V.，鹿特丹

goods-wigs = 真人发蕾丝前头套假发，18英寸，自然黑
goods-tape = 真人发胶带接发，20英寸，每包40片
goods-toppers = 真人发补发块，14英寸，丝底
goods-synthetic = 耐高温化纤假发，24英寸
unit-pcs = 件
unit-packs = 包

field-from = 发件人
field-body = 内容
field-goods = 货物
field-quantity = 数量
field-unit = 单位
field-asked-term = 要求的价格基础
field-asked-shipment = 要求的装运时间
field-asked-payment = 付款方式
field-unit-vat = 单位含税购货价（人民币）
field-purchase = 本单含税购货价
field-rebate-rate = 该HS税号的出口退税率（报关行提供）
field-domestic = 国内费用（内陆运费、港杂、报关、银行）
field-freight = 青岛至鹿特丹海运费，本批
field-premium-rate = 保险费率，协会货物条款(C)
field-margin = 利润率（占售价的比例）
field-commission = 买方采购代理佣金（按售价计）
field-buying = 银行买入价（1美元兑人民币）
field-middle = 中间价（1美元兑人民币）
field-selling = 银行卖出价（1美元兑人民币）
field-moq = 最小起订量（MOQ）
field-lead = 收到预付款后的交期（天）
field-line = 生产线
field-buyer = 买方
field-price = 单价（美元）
field-term = 贸易术语
field-amount = 总金额
field-payment = 付款方式
field-shipment = 装运
field-validity = 有效期至
field-bank = 收款人及银行账户
field-loading = 装运港
field-order = 订单
field-received = 确认收货
field-request = 申请
field-reason = 理由

doc-inq-real = 询盘1，来自店铺：Van Dijk Hair Supplies B.V.
inq-real-term = CIF鹿特丹，含我方采购代理{ $commission }的佣金
inq-real-shipment = 如可能，下单后两周内装运
inq-real-payment = 请提出贵方条件；我们是新客户
doc-inq-fish = 询盘2，来自RFQ市场
inq-fish-body = “尊敬的供应商：我们是大进口商。请发来所有产品的完整价格表和目录，报最低价。急。”
doc-inq-fraud = 询盘3，来自店铺
inq-fraud-body = “紧急订单，假发20,000件。下单前，请自付快递费寄10件免费样品，并发来营业执照、银行账户证明和一份签字盖章的形式发票，供我方银行审批。为节省费用，我们将在信用保障之外通过境外合作公司100%电汇付款。”
doc-costs = 成本核算表
doc-board = 中国银行许昌分行今日牌价（按1美元；牌价表上按100美元标价）
doc-schedule = 工厂排产表，瑞发车间
schedule-line = 未来10天已排满；新订单在收到预付款后开工
doc-quotation = 报价单QT-2612-031（李经理已批准，买方已接受）
quote-payment = 30%电汇预付款经信用保障支付，70%凭提单副本经信用保障支付
quote-shipment = 收到预付款后，在工厂交期内自青岛装运
doc-pi = 形式发票PI-2612-031（销售助理起草）
pi-payment-wrong = 提单日后60天内100%电汇（赊销）
doc-slip = 付款通知
slip-body = “瑞发公司：为节省费用，我们今天已在信用保障之外把70%尾款电汇到贵司的另一个账户，附银行水单。请现在电放提单：我方报关行在等。Pieter”
doc-claim = 信用保障退款申请
claim-received = 买方5天前确认收货
claim-request = 全额退款
claim-reason = “部分货物与约定不符，见照片。”

fishing-text = 周一上午9点。店铺收件箱里有三条新询盘，屏幕角落显示着平台的响应时间指标（只是背景：这里没有任何判断取决于它的具体数字）。李经理：“先看询盘2，来自RFQ市场。我们回什么？”
fishing-ask = 今天简短回复并附产品目录，报价前先问清货物、数量、目的港和贸易术语
fishing-ask-fb = 正确。价格离开贸易术语和指定地点就没有意义(Incoterms 2020)：术语决定运费、保险和风险由谁承担。及时回复不花成本，真实买家会回复你报价所需的信息。
fishing-list = 马上发出全部产品的完整价目表，让这家进口商今天就看到全线产品和最低价
fishing-list-fb = 一张光秃秃的价目表把你的价格水平交给任何来问的人，却仍然没有贸易术语和指定地点(Incoterms 2020)，说明不了运费和保险由谁承担。先问清需求。
fishing-ignore = 不回复：没有数量、货物和目的地的询盘，这周不值得花时间
fishing-ignore-fb = 没有损失，也没有收获：一条简短回复，问清货物、数量、目的地和贸易术语，不花成本就能甄别询盘。不得分，也不扣分。
fishing-lowest = 立刻按最畅销的那款报出我们能给的最低单价，抢在其他供应商之前拿下这个进口商
fishing-lowest-fb = 没有数量、没有贸易术语、没有指定地点的最低价，是没有成本核算支撑的承诺(出口报价核算：先核算成本，再按术语定价)；在CIF或DDP下，同一个数字还得承担运费、保险或关税。

fraud-text = 接下来是询盘3。李经理：“两万件假发够工厂做几个月了。怎么回？”
fraud-ta = 样品走信用保障付费样品单；资料和付款都等真实订单，走信用保障
fraud-ta-fb = 正确。10件免费样品和快递费在订单还不存在时就要你承担，而一份签字盖章的形式发票，会把一个没有贸易术语、指定地点和成本核算支撑的两万件假发价格白纸黑字地交出去(Incoterms 2020；出口报价核算：先核算成本，再按术语定价)。付费样品单让样品费由他承担，真实订单走信用保障，他也有平台的退款申请和纠纷流程：真实买家没有理由拒绝。
fraud-send = 今天就寄样品，发营业执照、银行证明和签字形式发票：这么大的订单，快递费完全值得
fraud-send-fb = 订单还不存在，10件样品和快递费就由你承担了；签字盖章的形式发票把一个没有贸易术语、指定地点和成本核算支撑的两万件假发价格白纸黑字地交了出去(Incoterms 2020；出口报价核算：先核算成本，再按术语定价)，营业执照和银行证明也落到了陌生人手里。
fraud-deposit = 同意在信用保障外电汇并寄出签字形式发票，只要他的合作公司先付30%预付款
fraud-deposit-fb = 投产前先收预付款，在风险排序里是安全的一端(电汇预付 < 信用证 < 付款交单 < 承兑交单 < 赊销)，但签字盖章的形式发票现在就发出去了：为两万件假发报出一个没有贸易术语、指定地点和成本核算支撑的价格(Incoterms 2020；出口报价核算：先核算成本，再按术语定价)。要在真实订单上、经信用保障，报出按贸易术语核算的价格。
fraud-samples = 我方付费寄两件样品试探他，但营业执照、银行证明和形式发票等他下单后再给
fraud-samples-fb = 好一些：公司资料留在家里，也没有承诺任何价格。但样品和快递费仍由你承担，而订单遥遥无期；走信用保障的付费样品单，让这笔费用由买家承担。

real-text = 询盘1才是店铺存在的意义：有名有姓的进口商、货物、{ $qty }{ $product_unit }、目的地和贸易术语。财务核算成本要一个小时。李经理：“现在先发什么？”
real-ack = 一小时内回复：致谢，确认规格，并说明今天几点前发出正式报价
real-ack-fb = 正确。买家马上得到回音，规格得到确认，随后的价格经过核算(出口报价核算：实际成本、出口总成本、按术语定价、换汇成本)。响应时间指标在这里只是背景；及时而准确的回复才能赢得买家。
real-old = 立即按上一季价目表报CIF鹿特丹，抢先出现在他的收件箱里，细节以后再改
real-old-fb = 快是快，但价格背后没有成本核算：今年的购货价、费用、汇率和代理佣金都不一样(出口报价核算：先算成本，再按术语报价)。报出去的价格再改，不是伤信任就是伤利润。
real-wait = 核算并复核完之前不回复，两三天后再发完整报价
real-wait-fb = 完整报价是好事，但买家把报价所需的信息都给了你，你却沉默两三天，别的供应商就先回复了。先立即确认，当天报价。

basis-text = van Dijk 先生要求报“CIF，我方港口”。报价单上怎样写明他要求的贸易术语？
basis-cif = CIF鹿特丹，Incoterms 2020
basis-cif-fb = 正确。CIF是海运术语：卖方支付到指定目的港鹿特丹的运费和保险(协会货物条款(C))，风险在青岛货物装上船时转移(Incoterms 2020)。这是买方要求的术语；对装箱交给承运人的货物，CIP鹿特丹(按协会货物条款(A)投保)更合适，可以同时报出供他选择。
basis-qingdao = CIF青岛，Incoterms 2020，因为我们在那里装船
basis-qingdao-fb = CIF后面写的是目的港：运费和保险付到目的港。“CIF青岛”等于装运港之外什么都不付。指定地点是鹿特丹。
basis-ddp = DDP鹿特丹，报完税落地价，买方不再承担任何费用
basis-ddp-fb = DDP要你承担进口清关和关税，包括进口增值税(Incoterms 2020：DAP加进口清关和税费)，而买方要的是CIF。报DDP的卖方常常漏算进口增值税：典型错误。
basis-risk = CIF鹿特丹，货到鹿特丹之前风险都由我方承担
basis-risk-fb = CIF下卖方支付到鹿特丹的运费和保险，但风险在装运港装上船时就转移了(Incoterms 2020)。承诺把风险承担到鹿特丹，是CFR/CIF的典型错误。

rate-text = 陈波：“成本是人民币，买方付美元。用今天牌价上的哪个汇率定价？”
rate-selling = 银行卖出价：牌价表上数字较高的那一栏，是银行的另一边
rate-selling-fb = 卖出价是银行卖给你美元的价格。你是把美元卖给银行，用的是银行买入价(出口报价核算：按银行买入价折算)。
rate-middle = 中间价，介于两者之间，对双方都公平
rate-middle-fb = 中间价只是参考，不是成交价：银行按低于中间价的买入价买你的美元，按中间价定价会高估你收到的人民币。
rate-buying = 银行买入价
rate-buying-fb = 正确。你把赚到的美元卖给银行，拿到的就是银行买入价(出口报价核算：按银行买入价折算，并把换汇成本与之比较)。

costing-text = 用成本核算表逐步核算这笔订单：退税额、出口总成本，再到FOB价。购货价含13%增值税。数字精确到分。
costing-rebate = 出口退税额，人民币
costing-rebate-right = 正确：{ $purchase } ÷ 113% × { $rebate_rate } = { $rebate }。退税按不含税价计算。
costing-rebate-gross = 你用含税价乘了{ $rebate_rate }（{ $rebate_gross }）。退税按不含税价计算：退税额 = 含税购货价 ÷ (1 + 13%) × 退税率 = { $rebate }。
costing-rebate-slip = 接近{ $rebate }（误差在1%以内）：方法正确，检查一下四舍五入。
costing-rebate-wrong = 你填的是{ $entry }；退税额是{ $expected }：{ $purchase } ÷ 113% × { $rebate_rate }。
costing-total = 出口总成本，人民币
costing-total-right = 正确：实际成本 { $purchase } − { $rebate }，加国内费用{ $domestic }，等于{ $total_cost }。
costing-total-added = 你把退税加进了成本（{ $total_added }）；退税是退还给你的，应当减去：实际成本 = 含税购货价 − 退税额，再加国内费用 = { $total_cost }。
costing-total-slip = 接近{ $total_cost }（误差在1%以内）：方法正确，检查一下数字。
costing-total-wrong = 你填的是{ $entry }；出口总成本是{ $expected }：购货价 − 退税额 + 国内费用。
costing-fob = 整批FOB青岛价，美元（利润率为售价的{ $margin }）
costing-fob-right = 正确：{ $total_cost } ÷ (1 − { $margin }) ÷ { $buying } = { $fob_total }。利润率是占售价的比例，所以用除法。
costing-fob-markup = 你在成本上加了{ $margin }（{ $fob_markup }）：那是成本加成。按售价计的利润率要用除法：FOB = 出口总成本 ÷ (1 − 利润率) ÷ 银行买入价 = { $fob_total }。
costing-fob-middle = 你用中间价折算（{ $fob_middle }）。银行按买入价{ $buying }买你的美元：{ $fob_total }。
costing-fob-slip = 接近{ $fob_total }（误差在1%以内）：方法正确，检查一下四舍五入。
costing-fob-wrong = 你填的是{ $entry }；FOB是{ $expected }：出口总成本 ÷ (1 − 利润率) ÷ 银行买入价。
step-purchase = 含税购货价
step-net = 不含税价（÷ 113%）
step-rebate = 退税额
step-domestic = 国内费用
step-total = 出口总成本
step-with-margin = 出口总成本 ÷ (1 − 利润率)，人民币
step-fob = FOB青岛，美元
step-cfr = CFR = FOB + 运费
step-divisor = 1 − 110% × 保险费率
step-cif = CIF = CFR ÷ (1 − 110% × r)
step-cifc = 含佣CIF = CIF ÷ (1 − 佣金率)
step-unit = 单价
step-fx = 换汇成本（人民币/1美元）

cif-text = 现在算买方要的价格：含代理{ $commission }佣金的CIF鹿特丹价，以及这笔交易的换汇成本。本批运费{ $freight }；按CIF价的110%投保，费率{ $premium_rate }。
cif-total = 整批CIF鹿特丹净价（不含佣金），美元
cif-total-right = 正确：CFR { $cfr_total } ÷ (1 − 110% × { $premium_rate }) = { $cif_total }。保险费按CIF价本身的110%计算，所以用除法。
cif-total-cfr = 你按CFR的110%计算保险费（{ $cif_on_cfr }）；投保基础是已经包含保险费的CIF价的110%：CIF = CFR ÷ (1 − 110% × r) = { $cif_total }。
cif-total-slip = 接近{ $cif_total }（误差在1%以内）：方法正确，检查一下四舍五入。
cif-total-wrong = 你填的是{ $entry }；CIF是{ $expected }：(FOB + 运费) ÷ (1 − 110% × 保险费率)。
cif-unit = 含佣CIF鹿特丹单价，美元
cif-unit-right = 正确：{ $cif_total } ÷ (1 − { $commission }) = { $cifc_total }，÷ { $qty } = 单价{ $cifc_unit }。含佣价 = 净价 ÷ (1 − 佣金率)。
cif-unit-markup = 你在净价上加了{ $commission }（{ $cifc_markup }）。佣金按含佣价计付，所以用除法：含佣价 = 净价 ÷ (1 − 佣金率) = { $cifc_unit }。
cif-unit-net = 这是不含代理佣金的CIF净价（{ $cif_unit }）；代理的那一份会从你的利润里出。含佣价是{ $cifc_unit }。
cif-unit-slip = 接近{ $cifc_unit }（误差在1%以内）：方法正确，检查一下四舍五入。
cif-unit-wrong = 你填的是{ $entry }；单价是{ $expected }：CIF ÷ (1 − 佣金率) ÷ 数量。
cif-fx = 换汇成本（每1美元FOB净收入所需人民币），保留4位小数
cif-fx-right = 正确：{ $total_cost } ÷ { $fob_total } = { $fx_cost }，低于银行买入价{ $buying }：这笔交易赚钱。换汇成本按扣除佣金、运费和保险费后的FOB净收入计算。
cif-fx-cif = 你除的是含佣CIF收入（{ $fx_on_cif }）。运费、保险费和佣金都不是你的收入：换汇成本 = 出口总成本 ÷ FOB美元净收入 = { $fx_cost }。
cif-fx-slip = 接近{ $fx_cost }（误差在1%以内）：方法正确，检查一下四舍五入。
cif-fx-wrong = 你填的是{ $entry }；换汇成本是{ $expected }：出口总成本 ÷ FOB美元净收入。

terms-text = van Dijk 先生：“我们是贵司的新客户。贵司给什么付款条件？”李经理请你提建议。
terms-split = 30%电汇预付款，70%凭提单副本支付，都走信用保障
terms-split-fb = 对新买家是正确的。预付货款和电汇对卖方风险最低(风险排序：电汇预付 < 信用证 < 付款交单 < 承兑交单 < 赊销)；30%预付款、70%凭提单副本是常见的B2B分段付款，走信用保障还有平台的纠纷流程作保障。
terms-dp = 通过他在鹿特丹的银行做即期付款交单，只有他付了款才放单
terms-dp-fb = 付款交单在他付款前扣住单据，但风险排在电汇和信用证之后：他一拒付，货就滞留在鹿特丹。对新买家，先收电汇预付款。
terms-da = 见票后60天承兑交单，让他的店先把货卖出去再到期付款
terms-da-fb = 承兑交单下，他凭一纸承兑就提走货物：纯粹的买方信用风险，在风险排序中仅次于赊销。不适合新买家的第一单。
terms-oa = 提单日后60天赊销，用来争取一个新客户
terms-oa-fb = 赊销在风险排序中风险最高：货物和单据都先给出去，没有银行，也没有预付款作保障。不适合新买家的第一单。

lead-text = 询盘要求两周内装运。工厂排产表写的是收到预付款后{ $product_lead }天，而且生产线已排满。你怎么答复？
lead-honest = 报收到预付款后{ $product_lead }天交期，预付款一到就为他锁定生产档期
lead-honest-fb = 正确。报价只承诺工厂做得到的事；排产表就是事实。预付款到账即锁定档期，让他知道最快何时能拿到货。
lead-promise = 答应他要的两周：订单一确认，车间就可以加开夜班把货赶出来
lead-promise-fb = 排产表写的是{ $product_lead }天，生产线已排满：两周是工厂做不到的承诺，迟装运就会变成买方的索赔。
lead-stock = 答应两周，先发仓库里现有的货，余下部分以后再补发
lead-stock-fb = 先发库存、分批装运不是他要的订单，而且报价仍然对其余部分承诺了两周，这是排产表做不到的日期。

letter-text = 用英文给 van Dijk 先生写报价函（不论屏幕显示什么语言）：你核算出的单价及其贸易术语、指定地点和Incoterms 2020，数量，工厂交期，付款方式，以及有效期（2026年12月16日）。
letter-price = 写明含佣CIF鹿特丹单价（{ $cifc_unit }）
letter-price-fb = 价格来自你的核算，并带贸易术语和指定地点：{ $cifc_unit } CIF Rotterdam。没有贸易术语的价格说明不了运费和保险由谁承担。
letter-rules = 写明Incoterms 2020
letter-rules-fb = 写明Incoterms版本，才能锁定价格所依据的费用和风险划分。
letter-quantity = 写明所报数量（{ $qty }）
letter-quantity-fb = 价格适用于{ $qty }{ $product_unit }；要写明，否则买方可能按同样价格下更小的单。
letter-lead = 写明工厂交期（{ $product_lead }天），不承诺更短
letter-lead-fb = 排产表写的是收到预付款后{ $product_lead }天；两周或“现货”是工厂做不到的承诺。
letter-payment = 提出经信用保障的电汇预付款，而不是赊销或承兑交单
letter-payment-fb = 对新买家：30%电汇预付款，70%凭提单副本，经信用保障支付(风险排序：电汇 < 信用证 < 付款交单 < 承兑交单 < 赊销)。
letter-validity = 写明有效期（2026年12月16日）
letter-validity-fb = 报价写明有效期，成本或汇率变动时你才能重新报价。
letter-no-landed = 不报落地价或DDP价，也不写错地点
letter-no-landed-fb = 买方要的是CIF鹿特丹：完税落地价或DDP价要承担进口关税和增值税，“CIF Qingdao”写错了港口。
letter-clarity = 清晰礼貌：买方可以原样接受的一封信
letter-clarity-0 = 混乱：条件缺失或淹没在文字里，或者读起来像一张价目表
letter-clarity-1 = 正确但不好用：条件都在但很分散，或语气生硬
letter-clarity-2 = 清晰礼貌：致谢，每项条件一行，说明下一步（样品、形式发票、预付款）

pi-check-text = van Dijk 先生接受了报价单QT-2612-031。销售助理用模板起草了形式发票。标出所有与约定报价不符的栏目。
pi-buyer-fb = 买方名称用大写字母，是同一家公司：不是不符点。
pi-loading-fb = CIF鹿特丹下，装运港是青岛：正确。
pi-amount-fb = 总金额等于约定单价乘约定数量：照原样是对的。
change-price-fb = 形式发票写的是{ $cif_unit }，即CIF净价；报价约定的是含代理佣金的{ $cifc_unit }。形式发票必须与约定报价一致。
change-term-fb = “CIF青岛”写的是装运港；CIF后面应是目的港鹿特丹(Incoterms 2020)。买方拒绝它是有道理的。
change-quantity-fb = 形式发票写的是{ $qty_wrong }；报价约定的是{ $qty }。预付款和装运都以形式发票为准，数量必须一致。
change-payment-fb = 形式发票写的是赊销，风险排序中风险最高；约定的是经信用保障的30%电汇预付款和70%凭提单副本付款。
change-validity-fb = 形式发票有效到2027年1月16日；报价有效期到2026年12月16日。有效期更长，买方就能在你定的日期之后仍按你的价格下单。
change-bank-fb = 形式发票写的是另一家公司在香港的账户；约定的报价单写的是瑞发自己在中国银行许昌分行的账户。形式发票必须与报价一致：付到那个账户的预付款永远到不了你手里。
pi-slipped = 草稿原样发给了买方。van Dijk 先生自己发现了不符之处，颇为冷淡地问到底以哪个数字为准。

spoof-arrives = 货已装船。一封“付款通知”从一个不是订单上的邮箱发来。（这类邮件在这里比现实中多得多：为了练习，概率调高了。）
spoof-none = 货已装船；尾款按约定付到了信用保障订单上。

release-text = 陈波：“信用保障订单上还没有收到任何款项。鹿特丹的报关行在等。我们放单吗？”
release-wait = 尾款到信用保障订单之前什么都不放；打订单上的电话核实
release-wait-fb = 正确：约定是70%凭提单副本支付，所以正本提单或电放只在尾款到订单上之后才给。水单不是钱：现在放单，等于在收款前交出货物，落到风险排序中赊销的那一端。打给订单上买方真正的联系人就能弄清楚。
release-slip = 现在电放：水单证明已经付款，扣着提单只会惹恼一个很好的新客户
release-slip-fb = 银行水单不是你账上的钱，“另一个账户”也不是订单上的账户：现在放单，等于在收款前交出货物，落到风险排序中赊销的那一端(电汇预付 < 信用证 < 付款交单 < 承兑交单 < 赊销)，钱可能永远不来。
release-half = 凭水单先放一半提单，等钱到账再放其余的
release-half-fb = 只放一部分，也是在尾款到账前交出货物控制权，落到风险排序中赊销的那一端，凭的还是一个不是买方邮箱发来的水单。等尾款到订单上。

ta-brief-text = 李经理：“新来的助理问，如果买家在信用保障订单上发起退款申请会怎样。我们教她哪条时间线？”
ta-brief-aliexpress = 买家可在第4至15天升级纠纷；系统在第16天自动升级
ta-brief-aliexpress-fb = 那是速卖通(B2C平台)的规则。国际站信用保障：3天直接协商，买家从第4天起可以升级，第7天自动升级。
ta-brief-right = 先直接协商3天；买家从第4天起可以升级；第7天自动升级
ta-brief-right-fb = 正确(信用保障买家规则)：3天直接协商，买家从第4天起可以升级，第7天自动升级；之后平台在2个工作日内介入，证据必须在期限内提交。
ta-brief-at-once = 平台第1天就接手，并在2个工作日内裁决
ta-brief-at-once-fb = 平台在升级后2个工作日内介入，不是第1天：先有3天直接协商，买家从第4天起可以升级，第7天自动升级。
ta-brief-consent = 除非双方都同意升级，否则纠纷不会交给平台
ta-brief-consent-fb = 买家一方从第4天起就可以升级，第7天纠纷自动升级；不需要卖方同意。

arrival-claim = 确认收货5天后，van Dijk 先生发起了信用保障退款申请。（索赔在这里比现实中多得多：为了练习，概率调高了。）
arrival-fine = 货物到达，van Dijk 先生确认收货，没有任何抱怨。

dispute-text = 退款申请第1天：van Dijk 先生要求全额退款，发来部分货物的照片。
dispute-negotiate = 今天就在订单上回复：索要批次照片，与形式发票核对，提出处理方案
dispute-negotiate-fb = 正确：前3天是直接协商(买家从第4天起可以升级，第7天自动升级)。索赔在收货后第5天提出，在30天保障期内。先看证据；结果可以是部分退款、退货退款或赔偿，而不是条件反射地退掉整单。
dispute-refund = 立刻全额退还整单货款：退得快既能保住店铺评分，也能留住这位新客户
dispute-refund-fb = 在谁都没看清问题之前，第1天就全额退款，等于白送整单。信用保障的结果包括部分退款、退货退款或赔偿，依据证据决定。
dispute-wait = 等平台来看再决定，到那时我们的回复才更有分量
dispute-wait-fb = 前3天由你和买家直接协商；买家从第4天起可以升级，第7天纠纷自动升级。沉默等于把话语权交给买家。

evidence-text = 到第5天仍未谈妥：买家升级了纠纷，平台要求双方在期限内提交证据。你提交什么？
evidence-file = 报价单、形式发票、生产和包装照片以及提单，在期限内提交
evidence-file-fb = 正确(信用保障：证据必须在期限内提交，否则主张失效)。报价单、形式发票和提单证明约定了什么、发出了什么。
evidence-late = 等车间把全部工厂记录收集齐了，期限过后再完整提交
evidence-late-fb = 期限后的证据不予考虑：平台依据现有材料决定(信用保障：逾期不提交证据，主张失效)。
evidence-off = 直接给买家的邮箱发一封信，附上我们自己的照片，不在平台上提交
evidence-off-fb = 在纠纷之外发送的证据，平台看不到。要在期限内提交到订单上。

wrapup-loss = 季度账上有一笔订单白白赔了出去：货物凭空放出，或者没看证据就退掉了整单。
wrapup-lost = van Dijk 先生付清了欠款，但不会再下单了。
wrapup-kept = van Dijk 先生付清了欠款，也要了下一季的目录，只是兴致不高。
wrapup-repeat = van Dijk 先生付清了欠款，又发来第二条询盘，比第一单还大。

end-repeat = 凭一份经过核算、清楚明白的报价赢得了新买家，经信用保障按安全条件收款，买家还会回来。
end-kept = 这单收到了钱，买家也留下了，不过途中的疏漏伤了些好感。
end-lost-buyer = 钱收到了，但买家没有再回来：途中的疏漏伤了这段关系。
end-loss = 这单亏了钱：货物或全额退款在没有任何保障的情况下付了出去。
