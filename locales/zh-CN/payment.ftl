title = 收款实训：信用证、信用保障纠纷与拒付通知
summary = 你负责一家信阳毛尖出口企业的收款工作。先识破摩洛哥进口商信用证里的软条款并促成改证；再按平台时间线应对一起信用保障(Trade Assurance)质量纠纷；最后依据UCP 600审核被拒付的信用证单据，判断开证行拒付通知的效力。茶叶品种、金额、日期和其中两个不符点每次练习随机抽取。

var-cash = 美元账户
var-trust = Maison Nour信任度
var-rating = 国际站信用评分

speaker-manager = 陈静，信阳集云茶业有限公司外贸经理
speaker-buyer = Hassan Idrissi，卡萨布兰卡Maison Nour茶叶公司总经理
speaker-bank = 郑州嵩山商业银行国际结算部
speaker-ta-buyer = Oliver Grant，布里斯托Kettle & Leaf茶叶公司店主
speaker-platform = 阿里巴巴国际站纠纷处理团队

doc-lc = 跟单信用证(MT700)，嵩山商业银行通知
doc-contract = 销售合同
doc-amendment = 信用证修改书(MT707)
doc-ta-order = 信用保障订单及退款申请
doc-pack = 可提交的证据材料
doc-lc-terms = 修改后的信用证：与单据相关的条款
doc-invoice = 商业发票
doc-packing = 装箱单
doc-bl = 提单
doc-schedule = 交单面函
doc-notice1 = 拒付通知(MT734)，Atlas Mercantile银行
doc-notice2 = 补充通知(MT734)，Atlas Mercantile银行

field-lc-number = 信用证号
field-issued = 开证日期
field-form = 信用证类型
field-applicant = 申请人
field-beneficiary = 受益人
field-amount = 金额
field-available = 兑用银行及方式
field-expiry = 有效期及地点
field-latest-shipment = 最迟装运日
field-partial = 分批装运
field-transhipment = 转运
field-ports = 装运港/卸货港
field-goods = 货物描述
field-bl-required = 运输单据要求
field-inspection = 检验证书
field-additional = 附加条款
field-presentation = 交单期
field-confirmation = 保兑
field-contract-number = 合同号
field-shipment = 装运
field-payment = 付款方式
field-date = 日期
field-changes = 修改内容
field-order = 订单
field-buyer = 买方
field-batch = 批号
field-terms = 贸易术语
field-receipt = 买家确认收货日期
field-claim = 退款申请
field-invoice-number = 发票号
field-quantity = 数量
field-gross = 毛重
field-cartons = 件数
field-net = 净重
field-marks = 唛头
field-bl-number = 提单号
field-shipper = 托运人
field-consignee = 收货人
field-notify = 被通知人
field-vessel = 船名航次
field-onboard = 装船批注
field-freight = 运费
field-received = 开证行收单日期
field-documents = 所交单据
field-extra = 另附
field-discrepancies = 不符点
field-disposal = 单据处理

lc-form = 不可撤销跟单信用证，适用UCP 600
lc-available = 在卡萨布兰卡Atlas Mercantile银行以即期付款方式兑用
lc-expiry = { $calendar_expiry }，在Atlas Mercantile银行柜台到期
lc-not-allowed = 不允许
lc-allowed = 允许
goods-lc = { $product_name }，净重{ $qty_kg }公斤，每公斤{ $unit_price }，CPT卡萨布兰卡(Incoterms 2020)
lc-bl = 全套清洁已装船海运提单，凭指示抬头并空白背书，通知申请人，注明“运费预付”
lc-inspection = 由申请人代表Karim Alaoui先生出具并签字的检验证书，签字须与开证行的预留签字样本相符
lc-operative = 本信用证须待开证行以修改书形式通知受益人申请人的进口许可证号后方始生效
lc-presentation = 装运日后21天内交单，且须在信用证有效期内
lc-confirmation = 不保兑
contract-shipment = 青岛至卡萨布兰卡，不迟于{ $calendar_ship }装运
contract-payment = 不可撤销即期跟单信用证，适用UCP 600，须于{ $calendar_reach }前开到卖方
contract-inspection = 装运前由中国检验认证集团(CCIC)或其他独立检验机构出具品质和重量证书
amend-changes = 最迟装运日改为{ $calendar_ship }。其他条款已按受益人{ $calendar_letter }来函、应申请人要求修改，但兑用地点和到期地点除外：仍为卡萨布兰卡Atlas Mercantile银行(开证行的政策)。
amend-clause = “受益人如未在收到通知后5日内拒绝，本修改即视为已被接受。”
ta-goods = 信阳毛尖，2025年春茶，一级：300公斤，500克真空袋装600袋，共60箱
ta-terms = DAP布里斯托(Incoterms 2020)：青岛至费利克斯托拼箱海运，再陆运
ta-claim = 2025-06-23发起：“茶叶陈旧、碎末多，很多袋子漏气了。”要求全额退款9,600美元。
pack-inspection = CCIC检验报告
pack-inspection-v = 批号MJ-2504-11，2025-04-28抽样：水分6.2%，农残在合同限量以内，等级与合同一致
pack-photos = 装货照片
pack-photos-v = 60箱，每箱都有批号MJ-2504-11，真空袋完好；装货时在仓库拍摄
pack-chat = 国际站聊天记录
pack-chat-v = 2025-04-20：买家确认批号MJ-2504-11的产前样和规格
pack-bl = 提单
pack-bl-v = 2025-05-06在青岛清洁装船，60箱，对货物外表状况无批注
pack-review = 买家以往的评价
pack-review-v = Kettle & Leaf对去年订单的五星好评
pack-brochure = 公司宣传册
pack-brochure-v = “信阳群山里最好的毛尖”
pack-garden = 茶园照片
pack-garden-v = 浉河区自家茶园的春景照片
pack-wechat = 微信聊天记录
pack-wechat-v = 与买家助理讨论圣诞礼盒颜色的聊天
terms-inspection = 由CCIC或SGS出具的检验证书，证明品质和重量符合JY-MN-2504号合同
inv-amount = { $invoice_amount }(货款{ $lc_value }，另加单证及快递费{ $charges })
inv-quantity = 净重{ $qty_kg }公斤，{ $cartons }箱
pl-cartons = { $cartons }箱，每箱净重{ $product_net_ctn }公斤
bl-onboard = { $calendar_onboard }已装船
n1-date = { $calendar_notice1 }({ $calendar_notice1_wd })
n2-date = { $calendar_notice2 }({ $calendar_notice2_wd })
bl-goods = 绿茶，{ $cartons }箱
bl-freight = 运费预付
sch-received = { $calendar_received }({ $calendar_received_wd })。货代放出正本提单后，周敏于{ $calendar_handed }把整套单据交到嵩山银行，嵩山银行当天快递寄往卡萨布兰卡
sch-documents = 商业发票一式三份、装箱单、全套提单(3/3)、原产地证、检验证书
sch-certificate = CCIC河南公司{ $calendar_cert }出具：品质和重量符合JY-MN-2504号合同
sch-extra = 卫生证书(信用证未要求)
n1-discrepancies = 1. 迟交单：单据在装运日后21天以后提交。2. 发票金额超过信用证金额。
n1-disposal = 我行持有单据，直至收到申请人的放弃不符点通知并同意接受，或在同意接受放弃不符点之前收到交单人的进一步指示。
n2-discrepancies = 兹补充我行{ $calendar_notice1 }通知：{ $faults_late_shipment ->
        [true] 迟装运：提单装船日期晚于最迟装运日。
       *[other] {""}
    }{ $faults_goods ->
        [true] 发票货物描述与信用证不符。
       *[other] {""}
    }{ $faults_weight ->
        [true] 提单毛重与装箱单不一致。
       *[other] {""}
    }{ $faults_endorsement ->
        [true] 提单未按要求空白背书。
       *[other] {""}
    }{ $faults_consignee ->
        [true] 提单未按要求做成指示抬头。
       *[other] {""}
    }{ $faults_port ->
        [true] 提单装运港与信用证规定不符。
       *[other] {""}
    }{ $faults_freight ->
        [true] 提单注明运费到付，信用证要求运费预付。
       *[other] {""}
    }{ $faults_cartons ->
        [true] 装箱单件数与发票和提单不一致。
       *[other] {""}
    }{ $faults_marks ->
        [true] 提单唛头与装箱单不一致。
       *[other] {""}
    }

