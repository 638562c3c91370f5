title = 原产地：郑州出口企业的原产地证书与关税优惠
summary = 在郑州一家水泵企业的原产地岗位工作一周：给哈萨克斯坦和德国提供哪种证书，审核一份中国—东盟原产地证书（Form E），比较Form E与RCEP，判断RCEP优惠是否真正享有（区域价值成分40%、累积、品目改变、微小含量），谁能签原产地声明，背对背原产地证明，以及一次原产地核查。

var-cash = 岗位预算
var-days_lost = 耽误天数
var-trust = 客户信任度

speaker-li = 李静女士，郑州嵩岳泵业有限公司出口经理
speaker-seitkali = Arman Seitkali先生，TOO Dala Su Tekhnika采购（阿拉木图）
speaker-becker = Jonas Becker先生，Elbe Pumpen GmbH采购（汉堡）
speaker-santoso = Budi Santoso先生，PT Tirta Makmur Teknik总经理（雅加达）
speaker-sato = 佐藤由纪女士，Naniwa Mizu Kiki K.K.进口经理（大阪）
speaker-zhou = 周航先生，上海恒通贸易有限公司（日本市场销售代理）
speaker-tan = Tan Wei Ming先生，Merlion Flow Pte Ltd（新加坡）

doc-invoice = 商业发票（雅加达订单）
doc-fe = Form E申请（销售部草稿）
doc-tariff = 印度尼西亚对HX-60税号的进口关税（买方报关行提供）
doc-bom200 = 原产地资料：发往大阪的HX-200批次
doc-bom90 = 原产地资料：发往大阪的HX-90批次
field-invoice-no = 发票号
field-invoice-date = 发票日期
field-seller = 卖方
field-buyer = 买方
field-goods = 货物
field-quantity = 数量及包装
field-amount = 金额
invoice-quantity = { $id_pcs } pcs in { $id_ctn } cartons, G.W. { $id_gw } kg
invoice-amount = { $id_pcs } pcs at { $id_unit } = { $id_amount } FOB Qingdao, Incoterms 2020
field-fe-exporter = 第1栏：出口商
field-fe-consignee = 第2栏：收货人
field-fe-transport = 运输方式及路线
field-fe-goods = 唛头、包装及货物描述
field-fe-quantity = 数量及包装件数
fe-quantity = { $id_pcs } pcs in { $id_ctn } cartons
fe-quantity-wrong = { $id_pcs_wrong } pcs in { $id_ctn } cartons
field-fe-weight = 毛重
fe-weight = { $id_gw } kg G.W.
field-fe-criterion = 原产地标准
fe-criterion = { $rvc60 }% (regional value content)
fe-criterion-wrong = { $rvc60_swap }% (regional value content)
field-fe-invoice-no = 发票号
field-fe-invoice-date = 发票日期
field-tariff-line = 税号
field-tariff-mfn = 最惠国税率（无优惠）
field-tariff-acfta = 中国—东盟自贸协定税率（凭Form E）
field-tariff-rcep = RCEP对中国货物的税率
tariff-line = 电动水泵，HX-60型，按买方报关行的归类
doc-file60 = 原产地资料：HX-60（我司原产地岗位）
field-file60-origin = 原产资格
file60-origin = HX-60同时符合中国—东盟自贸协定和RCEP对该税号的规则
field-file60-rvc = 区域价值成分（即Form E的原产地标准）
file60-rvc = { $rvc60 }%
field-bom-lot = 批次
field-bom-fob = 该批FOB价值
field-bom-rule = 产品特定原产地规则（RCEP，品目8413）
field-bom-steel = 不锈钢泵壳和叶轮，郑州用中国钢材铸造（原产材料）
field-bom-motors = 韩国电机，附韩国厂商的RCEP原产地证书
field-bom-seals = 德国机械密封，无原产地证明
field-bom-controls = 美国压力控制器（品目9032）
field-bom-formula = 计算方法
field-bom-rvc = 区域价值成分（已计算）
field-bom90-controls = 非原产材料：美国电子控制器（品目9032）
field-bom90-impellers = 非原产材料：德国叶轮（品目8413，泵的零件）
field-bom90-rest = 原产部分：向河南厂家采购的中国原产材料，以及人工、管理费用和利润
bom200-lot = HX-200型电动水泵{ $qty200 }台（品目8413），FOB青岛
bom90-lot = HX-90型电动水泵{ $qty90 }台（品目8413），FOB青岛
bom90-rvc = { $rvc90 }%
bom-rule = 区域价值成分40%（RVC40）或品目改变（CTH）
bom-formula = 区域价值成分 =（FOB价值 − 非原产材料价值）÷ FOB价值 × 100

