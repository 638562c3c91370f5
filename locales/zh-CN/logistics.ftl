title = 物流实务：赶在交货期前把一柜许昌发制品送到汉诺威
summary = 把一个40尺高柜的许昌发制品送到汉诺威的美发用品批发商，赶在合同交货期之前：按当天报价在铁路、海运、空运之间选择，选配运输方式的贸易术语和货运保险，直发还是海外仓，审核运输单据，并应对途中的各种意外。

var-cash = 物流预算
var-days_left = 距交货期余量(天)
var-trust = 买家信任度

speaker-wang = 王建国，许昌瑞发发制品有限公司物流主管
speaker-vogel = Katrin Vogel，汉诺威莱纳美发用品公司(Leine Salonbedarf GmbH)采购负责人
speaker-zhang = 张薇，许昌瑞发发制品有限公司销售总监
speaker-ma = 马超，中州国际物流货代

doc-po = 采购订单
doc-pl = 装箱单
doc-quotes = 货代当日报价
doc-rail-note = 铁路运单草稿(CIM/SMGS)
doc-bl = 提单草稿
doc-awb = 航空运单草稿
field-buyer = 买方
field-goods = 货物描述
field-value = 订单金额
field-delivery = 交货要求
field-terms = 买方要求的贸易术语
field-penalty = 迟延交货
field-packages = 件数
field-gross-weight = 毛重
field-volume = 体积
field-carton = 纸箱
field-marks = 唛头
field-rail = 铁路
field-sea = 海运
field-air = 空运
field-on-carriage = 德国境内派送
field-validity = 有效期
field-consignee = 收货人
field-route = 线路
field-container = 箱型
field-ports = 装货港 / 卸货港
field-clause = 批注
field-airports = 始发机场 / 目的机场
field-chargeable = 计费重量
field-negotiable = 可否转让
goods-full = { $cargo_name }，{ $cartons }箱
cargo-mixed = 假发及接发，真人发和化纤
cargo-mixed-short = 假发及发制品
cargo-wigs = 真人发蕾丝头套假发，盒装
cargo-wigs-short = 假发
cargo-synthetic = 化纤假发，耐高温丝，盒装
cargo-synthetic-short = 假发
cargo-extensions = 真人发接发，胶带式和发夹式，袋装再装盒
cargo-extensions-short = 发制品
cargo-toppers = 真人发发顶补发片及发块，盒装
cargo-toppers-short = 发制品
pl-cartons = { $cartons }箱
pl-carton = 每箱{ $cargo_ctn_l }升，毛重{ $cargo_ctn_kg }公斤
pl-gross = { $gross_kg }公斤
pl-volume = { $cbm }立方米
pl-marks = LEINE / HANNOVER / 1-{ $cartons }
draft-cartons = { $cartons_swapped }箱
draft-pieces = { $cartons_swapped }件
po-delivery = 订单确认后{ $deadline }天内送达汉诺威我方仓库
po-penalty = 每迟延一天按订单金额的0.5%计，最高2.5%
quote-rail = 40尺高柜{ $rail_rate }，郑州—汉堡，铁路运行{ $rail_min }—{ $rail_max }天。许昌到郑州场站拖车{ $truck_zz }；从提货到发车按{ $rail_pre }天计。
quote-sea = 40尺高柜{ $sea_rate }，青岛—汉堡经苏伊士运河，海上{ $sea_min }—{ $sea_max }天(绕行好望角则35—45天)。许昌到青岛拖车{ $truck_qd }；公路2天，到船公司截关再留3天。
quote-air = 每公斤计费重量{ $air_rate }，全包价，郑州(CGO)—法兰克福并卡车送至汉诺威：提货后{ $air_days }天到。体积换算：6,000立方厘米折合1公斤。
quote-delivery = 汉堡到汉诺威卡车派送：{ $truck_de }；从铁路场站1天，从港口2天。
quote-validity = 当日报价，仅限今日订舱；附加费可能调整。
rail-route = 郑州、阿拉山口 / 多斯特克(换轨)、哈萨克斯坦、俄罗斯、白俄罗斯、布列斯特 / 马拉舍维奇(换轨)、汉堡比尔韦德
bl-consignee = 凭托运人指示；通知方：Leine Salonbedarf GmbH，汉诺威
bl-clause = 托运人装箱、积载并计数；据称内装
awb-negotiable = 不可转让