lc-review-text = 嵩山商业银行通知了Maison Nour开来的信用证，货物是{ $qty_kg }公斤{ $product_short }。陈经理说：“一公斤茶都别先拼配，先对着合同把证审一遍。”请标出装运前必须要求改证的所有条款。
lc-review-inspection-fb = 软条款。这份证书只有申请人自己的人能出，而且签字必须与开证行的预留签字样本相符。他不来或者不签，你就无法做到相符交单，信用证形同废纸。合同约定的是CCIC或其他独立检验机构出证。
lc-review-operative-fb = 软条款。须待开证行日后通知进口许可证号才生效的信用证，根本还不是银行的付款承诺：什么时候生效、生不生效，全由申请人决定。
lc-review-shipment-fb = 信用证的最迟装运日({ $calendar_early })早于合同约定({ $calendar_ship })，也早于你的生产计划。晚于这一天装运就构成不符点(迟装运)，必须改成合同日期。
lc-review-available-fb = 确实有问题。这份信用证只能在卡萨布兰卡Atlas Mercantile银行柜台兑用，所以单据要送到摩洛哥才算交单，交到你在郑州的银行不算。应要求改为在中国的嵩山银行(或任何银行)以即期付款或议付方式兑用。
lc-review-expiry-fb = 确实有问题，而且和兑用地点连在一起。在Atlas Mercantile银行柜台到期，意味着单据必须在装运后21天内、并在{ $calendar_expiry }之前送到卡萨布兰卡(UCP 600第14条(c)款)；路上快递的每一天都算在你头上。应要求改为在中国、在兑用银行的柜台到期。
lc-review-presentation-fb = 装运后21天内、且在有效期内交单，是标准的交单期(UCP 600第14条(c)款)。不需要改，但安排时间时要算上单据送到交单地点所需的天数。
lc-review-transhipment-fb = 允许转运没有问题：青岛到卡萨布兰卡的航线常在地中海转船。就算禁止转运也拦不住你：依据UCP 600第20条(c)款(ii)项，只要提单表明货物装在集装箱内运输，表明转运的提单照样可以接受，除非信用证排除了该项。
lc-review-bl-fb = 指示抬头、空白背书的提单是常规要求：它可以转让，谁持有背书后的正本谁就控制货物，申请人付款前由银行持有。不需要改，但你的提单必须照此缮制和背书。
lc-review-confirmation-fb = 不保兑是常态。保兑防范的是开证行及其所在国的风险，防不了你做不到的条款。是否加保兑要另作决定，不属于改证。

lc-missed-text = 陈经理在你身后看了一遍信用证，皱起眉头：“照现在这样，你就敢发货？”
lc-missed-recheck = 和她一起对照合同，再把信用证逐条审一遍
lc-missed-recheck-fb = 回头复核是对的。必须修改的是：由申请人签字的检验证书、“日后通知方始生效”条款(两者都是软条款)；早于合同的最迟装运日；以及在卡萨布兰卡兑用和到期，这让快递时间占用了你的21天(UCP 600第14条(c)款)。
lc-missed-ship = 敢：信用证不可撤销，开证行也有名气，这些条款只是走个形式
lc-missed-ship-fb = 不可撤销只是说银行不能单方面撤销，它仍然只凭相符单据付款。单据只有申请人能出、本身又尚未生效的信用证，保护的只是申请人。

