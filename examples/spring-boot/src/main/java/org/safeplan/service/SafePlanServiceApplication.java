package org.safeplan.service;

import org.safeplan.rules.SafetyAdvisor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * SafePlan Rules over HTTP: {@code POST /v1/advice} and {@code POST /v1/explain} (Situation JSON
 * in), {@code GET /v1/inventory}, {@code /actuator/health}, and the playground page at {@code /}.
 *
 * <p>The service never logs, stores or forwards situation data: request bodies are read once,
 * answered and dropped, and error responses go to the caller only.
 */
@SpringBootApplication
public class SafePlanServiceApplication {

    /** The advisor: built once at start-up (it loads the precompiled rules), then shared; thread-safe. */
    @Bean
    public SafetyAdvisor safetyAdvisor() {
        return SafetyAdvisor.create();
    }

    /** The guidance inventory bundled with the content, for linking sources to their wording. */
    @Bean
    public GuidanceInventory guidanceInventory() {
        return GuidanceInventory.fromClasspath(SafePlanServiceApplication.class.getClassLoader());
    }

    public static void main(String[] args) {
        SpringApplication.run(SafePlanServiceApplication.class, args);
    }
}