calc-text = 中州国际物流的马超发来了当日报价。王主管：“汉诺威的莱纳美发用品要求整柜货{ $deadline }天内送到他们仓库。选渠道之前，先把不受今天运价影响的数字算出来：空运的计费重量，和铁路最晚的到货日。重量取整到公斤，天数取整天。”
calc-chargeable = 空运：计费重量(公斤)
calc-chargeable-right = 正确。空运按实际重量和体积重量取大者计费：{ $cbm }立方米按6,000立方厘米折1公斤，是{ $chargeable_kg }公斤，而实际重量只有{ $gross_kg }公斤。发制品是典型的泡货。
calc-chargeable-actual = 这是实际毛重。体积重量更大时，航空公司按体积重量计费：{ $cbm }立方米 x 1,000,000 / 6,000 = { $chargeable_kg }公斤。
calc-chargeable-express = 这是按5,000立方厘米折1公斤算的，那是快递的体积系数。这份空运报价用6,000：{ $chargeable_kg }公斤。
calc-chargeable-wrong = 计费重量取实际重量({ $gross_kg }公斤)和体积重量({ $cbm }立方米 x 1,000,000 / 6,000 = { $chargeable_kg }公斤)中的大者：{ $chargeable_kg }公斤。
calc-air = 空运：门到门总运费(美元)
calc-air-right = 正确：{ $chargeable_kg }公斤计费重量，乘以今天每公斤{ $air_rate }的运价，共{ $air_total }。
calc-air-actual = 这是按实际重量算的。航空公司按{ $chargeable_kg }公斤计费重量收费，不是{ $gross_kg }公斤：{ $air_total }。
calc-air-wrong = 用计费重量({ $chargeable_kg }公斤)乘以今天的运价，每公斤{ $air_rate }：{ $air_total }。
calc-rail = 铁路：门到门总价，拖车 + 班列 + 卡车(美元)
calc-rail-right = 正确：班列运费，加上到郑州的拖车费和汉堡到汉诺威的派送费，共{ $rail_total }。
calc-rail-only = 这只是班列运费。门到门还要加上到郑州场站的前程运输和汉堡到汉诺威的派送：{ $rail_rate } + { $truck_zz } + { $truck_de } = { $rail_total }。
calc-rail-wrong = 把铁路运费、许昌—郑州拖车费和汉堡—汉诺威卡车费加起来：{ $rail_rate } + { $truck_zz } + { $truck_de } = { $rail_total }。
calc-sea = 海运：门到门总价，拖车 + 海运 + 卡车(美元)
calc-sea-right = 正确：海运费，加上到青岛的拖车费和从汉堡的派送费，共{ $sea_total }。
calc-sea-only = 这只是海运费。许昌离青岛800公里，门到门两段卡车都要算：{ $sea_rate } + { $truck_qd } + { $truck_de } = { $sea_total }。
calc-sea-wrong = 把海运费、许昌—青岛拖车费和汉堡—汉诺威卡车费加起来：{ $sea_rate } + { $truck_qd } + { $truck_de } = { $sea_total }。
calc-rail-days = 铁路：最晚到达汉诺威是从今天算起第几天(货物{ $ready_days }天后备好)
calc-rail-days-right = 正确：备货{ $ready_days }天，到发车{ $rail_pre }天，铁路最慢{ $rail_max }天，到汉诺威{ $rail_on }天：第{ $rail_worst }天。能不能赶上交货期，要按报价区间的慢端来算，不能按快端。
calc-rail-days-best = 这是最好的情况，按{ $rail_min }天的班列算的。能不能赶上交货期，要按报价的最坏情况算：{ $ready_days } + { $rail_pre } + { $rail_max } + { $rail_on } = { $rail_worst }。
calc-rail-days-train = 这只是班列在途时间。还要加上备货{ $ready_days }天、到发车{ $rail_pre }天、到汉诺威{ $rail_on }天：{ $rail_worst }。
calc-rail-days-wrong = 逐项相加：备货{ $ready_days }天 + 到发车{ $rail_pre }天 + 铁路{ $rail_max }天(最慢) + 到汉诺威{ $rail_on }天 = 第{ $rail_worst }天。
price-text = 王主管：“现在按今天的报价，把三个渠道门到门的总价算出来，取整到美元。”