amend-how-text = 改证要点已经列好了。你怎么推动改证？
amend-how-applicant = 给Idrissi先生写一封信，逐项写明每处修改的确切措辞，请他指示Atlas；修改书到之前一律不发货
amend-how-applicant-fb = 正确。信用证只能由开证行应申请人要求修改，而且修改只有经你接受后才对你有约束力(UCP 600第10条)。一封信把所有修改和措辞说清楚(CCIC或SGS出具检验证书；删除“通知后生效”条款；最迟装运日改为{ $calendar_ship }；在中国兑用和到期)，可以避免第二轮改证的费用和延误。
amend-how-bank = 请通知信用证的嵩山银行替我们去和Atlas交涉改证
amend-how-bank-fb = 通知行只核对信用证表面真实性并转递，一个字也改不了。你白白耽误了一周，最后还是得给Idrissi先生写信，他也注意到了。
amend-how-later = 先接受信用证，保住这一季的进度；条款等到装运时、买家最急着要茶的时候，再和Idrissi先生谈
amend-how-later-fb = 到了装运时，茶已经包装好、船也订了，你手里就没有任何筹码了。软条款必须在投产前去掉，而不是之后。
amend-how-date-only = 只要求改装运日期：其他条款摩洛哥进口商向来都这么开
amend-how-date-only-fb = 这几处问题里，日期是最不危险的一处。保留申请人签字的检验证书和“通知后生效”条款，等于把能不能收到钱交给了申请人。

amend-reply-agree = Idrissi先生同意修改，已指示他的银行。他提醒说，Atlas Mercantile银行从不开在国外兑用的信用证：兑用和到期地点仍在卡萨布兰卡，快递时间要预先算进去。
amend-reply-partly = Idrissi先生同意修改装运日期、删除“生效”条款，但坚持检验证书要由他的代表Alaoui先生签字：“我们以前被骗过。”Atlas也不肯把信用证改为在国外兑用。
amend-reply-date = Idrissi先生同意修改装运日期，已指示他的银行。

amend-agreed-text = Idrissi先生说：“办好了，我已经给银行下了指示。请马上开工，旺季很短，修改书随后就到。”
amend-agreed-wait = 先拼配、包装；修改书通知到之前不订舱、不发货
amend-agreed-wait-fb = 正确。生产进度不耽误，保障也不放弃：只有修改书开出并经你接受，信用证才算改了。
amend-agreed-ship = 马上开工，茶一备好就发：他给银行的指示有据可查，修改书随后就到
amend-agreed-ship-fb = 修改书开出之前，适用的仍是原信用证，软条款和提前的装运日都还在。凭一句承诺发货，等于把谈下来的一切都扔掉了。
amend-agreed-freeze = 修改书到之前所有工作一律停下，一分钱都不冒险花
amend-agreed-freeze-fb = 安全，但没有必要这么慢，还让一个刚刚全盘答应你的买家不痛快。备货没有收款风险，修改书到之前发货才有。

amend-refused-text = Idrissi先生坚持检验证书由他的人签字。你怎么答复？
amend-refused-ccic = 提议由CCIC检验出证，请Alaoui先生到场监督
amend-refused-ccic-fb = 正确。他真正担心的是质量，让他到场参与独立检验，就回应了这个担心；你不能接受的是只有他那一方才能出具的单据。他嘟囔了几句，还是同意了。
amend-refused-accept = 接受他的条款：Alaoui先生已书面确认会来
amend-refused-accept-fb = 承诺不是单据。Alaoui先生一旦“有事耽搁”或者不肯签字，能不能收到钱就由买家说了算。
amend-refused-advance = 保留他的条款，但要求T/T预付30%货款，把风险敞口压下来
amend-refused-advance-fb = 预付款有帮助，但七成货款仍然取决于只有买家能控制的一个签字。它能减少损失，却拆不掉这个陷阱。

amendment-advice-text = 嵩山银行通知了第1号修改书，请你答复。
amendment-advice-accept = 通知嵩山银行：全部接受第1号修改
amendment-advice-accept-fb = 正确。通过通知行明确表示全部接受。“沉默即视为接受”的措辞本来就不予理会(UCP 600第10条(f)款)，接受修改对你毫无损失。
amendment-advice-partial = 接受修改内容，只拒绝“视为接受”那一句
amendment-advice-partial-fb = 对修改不允许部分接受，部分接受视为拒绝整个修改(UCP 600第10条(e)款)。你又回到了原信用证，软条款一条不少；而你反对的那一句，依据第10条(f)款本来就不予理会。
amendment-advice-silence = 不回复，五天后就算接受了
amendment-advice-silence-fb = “未拒绝即视为接受”的规定不予理会(UCP 600第10条(f)款)。你不发通知，接受与否只能等到你提交符合修改后条款的单据时才体现出来。这种不确定，一条消息就能避免。

inspection-booking-text = 茶叶6月可以装运。信用证要求的检验证书，你怎么安排？
inspection-booking-ccic = 约CCIC河南公司装运前一周检验，加做农残检测，每批留样
inspection-booking-ccic-fb = 正确。独立机构出证，提前预约以便发现问题还来得及处理，加做农残检测也让你在买方市场更有底气。留样是日后发生质量争议时的证据。
inspection-booking-own = 用本公司抬头出具质检证书：同一批茶、同一份化验结果，还省了检验费
inspection-booking-own-fb = 出证人不对就是不符点。陈经理拦住了你，你晚了一周才约CCIC，费用一分没省。
inspection-booking-buyer = 按买家的要求，等他的代表来访时检验
inspection-booking-buyer-fb = 你又把检验证书、也就是把收款的钥匙，交回了买方手里。

loading-no-inspector = 6月初：茶叶已经包装好，Alaoui先生却没有来信阳。Idrissi先生打来了电话。
loading-released = 6月：集装箱在青岛装船，报关单未被查验，顺利放行。
loading-inspected = 青岛海关“双随机”抽中了报关单(本练习中抽中查验的概率远高于真实口岸，是为了练习而调高的)。一天就查验放行，集装箱仍按订舱计划装船开航。

