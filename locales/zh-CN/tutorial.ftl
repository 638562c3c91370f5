title = 入门教程：第一笔B2B出口订单
summary = 把500顶真人发假发从许昌经铁路发给汉堡买家：贸易术语、运输渠道、报关、单证、收款。

var-cash = 资金
var-days_left = 距交货期(天)
var-trust = 买家信任度

speaker-buyer = Anna Weber，易北美妆贸易有限公司采购
speaker-broker = 赵师傅，报关员
speaker-forwarder = 刘经理，货代

doc-invoice = 商业发票
doc-packing = 装箱单
doc-rail = 铁路运单(CIM/SMGS)
field-seller = 卖方
field-buyer = 买方
field-goods = 货物描述
field-quantity = 数量
field-amount = 金额
field-terms = 交货条件
field-cartons = 件数
field-gross-weight = 毛重
field-consignee = 收货人
goods-full = 人发制假发，Remy，18英寸，自然黑，500顶
goods-short = 人发假发

incoterm-text = Anna来信：“我们要在30天内在汉堡收到假发，货走郑州出发的中欧班列。你们报什么贸易术语？”
incoterm-fca = FCA 郑州铁路场站(Incoterms 2020)
incoterm-fca-fb = 正确。FCA适用于铁路和集装箱运输：货物在郑州交给买方指定承运人时风险转移，卖方负责出口清关。依据：Incoterms 2020 FCA。
incoterm-fob = FOB 青岛
incoterm-fob-fb = FOB只适用于海运和内河运输，风险在货物装上船时转移。走铁路的货物根本不会在青岛“装船”，风险点无从谈起。依据Incoterms 2020，铁路应使用FCA。
incoterm-ddp = DDP 汉堡(完税后交货)
incoterm-ddp-fb = DDP要由你承担德国进口清关、关税和进口增值税，新手常常忘了增值税。买家满意了，但你付出了资金并承担了风险。依据：Incoterms 2020 DDP。

channel-text = 郑州的货代给了三个渠道。离交货期还有{ $days_left }天，运费预算{ $cash }。
channel-rail = 铁路，郑州—汉堡：约15天，40尺柜7,200美元
channel-rail-fb = 从郑州出发，铁路最均衡：时间约为海运的一半，价格低于空运。30天的交货期里还留有清关余量。
channel-air = 空运，郑州机场：约6天，11,000美元
channel-air-fb = 空运快但贵，1.5吨的大件纸箱用掉了大部分运费预算。空运适合紧急、货值高、重量轻的货物。
channel-sea = 海运，经青岛：约35天，3,000美元
channel-sea-fb = 海运最便宜，但中国到欧洲要28—36天，赶不上30天的交货期。

declare-text = 赵师傅要做跨境电商B2B直接出口的报关单，请对照商业发票和装箱单提供申报数据。
declare-hs = HS编码(6位子目)
declare-hs-right = 正确：6704.20，人发制假发。中国申报10位编码另加3位检验检疫附加码，但前6位是国际通用的。
declare-hs-heading = 品目6704对了，子目不对：人发制品是6704.20。子目归错会影响关税和退税，还可能受罚。
declare-hs-wrong = 不是这一章：假发归品目6704(人发制假发为6704.20)。
declare-mode = 监管方式
declare-mode-right = 正确：9710是跨境电商B2B直接出口，即B2B订单货物直接发给境外企业买家。
declare-mode-general = 0110一般贸易也合法，但这笔订单来自跨境B2B平台：9710可以享受简化申报和优先查验。
declare-mode-wrong = 监管方式错了：9810是出口海外仓，9610是B2C零售。本票货物直接发给境外企业买家，应为9710。
declare-value = 申报价值(美元)
declare-value-right = 正确：申报价值与商业发票一致，这是通关和出口退税的前提。
declare-value-wrong = 申报价值必须与商业发票一致(48,000美元)。不一致会引来查验，也办不了退税。

inspection-selected = 海关“双随机”系统抽中了你的报关单，要开箱查验，耽误两天。
inspection-mismatch = 海关发现申报价值与发票不符：查验、改单、缴费，损失四天和500美元。
inspection-cleared = 报关单未被抽中查验，顺利放行。

documents-text = 班列发车前，刘经理请你把铁路运单和发票、装箱单核对一遍。把单据上真正有问题的栏目都标出来。
documents-weight-fb = 运单上的毛重(1,250公斤)与装箱单(1,520公斤)不符。各单据的重量必须一致，否则买方海关和银行都会提出疑问。
documents-consignee-fb = 收货人写成了“Elbe Beauty GmbH”，买方实际是“Elbe Beauty Trading GmbH”。收货人错误可能导致货物在汉堡无法提取。
documents-goods-fb = “人发假发”是概括性描述，与发票并不矛盾。发票以外的单据可以用统称描述货物(参照UCP 600第14条(e)款)。

payment-late-text = 你漏掉的错误从汉堡退了回来：铁路承运人要求更正运单。损失三天和200美元。
payment-late-amend = 请货代更正运单后重新发送
payment-late-amend-fb = 改单既费时又花钱。发货前把单据相互核对清楚，比事后补救便宜得多。

payment-text = { $inspected ->
        [true] 货物查验合格，班列已经发车。Anna问付款方式。这是你和易北美妆的第一单。
       *[other] 货物顺利通关，班列已经发车。Anna问付款方式。这是你和易北美妆的第一单。
    }
payment-split = 30% T/T预付定金，70%凭铁路运单副本付款
payment-split-fb = 对新客户这是稳妥的条件：定金覆盖你的成本，尾款在买家提货前付清。
payment-open = 放账(O/A)，交货后60天付款，以赢得信任
payment-open-fb = 对不了解的买家放账，风险全在你一方。买方信用风险是跨境B2B收款中最大的问题。
buyer-pays-late = 易北美妆付了款，但晚了10天。
buyer-defaults = 易北美妆不再回复，货款没有收回。

end-delivered = 假发按时到达汉堡，货款全额收回。Anna想追加订单。
end-delivered-late = 货到了，钱也收了，但晚了。你承担了两个月的信用风险。
end-unpaid = 货物已交付，货款却始终没有收回。放账交易，没有任何保障可以依靠。
