# Assessment titles (scenarios/assessments/<id>.ron, `title:`).
trade-associate-title = Cross-border B2B trade associate: skills assessment
cbec-operator-title = Cross-border e-commerce operator: skills assessment
