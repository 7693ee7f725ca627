package org.shouwang.cases;

import java.time.Instant;

/** 绿色通道: the county let assistance start before the procedure ends. */
public record GreenChannel(String grantedBy, Instant grantedAt, String reason) {}
