title = 综合实训：一单货从郑州到阿拉木图
summary = 向阿拉木图经销商出口一柜客车刹车片，从头做到尾：供应商甄别、到岸成本核算与报价、贸易术语、9710报关、中亚班列运输、单证审核、付款方式、索赔与催收。前面的每个选择都会影响后面的结果。

var-cash = 资金
var-days_left = 距交货期(天)
var-trust = 买家信任度

bus-12m = 12米城市客车
bus-10m = 10.5米城市客车
bus-18m = 18米铰接客车
bus-coach = 12米城际客车

speaker-buyer = Arman Seitkali，阿拉木图Dala运输配件公司采购经理
speaker-manager = 郭经理，郑州豫信进出口有限公司出口部
speaker-forwarder = 刘经理，天中供应链(铁路货代)
speaker-broker = 赵师傅，报关员
speaker-bank = 王科长，郑州开户行国际结算部
speaker-qc = 小陈，公司质检员
speaker-finance = 杜会计，财务部

seller-name = 郑州豫信进出口有限公司
buyer-name = Dala Transit Parts LLP(阿拉木图)
huiyuan-name = 河南汇远制动科技有限公司

doc-licence = 营业执照(汇远)
doc-report = 检测报告(汇远提供)
doc-bid = 报价单(汇远)
doc-lc = 信用证(开立原文)
doc-contract = 销售合同
doc-lc-final = 信用证：交单相关条款
doc-invoice = 商业发票
doc-packing = 装箱单
doc-waybill = 国际铁路联运运单(SMGS)副本

field-name = 名称
field-type = 类型
field-capital = 注册资本
field-established = 成立日期
field-address = 住所
field-scope = 经营范围
field-lab = 检测机构
field-applicant = 委托方/申请人
field-product = 产品
field-standard = 依据标准
field-result = 结论
field-supplier = 供应商
field-price = 单价
field-payment = 付款方式
field-lead = 交期
field-claims = 公司介绍
field-validity = 报价有效期
field-form = 信用证形式
field-beneficiary = 受益人
field-amount = 金额
field-quantity = 数量
field-shipment = 装运
field-expiry = 有效期及到期地点
field-inspection = 检验证书
field-operative = 特别条款
field-partial = 分批装运
field-charges = 银行费用
field-number = 编号
field-seller = 卖方
field-seller-address = 卖方地址
field-buyer = 买方
field-goods = 货物描述
field-terms = 贸易术语(Incoterms 2020)
field-packages = 件数
field-net = 净重(公斤)
field-gross = 毛重(公斤)
field-marks = 唛头
field-consignor = 发货人
field-consignee = 收货人
field-destination = 到站
field-container = 集装箱
field-transport = 运输单据
field-presentation = 交单期

licence-type = 有限责任公司
licence-capital = 人民币100万元
licence-address = 郑州市金水路18号1207室(写字楼)
licence-scope = 汽车零配件及用品批发、零售；货物进出口
report-lab = 天津金禾制动检测中心(CNAS认可)
report-applicant = 山东鲁泰摩擦材料有限公司
report-product = 盘式刹车片，WVA { $product_report }
report-result = 合格
bid-product = 盘式刹车片WVA { $product_wva }，按车轴成套，{ $product_bus }用
bid-price = 每套{ $huiyuan_unit }
bid-payment = 生产前100% T/T
bid-lead = 15天
bid-claims = 自有工厂，15年刹车片生产经验
bid-validity = 3天
lc-form = 不可撤销，即期付款
lc-quantity = 约{ $qty }套（按车轴成套）
lc-shipment = 最迟装运日：开证后{ $lc_ship }天
lc-expiry = 开证后{ $lc_expiry }天；在阿拉木图开证行柜台兑用并到期
lc-inspection = 由申请人授权代表签发并签字
lc-operative = 本证须待我行另行修改通知申请人进口手续齐备后方才生效
lc-partial = 不允许
lc-charges = 哈萨克斯坦境外的一切银行费用由受益人承担
contract-seller-address = 中国河南郑州
goods-contract = 盘式刹车片WVA { $product_wva }，按车轴成套，{ $product_bus }用
qty-contract = { $qty }套，共{ $cartons }箱
lc-goods = { $product_bus }用盘式刹车片WVA { $product_wva }，{ $qty }套（按车轴成套）
lc-transport = SMGS铁路运单副本，郑州至阿拉木图站，收货人：Dala Transit Parts LLP，阿拉木图
lc-presentation = 装运日后21天内，且在信用证有效期内
invoice-seller-address = 中国河南郑州航空港经济综合实验区3号楼
goods-invoice = 盘式刹车片WVA { $product_wva }，按车轴成套，{ $product_bus }用
packing-packages = { $cartons }箱，打成10托
packing-marks = DTP / ALMATY / C/NO. 1-{ $cartons }
goods-invoice-wrong = { $product_bus }用刹车蹄，WVA { $product_wva }
waybill-packages-wrong = { $cartons_short }箱，打成10托
waybill-destination-wrong = 哈萨克斯坦 阿斯塔纳
waybill-consignee-wrong = Dala Transit LLP(阿拉木图)
waybill-destination = 哈萨克斯坦 阿拉木图
goods-waybill = 客车刹车片
waybill-container = 20GP，封号YX041702

