package io.parley.cli;

import io.parley.site.Accounts;
import io.parley.site.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage people who use the pages.",
        subcommands = {UsersCommand.Add.class})
final class UsersCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a subcommand: add");
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create a user (or grant an existing one a role).",
            footer = {"", "Examples:", "  echo 's3cret-pass' | parley users add alice --site daily-news --role moderator --password-stdin",
                    "  parley users add alice --site other-site --role owner --existing"})
    static final class Add implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;
        @Option(names = "--site", description = "site slug (not for admin)")
        String site;
        @Option(names = "--role", required = true, description = "moderator, owner or admin")
        String role;
        @Option(names = "--password-stdin", description = "read the password from the first line of stdin (a new user)")
        boolean passwordStdin;
        @Option(names = "--existing", description = "grant a role to a user who already has a password (none is read)")
        boolean existing;

        @Override
        public Integer call() throws IOException {
            Role r;
            try {
                r = Role.parse(role);
            } catch (RuntimeException e) {
                throw new UsageProblem("--role must be moderator, owner or admin");
            }
            if (r != Role.ADMIN && site == null) {
                throw new UsageProblem("--site is required for " + role);
            }
            // Said before a database starts (seconds for the embedded one) rather than after: which of the two is
            // meant cannot be told from the name alone, so the caller says it.
            if (passwordStdin == existing) {
                throw new UsageProblem(passwordStdin ? "--password-stdin and --existing exclude each other"
                        : "a new user needs --password-stdin; to grant a role to an existing user, add --existing");
            }
            String password = null;
            if (passwordStdin) {
                password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (password == null) {
                    throw new UsageProblem("no password on stdin");
                }
            }
            var service = RunningService.find();
            if (service.isPresent()) {
                java.util.Map<String, String> body = new java.util.HashMap<>();
                body.put("username", name);
                if (password != null) {
                    body.put("password", password);
                }
                if (r == Role.ADMIN) {
                    service.get().post("/api/v1/admins", body);
                } else {
                    body.put("role", r.name().toLowerCase(java.util.Locale.ROOT));
                    service.get().post("/api/v1/sites/" + site + "/users", body);
                }
                System.out.println("user: " + name + " role: " + r.name().toLowerCase(java.util.Locale.ROOT)
                        + (site == null || r == Role.ADMIN ? "" : " site: " + site));
                return 0;
            }
            try (var ctx = SpringContext.open()) {
                Accounts accounts = ctx.getBean(Accounts.class);
                if (existing && !accounts.userExists(name)) {
                    throw new UsageProblem("no user '" + name + "': a new user needs --password-stdin instead of --existing");
                }
                accounts.addUser(name, password, r, site, "cli");
                System.out.println("user: " + name + " role: " + r.name().toLowerCase(java.util.Locale.ROOT)
                        + (site == null ? "" : " site: " + site));
            }
            return 0;
        }
    }
}
