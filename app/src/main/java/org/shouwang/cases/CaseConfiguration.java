package org.shouwang.cases;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseSettings.class)
class CaseConfiguration {
  @Bean
  WorkingDayCalendar workingDayCalendar() {
    return WorkingDayCalendar.china();
  }
}