inquiry-text = 周一上午，公司在跨境B2B平台店铺收到一封询盘，俄文正文附英文。阿拉木图Dala运输配件公司(为当地客车车队做维保配件的经销商)的Arman，要采购{ $qty }套（按车轴成套）盘式刹车片(WVA { $product_wva })，用于郑州产{ $product_bus }。车队春季保养前要用，{ $deadline }天内必须到阿拉木图。他要“运到阿拉木图、含保险”的价格，并问付款方式。郭经理问你怎么回复。
inquiry-clarify = 当天用俄英双语回复：确认WVA编号和车型，索要图纸或旧片，问清摩擦材料、箱唛和他的报关行需要的单证；三天内给出正式报价。
inquiry-clarify-fb = 很好。用买家的商务语言快速回复，最能建立信任；这些问题也在保护你自己：“同一款车”的刹车片，背板和报警线都可能不同，规格和交货地点不确定，就报不出到岸价。俄语是很多哈萨克斯坦进口商的日常商务语言，附上英文则便于合同文本统一。
inquiry-pricelist = 马上发公司标准价目表(EXW郑州，人民币报价)，并说明到阿拉木图的运费和保险可以另行报价。
inquiry-pricelist-fb = 快是快，但没用。他要的是运到阿拉木图、含保险、能直接比较的价格。人民币EXW价让他自己去算运费、保险和汇率，也说明你根本没认真看他的询盘。
inquiry-cif = 抢时间：今天就按上个月的铁路运价和惯用的保险，报一个美元CIF阿拉木图价，付款30%预付、余款凭单据，等他确认下单后再把细节补上。
inquiry-cif-fb = 他喜欢这个速度，但这份报价教错了规则，还可能亏钱。依据Incoterms 2020，CIF只适用于海运和内河运输；阿拉木图不是海港，货物走铁路，根本没有“装上船”这个风险转移点。铁路运输又要含保险，应该用CIP。而上个月的运价、没确认的规格，让这个价格只是个猜测。
inquiry-later = 用一周时间准备一整套完善的资料(规格、证书、价格)，周六用英文(合同语言)一次性发出。
inquiry-later-fb = 资料是全，但太慢，而且只有一种语言。买家同时在比较多家中国供应商，往往谁回复得又快又清楚就跟谁下单；耽误的三天也要从交货期里扣掉。俄语是很多哈萨克斯坦进口商的日常商务语言，英文可以留作合同语言。

shortlist-text = 有三家供应商回复了询价。比价之前，郭经理让你先审最便宜的一家“汇远”提供的材料：营业执照、检测报告和报价单。把真正有问题的栏目都标出来。
shortlist-scope-fb = 问题：经营范围只有汽车配件批发、零售和货物进出口，没有生产，报价单却写着“自有工厂”。汇远是贸易商，刹车片到底是谁、在哪里生产的，你一无所知。
shortlist-applicant-fb = 问题：检测报告的委托方是另一家公司(山东一家摩擦材料厂)。借来的报告，证明不了汇远要发的货。
shortlist-product-fb = 问题：报告检测的是WVA { $product_report }，不是Arman要的WVA { $product_wva }。检测报告必须对应你采购的具体型号。
shortlist-claims-fb = 问题：2019年才注册、经营范围里没有生产的公司，自称“15年刹车片生产经验”，前后对不上。
shortlist-capital-fb = 这一项本身不算问题：实行注册资本认缴制后，很多正规小公司的注册资本都不高。要看经营范围、真实工厂和单证，而不是注册资本数字。
shortlist-validity-fb = 这不是单证瑕疵：钢材、树脂价格波动时，报价有效期短很常见。这是催单的手段，别让它打乱你的核查节奏，但它不是虚假信息。

doubt-text = 郭经理皱起眉头：“一个问题都没发现？他们比工厂价便宜四分之一，这钱从哪儿省出来的？”
doubt-verify = 重新核对一遍材料，并请汇远提供工厂地址，安排视频实时看生产线。
doubt-verify-fb = 这个警觉是对的。价格远低于正规生产商，通常意味着是贸易商、没有质量控制的小作坊，或者换了便宜材料。把执照经营范围、报告的委托方和型号与报价单对一对，只要十分钟。
doubt-dismiss = 维持原判：报告出自CNAS认可的实验室，结论是符合GB 5763，便宜四分之一正是快速决策的价值。
doubt-dismiss-fb = 认可实验室的报告，也只对它的委托方和所检测的型号有效。这份报告的委托方是别的公司，型号也是另一个WVA编号，证明不了汇远的刹车片。

supplier-text = 为{ $qty }套（按车轴成套，WVA { $product_wva }）选定供应商。以下价格含13%增值税，按今天银行买入价折成美元显示，实际用人民币支付。郑州嵩岳摩擦材料：生产厂，通过IATF 16949认证，已出口俄语区市场；每套{ $unit }，30%预付款、70%发货前付清，交期25天。新乡牧野制动配件：生产厂，只有ISO 9001，无出口记录；每套{ $muye_unit }，30%预付款，交期20天。汇远(你刚审过材料)：每套{ $huiyuan_unit }，生产前付清100%，交期15天。这单的周转资金：{ $cash }。
supplier-songyue = 郑州嵩岳：合计{ $songyue_total }，现付30%预付款({ $songyue_adv })
supplier-songyue-fb = 对新客户、安全件来说是稳妥的选择：有汽车行业质量体系(IATF 16949)、有出口经验、工厂就在身边。单价高一些，换来的是验货不合格、丢客户的风险更低；30/70的付款方式也给后续环节留足了资金。
supplier-muye = 新乡牧野：合计{ $muye_total }，现付30%预付款({ $muye_adv })
supplier-muye-fb = 便宜一些，也是真工厂，但没有汽车行业质量认证，也没有出口记录。只有认真甄别(验厂、样品检测)后才能放心下单。
supplier-huiyuan = 汇远：合计{ $huiyuan_total }，开工前100%付清
supplier-huiyuan-fb = 最低价来自一家拿着借来的报告的贸易商，生产前付清100%等于放弃了所有主动权。它还占用了几乎全部周转资金，以后一旦出问题，空运之类的补救手段你都用不起。

vetting-text = 开工之前，你打算怎么甄别供应商和产品？这是{ $qty }套安全件。
vetting-audit = 实地验厂，产前样送第三方实验室按Arman图纸和GB 5763检测(900美元，4天)。
vetting-audit-fb = 最扎实，对刹车片来说也是正确做法：验厂能看出供应商是不是真的自己生产、原材料控不控得住；认可实验室对产线样品做检测，能验证摩擦性能和剪切强度。这点费用和整柜被拒收相比微不足道。
vetting-samples = 把4套样品快递给Arman，请他确认外观和装配尺寸(160美元，6天)。
vetting-samples-fb = 有用：买家确认了装配和外观，签样还可以写进合同作为质量依据。但买家用眼睛看不出摩擦性能，也保证不了大货和样品一致；这更多是在验产品，而不是验供应商。
vetting-video = 约供应商视频连线看看工厂(1天)。
vetting-video-fb = 聊胜于无，但视频里只看得到对方想让你看的东西，一片刹车片也没有检测。
vetting-none = 不做了：材料都对得上，工厂也有认证，时间又紧；最后出货前验货就能发现问题。
vetting-none-fb = 对新客户的安全件来说，这是最昂贵的“节省”。最后才验货，发现缺陷时货已做完、钱已付清；开工前验厂和样品检测，能在问题还便宜的时候把它找出来。

