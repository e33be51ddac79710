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
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ParleyApplication {

    public static void main(String[] args) {
        int code = ParleyCli.run(args);
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
