package org.safeplan.compat;

import java.util.Map;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A minimal Spring Boot 3.5 partner app: the advisor as a bean, one endpoint that answers with
 * SafePlan's JSON, and one that answers through Boot's own Jackson 2 message converter.
 */
@SpringBootApplication
public class CompatApplication {

    /** Built once at start-up; thread-safe. */
    @Bean
    public SafetyAdvisor safetyAdvisor() {
        return SafetyAdvisor.create();
    }

    public static void main(String[] args) {
        SpringApplication.run(CompatApplication.class, args);
    }

    /** The partner's endpoints. */
    @RestController
    public static class Endpoints {
        private final SafetyAdvisor advisor;

        public Endpoints(SafetyAdvisor advisor) {
            this.advisor = advisor;
        }

        /** Situation JSON in (read by SafePlanJson), guidance JSON out. */
        @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
        public String advice(@RequestBody String situation) {
            return SafePlanJson.writeGuidance(advisor.advise(SafePlanJson.readSituation(situation)));
        }

        /** The partner's own JSON, written by Boot's Jackson 2 beside SafePlan's. */
        @GetMapping("/summary")
        public Map<String, Object> summary() {
            Guidance guidance = advisor.advise(SafePlanJson.readSituation("{\"country\": \"GB\", \"immediateDanger\": true}"));
            return Map.of("contentVersion", guidance.contentVersion(),
                    "first", guidance.recommendations().get(0).actionId());
        }
    }
}