sample-pass = 样品全部检测合格，与Arman的图纸一致，可以开工。
sample-borderline = 样品合格，但摩擦系数在范围下限。供应商调整了配方重新检测，耽误三天。
sample-fail = 样品不合格：剪切试验中摩擦材料与背板脱开。按这个工艺做大货，到阿拉木图必然出问题。

samplefail-text = 产前样检测不合格。你已经付给这家供应商{ $paid_supplier }。怎么办？
samplefail-switch = 取消订单，尽量追回货款(供应商扣20%材料费)，改向郑州嵩岳下单。
samplefail-switch-fb = 虽然心疼，但做法正确：问题在出货前就暴露出来，这时解决成本最低。换成有认证的生产厂要多花钱、多花时间，但保住了订单和客户。
samplefail-rework = 要求供应商整改工艺、重新打样复检，检测费由你出(300美元，8天)。
samplefail-rework-fb = 供应商愿意配合的话，这样处理合理，复检也让你保有控制权。但要占掉交货期里的八天。
samplefail-discount = 照样收货，让供应商降价10%，并要求大货生产时改进工艺。
samplefail-discount-fb = 降价并不能让刹车片变安全，口头承诺改进工艺也不等于复检。你明知货物剪切试验不合格，还要发给一个一定会验货的买家。

route-text = 刘经理给了三种铁路方案，把一个20尺柜(毛重{ $gross_kg }公斤，{ $cartons }箱，打成10托)从郑州运到阿拉木图。中哈边境(阿拉山口或霍尔果斯)是1,435毫米标准轨与1,520毫米宽轨的交接处，货物要在那里换装。运价每周都在变，以下是本周报价。
route-rail = 郑州国际陆港发中亚班列：{ $rail }，约12天
route-rail-fb = 从河南出发最自然的通道：班列就从郑州始发，三个方案里既最便宜又最快，时效也足够稳定，能满足{ $deadline }天的交货期。一张SMGS国际铁路联运运单跨越换装全程有效。
route-xian = 汽运到西安，再搭西安始发的中亚班列：含短驳{ $xian }，约15天
route-xian-fb = 西安是中亚班列的重要枢纽，但从郑州过去要先拉500公里汽运、多一次装卸，全程反而更长。郑州本地就有始发班列，何必舍近求远。
route-searail = 汽运到连云港，再走新亚欧大陆桥铁路：含短驳{ $searail }，约20天
route-searail-fb = 连云港是新亚欧大陆桥的东方桥头堡，适合海运进港或沿海生产的货物。河南产的货先往东拉几百公里，再经过郑州往西走，又慢又不省钱，不如直接从郑州上班列。

incoterm-text = Arman又强调一遍：“请报运到阿拉木图、含保险的价格，我们在阿拉木图车站提货。”运输由你订舱、你付运费。报价里用哪个贸易术语？
incoterm-cip = CIP 阿拉木图：你支付到阿拉木图车站的运费和保险费
incoterm-cip-fb = 正确。CIP适用于包括铁路在内的任何运输方式。你支付到阿拉木图的运费和货物保险费；货物在郑州交给第一承运人时风险转移给Arman，此后由保单保障他的利益。Incoterms 2020把CIP的保险要求提高到协会货物条款(A)，保额至少为货值的110%。
incoterm-cpt = CPT 阿拉木图：你支付到阿拉木图车站的运费
incoterm-cpt-fb = CPT适用于铁路，运费也由你付，但不含保险，而Arman要的是含保险价。风险在郑州就转移给他了，途中货损没有保险，最后只会变成扯皮。依据Incoterms 2020，CIP就是CPT加保险。
incoterm-fob = FOB 郑州，另在发票上加列到阿拉木图的运费和保险费
incoterm-fob-fb = FOB只适用于海运和内河运输(Incoterms 2020)，风险在货物装上指定装运港的船舶时转移。郑州没有这样的港口，货物又走铁路，合同里等于没有明确的风险转移点；在发票上加列运费也改变不了这一点。铁路运输应使用FCA、CPT或CIP。
incoterm-cif = CIF 阿拉木图：你支付到阿拉木图车站的运费和货物保险费
incoterm-cif-fb = CIF用于海运到指定目的港，阿拉木图不是海港。而且CIF只要求最低险别(协会货物条款(C))。铁路运输又要含保险，应该用CIP。

quote-text = 核算这{ $qty }套的报价。各项成本用人民币支付，按今天银行买入价{ $rate0 }(人民币/美元)折成美元：货款{ $goods_cost }(含13%增值税)；主运费{ $freight }；货物保险费{ $insurance }(所选贸易术语不含保险则为零)；国内杂费{ $local }(短驳到陆港、场站操作、报关、单证)。公司规定：按总成本加10%报价，取整到美元。出口退税不计入报价：要等报关正确、申报办理后才能拿到。
quote-total-cost = 订单总成本(美元)
quote-cost-right = 正确：货款加运费、保险费和国内杂费。成本核算要把贸易术语规定由你承担的费用全部算进去。
quote-cost-goods-only = 这只是货款。按你的贸易术语，运费、保险费(如有)和国内杂费也由你承担，漏掉它们，利润就没了。
quote-cost-wrong = 总成本不对：货款{ $goods_cost }、运费{ $freight }、保险费{ $insurance }，再加国内杂费{ $local }。
quote-price = 报价总金额(美元)
quote-price-right = 正确：总成本加10%。你清楚地知道离成本线还有多少让价空间。
quote-price-near = 接近，但不符合“总成本加10%”的公司规定。这样一单，差几百美元就是利润的一大块。
quote-price-wrong = 这个报价不是从成本算出来的(应为总成本加10%)。报高了Arman去别家买，报低了就是亏本出货。
quote-container = 箱型
quote-container-right = 正确：{ $gross_kg }公斤、10托货，一个20尺柜装得下，载重也绰绰有余。重货、体积小，用40尺柜只会多花钱。
quote-container-lcl = 班列也有拼箱，但这个货量整20尺柜每套更便宜，也更安全(不与别人的货一起装卸)，从郑州施封直到阿拉木图。
quote-container-wrong = 40尺柜适合轻泡货。刹车片又重又紧凑，{ $gross_kg }公斤、10托正好是一个20尺柜的货。
quote-currency = 报价币种
quote-currency-right = 正确：Arman的银行用美元付款，这个市场也习惯美元计价。但你的货款、国内杂费和出口退税都是人民币，所以到结汇之前，美元兑人民币的汇率风险在你身上；订单确定后，可以做远期结汇锁定汇率。
quote-currency-cny = 也可以：你的货款、国内杂费和退税都是人民币，用人民币报价，你就没有汇率风险了。汇率风险转到了Arman身上，他要换汇买人民币，也更难拿你的价格和美元报价比较，要准备好解释。
quote-currency-wrong = 用坚戈报价，到收款前的两个月汇率风险全在你身上。

