package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as README runs it: {@code java -jar target/safeplan-service.jar}. Proves
 * the precompiled rules load from Boot's nested jars and that start-up prints no warnings.
 */
class ServiceJarIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    static Process service;
    static Path log;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        Path jar = Path.of(System.getProperty("safeplan.service.jar", "target/safeplan-service.jar"));
        assertThat(jar).isRegularFile();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        log = dir.resolve("service.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        service = new ProcessBuilder(java, "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("service exited: %s", read()).isTrue();
            try {
                if (get("/actuator/health").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("service did not become healthy in 90 s: " + read());
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.destroy();
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
    }

    private static String read() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theJarGivesAdviceAndProblemDetails() throws Exception {
        HttpRequest advice = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ServiceHttpTest.KITCHEN))
                .build();
        HttpResponse<String> ok = CLIENT.send(advice, HttpResponse.BodyHandlers.ofString());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("SafePlan-Content-Version")).isPresent();
        assertThat(ok.body()).contains("\"actionId\":\"leave-the-kitchen\"");

        HttpRequest bad = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"location\": \"KITCHN\"}"))
                .build();
        HttpResponse<String> refused = CLIENT.send(bad, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"field\":\"location\"", "\"allowedValues\":[\"KITCHEN\"");

        assertThat(get("/").body()).contains("SafePlan playground");
    }

    @Test
    void startUpPrintsNoWarnings() {
        List<String> warnings = read().lines()
                .filter(line -> line.contains(" WARN ") || line.contains("ERROR") || line.startsWith("SLF4J")
                        || line.contains("WARNING"))
                .toList();
        assertThat(warnings).as(read()).isEmpty();
        assertThat(read()).contains("Started SafePlanServiceApplication");
    }
}
