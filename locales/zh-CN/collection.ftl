title = 托收：河南出口企业的付款交单、承兑交单与信保
summary = 向伊斯坦布尔的经销商以跟单托收方式出口河南产品：选择付款方式，弄清URC 522下银行的角色，信保信用限额，提单与托收指示，以及一位不再付款的买方。

var-cash = 业务预算
var-days_lost = 耽误天数
var-trust = 买方好感度

speaker-kaya = Emre Kaya先生，Demir Dis Ticaret采购总监（伊斯坦布尔）
speaker-sun = 孙燕女士，你们公司的财务与信用经理
speaker-guo = 郭磊先生，货代（青岛）

doc-contract = 销售合同（伊斯坦布尔订单）
doc-limit = 信保买方信用限额（批复通知）
doc-bl = 提单（货代草稿）
doc-instruction = 托收指示（提交托收行的草稿）
field-contract-no = 合同号
field-contract-date = 合同日期
field-quantity = 数量（箱）
field-unit-price = 单价（每箱，CFR伊斯坦布尔）
goods-bearings = 深沟球轴承6204-2RS和6306-2RS，出口纸箱包装
short-bearings = 轴承
air-bearings = 400公斤6306轴承
equip-bearings = 两个40尺柜
goods-wigs = 真人发蕾丝前额假发，每个出口纸箱12顶
short-wigs = 假发
air-wigs = 60公斤蕾丝前额假发
equip-wigs = 一个20尺柜
goods-moxa = 艾条和艾绒卷，每箱16袋，每袋500克
short-moxa = 艾制品
air-moxa = 300公斤艾条
equip-moxa = 一个40尺高柜
field-seller = 卖方
field-buyer = 买方
field-goods = 货物
field-amount = 金额
field-delivery = 交货
field-limit = 信用限额
field-limit-term = 承保的支付方式
field-cover = 赔付比例
field-limit-from = 生效日期
limit-term = { $term ->
        [dp_usance] 远期付款交单，见票后{ $usance }天（D/P { $usance } days after sight），海运，指示提单经银行流转
        [da] 承兑交单，见票后{ $usance }天（D/A { $usance } days after sight），海运
        [oa] 赊销，提单日后{ $usance }天（O/A）
       *[other] 即期付款交单（D/P at sight），海运，指示提单经银行流转
    }
limit-from = { $dates_limit_from }；此日期前出运的货物不在承保范围内
field-bl-shipper = 托运人
field-bl-consignee = 收货人
field-bl-notify = 通知方
field-bl-route = 装货港、卸货港、箱型箱量
field-bl-freight = 运费
field-bl-originals = 正本提单及交付（货代备注）
bl-route = Qingdao, China to Ambarli, Istanbul; { $product_bl_equipment }
bl-originals = 三份（3）：两份交托运人经银行寄单，一份快递给Demir Dis Ticaret以便尽快清关
field-ci-principal = 委托人（出票人）
field-ci-remitting = 托收行
field-ci-collecting = 代收行兼提示行
field-ci-drawee = 付款人
field-ci-amount = 托收金额
field-ci-documents = 随附单据
ci-documents = 汇票（1份）、全套指示提单（3/3）、商业发票（3份）、装箱单（2份）、原产地证书（1份）
ci-documents-short = 汇票（1份）、商业发票（3份）、装箱单（2份）、原产地证书（1份）
field-ci-endorsement = 提单背书
ci-endorsement = 由托运人空白背书
ci-endorsement-none = 未背书
field-ci-goods = 货物发给（提单收货人）
ci-goods = 凭指示（指示提单）
ci-blank = （未填写）
field-ci-release = 交单条件
ci-release = { $term ->
        [dp_usance] 远期付款交单（D/P），见票后{ $usance }天
        [da] 承兑交单（D/A），见票后{ $usance }天
       *[other] 即期付款交单（D/P at sight）
    }
field-ci-rules = 适用规则
ci-rules = 遵循《托收统一规则》（国际商会第522号出版物，URC 522）
field-ci-charges = 代收行费用
ci-charges = 由付款人承担