soft-trap-text = Idrissi先生说：“卡萨布兰卡行情跌了。如果你们同意降价15%，Alaoui先生就来签字。”没有他的签字，就不可能相符交单。
soft-trap-cut = 同意降价15%：有了他的签字，单据就相符，银行就付款
soft-trap-cut-fb = 软条款的作用就在这里：收款的钥匙握在申请人手里，价钱由他来开。本来5月就能删掉的一个条款，让你丢了15%的货款。
soft-trap-ship = 不带检验证书照样发货交单，再请Idrissi先生放弃这个不符点
soft-trap-ship-fb = 缺少规定证书的单据一定会被拒付，而申请人不会放弃一个他故意设下的不符点。货发出去了，钱却收不回来。
soft-trap-resell = 茶叶不发了，按合同价打八折卖给国内客户
soft-trap-resell-fb = 止损：损失两成，但茶叶不必押在一份付不付款全凭买家的信用证上发出去。真正的错误是5月份放过了软条款。

ta-open-text = 6月下旬，一笔信用保障订单出了问题。Kettle & Leaf于6月20日确认收货；今天，6月23日，Oliver Grant发起了退款申请。今天是纠纷第1天。
ta-open-reply = 当天在平台聊天工具里回复：请他拍下带批号的袋子和外箱，并检测我方该批次的留样
ta-open-reply-fb = 正确。回复及时、态度诚恳、留在平台上(聊天记录就是证据)，并且要的是事实：批号、外箱状况、存放条件。检测自己的留样，就能判断问题出在茶叶本身还是运输途中。
ta-open-whatsapp = 今天就用WhatsApp给他打电话：语音沟通比平台留言更快平息投诉
ta-open-whatsapp-fb = 平台外的聊天记录在信用保障纠纷中很难作为证据，买家也可能觉得你在回避。协商要留在国际站的聊天工具里。
ta-open-refund = 马上全额退款9,600美元：退得快，评分和买家的好感都保住了
ta-open-refund-fb = 一个事实都没了解，就退掉了整单货款。如果只是部分货物受损，全额退款等于奖励了一个本可以抗辩的索赔，还会招来下一个。
ta-open-wait = 三天协商期先不出声，把我方的全部理由都留给只看证据的平台纠纷处理团队，由他们去裁决
ta-open-wait-fb = 在三天直接协商期里保持沉默，错过了低成本和解的机会，也会在你的记录上留下不良印象。买家会升级纠纷，你再去争辩时已经没有多少好感可用了。

ta-offer-text = 证据档案已经备好。你给Oliver提什么方案？
ta-offer-fair = 退还漏气的60袋的货款，用检测结果说明其余货物合格，再向我方货运保险索赔
ta-offer-fair-fb = 正确。DAP布里斯托条件下，交货前风险一直在你(Incoterms 2020：DAP)，运输损失应由你向买家弥补，再向保险公司追偿。其余部分的索赔没有证据支持。
ta-offer-half = 现在就提出退一半货款，赶在平台介入之前把这件事彻底了结
ta-offer-half-fb = 十分之一的货物受损，却退了一半货款。大概能结案，但花的钱是证据所支持金额的五倍，还等于告诉买家：索赔就有钱拿。
ta-offer-insurer = 拒绝：纸箱是在运输途中被压坏的，这明明是船公司的问题，要赔也该找船公司，与我方无关
ta-offer-insurer-fb = DAP条件下，货物在布里斯托交付之前风险都由卖方承担(Incoterms 2020)。受损的袋子应由你向买家负责，再向保险公司追偿，而不是推给买家。Oliver升级了纠纷，平台也会这么认定。
ta-offer-close-first = 请Oliver先关闭退款申请，我们再去了解情况、拿出方案
ta-offer-close-first-fb = 什么方案都没提，就要买家先放弃自己的保障，信任荡然无存。他一有机会就会升级纠纷。

ta-escalation-half = Oliver接受了50%的方案，关闭了退款申请。退款4,800美元。
ta-escalation-settled = Oliver接受了对60袋受损茶叶的退款，还感谢你提供了检测结果。
ta-escalation-fair-day4 = Oliver仍然要求全额退款：第4天，他申请阿里巴巴国际站介入。
ta-escalation-day4 = 第4天：Oliver申请平台介入，仍然要求全额退款。
ta-escalation-day7 = Oliver没有再回复。第7天，系统自动将纠纷提交平台介入。

ta-platform-text = 第2天。Oliver的照片显示批号为MJ-2504-11。60箱里有6箱被压坏，箱内60袋漏气，其余袋子密封完好。你的留样检测正常：水分6.2%，香气和叶底与合同一致。陈经理说：“给他提方案之前，先把这起纠纷适用的规则和我们的金额写清楚。”
ta-platform-escalate = 买家从纠纷第几天起可以申请平台介入？
ta-platform-escalate-right = 正确：先有3天直接协商，买家从第4天起可以申请平台介入。
ta-platform-escalate-wrong = 经过3天直接协商后，买家从第4天起可以申请平台介入。
ta-platform-auto = 系统在第几天自动升级？
ta-platform-auto-right = 正确：双方未达成一致的，第7天自动升级。
ta-platform-auto-aliexpress = 第16天是速卖通(B2C平台)的规则。国际站信用保障在第7天自动升级。
ta-platform-auto-wrong = 系统在第7天自动升级。
ta-platform-coverage = 买家确认收货后多少天保障期结束？
ta-platform-coverage-right = 正确：30天。Oliver 6月20日确认收货，6月23日提出索赔，完全在保障期内，没有必要争辩索赔超期。
ta-platform-coverage-wrong = 信用保障在买家确认收货后30天结束。这起索赔是收货后第3天提出的。
ta-platform-refund = 证据所支持的退款金额(美元)
ta-platform-refund-right = 正确：600袋中的60袋，即9,600美元的十分之一，960美元。有证据支撑的具体金额，才是调解员能够采纳的。
ta-platform-refund-half = 十分之一的货物受损却退一半，证据不支持。600袋中60袋受损：960美元。
ta-platform-refund-full = 全额退款等于承认了全部索赔；证据只支持600袋中的60袋：960美元。
ta-platform-refund-wrong = 金额要和证据挂钩：600袋中60袋受损，即9,600美元的十分之一，960美元。

