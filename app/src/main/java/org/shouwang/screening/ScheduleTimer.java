package org.shouwang.screening;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The minute timer of {@link ScreeningSchedules}: only in the served application (not in a CLI
 * import or screen), and not when {@code shouwang.schedule.enabled=false}.
 */
@Configuration
@EnableScheduling
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "shouwang.schedule.enabled", matchIfMissing = true)
class ScheduleTimer {}