terms-text = Kaya先生与你们合作两年，一直是30%电汇预付款、70%凭提单副本付款，从未拖欠。这笔{ $amount }的订单，他要求改为承兑交单{ $usance }天，以缓解资金压力；在你们的信保国别风险表中，土耳其属于中等风险。经理想留住这个客户，但不愿独自承担他的信用风险。你提出哪种支付方式？
terms-dp-sight = 即期付款交单：他付清货款后，伊斯坦布尔的银行才把单据交给他
terms-dp-sight-fb = 对熟悉的买方、中等风险的国家，这是合适的折中：比信用证便宜，而且指示提单留在银行，买方付款前货物仍在你的控制之下（付款交单：先付款，后交单）。按卖方风险排序：电汇预付 < 信用证 < 付款交单 < 承兑交单 < 赊销。
terms-dp-usance = 远期付款交单，见票后{ $usance }天，让他得到想要的账期，银行在他付款之前不放单
terms-dp-usance-fb = 听起来两全其美，但单据要在银行放到到期日，货物只能压在港口，买方其实用不上这段账期；URC 522第7条也不鼓励付款交单使用远期汇票。可行，但不是最佳答案。
terms-da = 按他的要求做承兑交单{ $usance }天，两年来他按时付款，是可靠的买方
terms-da-fb = 承兑交单下，买方承兑汇票后银行即放单：他提走货物，你手里只剩他的付款承诺，完全是买方信用风险。已承兑的汇票并不等于有保障的付款。对卖方而言，它的风险仅次于赊销：有与之匹配的信保承兑交单限额时可以做，但对一个可以做付款交单的买方，不是最佳答案。
terms-oa = 提单日后{ $usance }天赊销，对老客户来说最简单的支付方式
terms-oa-fb = 赊销是卖方风险最大的支付方式：货物和单据都交给了买方，你只能等。对好客户，有赊销方式的信保信用限额时可以做（孙燕接下来就去申请）；没有限额，这{ $amount }全凭买方的信用。对一个可以做付款交单的买方，不是最佳答案。

agents-text = 你们的销售经理对Kaya先生说：“只要走你们的银行，银行就保证付款。”孙燕请你为销售团队的托收培训写一句话。写哪一句？
agents-agent = 银行只是我们的代理人：按指示转递单据，没有哪家银行承诺付款
agents-agent-fb = 正确：根据URC 522，托收行和代收行只作为代理人行事，不承担付款责任，也不为寻找指示而审核单据。信用风险仍在买方，所以信保信用限额至关重要。当事人（第3条）：委托人（你方）、托收行、代收行（提示行）、付款人（买方）。
agents-guarantee = 代收行一旦接受了托收，就欠我们这笔钱，所以这次信保可以不买了
agents-guarantee-fb = 典型错误：代收行并不保证付款。URC 522下银行只作为代理人，不承担付款责任；买方不付款，银行什么也不欠你。不投保，这{ $amount }就全部没有保障。
agents-automatic = 反正所有托收都适用URC 522，托收指示里不写也行
agents-automatic-fb = 只有托收指示写明时，URC 522才适用（第1条、第4条）。不写，银行的责任就取决于当地法律和惯例；每份托收指示都要写明“遵循URC 522”。
agents-accepted = 承兑交单下他一旦承兑了汇票，这笔债就和银行担保一样稳妥可靠
agents-accepted-fb = 把已承兑的汇票当作有保障的付款，是常见错误：承兑只是买方自己承诺到期付款，没有任何银行作保，而且此时货物已在他手里。

limit-text = 孙燕已按你提出的支付方式，向中国信保申请了Demir Dis Ticaret的买方信用限额；批复通知已在你桌上，但生效日期是下周的{ $dates_limit_from }。Kaya先生希望三天后、{ $dates_sail }就开船。你怎么办？
limit-wait = 告诉Kaya先生，货物改装限额生效日后的第一班船，并按限额载明的支付方式出运
limit-wait-fb = 正确：买方信用限额必须在出运前生效，并与支付方式一致；在限额生效日之前出运，或以其他支付方式出运，都不在承保范围内。推迟几天只损失一些好感，却保住了{ $amount }的保障。
limit-backdate = 按原计划三天后开船，限额一批下来，就连已经在海上的这批货物也一并承保
limit-backdate-fb = 信用限额只承保生效之后的出运，不能追溯：在限额生效日之前出运的货物没有保障，不管之后批下什么。
limit-declare = 先出运，事后再向信保申报这票货，因为正是申报才把它纳入承保的
limit-declare-fb = 每票出运都必须申报，但申报并不能为限额生效之前的出运创造保障；那票货物仍然没有保障。
limit-deposit = 先收30%电汇预付款后立即出运，这样在限额生效前只有尾款有风险
limit-deposit-fb = 预付款有帮助，这也是合理的谨慎，但70%的尾款仍在限额生效日之前出运，因而没有保障；多等几天就能全额承保。