ta-evidence-text = 陈经理说：“趁材料都在手边，现在就把证据档案整理好。”标出所有能支持你一方的证据，其他的不要选。
ta-evidence-inspection-fb = 要：独立机构在装运前对这一批次的检验，证明茶叶出厂时符合合同。
ta-evidence-photos-fb = 要：每箱都能看到批号、真空袋完好的装货照片，证明损坏发生在货物离开你之后。
ta-evidence-chat-fb = 要：平台聊天记录显示买家确认过样品和规格，正好回应“陈旧”“货不对版”的说法。
ta-evidence-bl-fb = 要：无批注的清洁已装船提单，证明装船时纸箱外表状况良好。
ta-evidence-review-fb = 去年订单的好评说明不了这一批货的情况，只会让材料显得杂乱。
ta-evidence-brochure-fb = 宣传用语不是证据，“最好的毛尖”反而让人追问这一批为什么不好。
ta-evidence-garden-fb = 茶园照片与MJ-2504-11批次及其装货时的状况毫无关系。
ta-evidence-wechat-fb = 关于礼盒颜色的平台外聊天与本案无关，还暴露了你把沟通转到了平台之外。

ta-gap-text = 陈经理看了你的档案：“还不能说明货物装运时的状况，以及买家确认过什么。”
ta-gap-add = 在提任何方案之前，把装货照片、他确认样品的聊天记录和清洁提单补进档案
ta-gap-add-fb = 补齐证据是对的。有力的证据组合是：该批次的CCIC检验报告、带批号的装货照片、平台上确认规格的聊天记录、清洁提单：平台依据期限内提交的证据裁决。
ta-gap-argue = 档案越短越好：留样的检测结果本身就足以说明问题，材料一多，反而把重点冲淡了
ta-gap-argue-fb = 调解员看的是证据，不是谁的嗓门大；自己留样的一次检测，说明不了装货时纸箱的状况。材料有缺口，就会对你不利。

ta-settled-text = Oliver说：“60袋退960美元，很公道。你们怎么付？”这笔信用保障订单上的退款申请还开着。
ta-settled-platform = 通过这笔信用保障订单退款960美元，让退款申请在平台上关闭
ta-settled-platform-fb = 正确。部分退款本身就是信用保障纠纷的一种处理结果：在订单上退款，申请就按双方商定的金额结案并留有记录，既在30天保障期内，也赶在第7天自动升级之前。
ta-settled-transfer = 今天就电汇960美元给他，请他自己撤回退款申请
ta-settled-transfer-fb = 钱到了他手里，但平台上没有任何记录把这笔钱和退款申请联系起来。他忘了撤回，申请在第7天自动升级，你的记录上多了一起本来已经和解的纠纷。
ta-settled-credit = 在他下一单的货款里抵扣960美元，这笔退款还能顺便带来一张返单
ta-settled-credit-fb = 他要的是退款，不是代金券。申请一直开着，第7天自动升级，平台照样裁定退款960美元；你的记录上多了一起败诉的纠纷。

ta-deadline-text = 纠纷处理团队要求你在周五18:00前提交证据，还有两天。该批次的CCIC检验报告是关键证据，但正本在信阳办公室，快递要三天。
ta-deadline-scan = 今天就上传报告扫描件，注明CCIC验证编号
ta-deadline-scan-fb = 正确。证据必须在期限内提交，否则你这一方的抗辩即告失效，平台只能依据现有材料裁决(信用保障规则：逾期不提交证据，抗辩失效)。可验证的扫描件按时提交有效，迟到的正本无效。可以说明如有需要再提供正本。
ta-deadline-original = 从信阳快递正本过来：平台看重正本报告，扫描件分量不够
ta-deadline-original-fb = 正本到的时候已经过了期限。逾期提交的证据不予采纳，你的抗辩失效了。
ta-deadline-extension = 请纠纷处理团队宽限三天，等正本到了再把所有材料一起上传
ta-deadline-extension-fb = 能不能延期不由你说了算。期限内什么都没交，你的抗辩失效了。

ta-ruling-lapsed = 你没有在期限内提交证据：平台裁定全额退款9,600美元，并记入你的纠纷记录。
ta-ruling-split = 你的证据不完整，平台折中裁定：退款50%。
ta-ruling-refused = 平台认定DAP条件下运输损失由卖方承担：对受损袋子退款960美元，驳回其余索赔，并因你拒绝承担本属自己的责任而在记录上留下一笔。
ta-ruling-partial = 平台依据证据裁定：对受损袋子退款960美元，驳回其余索赔。
ta-ruling-withdrawn = 看到你的证据后，Oliver接受960美元的退款，撤回了其余索赔，还要了下一季的报价单。

july-cut = 7月：同意降价15%之后，Alaoui先生签了字，单据相符了，Atlas Mercantile银行按降价后的金额付了款。
july-resold = 7月：茶叶按合同价八折卖给了国内客户。Maison Nour已经另找了供应商。
july-doomed = 7月：Atlas Mercantile银行拒付，理由是缺少Alaoui先生签字的检验证书。Maison Nour不肯放弃这个不符点。
july-presented = 7月。你忙着处理纠纷的时候，同事周敏提交了信用证单据。货代因为一笔有争议的运费扣着正本提单，放单后她匆匆忙忙就把单据寄了出去。

docs-check-text = Atlas Mercantile银行的答复随时会到。请对照修改后的信用证审核所交单据，标出所有真正的不符点，而且只标这些。
docs-late-fb = 迟交单。{ $faults_late_shipment ->
        [true] { $calendar_onboard_late }装船，单据应在21个日历日内、即{ $calendar_pres_late }前
       *[other] { $calendar_onboard }装船，单据应在21个日历日内、即{ $calendar_pres }前
    }、并在有效期内提交(UCP 600第14条(c)款)。嵩山银行{ $calendar_handed }就收到了单据，本来来得及；但信用证在Atlas柜台兑用和到期，交单日以Atlas收到单据的{ $calendar_received }为准。这就是5月审证时兑用和到期地点值得标出的原因。这一点换什么单据都无法补救。
