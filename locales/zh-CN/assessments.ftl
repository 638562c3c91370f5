# 考核标题（scenarios/assessments/<id>.ron 中的 `title:`）。
trade-associate-title = 跨境B2B贸易专员能力测评
cbec-operator-title = 跨境电商运营专员能力测评