route-oa = 赊销下单据直接寄给Kaya先生，没有银行代收，所以不需要准备托收用的提单和托收指示。
route-collection = 接下来准备托收的货运单据。
transport-text = 郭磊问：这票{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }的货，{ $product_equipment }从青岛到安巴尔勒，提单怎么做？
transport-order = 做成凭托运人指示的指示提单，由我们空白背书后经银行寄单
transport-order-fb = 正确：指示提单可以转让，谁持有背书后的正本，谁就控制货物。空白背书后经银行流转，只有买方{ $term ->
        [da] 承兑汇票才能拿到：这正是承兑交单的意义所在。
       *[other] 付款才能拿到：这正是付款交单的意义所在。
    }
transport-straight = 做记名提单，收货人写Demir Dis Ticaret，方便买方的报关行立即清关
transport-straight-fb = 托收下做成以买方为收货人的记名提单（不可转让）是常见错误：承运人可以向记名收货人交货，货物就脱离了托收的控制。名为{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }，实为赊销风险，不在{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }限额的承保范围内。
transport-bank = 提单收货人写伊斯坦布尔的代收行，这样在他付款之前货物归银行
transport-bank-fb = 未经银行事先同意，货物不得发给银行（URC 522第10条）。空白背书的指示提单同样能让你控制货物，又不把银行卷进货物中。
transport-direct = 做指示提单，但三份正本中一份直接快递给Kaya先生，以便加快清关
transport-direct-fb = 把正本提单直接寄给买方，等于在他{ $term ->
        [da] 承兑汇票
       *[other] 付款
    }之前把物权凭证交到他手里：托收下提单直寄买方就是赊销风险，不在{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }限额的承保范围内。每一份正本都应经银行流转。
bl-check-text = 开船前，郭磊把提单草稿发给你确认。请标出在{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }托收下必须修改的每一栏。
bl-consignee-fb = 有误：收货人应为“TO ORDER”（或“凭托运人指示”），而不是买方；正本由你方空白背书后交银行。以Demir Dis Ticaret为收货人是记名提单，买方不{ $term ->
        [da] 承兑汇票
       *[other] 付款
    }也能提货。
bl-originals-fb = 有误：每一份正本都应经银行流转。快递一份正本给买方，等于在他{ $term ->
        [da] 承兑汇票
       *[other] 付款
    }之前把物权凭证交到他手里：托收下提单直寄买方就是赊销风险，不在{ $term ->
        [da] 承兑交单
       *[other] 付款交单
    }限额的承保范围内。
bl-notify-fb = 不是不符点：通知方写买方很正常；承运人通知他货到，但通知方对货物没有任何权利。
bl-freight-fb = 不是不符点：CFR（《2020年国际贸易术语解释通则》）下运费由你方支付，“运费预付”是对的。
bl-slipped = 提单草稿里的错误没改就签发了。在伊斯坦布尔，Demir Dis Ticaret不{ $term ->
        [da] 承兑汇票
       *[other] 向银行付款
    }也能提货：要么他是记名收货人，要么他手里有直寄给他的正本。

instruction-text = 托收行的经办人替你填好了托收指示，等你签字。请标出每一个填错或漏填的栏目。
ci-drawee-fb = 有误：付款人应是要付款的买方Demir Dis Ticaret Ltd. Sti.，而不是他的报关行。URC 522第3条把付款人列为当事人：即被提示单据的一方。
ci-documents-fb = 有误：清单漏了全套指示提单，而它才是控制货物的单据。托收指示必须列明随附的每一份单据：付款交单或承兑交单下，只有每一份正本提单都经银行流转，货物才在控制之中；提单直寄买方就是赊销风险。
ci-release-fb = 有误：托收指示必须写明付款交单还是承兑交单。两者都不写时，单据只凭付款交付，但别让银行去猜：写明{ $term ->
        [dp_usance] “远期付款交单，见票后{ $usance }天”
        [da] “承兑交单，见票后{ $usance }天”
       *[other] “即期付款交单”
    }。