docs-amount-fb = 发票金额({ $invoice_amount })超过信用证金额({ $lc_value })。那{ $charges }费用从来不在信用证范围内；银行可以拒收超额发票，也绝不会付超过信用证金额的款项(UCP 600第18条(b)款)。
docs-goods-fb = “绿茶，{ $cartons }箱”是概括性描述。除商业发票外，其他单据可以使用与信用证不矛盾的统称描述货物(UCP 600第14条(e)款)。
docs-extra-fb = 信用证没有要求卫生证书。未要求的单据不予理会，可以退还交单人(UCP 600第14条(g)款)。不构成不符点。
docs-address-fb = 发票上写的是申请人的仓库地址和电话。地址只要在同一国家，就不必与信用证一致，联络方式不予理会(UCP 600第14条(j)款)。
docs-packing-gross-fb = { $faults_weight ->
        [true] 装箱单的{ $gross_kg }公斤与发票一致，对不上的是提单，不符点在提单上。
       *[other] 装箱单毛重{ $gross_kg }公斤，与发票和提单都一致，没有矛盾。
    }
docs-onboard-fb = { $calendar_onboard }早于最迟装运日{ $calendar_ship }，装运是及时的。问题出在{ $calendar_days_late }天后的交单。

docs-missed-text = Atlas Mercantile银行的通知到了，里面列出了你没有标出的不符点。陈经理问你怎么看。
docs-missed-recheck = 和她一起，对照信用证和所交单据，逐条核对银行列出的不符点
docs-missed-recheck-fb = 核对是对的。真正的不符点是：第一份通知里的迟交单(第14条(c)款)和发票金额超证，以及第二份通知里的两点；每一个都能从单据表面看出来。
docs-missed-dismiss = 把它当作银行的开价：银行什么鸡毛蒜皮的小问题都列上，最后通常还是会付款
docs-missed-dismiss-fb = 银行只看单据表面，这些不符点都是实实在在的。银行拒付后，只有申请人放弃不符点才会付款；对它们视而不见，你和买家交涉时就站错了位置。

art16-text = 两份通知都在你面前。Atlas Mercantile银行周一至周五营业，这几周摩洛哥没有公共假日。请依据UCP 600第16条判断你的处境。
art16-deadline = Atlas Mercantile银行最迟应在7月几日发出拒付通知？(填日期数字)
art16-deadline-right = 正确：交单日次日起第五个银行工作日营业结束前(UCP 600第14条(b)款、第16条(d)款)。{ $calendar_received }({ $calendar_received_wd })收单，第1至5个银行工作日是7月{ $calendar_bd1 }、{ $calendar_bd2 }、{ $calendar_bd3 }、{ $calendar_bd4 }和{ $calendar_bd5 }日。
art16-deadline-wrong = 从交单日的次日起算五个银行工作日，交单当天不算，跳过周末：7月{ $calendar_bd1 }、{ $calendar_bd2 }、{ $calendar_bd3 }、{ $calendar_bd4 }、{ $calendar_bd5 }日。期限是7月{ $calendar_deadline }日营业结束(UCP 600第14条(b)款、第16条(d)款)。
art16-valid = 银行列出的四个不符点中，它能援引几个？
art16-valid-right = 正确：两个。第一份通知({ $calendar_notice1 })在期限内，列出了迟交单和发票超额。第16条(c)款和(d)款要求在第五个银行工作日营业结束前一次性通知全部不符点；第二份通知({ $calendar_notice2 })两条都不满足，所以依据第16条(f)款，银行无权再援引其中的两点。
art16-valid-all = 第二份通知里的两个不符点确实成立，但银行是在5个银行工作日之后才提出的。第16条(c)款和(d)款要求在期限内一次列明全部不符点；随之而来的是第16条(f)款：银行不得再援引。只剩两个。
art16-valid-none = 第一份通知没有超期，其中两个不符点也都成立。第二份通知迟了，并不能使第一份有效的拒付作废。还剩两个。
art16-valid-wrong = 两个，即及时发出的第一份通知中的两个。第二份通知中的不符点提出得太晚，也不在那一次性的通知里(第16条(c)、(d)、(f)款)。
art16-waiver = 银行去征求申请人放弃不符点，能多出几个银行工作日？
art16-waiver-right = 正确：一天也没有。银行可以联系申请人放弃不符点，但这不能延长5个银行工作日的期限(UCP 600第16条(b)款)。
art16-waiver-wrong = 一天也没有。征求申请人放弃不符点，不延长第14条(b)款规定的期限(UCP 600第16条(b)款)。
art16-max-pay = 如果Maison Nour同意放弃不符点，Atlas Mercantile银行最多付多少(美元)？
art16-max-pay-right = 正确：{ $lc_value }，即信用证金额。银行即使接受超额发票，付款也不得超过信用证允许的金额(UCP 600第18条(b)款)。那{ $charges }无论如何都收不回来。
art16-max-pay-invoice = 发票写的是{ $invoice_amount }，但银行付款绝不超过信用证金额(UCP 600第18条(b)款)：最多{ $lc_value }。
art16-max-pay-wrong = 最多为信用证金额{ $lc_value }(UCP 600第18条(b)款)，还要扣除银行的不符点费。

