package dk.tilsyn.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dk.tilsyn.store.Principal;
import dk.tilsyn.store.ReviewStore;
import dk.tilsyn.store.StoreException;
import dk.tilsyn.store.StoreLocations;
import dk.tilsyn.store.StoreUrlException;

/**
 * A store URL is a place, not a program: only plain embedded files and PostgreSQL URLs with a
 * few harmless parameters are opened; settings that run code (H2's INIT, aliases), change
 * tracing or load classes and files (PostgreSQL's factories, logger file) are refused before
 * anything is opened. And a server that takes the connection but never answers does not hang.
 */
class StoreUrlTest {
	private static final Principal ADMIN = Principal.administrator("admin");

	@TempDir
	Path folder;

	@Test
	void anInitScriptInAnEmbeddedUrlIsRefusedAndNotRun() throws Exception {
		Path marker = folder.resolve("ran.txt");
		Path script = folder.resolve("evil.sql");
		Files.writeString(script, "CALL FILE_WRITE('ran', '" + marker + "');\n", StandardCharsets.UTF_8);
		Path store = folder.resolve("store");
		String url = StoreLocations.embeddedUrl(store) + ";INIT=RUNSCRIPT FROM '" + script + "'";
		StoreUrlException e = assertThrows(StoreUrlException.class, () -> ReviewStore.open(url, ADMIN).close());
		assertTrue(e.getMessage().contains("INIT"), "names the setting: " + e.getMessage());
		assertFalse(Files.exists(marker), "the script did not run");
		assertFalse(Files.exists(folder.resolve("store.mv.db")), "nothing was opened");
	}

	@ParameterizedTest
	@ValueSource(strings = { ";TRACE_LEVEL_FILE=3", ";INIT=CREATE ALIAS X AS 'String x() { return \"\"; }'",
			";TRACE_LEVEL_SYSTEM_OUT=3", ";AUTO_SERVER=TRUE", ";IGNORE_UNKNOWN_SETTINGS=TRUE", ";MODE=MySQL" })
	void embeddedSettingsAreRefused(String setting) {
		String url = StoreLocations.embeddedUrl(folder.resolve("store")) + setting;
		String key = setting.substring(1, setting.indexOf('='));
		StoreException e = assertThrows(StoreUrlException.class, () -> ReviewStore.open(url, ADMIN).close());
		assertTrue(e.getMessage().contains(key), "names the setting: " + e.getMessage());
		assertFalse(Files.exists(folder.resolve("store.mv.db")), "nothing was opened");
	}

	@ParameterizedTest
	@ValueSource(strings = { "jdbc:h2:mem:x", "jdbc:h2:tcp://127.0.0.1:1/x", "jdbc:h2:ssl://127.0.0.1:1/x",
			"jdbc:h2:zip:FOLDER/x.zip!/x", "jdbc:h2:file:zip:FOLDER/x.zip!/x", "jdbc:h2:file:memFS:x",
			"jdbc:h2:file:split:FOLDER/x", "jdbc:h2:FOLDER/x", "jdbc:h2:file:", "jdbc:sqlite:FOLDER/x" })
	void otherEmbeddedFormsAreRefused(String form) {
		String url = form.replace("FOLDER", folder.toString());
		StoreException e = assertThrows(StoreUrlException.class, () -> ReviewStore.open(url, ADMIN).close());
		assertTrue(e.getMessage().contains("jdbc:h2:file:"), "says what is accepted: " + e.getMessage());
	}

	@ParameterizedTest
	@ValueSource(strings = { "socketFactory=java.lang.String", "socketFactoryArg=x", "sslfactory=java.lang.String",
			"sslhostnameverifier=java.lang.String", "sslpasswordcallback=java.lang.String", "loggerFile=FOLDER/pg.log",
			"loggerLevel=TRACE", "authenticationPluginClassName=java.lang.String", "options=-c%20log_statement%3Dall",
			"service=x", "socketTimeout=0", "connectTimeout=x", "SocketFactory=java.lang.String" })
	void dangerousPostgresParametersAreRefused(String parameter) {
		String url = "jdbc:postgresql://127.0.0.1:1/tilsyn?user=tilsyn&password=hemmeligt&"
				+ parameter.replace("FOLDER", folder.toString());
		String key = parameter.substring(0, parameter.indexOf('='));
		StoreException e = assertThrows(StoreUrlException.class, () -> ReviewStore.open(url, ADMIN).close());
		assertTrue(e.getMessage().contains(key), "names the parameter: " + e.getMessage());
		assertFalse(e.getMessage().contains("hemmeligt"), "never the password: " + e.getMessage());
		assertFalse(Files.exists(folder.resolve("pg.log")));
	}

	@Test
	void plainUrlsAndTheHarmlessParametersAreAccepted() {
		try (ReviewStore store = ReviewStore.open(StoreLocations.embeddedUrl(folder.resolve("a b/store")), ADMIN)) {
			assertEquals(0, store.status().cases());
		}
		String url = Stores.POSTGRES.freshUrl(folder) + "&ApplicationName=tilsyn-test&connectTimeout=5&loginTimeout=5"
				+ "&socketTimeout=60&sslmode=disable&tcpKeepAlive=true";
		try (ReviewStore store = ReviewStore.open(url, ADMIN)) {
			assertEquals(0, store.status().cases());
		}
	}

	/** A server that takes the connection and then says nothing (a wrong port, a stuck proxy). */
	@Test
	void aServerThatNeverAnswersGivesAMessageInsteadOfAHang() throws Exception {
		List<Socket> taken = new CopyOnWriteArrayList<>();
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						taken.add(silent.accept());
					}
				} catch (IOException closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			String url = "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/tilsyn?user=tilsyn";
			// a hang guard far above the store's own timeouts, not a measurement
			StoreException e = assertTimeoutPreemptively(Duration.ofSeconds(120),
					() -> assertThrows(StoreException.class, () -> ReviewStore.open(url, ADMIN).close()));
			assertFalse(taken.isEmpty(), "the store did reach the silent server");
			assertTrue(e.getMessage().contains("127.0.0.1"), "says which server: " + e.getMessage());
			assertTrue(e.getMessage().matches("(?s).*\\b\\d+ s.*"), "says how long it waited: " + e.getMessage());
		} finally {
			for (Socket socket : taken) {
				socket.close();
			}
		}
	}
}