ci-rules-fb = 有误：只有托收指示写明时，URC 522才适用（第1条、第4条）。写上“遵循URC 522”。
ci-collecting-fb = 不是不符点：由买方选定代收行很常见；它按你的指示作为你的代理人行事。
ci-goods-fb = 有误：未经银行事先同意，货物不得发给银行（URC 522第10条），而Anadolu Ticaret Bankasi并未同意。空白背书的指示提单同样能让你通过单据控制货物。
ci-endorsement-fb = 有误：指示提单应由你方（托运人）空白背书后交银行（空白背书的指示提单，才能让托收始终控制货物）。指示提单可以转让：正是你的空白背书，让付款人在{ $term ->
        [da] 承兑汇票
       *[other] 付款
    }之后能凭它提货。
ci-amount-fb = 有误：托收金额应是合同金额{ $amount }，以美元计；经办人把它换算成了{ $amount_eur }。按URC 522，银行按你的托收指示办事，不为寻找指示而审核单据，所以会按错误的币种和金额向付款人收款。
ci-charges-fb = 不是不符点：代收行费用由谁承担是商业安排，由付款人承担很常见。

declare-text = 孙燕正在安排每月向中国信保的出运申报。本月你们还凭提单副本电汇收款、向同一买方发了两小批货，另有一票付款交单的货发往波兰买方。你申报哪些出运？
declare-every = 保单项下的每一票出运都申报，无论买方是谁、支付方式如何
declare-every-fb = 正确：每票出运都要申报。承保和保费都以申报为依据；漏报会削弱日后的索赔。（具体申报期限以你方保单为准，请在保单中核对。）
declare-collections = 只报有账期的几票，电汇那两批已凭副本收款，没什么风险
declare-collections-fb = 已收款的批次风险很小，但规则是保单项下每票出运都要申报；申报不全会给保险人留下拒赔的理由。
declare-worried = 只报本月我们心里没底的买方，让保费花在真正有风险的地方
declare-worried-fb = 挑着申报是常见错误：每票出运都要申报。只报有风险的，正是这条规则要防止的做法，而未申报的出运没有保障。
declare-overdue = 暂时都不报，等哪个买方逾期了再申报，好省下保费
declare-overdue-fb = 买方逾期后才申报的出运，从来就没有被承保：每票出运都应随出随报，而不是等损失出现之后。

voyage-on-time = 船按期抵达安巴尔勒；{ $term ->
        [oa] Demir Dis Ticaret凭你方直寄的单据清关提货。
       *[other] 伊斯坦布尔的银行向Demir Dis Ticaret提示了单据。
    }
voyage-late = 安巴尔勒港拥堵，船在锚地等了四天，{ $term ->
        [oa] Demir Dis Ticaret才得以清关提货。
       *[other] 银行才得以提示单据。
    }

switch-text = Kaya先生来信说，货就要到了，下一单希望“像朋友之间那样”{ $term ->
        [oa] 把赊销从{ $usance }天延长到{ $usance_longer }天
       *[other] 做60天赊销
    }。你怎么回复？
switch-limit = 可以，等信保批下该支付方式的信用限额再说；之前仍按现在的方式
switch-limit-fb = 正确：信用限额必须与支付方式一致，下一单换新的支付方式，需要在出运前就新方式重新获批。不告知信保就改变支付方式是常见错误，那票出运将没有保障。
switch-quietly = 下一单同意他的条件；限额是针对这个买方的，不管用什么支付方式都承保
switch-quietly-fb = 常见错误（典型就是把付款交单改成赊销而不告知信保）：限额只承保其载明的支付方式；下一票以其他方式出运，没有保障。改条件不影响本票原来的状况。
switch-refuse = 拒绝：我们只做现在这种支付方式，对任何买方都不破例
switch-refuse-fb = 安全，也比无保障出运好；但配有匹配信用限额的新支付方式，本是留住好客户的正常做法，一口回绝白白损失了好感。
switch-declare = 同意，下一票开船时按他要的方式向信保申报就行了
switch-declare-fb = 仅仅申报是不够的：限额必须在出运前就该支付方式生效。货物开船后才申请，下一票出运没有保障。