refusal-reply-text = 银行持单等待Maison Nour放弃不符点，茶叶下周就到卡萨布兰卡。陈经理问：“我们发什么，发给谁？”
refusal-reply-waiver = 告诉Atlas第二份通知太迟、不能算数；坦诚请Idrissi先生放弃两个成立的不符点，按信用证金额结算
refusal-reply-waiver-fb = 正确。第二份通知不符合在五个银行工作日内一次性通知的要求(UCP 600第16条(c)、(d)款)，所以银行无权援引其中的不符点(第16条(f)款)。但两个成立的不符点只能靠申请人放弃来解决，所以你坦诚相求，并附上证明茶叶符合合同的CCIC证书。按{ $lc_value }结算，金额这一点也就不成问题了。
refusal-reply-void = 要求全额付款：一份通知误了期限的银行，就丧失了全部拒付权
refusal-reply-void-fb = 迟发的只是第二份通知。第一份及时发出，其中的不符点也成立，没有申请人放弃，银行不欠你一分钱；而你刚刚得罪了最需要的那个买家。
refusal-reply-discount = 马上向Idrissi先生提出：只要放弃不符点就降价10%，让货款赶在茶叶之前到账
refusal-reply-discount-fb = 还没开口求人，就先把{ $discount10 }摆上了桌。一个旺季急等用茶的买家，通常凭一封诚恳的信和替他承担银行费用就会放弃不符点；你先提降价，等于给他的“放弃”定了价。
refusal-reply-represent = 请Atlas退回单据，改正两份通知里的每一处问题，赶在{ $calendar_expiry }信用证到期之前重新提交一套干净的单据
refusal-reply-represent-fb = 改好的单据照样是在装运21天之后提交(UCP 600第14条(c)款)，而且要快递到卡萨布兰卡，连{ $calendar_expiry }的到期日都赶不上。重新交单补救不了迟交单，只有申请人放弃不符点才行。

waiver-granted = Idrissi先生同意放弃不符点。Atlas Mercantile银行付款{ $lc_value }，扣除不符点费150美元。
waiver-haggle = Idrissi先生愿意放弃不符点，但说“行情跌了”，要降价5%。
waiver-refused = Idrissi先生拒绝放弃不符点。Atlas Mercantile银行退回单据，茶叶滞留在卡萨布兰卡港，买家不肯提货。

after-waiver-text = 钱到账了。Idrissi先生来信：“这次我帮了你们。下一单，我希望收到不需要我放弃不符点的单据。”
after-waiver-letter = 向他致谢并说明改进：开船后5天内取回正本，每套单据都核对，第15天前交单
after-waiver-letter-fb = 正确。买家刚帮了你一个忙，他应该得到一个解释和改进方案，而不是沉默。具体的核对流程让他相信下一次交单会是干净的。
after-waiver-silent = 简单回一句谢谢，接着做下一单
after-waiver-silent-fb = 礼貌是礼貌，却没有回应他的担心。他为帮你而放弃了不符点，还要求下次单据干净；只道谢不改进，等于告诉他什么都不会变。
after-waiver-blame = 解释说是货代扣着正本提单不放才造成了延误，而且我们已经换了一家货代
after-waiver-blame-fb = 延误确实是货代造成的，但发票金额和银行提出的其他问题都是你们自己的错误。推卸责任，只会让人觉得下次还会出问题。

waiver-haggle-text = Idrissi先生要降价5%({ $haggle5 })才肯放弃不符点。茶叶已经在卡萨布兰卡，他旺季正等着用。
waiver-haggle-counter = 还价1%，替他承担银行费用，并指出CCIC证书证明货物合格
waiver-haggle-counter-fb = 正确。不符点出在单据上，不在茶叶上，而他又急需这批货。一个有理有据的小让步就能了结，不必假装行情因为你们晚交单就变了。
waiver-haggle-accept = 接受5%：几天内就能收到钱，关系也不伤
waiver-haggle-accept-fb = 为了一个他为提货本来就得给的“放弃”，你付出了{ $haggle5 }。先有理有据地还价。
waiver-haggle-refuse = 一分不降：银行第二份通知迟了，反正它都得全额付款
waiver-haggle-refuse-fb = 银行可以援引第一份通知中的两个不符点；没有他的放弃，你什么都拿不到。他一走了之，茶叶困在了卡萨布兰卡。

close-clean = 季度结账：两个买家的货款都已收回，信用评分毫发无损。
close-losses = 季度结账：钱收回来了，但比本该收到的少。

end-clean = 两笔生意都圆满收款。发货前就去掉了信用证的软条款，信用保障索赔凭证据了结，一次迟交单也因为你吃透了第16条、清楚银行的处境而化险为夷。
end-losses = 钱收回来了，但一路上也送出去不少：折扣、退款，或者信用评分。算是通过，但有损失。
end-unpaid = 茶叶到了卡萨布兰卡，钱却没有回到信阳。没有相符的单据，也没有申请人放弃不符点，信用证一分钱也不会付。
end-softclause = 你在5月放过的软条款，让Maison Nour握住了主动权：要么降价，要么丢掉这笔生意。软条款要在投产前识破，否则就来不及了。

ta-reply-text = 纠纷第1天。请在阿里巴巴国际站聊天工具里用英文回复Oliver。他要求全额退款9,600美元；目前你手上还没有任何事实，无法判断问题出在哪一方。请确认收到他的索赔，说明你需要看到什么，提出如何查明事实，并遵守订单条款，写明订单号。
ta-reply-acknowledge = 确认收到索赔，并感谢买方提出
ta-reply-acknowledge-fb = 用感谢和明确的“已收到”来回应索赔，能让三天的直接协商(信用保障：买方从第4天起可以升级纠纷)保持为协商，而不是对抗。
ta-reply-no-liability = 在证据到齐之前不承认责任，也不承诺退款
ta-reply-no-liability-fb = 信用保障纠纷的结果是退款、部分退款、退货退款或赔偿，依据提交的证据决定。第1天就说“我们承担全部责任”或“我们全额退款”，等于在弄清是茶叶、包装还是运输的问题之前，就让出了全部9,600美元。
ta-reply-inspection = 提议由独立(或双方共同)检验货物
ta-reply-inspection-fb = 在布里斯托对货物做独立检验，能查明哪些货物受损、损失多少，形成平台纠纷团队可以采信的证据；同时也让买方看到你认真对待索赔，而不是承认索赔。
ta-reply-evidence = 要求提供证据：能看到批号和外箱的照片，或检验报告
ta-reply-evidence-fb = 带批号(MJ-2504-11)和外箱的照片能把损坏和这票货对应起来，并看出是茶叶问题还是运输问题。信用保障纠纷依据在平台期限内提交的证据处理。
ta-reply-order = 提到订单号或批号，并且不把运输损坏推给承运人
ta-reply-order-fb = 订单是DAP布里斯托(Incoterms 2020)：货物在布里斯托交货之前的风险由你方承担，所以对买方说“这是船公司的问题”是错的(你方向保险人追偿，而不是向买方)。写明订单2504-88213或批号，回复就与信用保障订单对应起来。
ta-reply-tone = 语气：礼貌、冷静、就事论事，既不辩解推诿，也不过度道歉以致构成承认
ta-reply-tone-0 = 辩解、指责或生硬(怀疑买方诚信、归咎承运人)，或卑躬屈膝的道歉读来像承认责任
ta-reply-tone-1 = 有礼貌但生硬或空泛；买方看不出接下来会怎样、什么时候
ta-reply-tone-2 = 礼貌、冷静；对给买方带来的麻烦表示遗憾但不承认过错，说明需要他提供什么、你方提议怎么做、何时答复

