package org.safeplan.service.cdshooks;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code safeplan.cds-hooks.*} to {@link CdsHooksProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CdsHooksProperties.class)
class CdsHooksConfiguration {
}