kazakh-text = 周一。李经理让你这一周负责原产地业务。第一封邮件来自阿拉木图：{ $kz_pcs }台HX-60水泵将经阿拉山口铁路出境。Seitkali先生写道："我们的报关行要一份能让中国货物关税最低的证书。你们寄哪一种？"
kazakh-mfn = 中哈之间没有自贸协定，水泵按最惠国税率缴税；如果对方海关要求，我们提供非优惠原产地证书
kazakh-mfn-fb = 正确。哈萨克斯坦与中国没有自贸协定。2018年5月17日签署的中国—欧亚经济联盟经贸合作协定是非优惠安排；欧亚经济联盟已于2021年10月12日把中国移出其普惠制名单。所以适用最惠国税率，只能提供证明原产地、不减关税的非优惠原产地证书。
kazakh-forme = 开Form E：2018年的中国—欧亚经济联盟协定让哈萨克斯坦也享受亚洲优惠，阿拉木图海关把凭Form E进口的中国货物当作东盟贸易对待
kazakh-forme-fb = Form E属于中国—东盟自贸协定，哈萨克斯坦不是东盟成员。2018年5月17日签署的中国—欧亚经济联盟协定是非优惠安排，不减关税。这份Form E在阿拉木图会被拒绝，耽误三天，也消耗了客户的耐心。
kazakh-rcep = 开RCEP原产地证书：RCEP是2022年生效的亚洲大型协定，覆盖中国周边国家，给中国机械产品本地区最低的税率
kazakh-rcep-fb = RCEP成员是东盟十国加中国、日本、韩国、澳大利亚、新西兰，哈萨克斯坦不在其中，RCEP证书在那里没有任何作用。报关行退回后再次询问，耽误三天。
kazakh-gsp = 开普惠制证书：欧亚经济联盟仍给予中国这样的发展中国家低于最惠国税率的机械产品关税
kazakh-gsp-fb = 欧亚经济联盟已于2021年10月12日把中国移出普惠制名单，中国货物在哈萨克斯坦没有普惠制优惠。也没有自贸协定，所以适用最惠国税率；应提供非优惠原产地证书。

forma-text = 周二。汉堡的Becker先生订了{ $de_pcs }台HX-60水泵，写道："我们的货代说有普惠制Form A的话欧盟关税更低。请随单据寄一份。"
forma-nonpref = 说明中国已不再签发输欧盟的Form A，没有普惠制优惠，并提出提供非优惠原产地证书
forma-nonpref-fb = 正确。根据海关总署公告2021年第84号，自2021年12月1日起，对输往欧盟、英国、加拿大、土耳其、乌克兰和列支敦士登的货物不再签发Form A，出口商改为提供非优惠原产地证书。它证明原产地但不减关税；说清楚能让对方货代免于一次注定失败的申报。
forma-apply = 申请Form A：对方货代了解欧盟海关，费用不高，汉堡海关也许对水泵仍给旧的普惠制税率
forma-apply-fb = 自2021年12月1日起，中国签证机构不再对欧盟、英国、加拿大、土耳其、乌克兰、列支敦士登签发Form A（海关总署公告2021年第84号）。申请被退回，来回邮件耽误四天。应改为提供非优惠原产地证书。
forma-rcep = 改寄RCEP原产地证书：它是中国最新的优惠原产地证书，取代了旧的Form A
forma-rcep-fb = RCEP是其十五个亚太成员之间的协定，德国和欧盟不在其中，RCEP证书在汉堡没有作用。这批水泵在欧盟没有任何优惠：应提供非优惠原产地证书（海关总署公告2021年第84号已停止签发输欧盟的Form A）。
forma-none = 告诉他对欧盟已不再使用原产地证书，纸箱和发票上的"中国制造"就是证明
forma-none-fb = 没有优惠这一点没错（海关总署公告2021年第84号，自2021年12月1日起不再签发输欧盟的Form A），但这个答复是错的：非优惠原产地证书仍然存在，欧盟进口方海关可能要求提供；纸箱上的"中国制造"不是原产地证书。Becker先生的货代只好再问一次。

