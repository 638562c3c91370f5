# 考核标题（scenarios/assessments/<id>.ron 中的 `title:`）。
trade-associate-title = 跨境B2B贸易专员能力测评
