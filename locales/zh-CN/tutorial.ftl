title = 入门教程：第一笔B2B出口订单
summary = 把500顶真人发假发从许昌发给汉堡买家：贸易术语、收款方式、运输渠道、报关、单证。

var-cash = 资金
var-days_left = 距交货期(天)
var-trust = 买家信任度

speaker-buyer = Anna Weber，易北美妆贸易有限公司采购
speaker-broker = 赵师傅，报关员
speaker-forwarder = 刘经理，货代

doc-invoice = 商业发票
doc-packing = 装箱单
doc-instruction = 给货代的托运委托书
field-seller = 卖方
field-buyer = 买方
field-goods = 货物描述
field-quantity = 数量
field-amount = 金额
field-terms = 贸易术语
field-cartons = 件数
field-gross-weight = 毛重
field-consignee = 收货人
goods-full = 人发制假发，Remy，18英寸，自然黑，500顶
goods-short = 人发假发

incoterm-text = Anna在跨境B2B平台上向你订了500顶假发。她来信：“我们要在30天内在汉堡收到货。我们在中国没有货代，请报一个包含到汉堡主运费的价格。货物保险和欧盟进口清关由我们自己办。”你报什么贸易术语？
incoterm-cpt = CPT 德国汉堡(Incoterms 2020)
incoterm-cpt-fb = 正确。CPT下由你订立运输合同并支付到汉堡的运费，正是Anna的要求；货物在中国交给第一承运人时风险转移给她，保险和进口清关由她自己负责。CPT适用于任何运输方式，包括集装箱和铁路。依据：Incoterms 2020 CPT。
incoterm-cfr = CFR 汉堡港(Incoterms 2020)
incoterm-cfr-fb = CFR只适用于海运和内河运输：风险在装运港货物装上船时转移。在内陆把集装箱交给承运人、走铁路或空运的货物，都不经过这个点，风险划分就说不清，Anna只好来问你这是什么意思。适用于任何运输方式的是CPT。依据：Incoterms 2020 CFR、CPT。
incoterm-ddp = DDP 汉堡买方仓库(Incoterms 2020)
incoterm-ddp-fb = DDP让你成为德国的进口方：要办进口清关，放行前缴纳欧盟关税(假发约2.2%)和19%的德国进口增值税。Anna说进口清关她自己办；报DDP的新手常常忘了增值税。买家满意了，但你付出了资金，也承担了风险。依据：Incoterms 2020 DDP。
incoterm-fca = FCA 郑州，交给买方承运人(Incoterms 2020)
incoterm-fca-fb = FCA是对卖方最稳妥的、适用于任何运输方式的术语，也适合集装箱，所以得一部分分；但FCA下主运输由买方订立并付费，而Anna在中国没有货代，要的是含运费的报价。她现在得自己去找货代。依据：Incoterms 2020 FCA。

payment-text = Anna接受了你的贸易术语，问怎么付款。这是你和易北美妆的第一单；货物的运输单据上，收货人将是她的公司。
payment-before = 下单付30%，发货前T/T付清70%
payment-before-fb = 对不了解的新买家，这是稳妥的条件：预付款覆盖生产成本，尾款在货物离开你的控制之前到账。铁路运单和航空运单都不是物权凭证：运单上写谁是收货人，谁就能提货。
payment-copy = 30% T/T预付款，70%凭运单副本付款
payment-copy-fb = 常见的做法，预付款也覆盖了成本，所以得一部分分；但铁路运单(CIM/SMGS)或航空运单的副本只能证明货已发出。它们都不是物权凭证：不管尾款付没付，运单上的收货人都能在汉堡提货。
payment-dp = 即期付款交单(D/P)，单据经她在汉堡的银行
payment-dp-fb = D/P下银行凭付款放单，但运输单据已写明易北美妆为收货人：她不凭这些单据也能提货，银行手里没有能拦住她的东西。托收要配指示提单，不能配运单。依据：URC 522。
payment-open = 赊销(O/A)，交货后60天付款，先赢得她的信任
payment-open-fb = 对不了解的买家赊销，风险全在你一方，她拿到货之前一分钱也没付。买方信用风险是跨境B2B收款中最大的问题；赊销留给有付款记录或有出口信用保险的买家。

channel-text = { $seller_freight ->
        [1] 按你报的贸易术语，主运输由你订舱并付费。刘经理为这10箱货(毛重196公斤)拿到四个报价。你有资金{ $cash }，离交货期还有{ $days_left }天。
       *[other] Anna请你替她订舱，费用由她承担。刘经理为这10箱货(毛重196公斤)拿到四个报价；离交货期还有{ $days_left }天。
    }