channel-text = 王主管：“你的数字都在表上了。订哪个渠道？”报价里含的物流预算是{ $cash }；离合同交货期还有{ $days_left }天。
channel-rail = 中欧班列郑州到汉堡，再用卡车送到汉诺威
channel-rail-fb = 正确。从河南出发，铁路最均衡：最慢第{ $rail_worst }天送到汉诺威，在{ $deadline }天期限之内，门到门{ $rail_total }，预算承受得了。这条线路途经哈萨克斯坦、俄罗斯和白俄罗斯，订舱前要把各方(买方、货代、铁路运营商、银行)都过一遍制裁名单筛查，并取得货运保险公司对该线路承保的书面确认；非俄罗斯货物仅过境俄罗斯，不在欧盟制裁范围之内。
channel-sea = 海运青岛到汉堡：运费低得多，而且莱纳一直就是按CIF汉堡采购的
channel-sea-fb = 运费最低，门到门{ $sea_total }，却是赶不上这个交货期的渠道：备货{ $ready_days }天、到船边{ $sea_pre }天、海上{ $sea_min }天以上、再到汉诺威{ $sea_on }天，最快也要第{ $sea_best }天才到，就算一路顺利也超过{ $deadline }天的期限。迟延违约金会把省下的运费吃掉。
channel-air = 郑州空运：发制品轻、货值高，坐飞机肯定赶得上日期
channel-air-fb = 说得过去，但不是最好的选择。发制品是货值高的轻泡货，常走空运，空运也能提前好些天到货。可是{ $cbm }立方米要按{ $chargeable_kg }公斤计费，共{ $air_total }：价格是铁路的好几倍，远远超出物流预算，而铁路本来就赶得上交货期。空运适合急需的部分货物，不适合铁路能按时送到的整柜货。

incoterm-text = Katrin Vogel来信：“我们向其他供应商一直是按CIF汉堡采购的。你们也能这样报吗？我们要的是送到我方仓库的价格，含保险。”
incoterm-cip = CIP莱纳汉诺威仓库，含货运保险
incoterm-cip-fb = 正确。CIP适用于任何运输方式：你方支付到汉诺威的运费并投保货运险(Incoterms 2020下为协会货物条款(A))，集装箱在中国交给第一承运人时风险转移给莱纳。Katrin要的都有了，术语也和运输方式匹配。
incoterm-cif = 按她的要求报CIF汉堡，她的其他供应商都用这个
incoterm-cif-sea-fb = 海运下使用合法，Katrin也熟悉。但CIF的风险在青岛货物装上船时才转移，而集装箱早几天就在码头交给了承运人；集装箱运输用CIP更合适。而且CIF只要求最低险别，协会货物条款(C)。
incoterm-cif-land-fb = CIF只适用于海运和内河运输：风险在货物装上船时转移。这个柜子不走海运，这个风险点永远不会出现。适用于任何运输方式的对应术语是CIP(Incoterms 2020)。
incoterm-cpt = CPT莱纳汉诺威仓库，保险由她按自己的保单投保
incoterm-cpt-fb = CPT适用于任何运输方式，这里也合法。可Katrin要求含保险；按CPT，货物风险在中国就转给了她，保险得她自己买。她会注意到你们没有满足她的要求。
incoterm-ddp = DDP莱纳汉诺威仓库：送货到门，关税和进口增值税都由我方缴纳
incoterm-ddp-fb = DDP(Incoterms 2020)让你方成了德国的登记进口人：办理欧盟进口清关，要有EORI号码，缴纳关税(假发及发制品约2.2%，这笔订单{ $duty })和19%的德国进口增值税；进口增值税入境时缴纳，只有办理了德国增值税登记才能抵扣退回。德国并不要求非欧盟进口人委任税务代表，所以成本不在这里，而在关税、垫付的增值税和600美元报关代理费上，这些都没算进你的报价。
incoterm-fob = FOB郑州，我们最常报的术语
incoterm-fob-fb = FOB是海运术语，以“装上船”为交货，而郑州离海港很远。它还把运输和保险都推给了要求送货到门价格的Katrin。集装箱运输中，FCA是适用于任何运输方式的“FOB”，CIP则是含运费和保险的版本。