issuer-text = 阿拉木图和汉堡两边现在都要非优惠原产地证书。李经理问："去哪里申请？"
issuer-both = 海关或贸促会都可以：两者都签发非优惠原产地证书，本周哪个窗口快就去哪个
issuer-both-fb = 正确。海关和中国国际贸易促进委员会（贸促会）都签发原产地证书；自2022年1月1日起，贸促会也签发RCEP原产地证书和背对背原产地证明。选更快的窗口是合理做法。
issuer-ccpit = 只能去贸促会：海关只签发优惠原产地证书，非优惠的一律由贸促会签发
issuer-ccpit-fb = 贸促会确实签发非优惠原产地证书，所以你拿到了证书，但这条规则是错的：海关也签发，而且自2022年1月1日起贸促会也签发RCEP证书。坚持只去一个窗口，排队多耽误了一天。
issuer-customs = 只能去海关：商会出具的证书只是民间文件，国外海关可以不予认可
issuer-customs-fb = 海关确实签发非优惠原产地证书，所以你拿到了证书，但贸促会的证书同样有效：海关和贸促会都签发，且自2022年1月1日起贸促会也签发RCEP证书。坚持只去一个窗口，排队多耽误了一天。
issuer-letterhead = 都不用：我们在公司抬头纸上打印一份原产地声明，由出口经理签字盖章，还不花钱
issuer-letterhead-fb = 原产地证书由签证机构（海关或贸促会）签发，不由出口商自己出具。公司抬头纸上的声明不是原产地证书，两家买方的报关行都退了回来，要求重新提供。

fe-check-text = 周三。雅加达的PT Tirta Makmur订了{ $id_pcs }台HX-60水泵。销售部按自己的资料起草了Form E申请。请对照发票和我司原产地资料审核，标出递交海关前必须修改的每一栏。
fe-consignee-fb = 不是不符点：第2栏与发票是同一买方PT Tirta Makmur Teknik，只是写了完整街道地址。这是印度尼西亚的买方，没有香港或台湾的中间商，符合新版Form E的要求（海关总署公告2019年第136号）；信息更详细不等于矛盾。
fe-transport-fb = 不是不符点：水泵按FOB青岛成交，从青岛海运到雅加达，路线写得完全正确。
fe-weight-fb = 不是不符点：毛重与发票一致，{ $id_ctn }箱共{ $id_gw }千克。
slip-exporter-fb = 新版Form E（海关总署公告2019年第136号，2019年8月20日起）第1栏必须是中国出口商，即郑州嵩岳泵业；第1、2栏不得出现香港或台湾的中间商。草稿把我们的香港公司填了进去。
slip-invoice-no-fb = 发票号是{ $inv_no }，草稿写成了{ $inv_no_wrong }。Form E必须注明与货物对应的那张发票，否则印度尼西亚海关无法把证书与这批货对上。
slip-invoice-date-fb = 发票日期是{ $inv_date }，草稿写成了{ $inv_date_wrong }。Form E必须注明与货物对应的那张发票（号码和日期），否则印度尼西亚海关无法把证书与这批货对上。
slip-goods-fb = 发票卖的是HX-60型，草稿写成了HX-90型。证书必须描述发票上的货物，否则证明的是别的货物的原产地。
slip-quantity-fb = 发票是{ $id_ctn }箱共{ $id_pcs }台，草稿写成{ $id_pcs_wrong }台。Form E必须与发票数量一致，否则印度尼西亚海关无法把证书与这批货对上。
slip-criterion-fb = 我司原产地资料中HX-60的区域价值成分是{ $rvc60 }%，草稿的原产地标准写成{ $rvc60_swap }%，两位数字颠倒了。原产地标准一栏必须写资料能证明的{ $rvc60 }%：原产地资料是证书背后的依据，而{ $rvc60_swap }%是资料里没有的数字。
fe-slipped = 草稿带着你没改的内容递交了海关，Form E按草稿签发。

