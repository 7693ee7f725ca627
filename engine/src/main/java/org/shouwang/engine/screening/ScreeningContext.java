package org.shouwang.engine.screening;

import java.io.Serializable;
import java.time.LocalDate;
import org.shouwang.engine.standard.MonitoringStandard;

/** The date a screening is for and the standard in force then. */
public record ScreeningContext(LocalDate asOf, MonitoringStandard standard)
    implements Serializable {}