insurance-text = 王主管：“你们谈定的是{ $incoterm }。莱纳下单时付了30%预付款，其余70%凭运输单据副本在出运后支付。保险公司今天的费率：协会货物条款(A)为保险金额的0.15%，(C)为0.06%。订单金额{ $order_value }：按110%投保，(A)险保费{ $premium_a }，(C)险{ $premium_c }。买什么险？”
insurance-a110 = 协会货物条款(A)，按发票金额的110%投保
insurance-a110-fb = 正确。Incoterms 2020下，CIP卖方须按协会货物条款(A)、至少合同价格的110%投保；CIF最低只要求(C)，但发制品容易被盗、压坏、被雨淋或受潮，这些(C)都不保；DDP下到门为止的风险都是你自己的。110%的(A)险才配得上这批货。
insurance-a110-buyer-fb = 合理。按CPT或FOB(Incoterms 2020)，风险在中国交货时就转给了莱纳，货运保险应由她买。但在尾款到账之前，货物一旦受损、她又拒付，损失还是你的：为了保护自己在未收款期间的利益而投保，是稳妥的做法。只是这笔保费不是术语规定的义务；还要提醒Katrin，她自己的保险也必须从交货时起保。
insurance-a100 = 协会货物条款(A)，按发票金额的100%投保，就是货物本身的价值
insurance-a100-fb = 省下的只有{ $a100_saving }，规则却很明确：CIP和CIF都要求至少按合同价格的110%投保，多出的10%代表买方的费用和预期利润。DDP下，110%同样是市场惯例。
insurance-c110 = 协会货物条款(C)，按110%投保：卖方术语要求的基本险
insurance-c110-cip-fb = Incoterms 2020把CIP的最低险别提高到了协会货物条款(A)；(C)是CIF的最低要求。(C)只保火灾、脱轨、搁浅、碰撞等重大意外，不保盗窃、装卸损坏，也不保雨淋/受潮。在CIP下，这达不到你方的义务。
insurance-c110-cif-fb = 作为最低要求是对的：Incoterms 2020下CIF仍只要求协会货物条款(C)。但(C)不保盗窃、装卸损坏和雨淋/受潮，而这正是一柜发制品最常见的损失。要么告诉Katrin，要么加一点钱改保(A)。
insurance-c110-ddp-fb = DDP下，货物一直到汉诺威都是你方的风险。(C)只保罕见的大灾难，日常的货损还得自己扛。
insurance-c110-buyer-fb = 按CPT或FOB，交货后货物风险归买方，保险由她安排。自掏腰包给她买个保障范围很窄的险，对谁都没多大用处。
insurance-none = 我方不投保：莱纳自己的预约保单从在中国交货时起就承保这批货
insurance-none-breach-fb = 在CIP和CIF下，投保是卖方的义务：术语里的“I”就是保险。不投保就出运是违约，运输途中的任何损失最终都会落回你方头上。
insurance-none-ddp-fb = DDP下，到汉诺威之前的每一笔损失都是你方的。{ $order_value }的货物在几周的路途中不上保险，这不是省钱，是赌博。
insurance-none-buyer-fb = 正确：按CPT或FOB(Incoterms 2020)，卖方没有投保义务，风险在交货时转给买方。好的做法是提醒Katrin，她的保险要从在中国交货时开始生效。

fulfilment-text = 销售总监张薇过来说：“我们在汉堡附近租了海外仓，做德国市场。这柜货干脆按9810发到海外仓，再从仓里给莱纳送货怎么样？反正都是到欧洲。”
fulfilment-direct = 按跨境电商B2B直接出口(9710)直接发给莱纳
fulfilment-direct-fb = 正确。这{ $cartons }箱已经卖给了一个买家：直发(9710)省掉了一次入仓卸货、仓储和二次派送。{ $order_value }的货物要用报关单申报：清单申报只适用于货值不超过5,000元人民币、不涉证、不涉检、不涉税的货物(海关总署公告2020年第75号)。海外仓(9810)要靠尚未售出、放在急需客户附近的货来赚回成本。
fulfilment-warehouse = 按9810发到我们的汉堡海外仓，再从仓里给莱纳送货
fulfilment-warehouse-fb = 货已经卖出去了。卸货入仓、存放、再装车出库，多花两天和大约1,100美元，莱纳的货却一点没有更快。9810是给售出之前就存放在境外的备货用的。
fulfilment-parcels = 按9610拆成包裹，每个包裹都可以走简化的清单申报
fulfilment-parcels-fb = 9610是跨境电商零售出口，针对发给个人消费者的包裹。卖给企业买家的整柜货是B2B：直发用9710，境外备货用9810，这个货值要用报关单申报(清单申报只适用于不超过5,000元人民币的货物)。把B2B销售拆成零售包裹，就是申报的贸易方式不实。