air-text = Kaya先生的一个客户急等{ $product_air }。他请你在海运货物途中，按即期付款交单把这批货空运到伊斯坦布尔。
air-oa-limit = 把这批空运货当作赊销风险：向信保申请赊销限额，或者先收款再起飞
air-oa-limit-fb = 正确：航空运单从来不可转让，航空公司向收货人交货，所以空运下的付款交单就是赊销风险。申请赊销方式的信用限额，或在发运前收款。
air-dp = 按付款交单空运，航空运单照提单的做法经银行寄单
air-dp-fb = 常见错误：航空运单不控制货物；无论收货人是否已向银行付款，航空公司都会向他交货。这里的“付款交单”什么也保护不了，这批空运货也不在任何付款交单限额之内。
air-bank = 空运，航空运单收货人写代收行，由银行在他付款后放货
air-bank-fb = 未经银行同意，货物不得发给银行（URC 522第10条）；从未同意的伊斯坦布尔银行不会替你清关或保管{ $product_short }。
air-sea = 婉拒空运，提出把这批货物加到下一票海运货里
air-sea-fb = 避开了航空运单的陷阱{ $term ->
        [da] {""}
        [oa] {""}
       *[other] （付款交单下货物仍在指示提单控制之下）
    }，但你丢掉了一笔本可以用赊销限额或预收货款来保障的急单。

maturity-refused = { $term ->
        [dp_sight] 单据提示时，Kaya先生拒绝付款赎单：“市场跌了，我们要降价20%。”代收行发来拒付通知。
        [dp_usance] 到期日Kaya先生没有支付汇票：“市场跌了，我们要降价20%。”单据仍在银行，银行发来拒付通知。
        [da] 到期日Kaya先生已承兑的汇票未获支付：“市场跌了，我们要降价20%。”货物他早已提走；银行发来拒付通知。
       *[other] 到期日Kaya先生没有付款：“市场跌了，我们要降价20%。”货物和单据都在他手里。
    }
maturity-silent = { $term ->
        [dp_sight] 提示单据十天后，代收行通知Demir Dis Ticaret既未付款也未答复。Kaya先生不再接电话。
       *[other] 到期十天后，Demir Dis Ticaret既未付款也未答复。Kaya先生不再接电话。
    }
report-text = Demir Dis Ticaret没有付款。在信保这边你怎么做？
report-now = 立即向信保报告逾期，并附上{ $term ->
        [oa] 未付发票和我们的催款记录
       *[other] 代收行的拒付通知
    }
report-now-fb = 正确：立即报告逾期。可能损失通知书或索赔提交过晚，可能导致赔付被扣减甚至拒赔。具体期限以你方保单为准；现在就报，无论哪个期限都来得及。
report-wait = 给Kaya先生一个月时间调度资金，先别拿这事去麻烦保险人
report-wait-fb = 对买方很体贴，对自己很危险：可能损失通知过晚，可能导致赔付被扣减甚至拒赔。可以继续和他沟通，但逾期要立即报告。
report-claim = 等损失确定之后，再把全部材料一次性提交给信保索赔
report-claim-fb = 可能损失通知书要先报，而且要立即报；索赔在后。等到损失确定再说，正是可能导致赔付被扣减或拒赔的迟报。
report-bank = 先请{ $term ->
        [oa] 我们的银行
       *[other] 代收行
    }替我们催收，银行催不回来再告诉信保
report-bank-fb = 银行是你的代理人，不是你的催收公司，也不承担付款责任。一边让银行去催、一边不告诉保险人，就是在酿成迟报。

dunning-text = 用英文写信给代收行Anadolu Ticaret Bankasi（抄送Kaya先生）。合同HY-DR-2611项下{ $amount }的单据已经提示，至今未付款。说明事实和金额、单据的状况（付款交单）、你方不放弃任何权利，以及接下来会怎样。（作答语言为英文。）
route-held = 单据连同指示提单仍在代收行。
route-owed = { $term ->
        [da] Demir Dis Ticaret已凭承兑取走单据，货物到手已经几个月。
        [oa] 赊销下货物和单据都已直接交给Demir Dis Ticaret。
       *[other] Demir Dis Ticaret已经拿到货物：提单让货物在未付款的情况下被提走。
    }