compare-text = Santoso先生来电："我的报关行说RCEP是最新、最好的协定。我们是不是该用RCEP证书代替Form E？"附件是报关行提供的该税号税率表。
compare-forme = 继续用Form E：报关行的表里该税号中国—东盟为{ $acfta }，RCEP为{ $rcep }，两项规则我们都符合
compare-forme-fb = 正确。RCEP税率并不总是低于中国—东盟自贸协定税率，要逐个税号比较。这里报关行的表格显示，凭Form E为{ $acfta }，RCEP为{ $rcep }，而我司原产地资料表明HX-60两项规则都符合，所以Form E能为买方省下相当于完税价格{ $rcep_gap }的关税。
compare-rcep = 按报关行的建议改用RCEP：它是更新、覆盖范围更广的协定，现在本地区大多数买家都要这种证书
compare-rcep-fb = 新的不等于便宜。该税号在报关行自己的表格里RCEP为{ $rcep }，中国—东盟自贸协定为{ $acfta }，改用RCEP让Santoso先生多缴相当于完税价格{ $rcep_gap }的关税。RCEP税率并不总是低于中国—东盟自贸协定税率：先比较再选择。
compare-none = 寄非优惠原产地证书，让他按最惠国税率{ $mfn }缴税：优惠证书的手续容易招来查询
compare-none-fb = 非优惠原产地证书只证明原产地，优惠原产地证书（Form E、RCEP）才减关税。HX-60符合规则，凭Form E税率为{ $acfta }；放弃已经享有的优惠让买方按最惠国税率{ $mfn }缴税，对谁都没有好处；正确的Form E本身没有风险。

jakarta-refused = 周五。雅加达海关拒绝了这份Form E：草稿中没改正的错误没能通过海关对照发票和证书规则的核对。除非提供有效证书，否则要按最惠国税率缴税。Santoso先生打来电话。
jakarta-slipped = 周五。带着错误的Form E这次在雅加达通过了；以后的核查仍可能查出来。
jakarta-cleared = 周五。雅加达凭你选的证书顺利进口。

refusal-text = Santoso先生："我们海关要么要有效证书，要么要全额关税。你们打算怎么办？"
refusal-replace = 道歉，说清楚错在哪里，并向郑州海关原产地窗口询问如何换发一份正确的Form E
refusal-replace-fb = 这是稳妥的出路：讲明错误，回到签证机构改正。Form E必须与所列发票一致，第1栏必须是中国出口商，第1、2栏不得出现香港或台湾中间商（新版证书，海关总署公告2019年第136号）。这花了几天和一笔费用，而在草稿阶段改正本来不花任何成本。
refusal-hk = 用我司抬头纸致函雅加达海关，说明货物与发票相符、差异只是笔误，请其接受这份Form E
refusal-hk-fb = 这是在为错误辩护。Form E必须与所列发票一致，并符合新版证书的要求（海关总署公告2019年第136号：第1栏为中国出口商，第1、2栏不得出现香港或台湾中间商）；出口商的说明函改变不了证书。雅加达海关维持拒绝，Santoso先生又耽误了一周。
refusal-pay = 让他先全额缴税把水泵提走，差额我们在他下一单里抵扣，不再折腾单证
refusal-pay-fb = 货是提走了，但等于用我们的钱替买方缴税，证书的错误也没改。Form E必须与发票一致并符合新版证书的要求（海关总署公告2019年第136号）：应在签证机构改正。

osaka-text = 下一周。大阪的佐藤女士通过我们的上海代理订了{ $qty200 }台HX-200和{ $qty90 }台HX-90，两批都要求RCEP优惠。李经理把两份原产地资料交给你。你先怎么答复佐藤女士？
osaka-rule = 我们按该品目的原产地规则逐个型号核算物料清单，一天内确认
osaka-rule-fb = 正确。优惠要逐个型号去"挣"：按该品目的产品特定原产地规则（这里是RVC40或CTH）用物料清单核算，才能下结论。没核算就答应，或者没核算就拒绝，都是猜。
osaka-made-here = 两批都可以：都是在我们郑州工厂组装的，按RCEP就是中国原产货物
osaka-made-here-fb = 含进口零件的货物，仅在中国组装并不当然构成RCEP原产。必须符合该品目的规则（这里是RVC40或CTH），并且资料能证明。佐藤女士今天很满意，遇到核查就不会了。
osaka-imported = 两批都不行：电机、密封件和控制器都是进口的，按RCEP这些水泵不算中国原产
osaka-imported-fb = 有进口零件不等于不能原产。RCEP的产品特定原产地规则（这里是RVC40或CTH）正是为含外国材料的货物设的，而且其他RCEP成员的原产材料可以累积计为原产（第3.4条）。先核算再拒绝。