stuffing-text = 王主管：“这批货要在路上走好几周，白天热、夜里冷，途中还要倒装搬运。发制品最怕受潮和挤压。怎么包装、怎么装柜？”
stuffing-protect = 箱内套袋、柜壁挂干燥剂，货物上托盘加垫木并加固，装柜和铅封拍照(180美元)
stuffing-protect-fb = 正确。温差会造成“集装箱雨”：冷凝水滴到货物上。干燥剂、内衬袋和干燥、固定好的货物能防住大部分，而装柜照片和铅封号正是保险公司理赔时首先要看的。
stuffing-wrap = 每个托盘货垛都缠紧缠绕膜，密不透气，雨水和湿气都进不了纸箱(90美元)
stuffing-wrap-fb = 缠绕膜能稳住货垛、挡住雨水，但也会把湿气闷在温热的纸箱上；没有干燥剂，冷凝水就留在膜里。只做了一半。
stuffing-bare = 纸箱直接散装落地，反正集装箱是铅封的
stuffing-bare-fb = 铅封的集装箱不等于干燥的集装箱。几周的温差下湿气会凝结滴落，散装落地的纸箱在搬运时还会移位、压坏。

booking-text = 马超：“{ $mode ->
        [rail] 郑州—汉堡班列
        [sea] 青岛—汉堡航线
       *[other] 郑州—法兰克福货机
    }的舱位已经确认。工厂{ $ready_days }天后包装完，第二天晚上截关。货什么时候走？”
booking-early = 截关前一天进场，单据提前发出(场站堆存一晚，60美元)
booking-early-fb = 正确。留一天余量，就能消化卡车晚到、卡口排队或单据被问询。一晚的堆存费，和误了班次比起来很便宜。
booking-lastday = 截关当天再走，省下一晚堆存费
booking-lastday-fb = 一切顺利时行得通。卡车慢一点、卡口排个队、单据被问一句，货就误了班次。
booking-factory = 等工厂说准备好了再走：他们每周都给这家承运人装货，熟悉班期
booking-factory-fb = 工厂清楚自己的包装进度，不清楚承运人的截关时间。截关时间必须有人盯，那就是物流：光是弄清谁来叫车就耽误了一天。

doc-router-rail = 马超发来铁路运单草稿。
doc-router-sea = 马超发来提单草稿。
doc-router-air = 马超发来航空运单草稿。

check-text = 马超：“这是{ $mode ->
        [rail] CIM/SMGS铁路运单
        [sea] 提单
       *[other] 航空运单
    }草稿，你确认后我就提交。”请对照装箱单、货代当日报价和莱纳的采购订单审核，把确实有错的栏目都标出来。
check-packages-fb = { $cartons_swapped }箱对装箱单的{ $cartons }箱，两位数字颠倒了。各单据的件数必须一致，否则承运人、两端海关和莱纳的收货人员都会卡在这里。
check-container-fb = 当日报价按40尺高柜计，这批{ $cbm }立方米的货也只有40尺高柜装得下：20尺普柜容积只有约33立方米。单据上必须是报价所依据的40尺高柜。
check-chargeable-fb = 计费重量应是体积重量{ $chargeable_kg }公斤，而不是实际重量{ $gross_kg }公斤。少报计费重量的空运单会在收货时被航空公司更正，补收差价，还耽误时间。
check-goods-fb = “{ $cargo_short }”是概括性描述，与装箱单并不矛盾。运输单据可以用统称描述货物(参照UCP 600第14条(e)款)。
check-route-fb = 这是经阿拉山口的中欧班列常规线路，途中有两次换轨：在中哈边境的阿拉山口 / 多斯特克由中国的标准轨(1,435毫米)换成宽轨(1,520毫米)，在白俄罗斯—波兰边境的布列斯特 / 马拉舍维奇再换回标准轨。一份CIM/SMGS运单覆盖全程。正因为途经俄罗斯和白俄罗斯，才需要对各方做制裁筛查，并请保险公司书面确认承保该线路。
check-clause-fb = “托运人装箱、积载并计数”和“据称内装”是承运人未开箱的整箱货上的标准批注。UCP 600第26条(b)款明确可以接受。
check-order-fb = “凭托运人指示”的指示提单可以转让，在你方背书之前货物始终在你方控制之下，正适合凭单据付尾款的交易。
check-negotiable-fb = 航空运单从来都不可转让。它是货物收据和运输合同，不是物权凭证，货物交给运单上载明的收货人。
check-gross-fb = 空运单上的毛重是实际重量{ $gross_kg }公斤，与装箱单一致。需要体现更高体积重量的是计费重量一栏。

