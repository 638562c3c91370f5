# 所有场景共用的界面文字。场景文字在 <场景id>.ftl 中。
ui-yes = 是
ui-no = 否
ui-app-title = tradesim — 跨境B2B外贸实训

ui-domain-sourcing = 采购寻源
ui-domain-customs = 报关通关
ui-domain-logistics = 国际物流
ui-domain-payment = 收付款与争议
ui-domain-capstone = 综合实训

ui-difficulty-beginner = 入门
ui-difficulty-intermediate = 中级
ui-difficulty-advanced = 高级
ui-minutes = { $minutes }分钟

ui-col-id = 编号
ui-col-domain = 领域
ui-col-difficulty = 难度
ui-col-minutes = 时长
ui-col-title = 标题
ui-shadows = (你的版本替换了内置版本)

ui-documents-on-view = 当前单据
ui-choices = 选项
ui-form-fields = 表单
ui-mark-fields = 标出有不符点的栏目
ui-you-chose = 你的选择
ui-you-entered = 你的填写
ui-you-marked = 你标出的
ui-nothing-marked = 无
ui-event = 事件
ui-feedback = 解析
ui-ending = 结局
ui-score = 得分
ui-total = 总分
ui-pass = 通过
ui-fail = 未通过
ui-pass-mark = 及格线 { $mark }
ui-competency-compliance = 合规
ui-competency-cost = 成本
ui-competency-risk = 风险
ui-competency-logistics = 物流
ui-competency-communication = 沟通
ui-missed = 漏标
ui-false-alarm = 误标
ui-found = 找到

# 教师工具：`tradesim new`
ui-new-created = 已创建场景 `{ $id }`（{ $domain }）：
ui-new-file-ron = 节点、选项、答案和评分
ui-new-file-en = 英文文字
ui-new-file-zh = 中文文字
ui-new-next = 下一步：
ui-new-step-text = 在 { $file } 中写你的故事（`=` 左边的 id 保持不变）。
ui-new-step-structure = 在 { $file } 中修改节点、选项和评分。
ui-new-step-lint = 每次修改后检查：{ $command }
ui-new-step-run = 试走一遍：{ $command }
ui-new-step-graph = 查看流程图：{ $command }
ui-new-step-translate = 在 { $file } 中完成翻译。
ui-new-guide = 分步指南：{ $guide }
ui-new-shadows = 注意：`{ $id }` 与内置场景同名；在使用你的文件夹时，你的版本会替换内置版本。