negotiate-text = Arman回复你{ $contract_value }的报价：“广州一家贸易商便宜5%。给我降5%，今天就签。”你的成本表上写着{ $total_cost }。
negotiate-value = 坚持价格，讲清价格背后的价值：IATF认证工厂、样品经实验室检测、含保险的铁路运输直达阿拉木图；作为首单诚意让1%。
negotiate-value-fb = 处理得好：卖的是价值而不是价格，让步小、代价低，又表达了诚意。这一单里，价格每让1%，大约就是加价部分的九分之一。
negotiate-five = 跟广州那家看齐：给他降5%，今天就签，免得他改主意。
negotiate-five-fb = 只有10%的加价，降5%就让掉了一半利润，而风险还一个都没出现。跟价之前，先问清楚对方的报价包含什么。
negotiate-hard = 一分不降：告诉他价格已经是成本加合理利润，正规供应商在安全件上从不讨价还价，这份报价按原样有效，截止到本周五下班为止。
negotiate-hard-fb = 利润保住了，订单却悬了。对新客户不讲理由地一口回绝，显得傲慢；应该讲清价值。
negotiate-requote = 你的报价远高于成本加10%：道歉，并按成本加10%重新报价。
negotiate-requote-fb = 修正虚高的报价保住了这单，但Arman从此不太相信你的报价了。第一次就要报准。
negotiate-panic = 直接降12%，不给任何贸易商压价的机会。
negotiate-panic-fb = 加价只有10%，降12%就低于总成本了，只剩出口退税让你不至于亏本；买家看到你降得这么快，也会认为原价有水分。

walkaway-price-stays = Arman抱怨了几句，还是留下了：你的样品比广州那家好。
walkaway-price-gone = Arman只回了一句：“我们去别家买。”订单没了。

terms-text = 谈付款方式。Arman提出赊销，货到后60天付款，“我们和土耳其供应商都是这么做的”。他还能接受什么，取决于他现在对你有多信任。你提出什么条件？
terms-tt = 现付30% T/T预付款，凭SMGS铁路运单副本T/T付70%尾款
terms-tt-fb = 常见的B2B分段付款，也算合理：预付款基本覆盖你付给工厂的预付款。但对新买家约{ $order_about }的首单，这个筹码很弱。SMGS运单不是物权凭证：不管付没付款，运单上的收货人都能在阿拉木图提货，70%尾款全靠他的信用。信用证本可以保住这笔钱。
terms-lc = 不可撤销即期跟单信用证，经你在郑州的开户行通知
terms-lc-fb = 对一个素未谋面的买家、约{ $order_about }的首单来说，这是你能争取到的最稳妥的条件：开证行的付款承诺代替了买家的承诺，前提是单证相符(UCP 600第14至16条)。它要花费用(你方约150美元)和时间，所以来证后要仔细审证：软条款会把这层保障再拿走。
terms-oa-insured = 赊销60天，待中国信保批出他公司的信用限额后出运(保费约0.6%)
terms-oa-insured-fb = 买家坚持赊销时可以接受：中国信保短期险最高赔付损失的90%，但前提是出运前已有这个买家的信用限额且与付款方式一致，每票出运都申报，逾期要及时报告。保费要从利润里出。
terms-oa = 按他说的货到后赊销60天，不投保：首单顺着他的条件，才能拿下这个客户和后面的量
terms-oa-fb = 风险全在你身上：你先付工厂货款、付运费，再等两个月，等的是一个几周前才认识的买家。买方信用风险是跨境B2B收款的头号问题。
terms-advance = 坚持生产前100% T/T预付
terms-advance-fb = 对你最安全，但很少有经销商会在生产前全额预付一笔约{ $order_about }的首单。除非他已经非常信任你，否则订单就丢了。
terms-decline = 放弃订单：他的条件对首单来说风险太大
terms-decline-fb = 有时放弃是对的，但这次你有选择：信用证，或者投保中国信保的赊销。

walkaway-terms-agrees = Arman足够信任你，全额电汇了货款。首单能做到这一步，实属少见。
walkaway-terms-gone = “我们不给陌生人预付款。”Arman回信后转向了别家。

lcreview-text = Arman的银行在阿拉木图开出了信用证，你的开户行已经通知到你。王科长提醒你，接受信用证、安排生产之前先审证：把必须要求改证的条款都标出来。
lcreview-expiry-fb = 必须改证：信用证只能在阿拉木图开证行柜台兑用，并在最迟装运日后{ $lc_gap }天就在那里到期。UCP 600第14条(c)款允许装运后最多21天内交单，但不得晚于有效期；单据寄到阿拉木图根本来不及。应要求改为在中国兑用和到期(在你的开户行或任何银行)，有效期至少在最迟装运日后21天。
lcreview-inspection-fb = 软条款：检验证书由申请人代表签字，等于由Arman决定你能不能收到钱。他不签，你的单据永远做不到相符。应改为由独立检验机构出具。
lcreview-operative-fb = 软条款：要等以后再修改通知才生效的信用证，还不是银行的付款承诺。在信用证无条件生效之前不要发货。
lcreview-quantity-fb = 没问题：“约”允许数量有10%的增减(UCP 600第30条(a)款)，对你无害。
lcreview-partial-fb = 没问题：你一个柜一次发完，禁止分批装运对你没有影响。
lcreview-charges-fb = 常规做法：各方承担本方银行的费用。要算进成本，但不必改证。

lcamend-text = 你发现了会让收款受制于买家的条款。下一步怎么做？
lcamend-request = 请Arman通过开证行改证：删除两条软条款，到期地点改为中国、有效期为装运后21天(改证费100美元，3天)。
lcamend-request-fb = 正确：做不到相符的信用证，绝不能照着发货。客气地解释清楚，诚实的买家会接受这种只是取消他“否决权”的修改。
lcamend-accept = 接受信用证原文，尽早发货，让单据远在到期之前就寄到阿拉木图，这样Arman也就没有任何理由拒签检验证书了。
lcamend-accept-fb = 早发货治不了这个病。申请人签字的检验证书让收款取决于Arman的善意，要等以后修改才生效的信用证还不是付款承诺；到期地点在阿拉木图开证行柜台，单据必须在到期前寄到那里(UCP 600第14条(c)款)。做不到相符的信用证，绝不能照着发货。