rvc-text = HX-200批次。用原产地资料中的数据核算是否符合RVC40。电机由韩国厂商的RCEP原产地证书证明原产。
rvc-vnm = 非原产材料价值（美元）
rvc-vnm-right = 正确：只有德国密封件和美国控制器是非原产材料。韩国电机附有RCEP原产地证书，按累积规则（RCEP第3.4条）计为原产材料；郑州铸造的泵壳本身就是原产材料。
rvc-vnm-korea = 你把韩国电机算成了非原产材料。按RCEP累积规则（第3.4条），由韩国厂商RCEP证书证明的另一成员原产材料计为原产。非原产材料只有密封件和控制器：{ $expected }。
rvc-vnm-all = 你把全部材料都算进去了。郑州泵壳是原产材料，韩国电机按累积规则（RCEP第3.4条）也计为原产。只算密封件和控制器：{ $expected }。
rvc-vnm-wrong = 你填的是{ $entry }。非原产材料是德国密封件和美国控制器：{ $expected }。韩国电机按RCEP第3.4条计为原产。
rvc-rvc = 区域价值成分（%，整数）
rvc-rvc-right = 正确：（{ $fob200 } − { $vnm200 }）÷ { $fob200 } = { $rvc200 }%，高于40%。凭韩国电机的累积（第3.4条），HX-200按RVC40享有RCEP优惠。
rvc-rvc-korea = 把韩国电机算作非原产才会得到{ $rvc200_korea }%。按累积规则（RCEP第3.4条）它们计为原产：（{ $fob200 } − { $vnm200 }）÷ { $fob200 } = { $rvc200 }%，符合RVC40，可以享受优惠。
rvc-rvc-inverse = { $vnm200_pc }%是非原产材料所占比例，不是区域价值成分。区域价值成分是剩下的部分：（{ $fob200 } − { $vnm200 }）÷ { $fob200 } = { $rvc200 }%。
rvc-rvc-wrong = 你填的是{ $entry }。区域价值成分 =（{ $fob200 } − { $vnm200 }）÷ { $fob200 } × 100 = { $rvc200 }%，高于规则要求的40%。
step-seals = 德国密封件（非原产）
step-controls = 美国控制器（非原产）
step-vnm = 非原产材料价值
step-fob = 该批FOB价值
step-margin = FOB价值减非原产材料价值
step-rvc = 区域价值成分（%）
hx200-denied = 你告诉佐藤女士HX-200不符合RVC40；资料里没有德国密封件的品目，品目改变也无法证明，这批货按最惠国税率进口。按资料本身的数据这笔关税本不该缴，她很不满意。
hx200-claimed = 你告诉佐藤女士HX-200批次符合RVC40，将随附RCEP原产地证明。

hx90-text = HX-90批次：区域价值成分只有{ $rvc90 }%。李经理问："那HX-90就没有RCEP优惠了？"你怎么回答？
hx90-deminimis = 按品目改变符合：美国控制器改变了品目；德国叶轮虽与水泵同属8413，但价值不到FOB的10%
hx90-deminimis-fb = 正确。规则是RVC40或CTH，满足其一即可。控制器（9032）改变了品目；德国叶轮（8413）没有改变，但只有{ $impellers90 }，占{ $fob90 } FOB的{ $imp_pc }%，在RCEP第3.7条10%的微小含量以内。品目改变成立，优惠享有。
hx90-fails = 不符合：规则要求区域价值成分至少40%，HX-90只有{ $rvc90 }%，佐藤女士只能按最惠国税率缴税
hx90-fails-fb = 规则是RVC40或CTH，一项不满足还有另一项。按品目改变，控制器改变了品目，德国叶轮（8413）{ $impellers90 }，占FOB的{ $imp_pc }%，不到10%，适用微小含量（RCEP第3.7条）。佐藤女士缴了本不该缴的关税。
hx90-local = 符合：叶轮是从青岛经销商那里买的，算中国材料，所以每个零件都改变了品目
hx90-local-fb = 结论对，理由错。在青岛买的德国叶轮并不因此变成中国原产：原产地看货物在哪里制造。它们仍是8413的非原产材料，让品目改变成立的是微小含量（占FOB的{ $imp_pc }%，不到10%，RCEP第3.7条）。资料把它们写成中国材料，本身就是错的，更容易招来核查，届时还得更正。

