package io.parley.cli;

import io.parley.site.Accounts;
import io.parley.site.Site;
import io.parley.site.SiteDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "sites", mixinStandardHelpOptions = true, description = {"Manage sites on the configured database.",
                "While a service runs on the embedded database, the commands go through its API."},
        subcommands = {SitesCommand.Add.class, SitesCommand.ListSites.class})
final class SitesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add or list");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a site and print its first API key (shown once).",
            footer = {"", "Example:", "  parley sites add daily-news --name \"Daily News\""})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "SLUG", description = "lower-case letters, digits and '-'")
        String slug;
        @Option(names = "--name", description = "display name (default: the slug)")
        String name;

        @Override
        public Integer call() {
            var service = RunningService.find();
            if (service.isPresent()) {
                var created = service.get().post("/api/v1/sites", java.util.Map.of("slug", slug, "name", name == null ? "" : name));
                System.out.println("site: " + created.path("site").asText());
                System.out.println("api-key: " + created.path("apiKey").asText());
                return 0;
            }
            try (var ctx = SpringContext.open()) {
                Site site = ctx.getBean(SiteDirectory.class).create(slug, name, "cli");
                String key = ctx.getBean(Accounts.class).issueApiKey(site, "created by cli", "cli");
                System.out.println("site: " + site.slug());
                System.out.println("api-key: " + key);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List sites.")
    static final class ListSites implements Callable<Integer> {
        @Override
        public Integer call() {
            var service = RunningService.find();
            if (service.isPresent()) {
                service.get().get("/api/v1/sites").forEach(s -> System.out.println(s.path("site").asText() + "\t"
                        + s.path("name").asText()));
                return 0;
            }
            try (var ctx = SpringContext.open()) {
                ctx.getBean(SiteDirectory.class).all().forEach(s -> System.out.println(s.slug() + "\t" + s.name()));
            }
            return 0;
        }
    }
}
