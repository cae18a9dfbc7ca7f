// Single-file launcher for a throwaway Neo4j 5.26 test server (in-process harness, Bolt only).
//
//   java <jvm flags> -cp 'lib/*' Server.java --run-dir DIR [--port N] [--plugins DIR] [--pagecache 256m]
//
// The password for user `neo4j` is read from the environment variable NEO4J_PASSWORD (min. 8 chars),
// so it does not show up in `ps`. With --port 0 (default) a free port is chosen by the OS.
// Prints exactly one line starting with "NEO4J_READY " once Bolt accepts authenticated connections,
// then blocks until the JVM is terminated (SIGTERM/SIGINT); the harness is closed in a shutdown hook.
// Normally started through start.sh, which also fetches the jars.

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

public class Server {

    private static long parseBytes(String s) {
        String t = s.trim().toLowerCase();
        long mult = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k') mult = 1L << 10;
        else if (last == 'm') mult = 1L << 20;
        else if (last == 'g') mult = 1L << 30;
        if (mult != 1) t = t.substring(0, t.length() - 1);
        return Long.parseLong(t) * mult;
    }

    private static void die(String msg) {
        System.err.println("NEO4J_FAILED " + msg);
        System.err.flush();
        System.exit(2);
    }

    public static void main(String[] args) throws Exception {
        Path runDir = null;
        int port = 0;
        Path plugins = null;
        String pagecache = "256m";
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = (i + 1 < args.length) ? args[i + 1] : null;
            switch (a) {
                case "--run-dir": runDir = Path.of(v); i++; break;
                case "--port": port = Integer.parseInt(v); i++; break;
                case "--plugins": if (v != null && !v.isEmpty()) plugins = Path.of(v); i++; break;
                case "--pagecache": pagecache = v; i++; break;
                default: die("unknown argument: " + a);
            }
        }
        if (runDir == null) die("--run-dir is required");
        String password = System.getenv("NEO4J_PASSWORD");
        if (password == null || password.length() < 8) die("NEO4J_PASSWORD must be set (>= 8 chars)");

        Files.createDirectories(runDir);
        Path dataDir = runDir.resolve("data");
        Files.createDirectories(dataDir);

        List<String> unrestricted = new ArrayList<>(List.of("gds.*", "apoc.*"));

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(runDir.resolve("home"))
                .withDisabledServer() // no HTTP/HTTPS
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.data_directory, dataDir)
                .withConfig(GraphDatabaseSettings.pagecache_memory, parseBytes(pagecache))
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, unrestricted);
        if (plugins != null && Files.isDirectory(plugins)) {
            builder = builder.withConfig(GraphDatabaseSettings.plugin_dir, plugins.toAbsolutePath());
        }

        long t0 = System.nanoTime();
        final Neo4j neo4j = builder.build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                neo4j.close();
                System.out.println("NEO4J_STOPPED");
                System.out.flush();
            } catch (Throwable t) {
                t.printStackTrace();
            }
        }, "neo4j-shutdown"));

        // With auth on, `neo4j` starts with password `neo4j` flagged as expired. Embedded transactions
        // bypass auth, so set the real password directly on the system database.
        GraphDatabaseService system = neo4j.databaseManagementService().database("system");
        system.executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));

        URI bolt = neo4j.boltURI();
        String uri = "bolt://127.0.0.1:" + bolt.getPort();
        String version = neo4j.defaultDatabaseService().executeTransactionally(
                "CALL dbms.components() YIELD versions RETURN versions[0] AS v", Map.of(),
                r -> String.valueOf(r.next().get("v")));
        List<String> extras = new ArrayList<>();
        for (String fn : List.of("gds.version", "apoc.version")) {
            boolean present = neo4j.defaultDatabaseService().executeTransactionally(
                    "SHOW FUNCTIONS YIELD name WHERE name = $n RETURN count(*) AS c", Map.of("n", fn),
                    r -> ((Number) r.next().get("c")).longValue() > 0);
            extras.add(fn.substring(0, fn.indexOf('.')) + "=" + (present ? "yes" : "no"));
        }
        System.out.printf("NEO4J_READY %s neo4j=%s %s startup_ms=%d%n", uri, version,
                String.join(" ", extras), (System.nanoTime() - t0) / 1_000_000);
        System.out.flush();

        Thread.currentThread().join();
    }
}