signer-text = 上海代理的周先生（由他们向Naniwa Mizu Kiki开票）说："为了省证书费，我们在自己的发票上做RCEP原产地声明并签字，可以吧？"嵩岳泵业持有郑州海关的经核准出口商资格，恒通贸易没有。
signer-us = 不行：由经核准出口商嵩岳自己签原产地声明；恒通仍可以向买方开票
signer-us-fb = 正确。按RCEP第3.16条，原产地证明可以是原产地证书，或经核准出口商出具的原产地声明；任何出口商都可出具的声明是在10年内逐步实施的。我们的经核准出口商资格让我司授权签字人可以声明，恒通没有资格。RCEP允许第三方发票，恒通开票没有问题。
signer-agent = 可以：RCEP从2022年生效起，原产货物的任何出口商都能在自己发票上声明原产地，这里恒通就是出口方
signer-agent-fb = 没有经核准出口商资格的贸易商自己签RCEP原产地声明，是典型错误。RCEP（第3.16条）接受原产地证书或经核准出口商的声明；任何出口商或生产商的声明要在10年内逐步实施。恒通的声明不是有效的原产地证明。
signer-number = 可以，只要恒通在签字下方印上我们的经核准出口商编号，声明就带有我们的资格
signer-number-fb = 经核准出口商资格属于持有它的出口商及其授权签字人，不能靠把编号印在别人的声明上"借用"。按RCEP第3.16条，没有资格的恒通不能出具声明。
signer-certificate = 不行；稳妥起见，我们向海关或贸促会申请RCEP原产地证书，不自己声明
signer-certificate-fb = 稳妥且有效：海关或贸促会签发的证书是RCEP第3.16条认可的原产地证明。但我们持有经核准出口商资格，自己声明就不收费、不用等。部分得分：证明对，路线慢。

validity-text = 佐藤女士："你们HX-90批次的RCEP原产地证明日期将是{ $proof_issued }。我们的客户可能把水泵放在仓库里，{ $proof_entry }才报关进口，也就是大约{ $proof_months }个月以后。那时这份证明还能用吗？"
month-2028-01 = 2028年1月
month-2028-02 = 2028年2月
month-2028-03 = 2028年3月
month-2028-04 = 2028年4月
month-2028-06 = 2028年6月
validity-year = 不能：RCEP原产地证明有效期一年，进口申报须在一年内完成，现在就告诉她
validity-year-fb = 正确。RCEP原产地证明有效期为一年（RCEP第三章）：{ $proof_issued }出具的证明管不到{ $proof_entry }的进口申报。如果进口申报更晚，就不能凭这份证明享受优惠；现在告诉她，她可以安排申报时间。
validity-forever = 能：水泵在仓库里原产地不会变，只要货物不改动，证明就一直有效
validity-forever-fb = 原产地不会变，但证明会过期：RCEP原产地证明有效期为一年（RCEP第三章）。{ $proof_issued }之后{ $proof_months }个月、在{ $proof_entry }的进口申报不能凭它享受优惠，佐藤女士会从她的海关那里知道这一点。
validity-copy = 能：我们每年重新寄一份同一证明的副本，有效期从副本重新起算
validity-copy-fb = 副本不是新的证明：它的日期和有效期都跟随原件，即{ $proof_issued }起一年（RCEP第三章）。{ $proof_entry }再寄副本会被拒绝。