dunning-facts = 说明事实：合同或托收，以及未付金额，且金额正确
dunning-facts-fb = 信中必须写明什么未付、金额多少：合同HY-DR-2611项下的全额{ $amount }。写成别的数字（信保可能赔付的{ $cover }，或让价后的金额），等于让对方对债务本身提出争议。
dunning-held = 说明单据在付款前留在银行（付款交单），不提出不付款放单
dunning-held-fb = 付款交单下，单据连同指示提单只凭付款交给付款人。凭承诺、凭承兑或“先让他清关”放单，就把付款交单变成了没有保障的赊销。
dunning-rights = 不放弃任何权利：全额仍然应付，保留一切权利
dunning-rights-fb = 写明全额仍应支付，并保留你方权利。一句放弃、注销或接受折让的话，既削弱你对买方的债权，也削弱保险人赔付后的追偿。
dunning-next = 说明接下来会怎样：在某日前付款，或下一步（指示银行、保险人、货物）
dunning-next-fb = 写明下一步：在规定时间内付款，否则你方将就单据和货物向银行发出指示，并与保险人一起行动。银行只按你的指示办事。
dunning-tone = 语气：坚定、就事论事、礼貌；给付款留有余地
dunning-tone-0 = 威胁、冒犯或哀求；或者含糊到银行和买方都不知道要求的是什么
dunning-tone-1 = 礼貌但生硬或啰嗦；要求或期限不易找到
dunning-tone-2 = 坚定而礼貌：事实、要求和期限清楚，买方仍能体面地付款

owed-text = 用英文写信给Demir Dis Ticaret的Kaya先生{ $term ->
        [oa] {""}
       *[other] （抄送代收行Anadolu Ticaret Bankasi）
    }。合同HY-DR-2611项下{ $amount }的{ $product_short }已在他手里，至今未付款{ $term ->
        [da] ：他承兑的汇票已经到期
        [oa] ：赊销发票已经到期
       *[other] {""}
    }。说明事实和金额、货物已在他手里{ $term ->
        [da] 且汇票经他承兑、这笔债务是他自己的承诺
       *[other] {""}
    }、你方不放弃任何权利，以及接下来会怎样。（作答语言为英文。）
owed-facts = 说明事实：合同以及未付金额，且金额正确
owed-facts-fb = 信里必须写明未付什么、多少：合同HY-DR-2611项下的全额{ $amount }。写错数字（信保可能赔付的{ $cover }，或打折后的金额），等于让债务本身成了争议。
owed-owed = 说明现状：货物已在他手里{ $term ->
        [da] 、汇票已经他承兑
       *[other] {""}
    }，款项现在就应付；不给新的付款期限
owed-owed-fb = { $term ->
        [da] 承兑交单下，他凭承兑取走了单据：已承兑的汇票是他本人到期付款的承诺，而到期日已过。写明这一点，不要给新的到期日；已承兑的汇票并不等于有保障的付款，只是他的承诺：完全是买方信用风险。
        [oa] 赊销下，货物和单据自出运起就在他手里，发票已经到期。写明这一点，不要给新的到期日：款项现在已经逾期，信里不能有任何相反的暗示。
       *[other] 货物已在他手里，银行的单据已保护不了你：写明款项现在就应付，不要给新的到期日。
    }
owed-next = 说明下一步：限期付款，或下一步行动（保险人、法律行动）
owed-next-fb = 写明下一步：限期付款，逾期未付，你方将与保险人信保一起行动，并采取进一步措施。货物已经放走，你手里只剩债权和保障。

refused-text = 单据仍在代收行，{ $product_short }压在安巴尔勒港，堆存费不断产生。银行问单据怎么处理。
refused-instruct = 指示银行继续持有单据，并与信保商定转卖或退运货物
refused-instruct-fb = 正确：银行只按你的指示办事，所以要及时给出指示：按付款交单继续持有单据，保全货物，并与保险人商定转卖或退运。拒付会让货物滞留国外；拖得越久，代价越大。
refused-release = 指示银行凭Demir Dis Ticaret 60天内付款的书面承诺把单据交给他
refused-release-fb = 不付款就放单，是唯一无法挽回的一步：付款交单变成了对已违约买方的赊销，而这一变更从未投保。
refused-wait = 先交给银行处理：按URC 522，银行会一直保管单据，直到买方付款
refused-wait-fb = 银行只作为代理人、只按指示行事；拒付通知之后得不到指示，银行可能把单据退回，而港口的堆存费一直在涨。
refused-guarantee = 要求代收行作为接受托收的银行，把这笔钱付给我们
refused-guarantee-fb = 代收行没有承担付款责任（URC 522：银行只作为代理人）。要求它付款，只会让货物在港口多耽误几天。

