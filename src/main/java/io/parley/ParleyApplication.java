package io.parley;

import io.parley.cli.ParleyCli;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * One jar for every surface: with no arguments or {@code serve} it runs the web service, otherwise a
 * CLI command. The CLI decides, so that {@code extract} or {@code evaluate} never pay for a database.
 */
// Auto-configurations for what Parley never uses (Gson, WebSocket, RestClient/RestTemplate and their HTTP client
// factories and observations, SSL bundle health): each costs condition checks, classes and beans on the start-up thread.
@SpringBootApplication(exclude = {
        org.springframework.boot.autoconfigure.gson.GsonAutoConfiguration.class,
        org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration.class,
        org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration.class,
        org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration.class,
        org.springframework.boot.actuate.autoconfigure.observation.web.client.HttpClientObservationsAutoConfiguration.class,
        org.springframework.boot.actuate.autoconfigure.ssl.SslHealthContributorAutoConfiguration.class,
        org.springframework.boot.actuate.autoconfigure.ssl.SslObservabilityAutoConfiguration.class})
@ConfigurationPropertiesScan
@EnableScheduling
public class ParleyApplication {

    public static void main(String[] args) {
        // A plain `java -jar parley.jar extract …` runs in a JVM started with the CLI launcher's flags (TunedJvm).
        java.util.OptionalInt tuned = io.parley.cli.TunedJvm.run(args);
        int code = tuned.isPresent() ? tuned.getAsInt() : ParleyCli.run(args);
        if (code != ParleyCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }

    /**
     * The application as the service and the CLI start it: with the models and the embedded database
     * loading on their own threads while Spring builds the context ({@link EarlyStart}).
     */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ParleyApplication.class).initializers(new EarlyStart());
    }
}
