package org.junheng.indicators;

import java.math.BigDecimal;

/** Projects of one group: how many were planned and are done, and their budgets in 万元. */
public record ProjectTotal(String key, int planned, int done, BigDecimal budgetWan, BigDecimal doneBudgetWan) {
}