reorder-text = 两周后，Kaya先生发来一份30,000美元的新订单，说是“为了重建合作”，要求承兑交单60天。第一票货仍未付款。
reorder-hold = 逾期款结清前不再发任何货，并把新订单告知信保
reorder-hold-fb = 正确：已到手的货都没付款的买方，不该再给他赊货。不论保单措辞如何，继续出运只会加大对已知违约的敞口；要让保险人知情。
reorder-ship = 按承兑交单发出新订单，做成新生意才是让他付清旧账的最好办法
reorder-ship-fb = 向逾期买方继续出运是常见错误：新的一票在同一个违约上增加敞口，而且用的是风险最大的托收方式。
reorder-advance = 只接受100%电汇预付款的新订单，旧账另行处理
reorder-advance-fb = 对新货是安全的，因为他先付款；但这把逾期当成了另一回事。先解决旧账并告知信保，再接新生意。

claim-text = 中国信保要一个初步估算。如果从买方和货物上都追不回任何款项，对未付的{ $amount }，保单最多赔付多少？哪一部分由你方自己承担？（以美元计；限额通知在屏幕上。）
claim-indemnity = 信保最多赔付（美元）
claim-indemnity-right = 正确：赔付最高为损失的{ $cover }，即{ $expected }。
claim-indemnity-full = 指望100%赔付是常见错误：赔付比例最高{ $cover }，所以最多{ $expected }，其余由你方自担。
claim-indemnity-wrong = 你填的是{ $entry }；最多为{ $expected }：损失乘以{ $cover }的赔付比例。
claim-retained = 你方自担部分（美元）
claim-retained-right = 正确：未承保的{ $uncovered }，即{ $expected }，由你方自担，这也是保险人希望你继续向买方追讨的原因。
claim-retained-zero = 绝不会是零：赔付最高{ $cover }，从来不是100%，所以{ $expected }由你方自担。
claim-retained-wrong = 你填的是{ $entry }；你方自担{ $expected }：损失减去赔付。
step-amount = 未付金额
step-cover = 赔付比例
step-indemnity = 未付金额 × 赔付比例
step-retained = 未付金额 − 赔付

wrapup-lost = 货物在未付款的情况下到了Demir Dis Ticaret手里，放走它的单据或支付方式不在任何信用限额的承保范围内。
wrapup-stranded = 单据虽在手，但这票货没有在其支付方式下生效的限额，或没有申报，不在承保范围内。
wrapup-cut = 中国信保收到的可能损失通知书太晚，正在审查是否扣减赔付。
wrapup-indemnified = 买方始终没有付款。由于逾期立即报告、这票货在承保范围内，中国信保赔付了索赔。
wrapup-recovered = 面对一封坚定的信、留在银行的单据和已知情的保险人，Demir Dis Ticaret付清了全款。

later-lots = { $air_unpaid ->
        [true] 另外，那批空运货按形同虚设的“付款交单”交给了他：没有保障，至今也未付款。
       *[other] {""}
    }{ $next_uninsured ->
        [true] 他的下一单所用的支付方式没有任何限额承保：从开船那天起就没有保障。
       *[other] {""}
    }
end-recovered = 全额收回。单据留在银行，保障已经生效，逾期立即报告；那封坚定的信完成了剩下的事。{ later-lots }
end-indemnified = 有损失，但有保障：信保赔付了未付余额的{ $cover }以内。其余部分由你方自担。{ later-lots }
end-cut = 逾期报告太晚。信保可能扣减赔付甚至拒赔；接下来是几个月的争议。{ later-lots }
end-stranded = 没有保障：{ $product_short }滞留伊斯坦布尔，亏本转卖，也没有赔付可以依靠。{ later-lots }
end-lost = 买方拿到了{ $product_short }，你手里只有他的承诺。没有哪家银行欠你钱，这样放走的货物也没有保障。{ later-lots }