contract-text = 郭经理起草销售合同，Arman也发来了他的版本。品质和争议条款怎么写？
contract-strong = 用我方版本：按图纸和GB 5763验收；我方出货前验货拍照；到货15天内凭独立检验报告索赔；CIETAC仲裁，仲裁语言为英文
contract-strong-fb = 对双方都公平的条款：明确的标准、索赔期限、中立的证据和约定的争议解决机构。按CIETAC 2024年规则，当事人没有约定时仲裁语言为中文，所以要用英文就必须写进条款。
contract-buyer-final = 用Arman的版本，向新客户表示诚意：“买方在阿拉木图的检验为最终结果，对双方均有约束力”，质量索赔在下一单中以贷记单冲抵。
contract-buyer-final-fb = 这等于把质量的最终裁定权交给了Arman。任何投诉，不管有没有道理，都会成为你无法反驳的索赔。
contract-short = 简单友好点：货物以确认的样品为准，不写索赔期，也不写争议条款，很多首单都这么做。
contract-short-fb = 合同简单，只在不出事的时候没问题。没有标准、没有期限、没有争议解决机构，质量纠纷就成了各说各话，还得去国外打官司。

production-ontime = 生产按期完成。
production-late = 供应商的钢背板到货晚了，生产比计划晚8天完成。
production-vanished = 汇远失联了一周，刹车片晚到12天，出自一个你从没见过的作坊。

rescue-text = 生产延误了。现在离交货期还剩{ $days_left }天，光运输就要大约{ $transit_days }天。资金：{ $cash }。怎么办？
rescue-extension = 当天给Arman打电话：说明原因，给出新的时间表，每周发生产照片，请求延期10天。
rescue-extension-fb = 正确。坏消息早说、实说，对方通常能接受，尤其是你给了他可以安排工作的依据。丢客户往往不是因为延误，而是因为沉默。
rescue-air = 把他最急需的200套从郑州机场空运过去(约{ $air_kg }公斤，每公斤{ $air_rate }，运费{ $air_cost })，其余的搭下一班列走。
rescue-air-fb = 快，但空运每公斤5.5至9美元，花掉的比这单全部利润还多；而且货物一拆两票，就要两套运输单据(信用证不允许分批装运时，这本身就是不符点)。先问买家到底急需什么，再决定花不花这笔钱。
rescue-express = 加价订停站少、边境换装优先的特快班列舱位：多花约2,400美元，快3天。
rescue-express-fb = 如果买家确实等不及，这是合理的补救，但要付出实打实的利润。先问问他，也许能省下这笔钱。
rescue-silent = 先不说，催紧工厂，指望班列路上追回时间。
rescue-silent-fb = 班列追不回八天。到时候货没到，Arman才发现，以后你说什么他都不会再信。

psi-text = 刹车片已在工厂装箱，欠供应商的尾款须在装车前付清。质检员小陈问你这一步怎么处理。最要紧的缺陷是摩擦片与钢背脱开：对制动件来说，这是致命缺陷。
psi-aql = 派小陈做出货前检验：按AQL表随机抽样，粘接脱开零容忍，从批中抽片做剪切试验；合格后再付尾款(250美元，1天)。
psi-aql-fb = 正确：独立抽检合格后才付尾款，照片既让Arman放心，也是你日后的证据。AQL抽样(ISO 2859-1 / GB/T 2828.1，一般检验水平II)是验收抽样，不是全检：AQL 2.5时，{ $qty }套的批抽80套，不合格品不超过5套即接收。制动件的粘接脱开属于致命缺陷：接收数为0，并抽取少量刹车片做破坏性剪切试验。
psi-photos = 让供应商发已装箱货物的照片和自检报告，然后付款。
psi-photos-fb = 供应商挑的照片只会拍最好的几箱。聊胜于无，但这不是检验。
psi-none = 付清尾款直接发货，工厂心里有数。
psi-none-fb = 尾款一付、箱子一封，你就没有筹码了。一天的出货检验是整单里最便宜的保险。
psi-withhold = 扣着70%尾款，等Arman在阿拉木图收货验收后再付：这样工厂最有动力把质量做好，你也没有任何风险。
psi-withhold-fb = 供应商不会接受这种条件放货，何况你们约定的是发货前付70%。吵了五天，你最后还是付了，耽误的时间也从交货期里扣掉了。

declare-text = 赵师傅在准备出口报关单。这笔订单是在跨境B2B平台上成交的，货物直接发给境外企业买家，订单数据随报关单一起向海关申报。请对照合同和装箱单，给他提供申报数据。
declare-hs = HS编码(6位子目)
declare-hs-right = 正确：8708.30，品目8701至8705所列机动车辆用制动器、助力制动器及其零件(客车属8702)。摩擦片已装在钢背板上的刹车片属于制动器零件。中国申报10位编码另加检验检疫附加码，但前6位是国际通用的。
declare-hs-heading = 品目8708(机动车辆零件)对了，子目不对：制动器及其零件是8708.30。子目归错会影响关税和退税，还可能受罚。
declare-hs-friction = 品目6813是摩擦材料以及未装配的制动衬片、衬垫。这批刹车片已装在钢背板上，可直接安装，属于制动器零件，应归8708.30。
declare-hs-wrong = 不是这个品目。已装好摩擦片、可直接安装的刹车片是机动车制动器零件：8708.30。
declare-mode = 监管方式
declare-mode-right = 正确：9710，跨境电商B2B直接出口，适用于在跨境电商平台成交、货物直接发给境外企业买家的订单。约{ $order_about }的货要用报关单申报：清单申报只适用于每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物。
declare-mode-general = 0110一般贸易也合法，但这笔订单在跨境B2B平台成交、直接发给境外企业买家，对应的是9710，平台订单数据随报关单一起申报。无论哪种监管方式，这么大的一票货都要用报关单申报，不能走清单。
declare-mode-wrong = 监管方式错了：9810是出口海外仓，9610是B2C零售包裹，1210是保税跨境电商。B2B订单直接发给境外企业买家，应为9710。
declare-basis = 成交方式(代码)：1 CIF，2 C&F，3 FOB，4 C&I，5 市场价，6 垫仓，7 EXW
declare-basis-right = 正确。报关单的“成交方式”栏只能填代码表里的代码，不能填贸易术语。实务中FCA成交按3 FOB申报，CPT按2 C&F，CIP按1 CIF，同时按合同填写运费和保费栏。
declare-basis-wrong = 这不是你这笔交易对应的代码。“成交方式”栏只能填代码表里的代码(1 CIF，2 C&F，3 FOB，4 C&I，5 市场价，6 垫仓，7 EXW)；实务中FCA按FOB、CPT按C&F、CIP按CIF申报，并填写运费和保费。你的合同是{ $term_named }：代码{ $decl_code }。
declare-value = 申报总价(美元)
declare-value-right = 正确：申报总价与合同、发票一致，这是通关和出口退税的前提；按CIF成交方式申报时，运费和保费另填在各自栏目。
declare-value-wrong = 申报总价必须与发票一致：{ $contract_value }。海关会比对，不一致还会影响出口退税。