# 参数化(第12号议题)：抽取的货物、单据和不符点
wd-mon = 星期一
wd-tue = 星期二
wd-wed = 星期三
wd-thu = 星期四
wd-fri = 星期五
goods-first = 信阳毛尖绿茶，2025年春茶，一级，250克听装
short-first = 一级春季毛尖(听装)
wrong-first = 信阳毛尖绿茶，2025年春茶，二级，250克听装
goods-second = 信阳毛尖绿茶，2025年春茶，二级，散装
short-second = 二级春季毛尖
wrong-second = 信阳毛尖绿茶，2025年夏茶，二级，散装
goods-broken = 信阳毛尖绿茶，2025年产，袋泡茶用碎茶
short-broken = 袋泡茶用毛尖碎茶
wrong-broken = 信阳毛尖绿茶，2024年产，袋泡茶用碎茶
contract-price = { $lc_value } CPT卡萨布兰卡(Incoterms 2020)
goods-invoice-wrong = { $product_wrong }，净重{ $qty_kg }公斤，每公斤{ $unit_price }，CPT卡萨布兰卡(Incoterms 2020)
weight-net = { $qty_kg }公斤
weight-gross = { $gross_kg }公斤
pl-marks = MN/CASA/1-{ $cartons }
field-endorsement = 背书(提单背面)
bl-endorsement = 信阳集云茶业有限公司空白背书(在提单背面签字盖章)
bl-onboard-late = { $calendar_onboard_late }已装船
bl-gross-wrong = { $qty_kg }公斤
bl-not-endorsed = 无：提单背面空白
bl-freight-collect = 运费到付
pl-cartons-wrong = { $cartons_wrong }箱，每箱净重{ $product_net_ctn }公斤
bl-marks-wrong = MN/TANGER/1-{ $cartons }
fault-late-shipment-fb = 迟装运。提单装船批注日期是{ $calendar_onboard_late }，晚于信用证最迟装运日{ $calendar_ship }，而装船批注日期即视为装运日(UCP 600第20条(a)款(ii)项)。银行只凭单据判断，这份提单就表明装运迟了。
fault-goods-fb = 发票上的货物描述是“{ $product_wrong }”，信用证写的是“{ $product_name }”。商业发票上的货物描述必须与信用证相符(UCP 600第18条(c)款)；只有其他单据才可以用统称(第14条(e)款)。
fault-weight-fb = 提单毛重{ $qty_kg }公斤，其实是净重；装箱单和发票上的毛重是{ $gross_kg }公斤。不同单据中的数据不必完全一致，但不得矛盾(UCP 600第14条(d)款)。
fault-endorsement-fb = 信用证要求指示提单空白背书，这份提单却没有背书。指示提单要凭背书转让，没有背书，银行就无法把货权转出去：缺少背书是不符点(UCP 600第14条(a)款：单据表面必须相符)。
fault-consignee-fb = 信用证要求提单做成指示抬头，这份提单却直接以Maison Nour为收货人：记名提单不能转让，银行对货物就没有任何担保，而且数据与信用证矛盾(UCP 600第14条(d)款)。
fault-port-fb = 信用证规定的装运港是青岛，提单上却是连云港。提单必须表明货物从信用证规定的装运港装运(UCP 600第20条(a)款(iii)项)，数据也相互矛盾(第14条(d)款)。
fault-freight-fb = 信用证要求提单注明“运费预付”(CPT条件下运费由卖方支付)，这份提单却写着“运费到付”。数据与信用证矛盾(UCP 600第14条(d)款)。
fault-cartons-fb = 装箱单写的是{ $cartons_wrong }箱，发票和提单都是{ $cartons }箱。不同单据中的数据不必完全一致，但不得矛盾(UCP 600第14条(d)款)。
fault-marks-fb = 提单唛头(MN/TANGER/...)与装箱单唛头(MN/CASA/...)矛盾，好像这批货要运往丹吉尔。不同单据中的数据不得矛盾(UCP 600第14条(d)款)。
art16-deadline-day4 = 这是把交单当天算作第1天。五个银行工作日从交单日({ $calendar_received })的次日起算：7月{ $calendar_bd1 }、{ $calendar_bd2 }、{ $calendar_bd3 }、{ $calendar_bd4 }和{ $calendar_bd5 }日，期限是7月{ $calendar_deadline }日营业结束(UCP 600第14条(b)款、第16条(d)款)。
art16-deadline-cal5 = 五个日历日不等于五个银行工作日：周末不算。{ $calendar_received }之后的第1至5个银行工作日是7月{ $calendar_bd1 }、{ $calendar_bd2 }、{ $calendar_bd3 }、{ $calendar_bd4 }和{ $calendar_bd5 }日，期限是7月{ $calendar_deadline }日营业结束(UCP 600第14条(b)款、第16条(d)款)。