doc-trouble = 你放过去的错误在交给承运人时暴露了：单据被退回重出，莱纳的报关行收到了两个版本，货物也跟着等。损失两天和400美元。

cutoff-missed = 卡车在场站卡口被耽搁，货物没赶上这一班。下一班有舱位的要三天后；多付150美元堆存费。
cutoff-missed-vessel = 集装箱没赶上青岛的截关。下一个周班是七天后；多付150美元堆存费。
cutoff-made = 货物按时赶上了班次。

transit-rail-smooth = 班列按图定时刻运行：郑州到汉堡{ $rail_min }天。
transit-rail-slow = 班列在哈萨克斯坦和俄罗斯境内运行缓慢：{ $rail_max }天才到汉堡，是报价区间的慢端。
transit-rail-gauge = 马拉舍维奇换轨拥堵：集装箱排队等待从宽轨车皮吊装到标准轨车皮。耽误四天。
transit-sea-smooth = 船舶按班期开航：青岛到汉堡{ $sea_min }天。
transit-sea-congestion-3 = 青岛港拥堵：船舶晚三天靠泊开航。
transit-sea-congestion-7 = 青岛港严重拥堵：船舶晚七天开航。
transit-sea-cape = 船公司改为绕行好望角，不走苏伊士运河：海上多走九天。
transit-air-smooth = 货物按订舱航班起飞，从法兰克福卡车转运到汉诺威。
transit-air-offload = 货物在郑州被拉货，给优先货物腾舱位，两天后才飞。

eta-text = Katrin Vogel来信：“我们的货到哪儿了？门店都在问。”按目前的跟踪信息，到货时距合同交货期还剩的天数：{ $days_left }(负数表示将晚到)。
eta-honest = 现在就把跟踪状态和实事求是的预计到货日告诉她，有延误就说明延误和应对办法
eta-honest-fb = 正确。买家能围绕已知的延误做安排，却没法应付突如其来的意外。不等对方问就主动、如实地通报，买家才会觉得你是靠得住的供应商。
eta-silent = 等到货日期确定了再写信，不说没把握的话
eta-silent-fb = 等日期确定了再说，在对方看来要么是不清楚，要么是在隐瞒。Katrin要给门店承诺到货时间，现在她不那么相信你给的日期了。
eta-promise = 确认原定日期不变：承运人说耽误的天数到达前通常都能追回来，门店也需要一个确定的日期
eta-promise-fb = 承诺一个跟踪信息并不支持的日期，是拿她的信任冒险：日期要以跟踪信息为准，不能寄希望于把耽误的天数追回来；一旦晚到，失信比延误本身代价更大。

receipt-text = 王主管：“货到莱纳之前，告诉他们仓库怎么收货。”
receipt-note = 检查铅封和纸箱，有损坏先在CMR签收单上批注再签字，拍照，受损纸箱留给检验人，并马上通知我们
receipt-note-fb = 正确。索赔靠证据：签收单上的批注、照片、留给检验人的受损货物，以及及时通知。清洁签收就等于承认货物完好。
receipt-clean = 先在CMR上清洁签收让司机走，之后再清点纸箱、逐箱拍照，一周内书面报告损坏情况
receipt-clean-fb = 清洁签收就是货物完好到达的证据。以后不管向承运人还是保险公司索赔，第一步都得推翻自己买家的签字；过了一周，损坏还可能被说成是她仓库里造成的。
receipt-discard = 受损纸箱拍照后就处理掉，腾出月台，把照片和账单一起发给我们
receipt-discard-fb = 照片有用，但扔掉受损货物就销毁了最主要的证据。保险公司的检验人必须亲眼看到货物才能定损；没有这一步，索赔通常会被拒。