customs-selected = 海关“双随机”系统抽中了你的报关单(本练习为了训练调高了查验概率，实际出口查验比例要低得多)：关员在陆港开箱查验，货证相符。耽误两天。
customs-mismatch = 海关发现申报数据与合同数据不一致：查验、改单、缴费，损失四天和500美元。
customs-cleared = 报关单未被布控查验，直接放行。

loading-text = 集装箱正在郑州国际陆港装箱。今天要付货代、保险公司和报关行的费用(运费{ $freight }，保险费{ $insurance }，国内杂费{ $local })。货物怎么装？
loading-secure = 打托、缠绕膜、绑扎加垫木；每个环节拍照；封号写进所有单据(150美元)
loading-secure-fb = 正确：这个柜子要在边境吊装换装，必须加固。照片和封号也是日后有人提出货损时你的证据。
loading-loose = 纸箱直接满箱码到顶，塞紧不留空隙，不用托盘，省下150美元和约300公斤皮重
loading-loose-fb = 沉重的散箱在边境吊装时会移位、压坏。省下的钱和风险相比微不足道。
loading-driver = 交给车队的装卸工按平常的做法装，他们熟悉集装箱，我方不用派人去堆场盯着
loading-driver-fb = 没人核对件数、积载和封号。一旦短少或货损，你拿不出货物离开郑州时的任何证据，任何索赔都要多花钱才能了结。

transit-smooth = 集装箱按计划运行，准时到达阿拉木图。
transit-congestion = 边境换装站拥堵，集装箱多压了五天。
transit-crushed = 边境换装吊柜时，散放的纸箱移位，180套到货时被压坏。
transit-forklift = 虽然加固得很好，边境换装时仍有一托被叉车撞坏，60套受损。

damage-text = Arman从阿拉木图车站来信：部分货物到货破损，问由谁承担。你们合同的贸易术语是{ $term_named }。
damage-insurance = 把保险单据发给他，请检验人对货损做检验记录，协助他向保险公司索赔，并按成本价用下一班列补发。
damage-insurance-fb = 保险就是为这种情况买的。按CIP，风险在交给第一承运人时已转移给他(Incoterms 2020)，而你投保的保单从那时起保障他的利益；帮他索赔，客户就保住了。你承担的是补发的额外费用：300美元；如果装箱时没人记录、说不清货物发运时的状况，则是800美元。
damage-buyer-risk = 客气而坚定地说明：集装箱在郑州交给承运人时风险就转移给他了，损失应由他自己去追偿。
damage-buyer-risk-fb = 按CPT或CIP，法律上确实如此(Incoterms 2020：交给第一承运人时风险转移)，但这样说会丢掉客户。CPT下他没有保险，因为谁都没提过；CIP下你应该把保单交给他并帮他索赔。
damage-fob = 告诉他按FOB，货物在郑州装车时风险就转移给他了。
damage-fob-fb = 错误的术语在这里付出了代价：FOB的风险在指定装运港货物装上船时转移，而这里既没有船，也没有港。Arman的理由很充分。
damage-replace = 自己承担，补发受损的货(约2,000美元)，别的不提。
damage-replace-fb = 客户保住了，但这笔钱全从利润里出。{ $incoterm ->
        [CIP] 按CIP，风险在郑州交给第一承运人时已转移给Arman，你投保的保险本可以承担这笔损失：应该帮他索赔。
        [CIF] 你买了保险，先用保险，而不是自己掏钱；何况CIF是海运术语，用在铁路运输上，风险在哪里转移本来就说不清。适合的术语是CIP。
        [FOB] FOB是海运术语，用在铁路运输上，风险在哪里转移说不清，Arman可以主张损失归你；一声不吭地全额承担，什么问题也没解决。铁路运输应使用FCA、CPT或CIP。
       *[other] 按CPT，风险在郑州交给第一承运人时已转移给Arman；如果是CIP，保险本可以承担这笔损失。
    }

fob-text = Arman的律师来函：“FOB要求在指定装运港把货物装上船。郑州不是港口，也没有船，风险从未转移，货损应由卖方承担。”你怎么回复？
fob-concede = 认下：自费补发受损货物，并把公司铁路业务的合同模板改成FCA、CPT或CIP。
fob-concede-fb = 实事求是的答复：这个术语本来就不适用于铁路，Arman的理由更站得住。吸取教训，把模板改过来。
fob-split = 提出损失双方各担一半。
fob-split-fb = 务实的折中，保住了关系，尽管你的法律立场本来就站不住。
fob-insist = 坚持到底：在你们这行，FOB一向是在我方场地装货时风险转移；一分不赔，下一单再谈。
fob-insist-fb = 坚持一个不适用于该运输方式的术语，既伤信任，真到仲裁也多半会输。依据Incoterms 2020，FOB只适用于海运和内河运输。

docprep-lc = 刘经理发来运单副本，发票、装箱单已备好，准备在信用证项下交单。
docprep-contract = 刘经理发来运单副本，发票、装箱单已备好，准备发给Arman。

docs-text = 单据发给Arman之前，先对照合同审一遍。陆港地磅单显示毛重{ $gross_kg }公斤。把真正有错的栏目都标出来。
docs-general-fb = “客车刹车片”是概括性描述，与合同并不矛盾。运输单据可以用统称描述货物。
docs-address-fb = 发票写的是航空港区的详细地址，合同只写了“郑州”。同一家公司、同一座城市，并不矛盾。