singapore-text = 新加坡的RCEP经销商Merlion Flow的Tan先生从我们这里买HX-60水泵，在自己车间加装控制柜后卖到曼谷。"我们能凭你们的证书为曼谷出具RCEP背对背原产地证明吗？"
singapore-no = 不能：背对背证明只适用于在新加坡仅作物流处理的货物，加装控制柜属于加工
singapore-no-fb = 正确。中间成员方出具的背对背原产地证明（RCEP第三章）只适用于除仓储等物流操作外未经加工的货物。加装了控制柜的水泵已不是我们证明所覆盖的货物，需要它自己的原产地证明。
singapore-yes = 能：新加坡是RCEP成员，凭我们的证书出具背对背证明，可覆盖本地区内任何转售
singapore-yes-fb = 背对背证明只适用于经过中间成员方、除物流操作外未经加工的货物。加装控制柜是加工；凭我们的证书出具背对背证明是虚假的，曼谷海关可能核查。
singapore-deminimis = 能，只要控制柜价值低于价格的10%：微小含量允许少量添加随背对背证明一起走
singapore-deminimis-fb = 微小含量（RCEP第3.7条）是制造货物时品目改变标准的一部分，并不放宽背对背证明。无论加工价值多少，背对背证明只适用于除物流操作外未经加工的货物。

verification-request = 一个月后。日本海关就大阪两批货发来原产地核查请求，要求在规定期限内提供RCEP原产地证明的依据。为便于练习，本场景调高了此类核查的概率。
verification-none = 一个月后。大阪两批货都已通关，没有任何询问。

verify-text = { $weak_file ->
        [true] 李经理："日本要我们的依据。别忘了我们的资料写的是HX-90叶轮为中国材料。怎么回复？"
       *[other] 李经理："日本要我们RCEP原产地证明的依据。怎么回复？"
    }
verify-file = 按要求提交原产地资料：物料清单、成本、韩国的RCEP证书和叶轮的采购发票
verify-file-fb = 正确：原产地核查要在期限内、通过请求中指定的渠道提交依据。数据显示HX-200凭累积达到{ $rvc200 }%的区域价值成分，HX-90凭微小含量满足品目改变；韩国证书证明电机原产。如果证明本身是由无权出具的人做的，这些依据也会显示出来。
verify-confidential = 回复说我们的成本数据保密，原产地证明出具时就是有效的，不需要再提供依据
verify-confidential-fb = 核查就是要原产地的依据；拒绝提供意味着优惠被拒，佐藤女士要补缴关税。合格的资料应说明RCEP的要求：HX-200凭韩国电机累积（第3.4条）达到{ $rvc200 }%的区域价值成分，HX-90凭微小含量（第3.7条）满足品目改变，证明由经核准出口商出具（第3.16条）。
verify-withdraw = 请佐藤女士撤回RCEP优惠申请，按最惠国税率缴税，由我们补偿：不用交资料，也没有争议
verify-withdraw-fb = 这样用我们的钱了结了问题，还让她以为我们的证明站不住。如果优惠是真的（凭第3.4条累积满足RVC40，凭第3.7条微小含量满足品目改变），资料本可以证明；如果证明有问题，这只是把问题掩盖起来。

wrapup-exposed = 日本海关查明：RCEP原产地声明是由没有经核准出口商资格的贸易商出具的。两批货的优惠都被拒绝，Naniwa Mizu Kiki被追缴关税，日本海关今后会严查我们的申请。
wrapup-lost = 一周结束时，客户的信任已经没有了：证书开错、优惠被拒、天数白白耽误。
wrapup-costly = 一周结束，货在走，证明也已理顺，但本可避免的错误花掉了一些天数、费用和客户的好感。
wrapup-clean = 一周结束，每份证书一次做对，每项优惠都真正享有并成功申请。

end-clean = 干净利落的一周。没有优惠的地方（哈萨克斯坦、德国）不乱开证书，Form E用在最便宜且正确的地方，RCEP优惠凭数据挣来，由经核准出口商签字。李经理把原产地岗位正式交给了你。
end-costly = 有损失的一周。原产地业务能运转，但拒绝、查询和耽误的天数花了钱，也消耗了耐心。请看复盘：每一课都有对应的规则。
end-lost = 客户流失了。开错的证书和被拒的优惠让他们多缴了关税、多花了时间；其中两家已向别的供应商询价。
end-exposed = 虚假的原产地证明被查出。没有经核准出口商资格的贸易商出具的声明不是RCEP第3.16条认可的原产地证明；买方补缴了关税，我们今后的申请会被严查。