damage-yes = 货物到了莱纳仓库。靠箱门的一端有{ $wet_cartons }箱受潮发黄：途中冷凝水和雨水渗了进来。
damage-no = 货物到了莱纳仓库，铅封完好，纸箱干燥无损。

claim-none = 无需索赔。
claim-paid = 保险公司的检验人查看了受潮纸箱、照片和签收单上的批注。协会货物条款(A)承保雨淋和冷凝水造成的损失，赔款付给了莱纳。你方没有损失。
claim-rejected = 保险公司拒赔：签收单上没有批注，受损纸箱也没有留给检验人查看，无法证明损失发生在运输途中。为了留住莱纳，这{ $wet_cartons }箱只好由你方自己赔：{ $wet_loss }。
claim-not-covered = 协会货物条款(C)不承保运输途中的雨淋/受潮损失，保险公司拒赔。为了留住莱纳，这{ $wet_cartons }箱由你方赔偿：{ $wet_loss }。
claim-uninsured = 这票货没有货运保险。和Katrin一通不愉快的电话之后，{ $wet_cartons }箱受潮货物、{ $wet_loss }，变成了从你方利润里开出的贷记单。
claim-buyer-risk = 按CPT/FOB，货物自在中国交货起就由莱纳承担风险，{ $wet_cartons }箱受潮货物应向她自己的保险公司索赔，而不是找你方。Katrin去办了理赔，对没人提醒她从交货时起保有点不满。

arrival-on-time = 货物在合同交货期前进了莱纳的仓库。
arrival-late = 货物在合同交货期之后才到莱纳。Katrin按迟延交货条款扣款：每晚一天扣订单金额的0.5%，即{ $late_day }。
arrival-late-cap = 货物晚了五天以上才到莱纳。Katrin按迟延交货条款的上限扣款，即订单金额的2.5%：{ $late_cap }。

late-text = Katrin：“货物晚于我们的交货期到达，按迟延交货条款，我们会从尾款中扣除违约金。我们的门店一直在等。”你怎么回复？
late-accept = 按合同接受扣款，说明原因和改进办法
late-accept-fb = 正确。这个条款是你们签过的，普通的运输延误不是不可抗力。爽快接受并拿出改进方案，客户才能留住。
late-force-majeure = 主张不可抗力：延误发生在铁路上和边境口岸，不在我方控制范围之内
late-force-majeure-fb = 港口拥堵、绕航、班列晚点、误了截关，都是卖方本应预见并安排的普通运输风险，不是不可抗力；何况运输渠道是你方自己选的。主张不成立，还伤了关系。
late-refuse = 改为在她下一张订单上给折扣
late-refuse-fb = 下一单的折扣仍然是扣款，只是往后推了，还把她的下一次采购和你的迟延绑在一起。Katrin要的是按合同办，不是促销；她照样扣了款，对你的信任也少了几分。比争辩条款好，但不如爽快接受。