err-goods-fb = { $pay_term ->
        [lc] 发票写的是“刹车蹄”，信用证要求的是盘式刹车片WVA { $product_wva }。发票的货物描述必须与信用证相符(UCP 600第18条(c)款)，必然被拒付。
       *[other] 发票写的是“刹车蹄”，合同卖的却是盘式刹车片WVA { $product_wva }。刹车蹄是鼓式制动器用的另一种产品，Arman的报关行会按错误的货物申报。发票的货物描述必须与合同一致。
    }
err-amount-fb = { $pay_term ->
        [lc] 发票金额为{ $invoice_over }：在信用证金额{ $contract_value }之上又加了一遍运费({ $freight })，而信用证金额里已经含了运费。发票金额超过信用证允许的金额是典型不符点，银行会拒付。
       *[other] 发票金额为{ $invoice_over }：在约定的{ $contract_value }之上又加了一遍运费({ $freight })，而合同价里已经含了运费。Arman不会多付，他的报关行也按发票金额申报。
    }
err-gross-fb = { $pay_term ->
        [lc] 运单把净重{ $net_kg }公斤写成了毛重，装箱单和地磅单都是{ $gross_kg }公斤。单据数据不必完全一致，但不得相互矛盾(UCP 600第14条(d)款)。
       *[other] 运单把净重{ $net_kg }公斤写成了毛重，装箱单和地磅单都是{ $gross_kg }公斤。各单据重量必须一致，否则边境和阿拉木图的海关都会扣柜。
    }
err-consignee-fb = { $pay_term ->
        [lc] 信用证要求运单收货人为“Dala Transit Parts LLP”，这张写的是“Dala Transit LLP”。运输单据与信用证不符。
       *[other] 收货人写成了“Dala Transit LLP”，买方实际是“Dala Transit Parts LLP”。到站只有运单上记载的收货人才能提货。
    }
err-packages-fb = { $pay_term ->
        [lc] 运单记载{ $cartons_short }箱，装箱单和发票数量对应的是{ $cartons }箱。单据数据不必完全一致，但不得相互矛盾(UCP 600第14条(d)款)。
       *[other] 运单记载{ $cartons_short }箱，装箱单是{ $cartons }箱。阿拉木图车站按运单交货，Arman的报关行会发现件数对不上。
    }
err-destination-fb = { $pay_term ->
        [lc] 信用证要求郑州至阿拉木图站的铁路运单，这张运单的到站却是阿斯塔纳。单据数据不必完全一致，但不得相互矛盾(UCP 600第14条(d)款)，货也会被运到别的城市。
       *[other] Arman在阿拉木图站提货(唛头和他的地址都写着阿拉木图)，运单却把集装箱发往一千多公里外的阿斯塔纳。运单必须写明Arman提货的车站。
    }

docslc-text = 向银行交单前，先对照信用证审单。陆港地磅单显示毛重{ $gross_kg }公斤。只要有不符点，银行就会拒付。把真正有错的栏目都标出来。
docslc-general-fb = 没问题：发票以外的单据可以用与信用证不矛盾的统称描述货物(UCP 600第14条(e)款)。
docslc-address-fb = 没问题：受益人地址不必与信用证中的完全相同，只要在同一国家即可(UCP 600第14条(j)款)。

docsfix-text = 你漏掉的错误从阿拉木图找回来了：单据之间、单据与合同之间对不上，车站和Arman的报关行都不肯放行。
docsfix-correct = 请货代办理运单变更(货物在途时发货人仍可变更运输合同)，重开发票(200美元，3天)。
docsfix-correct-fb = 改单既费钱又费时；单据发出前审好，什么都不用花。
docsfix-buyer = 请Arman在阿拉木图跟车站和他的报关行协调解决：他在现场、语言通、人头熟，还能省下三天。
docsfix-buyer-fb = 让买家替你收拾单据问题会损失信任；如果是信用证，银行会直接拒付：UCP 600第16条规定银行在五个银行工作日内发出一次性列明全部不符点的拒付通知。

present-text = 班列已经出发。单据怎么发、款怎么催？
present-tt = 班列发车当天，把发票、装箱单和运单副本的扫描件发邮件给Arman，用俄英双语礼貌提醒他按约定支付70%尾款，再电话跟进。
present-tt-fb = 正确：尾款约定凭运单副本支付，就要第一时间发出副本、明确催款，趁货物还在路上。
present-lc = 立即向开户行交单：装运后21天内、信用证有效期内。
present-lc-fb = 正确：尽早交单。银行有五个银行工作日审单(UCP 600第14条(b)款)，早交单才有时间在到期前更正问题。
present-oa = 把发票和单据副本发给Arman，发票上写明到期日，请他确认收到。
present-oa-fb = 正确：对方确认收单，账期起算日就明确了；到期日写清楚，以后跟进也有依据。
present-wait = 原件和副本先放在一起，等货到阿拉木图再一次性快递一整套，班列在途期间就不拿单据打扰他了。
present-wait-fb = 压着单据不发，会耽误阿拉木图的清关，也耽误你自己收款。单据应当比货物走得快。

arrival-fail = 到货后Arman的技师抽检：15%的刹车片摩擦材料与背板脱开。他发来照片，提出索赔。
arrival-rust = 经过长途潮湿运输，Arman的人发现8箱里有30套背板生锈，发来了照片。
arrival-pass = 到货后Arman的技师每托都抽检了，全部与图纸一致。

claimmajor-text = Arman的索赔：15%的刹车片有缺陷，他的车队客户在等着。他要你这周拿出解决方案。
claimmajor-survey = 按合同约定，请他在15天索赔期内提供独立检验机构的报告；报告确认缺陷后，按缺陷比例开贷记单(credit note)，再向供应商追偿。
claimmajor-survey-fb = 正确：合同给了你程序、证据和上限，你冷静地照办。买家按证实的损失得到赔偿，你也保留了向供应商追偿的权利。
claimmajor-joint = 合同没有索赔程序，就提议请独立检验机构联合检验，费用分担，按检验结果处理。
claimmajor-joint-fb = 合同没有相应条款时，这是最好的办法：用中立的证据代替争吵。做好承担检验费、多让一点的准备。
claimmajor-deny = 拒绝：货物离开郑州时完好无损。
claimmajor-deny-fb = 没有证据的否认会把索赔变成纠纷。买家会扣着尾款不付，还会告诉同行，而这个市场圈子很小。
claimmajor-cut = 马上提出降价30%：车队在等，检验要几周，快速大方地和解才能留住经销商。
claimmajor-cut-fb = 没有任何证据，就按两倍的缺陷比例赔付，花掉了全部利润换个清净，还让买家知道索赔很划算。

