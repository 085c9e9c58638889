package org.safeplan.service;

import java.nio.file.Path;
import java.util.Arrays;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.GuidanceInventory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * SafePlan Rules over HTTP: {@code POST /v1/advice}, {@code /v1/explain} and {@code /v1/compare}
 * (Situation JSON in), {@code GET /v1/content}, {@code GET /v1/inventory}, {@code /actuator/health},
 * the playground page at {@code /}, and a CDS Hooks 2.0 service for health records under
 * {@code /cds-services} ({@link org.safeplan.service.cdshooks}).
 *
 * <p>With {@code --safeplan.content=DIR} the service previews a content folder: it loads the folder
 * at start and again after every saved edit (see {@link LiveContent}). Without it, the bundled content.
 *
 * <p>The service never logs, stores or forwards situation data: request bodies are read once,
 * answered and dropped, and error responses go to the caller only.
 */
@SpringBootApplication
public class SafePlanServiceApplication {

    /**
     * The content that answers: the bundled content, or the content folder {@code safeplan.content}
     * (a path; relative to the working directory), watched while the service runs; with the
     * partners' jurisdiction packs {@code safeplan.jurisdictions} (files, comma-separated or the
     * option repeated), added to it and to the bundled content it is compared with.
     */
    @Bean
    public LiveContent liveContent(@Value("${safeplan.content:}") String folder,
                                   @Value("${safeplan.content.warm-ups:" + LiveContent.WARM_UPS + "}") int warmUps,
                                   @Value("${safeplan.jurisdictions:}") String[] jurisdictions) {
        GuidanceInventory inventory = GuidanceInventory.of(SafePlanServiceApplication.class.getClassLoader());
        Path[] packs = Arrays.stream(jurisdictions).map(String::trim).filter(f -> !f.isEmpty()).map(Path::of)
                .toArray(Path[]::new);
        if (folder.isBlank()) {
            return LiveContent.bundled(withPacks(packs), inventory);
        }
        // The answering advisor starts on the bundled content, which it never answers with: until the
        // folder is loaded, requests wait; if the folder has problems, they get the problems.
        return LiveContent.folder(Path.of(folder).toAbsolutePath().normalize(), withPacks(packs), withPacks(packs),
                inventory, warmUps);
    }

    /** An advisor on the bundled content with the partners' packs (refused at start if a pack has a problem). */
    private static SafetyAdvisor withPacks(Path[] packs) {
        return SafetyAdvisor.builder().jurisdictions(packs).build();
    }

    /** The advisor that answers: built once at start-up, then shared; thread-safe. */
    @Bean
    public SafetyAdvisor safetyAdvisor(LiveContent content) {
        return content.advisor();
    }

    public static void main(String[] args) {
        SpringApplication.run(SafePlanServiceApplication.class, args);
    }
}