wh-calc-text = 张薇：“莱纳和另外三家美发批发商希望每周补货{ $topup_cartons }箱左右，三天内送到。怎么做之前，先算一个六周周期的账。”汉堡附近的海外仓报价：仓储费每立方米每周{ $storage_rate }，按整批体积计；出入库操作费每箱{ $handling_rate }。六周一批连同安全库存共{ $lot_cartons }箱，{ $stock_cbm }立方米，走铁路拼箱运到汉堡，运费{ $rail_lot }；当地派送{ $drops }次(4家门店，6周)，每次{ $drop_rate }。如果每周补货改走空运：{ $topup_cartons }箱、{ $topup_kg }公斤、{ $topup_litres }升，按货代给小批量货的协议价，每公斤计费重量{ $topup_air_rate }，门到门，体积换算与整柜报价相同(6,000立方厘米折合1公斤)。
wh-calc-storage = 海外仓：一个六周周期的仓储费(美元)
wh-calc-storage-right = 正确：{ $stock_cbm }立方米 x 6周 x 每周{ $storage_rate }，共{ $storage }。
wh-calc-storage-week = 这是一周的。这批货要存六周：再乘以6，共{ $storage }。
wh-calc-storage-wrong = 仓储费 = 体积 x 费率 x 周数：{ $stock_cbm }立方米 x { $storage_rate } x 6 = { $storage }。
wh-calc-handling = 海外仓：这一批六周备货的出入库操作费(美元)
wh-calc-handling-right = 正确：{ $lot_cartons }箱，按每箱出入库费率计，共{ $handling }。
wh-calc-handling-wrong = 操作费按箱收：{ $lot_cartons } x { $handling_rate } = { $handling }。
wh-calc-total = 海外仓：整个周期的总成本，含铁路备货运费和当地派送(美元)
wh-calc-total-right = 正确：仓储费和操作费，加上给海外仓备货的铁路拼箱运费和{ $drops }次当地派送，共{ $plan_total }。这才是能和门到门空运相比的数字。
wh-calc-total-storage = 这只是仓储费和操作费。海外仓方案还要付运到汉堡的铁路运费和当地派送费；空运报的是门到门价格，要同口径比较：{ $plan_total }。
wh-calc-total-wrong = 把仓储费、操作费、铁路备货运费({ $rail_lot })和{ $drops }次每次{ $drop_rate }的派送费加起来：{ $plan_total }。
wh-calc-air = 改走空运：六次每周补货的运费(美元)
wh-calc-air-right = 正确。每次补货按体积重量计费，{ $topup_litres }升 / 6 = { $topup_chargeable }公斤，而不是{ $topup_kg }公斤；六次，按协议运价，共{ $air_six_weeks }。
wh-calc-air-actual = 这是按实际的{ $topup_kg }公斤算的。轻泡货按体积重量计费：每次{ $topup_litres }升 / 6 = { $topup_chargeable }公斤。
wh-calc-air-week = 这是一周的补货。一个周期有六周：{ $air_six_weeks }。
wh-calc-air-wrong = 每次补货的计费重量取{ $topup_kg }公斤和{ $topup_litres }升 / 6 = { $topup_chargeable }公斤中的大者；乘以每公斤{ $topup_air_rate }；再乘以6周：{ $air_six_weeks }。

reorder-text = 张薇：“你的数字都在表上了。这个销售季，我们给门店什么方案？”
reorder-warehouse = 每六周用铁路给汉堡海外仓补一批货(9810)，每次补货从仓里发出
reorder-warehouse-fb = 正确。这正是海外仓的用处：尚未售出的货，放在急需它的客户附近。就算算上铁路备货运费和当地派送，海外仓方案的成本也不到每周空运的一半，每个周期{ $plan_total }对{ $air_six_weeks }，门店还能次日收货。备货出口按9810申报。
reorder-air = 每周补货都从郑州空运直发各家门店，门到门，三天之内送到店里
reorder-air-fb = 速度是够了，成本却是海外仓方案的两倍多，而且每周如此：把铁路备货运费和当地派送都算上，是{ $air_six_weeks }对{ $plan_total }。空运适合偶尔的急单，不适合每周的常规补货。
reorder-rail = 每次补货都走铁路按9710直发，和别人拼箱
reorder-rail-fb = 铁路门到门要三周左右，门店要的是三天。小批量走铁路，每次还要付拼箱和操作费用。
reorder-ahead = 让门店提前一个月下单，然后直发
reorder-ahead-fb = 门店按本周的销量下单。要他们提前一个月预测，是把你方的物流问题推给客户，他们会转向在德国有现货的竞争对手。

wrapup-failed = 王主管和你一起逐项复盘这票货的档案。
wrapup-late = 王主管和你一起复盘这票货的档案。
wrapup-costly = 王主管拿着运费发票，和你一起复盘这票货。
wrapup-on-time = 王主管和你一起复盘这票货，在档案上签了字。

end-on-time = 货物按时送到莱纳，没有超出物流预算，还剩{ $cash }。运输方式、贸易术语和保险相互匹配，单据干净，门店这一季也有了海外仓补货方案。Katrin发来了下一张订单。
end-costly = 按时到了，但物流预算超支：最后是{ $cash }。货物如约送达，利润却没能扛住你选的渠道或途中的损失。
end-late = 货物晚到了，迟延交货条款扣走了一部分，不过莱纳暂时还是你们的客户。最终预算：{ $cash }。
end-failed = 这票货失败了：远远错过了莱纳的销售季，出了损失却没有保险，或者买家不再相信你给的日期。最终预算：{ $cash }。
