package org.safeplan.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spring Boot 3.5 app with SafePlan Rules as a plain dependency: it starts, gives advice, and
 * every library both share resolves to the version Boot manages, once, with no warnings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SpringBoot35CompatibilityTest {

    @Autowired
    SafetyAdvisor advisor;

    @Autowired
    ObjectMapper bootObjectMapper;

    @LocalServerPort
    int port;

    /** A property of the Spring Boot BOM this module imports, read from the BOM itself. */
    private static String bomProperty(String name) throws IOException {
        String bom = Files.readString(Path.of(System.getProperty("spring-boot.bom")));
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(bom);
        assertThat(m.find()).as(name + " in the Boot BOM").isTrue();
        return m.group(1);
    }

    /** The version of a jar on the test classpath, from its Maven pom.properties; fails if there are two copies. */
    private static String resolvedVersion(String groupId, String artifactId) throws IOException {
        String resource = "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        // Surefire's own booter jar carries a relocated commons-codec with its pom.properties: not the app's.
        List<URL> copies = Collections.list(SpringBoot35CompatibilityTest.class.getClassLoader().getResources(resource))
                .stream().filter(url -> !url.toString().contains("/org/apache/maven/surefire/")).toList();
        assertThat(copies).as("copies of " + groupId + ":" + artifactId + " on the classpath").hasSize(1);
        Properties properties = new Properties();
        try (InputStream in = copies.get(0).openStream()) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    @Test
    void bootIs35() {
        assertThat(SpringBootVersion.getVersion()).startsWith("3.5.").isEqualTo(System.getProperty("spring-boot.version"));
    }

    @Test
    void theAdvisorBeanGivesAdvice() {
        Guidance guidance = advisor.advise(Situation.builder().country("US").immediateDanger(true)
                .perpetratorOnPremises(true).location(Location.KITCHEN).build());

        assertThat(guidance.recommendations().get(0).actionId()).isEqualTo("leave-the-kitchen");
        assertThat(advisor.explain(Situation.builder().location(Location.KITCHEN).immediateDanger(true).build())
                .changes()).isNotEmpty();
    }

    @Test
    void adviceOverHttpBesideBootsOwnJackson() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<String> advice = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"country\": \"US\", \"immediateDanger\": true, \"location\": \"KITCHEN\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(advice.statusCode()).isEqualTo(200);
        JsonNode guidance = bootObjectMapper.readTree(advice.body());
        assertThat(guidance.path("recommendations").get(0).path("actionId").asText()).isEqualTo("leave-the-kitchen");

        HttpResponse<String> summary = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/summary"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(summary.statusCode()).isEqualTo(200);
        assertThat(bootObjectMapper.readTree(summary.body()).path("contentVersion").asText())
                .isEqualTo(advisor.contentVersion());
    }

    @Test
    void badInputIsA400ProblemAsInTheMainService() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/advice"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"location\": \"KITCHN\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = bootObjectMapper.readTree(response.body());
        assertThat(problem.path("type").asText()).isEqualTo("urn:safeplan:problem:invalid-situation");
        assertThat(problem.path("title").asText()).isEqualTo("Invalid situation");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asText()).startsWith("field \"location\": \"KITCHN\" is not allowed"
                + " (did you mean \"KITCHEN\"?); allowed values: KITCHEN, GARAGE, ");
        assertThat(problem.path("instance").asText()).isEqualTo("/advice");
        assertThat(problem.path("field").asText()).isEqualTo("location");
        assertThat(problem.path("allowedValues").get(0).asText()).isEqualTo("KITCHEN");
        assertThat(problem.has("recommendations")).isFalse();
    }

    @ParameterizedTest(name = "{0}:{1} is Boot''s {2}")
    @CsvSource({
        "com.fasterxml.jackson.core, jackson-databind, jackson-bom.version",
        "com.fasterxml.jackson.core, jackson-core,     jackson-bom.version",
        "org.yaml,                   snakeyaml,        snakeyaml.version",
        "org.slf4j,                  slf4j-api,        slf4j.version",
        "ch.qos.logback,             logback-classic,  logback.version",
        "commons-codec,              commons-codec,    commons-codec.version",
    })
    void sharedLibrariesResolveToBootsVersionOnce(String groupId, String artifactId, String bomProperty) throws IOException {
        assertThat(resolvedVersion(groupId, artifactId)).isEqualTo(bomProperty(bomProperty));
    }

    @Test
    void jacksonAtRuntimeIsBootsJackson2() throws IOException {
        String boots = bomProperty("jackson-bom.version");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(boots);
        assertThat(bootObjectMapper.version().toString()).isEqualTo(boots);
    }

    @Test
    void oneSlf4jProviderAndItIsLogback() {
        List<String> providers = ServiceLoader.load(SLF4JServiceProvider.class).stream()
                .map(p -> p.type().getName()).toList();
        assertThat(providers).containsExactly("ch.qos.logback.classic.spi.LogbackServiceProvider");
        assertThat(LoggerFactory.getILoggerFactory().getClass().getName()).isEqualTo("ch.qos.logback.classic.LoggerContext");
    }

    @Test
    void startUpPrintsNoWarnings(CapturedOutput output) {
        assertThat(output.getAll()).contains("Started SpringBoot35CompatibilityTest");
        assertThat(output.getAll().lines().filter(line -> line.contains(" WARN ") || line.contains("ERROR")
                || line.startsWith("SLF4J") || line.contains("WARNING"))).isEmpty();
    }

    @Test
    void theBuildUsesNoExclusionsOrOverrides() throws IOException {
        String pom = Files.readString(Path.of(System.getProperty("compat.pom")));
        assertThat(pom).doesNotContain("<exclusion>").doesNotContain("<exclusions>");
        // The only versions named are Boot's BOM, SafePlan's own and build plugins'.
        assertThat(pom.substring(pom.indexOf("<dependencies>", pom.indexOf("</dependencyManagement>"))))
                .doesNotContain("jackson").doesNotContain("snakeyaml").doesNotContain("slf4j");
    }
}