claimminor-text = 30套刹车片背板生锈。不影响使用，但他的车队客户嫌难看。
claimminor-replace = 要批号和照片，用下一班列自费补发30套(400美元)，并和工厂讨论改进包装。
claimminor-replace-fb = 正确：小问题、真问题，就快速小额解决；也是下次的教训(长途潮湿线路，纸箱里要放防锈VCI纸或干燥剂)。
claimminor-cosmetic = 解释钢背板表面锈蚀只影响外观、不影响制动，无需处理，并把检测报告发给他转给车队客户。
claimminor-cosmetic-fb = 也许没错，但他的客户只看得到外观。约{ $order_about }的订单，连400美元的姿态都不肯做，下一单就没了。
claimminor-discount = 马上整单让价10%，一个大方的姿态今天就能了结。
claimminor-discount-fb = 远远超出问题本身：{ $qty }套里只有30套，不到4%。

payment-cia = 货款已全额预付，贷记单从中冲抵。
payment-lc-paid = 单证相符，开证行即期付款，一周内款项到账。
payment-lc-refused = 开证行拒付，{ $soft_clause ->
        [true] Arman既不接受不符点，也不签检验证书
       *[other] Arman不接受不符点
    }。你的钱现在全看他的意思。
payment-late-penalty = 货物晚于约定日期到达。Arman付了尾款，但扣了货值的5%作为迟交货罚款。
payment-tt-paid = Arman按约定准时支付了70%尾款。
payment-oa-paid = 到货60天后，Arman全额付款。
payment-tt-slow = 尾款逾期了：Arman说他自己的客户还没付钱给他。
payment-stalls = 付款期已过，Arman对催款邮件一概不回。

collection-text = 尾款{ $receivable }已经逾期。怎么催收？
collection-structured = 按步骤来：对账单、俄语电话、援引合同的正式催款函；投保了的，按时向保险公司报告逾期；必要时给个短期分期方案。
collection-structured-fb = 正确：坚定、有书面记录、有礼貌，逐步升级。这些书面记录日后可以支持保险索赔或仲裁(中国信保：可能损失通知迟报，赔付可能被削减甚至拒赔)，分期方案常常既能收回钱，又不丢客户。
collection-wait = 同意等他自己的客户付款后再付：他是个好经销商，只是资金周转困难，现在发函催款或惊动保险公司，只会伤了一段还能带来很多订单的关系。
collection-wait-fb = 没有期限、没有书面确认的等待，正是逾期账款变成坏账的路子。如果这单投保了信用保险，迟报可能损失通知书，中国信保的赔付可能被削减甚至拒赔：这次就被拒赔了。
collection-arbitrate = 立即依据合同仲裁条款向CIETAC申请仲裁(仲裁费约2,500美元)。
collection-arbitrate-fb = 仲裁是协商和正式催款都失败后的最后手段。一上来就仲裁，要花仲裁费，合作关系也就到头了。
collection-writeoff = 认了，核销坏账，不再追。
collection-writeoff-fb = 几万美元，不发正式催款函、不报保险、不申请仲裁就放弃，等于把所有保障手段都浪费了。

collected-insurer = 出口信用保险在等待期后赔付了未收款项的90%，并向Arman追偿余款。
collected-full = 收到正式催款函后，Arman晚了三周全额付款，还道了歉。当天银行美元买入价为{ $usd_cny }。
collected-partial = Arman付了80%，其余的拒付。你接受了和解，没有走仲裁。当天银行美元买入价为{ $usd_cny }。
collected-none = Arman不再回复。货已经交付，货款陷入纠纷。

close-text = 财务部杜会计在做这单的结案。目前资金为{ $cash }。这单13%的出口退税还没有申报。
close-reconcile = 核对增值税专用发票、报关单(9710、申报总价)和银行收汇；按不含税价的13%申报退税；给Arman发售后邮件。
close-reconcile-fb = 正确：退税额 = 含税购货价 ÷ (1 + 13%) × 13%，这单按报价时汇率为{ $rebate }；退税以人民币到账，按当天买入价({ $usd_cny })折成美元，汇率变动的影响为{ $fx_result }。退税取决于报关单申报正确、单证一致。售后跟进则能把一单生意变成长期客户。
close-archive = 归档，接着处理下一个询盘，退税以后再报。
close-archive-fb = 这单做完了，但退税(约{ $rebate })没有随这单申报，这单的结果里就没有它；也没人问Arman刹车片用得怎样、下一单要什么。
close-gross-rebate = 按供应商含税发票总额的13%把退税计入这单利润，据此结案、申报退税，接着处理下一个询盘和Arman的下一单。
close-gross-rebate-fb = 按含税价乘13%算退税是典型错误：退税额 = 含税价 ÷ (1 + 13%) × 13%。实际到账的退税按报价时汇率是{ $rebate }(汇率变动影响{ $fx_result })；记下的利润被高估了，多出约含税购货价的1.5%(13%减去13/113)，下一单的报价还会以它为基础。

wrap-margin-kept = 这单的利润：{ $profit }。
wrap-margin-thin = 这单的利润：{ $profit }，比预期薄得多。
wrap-loss = 这单的结果：{ $profit }。

end-success = 圆满成功。刹车片顺利到货，买家付清货款，利润也保住了。Arman又发来询盘，这次要鼓式刹车蹄，还问你们能不能在阿拉木图备货。
end-margin = 货款收回了，但利润在途中流失：补救、让价和索赔吃掉了大部分利润。客户留住了，这单基本是白忙。
end-loss = 货款收回了，但这单是亏的：成本、让价和索赔加起来超过了售价。财务要找你谈谈报价和执行的问题。
end-dispute = 货已交付，但货款陷入纠纷，买家不再回复。这笔钱要被拖上好几个月。
end-unpaid = 货已交付，尾款只能核销。这单让公司既赔了钱，也丢了客户。
end-cancelled = 订单取消了。没发货，没收款，这位阿拉木图经销商以后也不会再理你的报价。