channel-rail = 铁路拼箱，郑州—汉堡：门到门约18天，运费1,100美元
channel-rail-fb = 正确。几百公斤的货走拼箱，和别人共用一个集装箱：郑州出发的中欧班列能赶上30天的交货期，还留有清关余量，而且是赶得上交货期的渠道里最便宜的。
channel-air = 空运经卢森堡，再卡车转运汉堡：约6天，2,400美元
channel-air-fb = 合理：假发重量轻、货值48,000美元，正适合空运，许昌的假发也常走空运。但这一单铁路也赶得上交货期，价格不到一半，所以空运得一部分分。空运留给交货期紧和急需补货的时候。
channel-fcl = 铁路整箱，自订一个40尺柜：约15天，7,200美元
channel-fcl-fb = 10箱、约200公斤的货自订一个40尺柜，是为了几立方米的货付整箱的钱：拼箱或空运运小批量货只要零头，同样赶得上交货期。
channel-sea = 海运拼箱，经青岛：约38天，600美元
channel-sea-fb = 海运最便宜，但中国到欧洲要28—36天，再加上拼箱等待，赶不上30天的交货期。Anna的店等着上货，对你的信任也下降了。

declare-text = 赵师傅要为Anna这笔订单做出口报关单，请对照商业发票和装箱单提供申报数据。
declare-hs = HS编码(6位子目)
declare-hs-right = 正确：6704.20，人发制假发。中国申报10位编码另加3位检验检疫附加码，但前6位是国际通用的。
declare-hs-heading = 品目6704对了，子目不对：人发制品是6704.20。子目归错会影响关税和退税，还可能受罚。
declare-hs-wrong = 不是这一章：假发归品目6704(人发制假发为6704.20)。
declare-mode = 监管方式
declare-mode-right = 正确：9710是跨境电商B2B直接出口，即在平台上成交、货物直接发给境外企业买家的B2B订单。48,000美元的货物要用报关单正式申报：清单申报只适用于每票不超过5,000元人民币、不涉及许可证、检验检疫和税款的货物。
declare-mode-general = 0110一般贸易也合法，但这笔订单在跨境B2B平台上成交、货物直接发给企业买家，应报9710，这样出口也记为跨境电商B2B出口。不论哪种监管方式，48,000美元的货物都要用报关单正式申报。
declare-mode-wrong = 监管方式错了：9810是出口海外仓，9610是B2C零售。本票货物直接发给境外企业买家，应为9710。
declare-value = 申报总价(美元)
declare-value-right = 正确：申报总价与商业发票一致，这是通关和出口退税的前提。
declare-value-wrong = 申报总价必须与商业发票一致(48,000美元)。不一致会引来查验，也办不了退税。

inspection-selected = 海关“双随机”系统抽中了你的报关单，要开箱查验，耽误两天。(本练习为了练习调高了查验概率，实际抽中的比例要低得多。)
inspection-mismatch = 海关发现申报总价与发票不符：查验、改单、缴费，损失四天和500美元。
inspection-cleared = 报关单未被抽中查验，顺利放行。

documents-text = { $inspected ->
        [true] 货物查验合格。
       *[other] 报关单已放行。
    }货物发出前，刘经理请你把托运委托书和发票、装箱单核对一遍：承运人的运输单据要按它缮制。把真正有问题的栏目都标出来。
documents-weight-fb = 委托书上的毛重(169公斤)与装箱单(196公斤)不符，是两位数字颠倒了。各单据的重量必须一致，否则买方海关会提出疑问。
documents-consignee-fb = 收货人写成了“Elbe Beauty GmbH”，买方实际是“Elbe Beauty Trading GmbH”。运输单据上的收货人就是提货的人：名称写错可能导致货物在汉堡提不出来。
documents-goods-fb = “人发假发”是概括性描述，与发票并不矛盾。发票以外的单据可以用统称描述货物(参照UCP 600第14条(e)款)。

amend-text = 你漏掉的错误被承运人退了回来：运输单据必须更正，货物才能在汉堡放行。损失三天和200美元。
amend-resend = 请货代更正单据后重新发送
amend-resend-fb = 改单既费时又花钱。发货前把单据相互核对清楚，比事后补救便宜得多。

settlement-paid = 尾款按约定在发货前到账。
settlement-late = 易北美妆付了尾款，但晚了10天。
settlement-balance-unpaid = 易北美妆以收货人身份提走了货，然后不再回复：70%的尾款没有收回。
settlement-unpaid = 易北美妆不再回复，货款没有收回。

end-delivered = 假发按时到达汉堡，货款全额收回。Anna想追加订单。
end-delivered-late = 货到了，钱也收了，但晚了。在收到钱之前，信用风险一直由你承担。
end-unpaid = 货物已交付，货款却没有全部收回。尾款在发货后才付，没有任何保障可以依靠。
